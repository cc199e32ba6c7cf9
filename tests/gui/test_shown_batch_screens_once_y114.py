"""Y114-01: the window's Handouts for the clients shown screened a client never screened twice,
once to count them in the question's note (C112-01, `_review_unlisted`) and again for their
handout, as Print event handouts did until Z114-02.  The note's screening is the one the batch
prints, while the client's record is as it was screened."""

from __future__ import annotations

import pytest

from tests.gui.test_event_batch_screens_once_z114 import _event_saved, _screenings_counted, screened_again_when_changed
from tests.gui.test_review_count_unscreened_c112 import _event_with_one_never_screened

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_y114_01_the_windows_shown_batch_screens_a_client_never_screened_once(qtbot, window, repo, tmp_path, monkeypatch):
    _event_with_one_never_screened(window, repo)  # Alejandra and Rosa screened and stored, Bruno never
    screened = _screenings_counted(monkeypatch)
    assert window.shown_handouts_action.isEnabled()
    _event_saved(qtbot, window, tmp_path, monkeypatch, action=window.shown_handouts_action)
    assert len(screened) == 3  # each of the three once, Bruno for the note and his handout
    assert len(list(tmp_path.rglob("*.pdf"))) == 3


def test_y114_01_a_record_changed_while_the_question_waited_is_screened_again(qtbot, window, repo, tmp_path, monkeypatch):
    """Typed at another desk between the note and the batch: the handout is of the record as it
    is, not of the screening the note made."""
    screened_again_when_changed(qtbot, window, repo, tmp_path, monkeypatch, lambda: window.shown_handouts_action)
