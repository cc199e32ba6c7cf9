"""J216-02: a volunteer new to the program, asked to leave a note for the supervising attorney,
found the Record tab's "Notes:" box with nothing said of it, and stopped: would the client read
it on the handout printed next?  The box says now, before anything is typed, that it is for the
clinic and not printed for the client; its tooltip says what the filing worksheet takes of it."""

from __future__ import annotations

import pytest

from tests.gui.conftest import open_on_record, probation_client

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_the_notes_box_says_the_client_s_handout_does_not_print_it(window, repo):
    open_on_record(window, repo, probation_client("Nola Notes"))
    notes = window.client_view.record.person.notes

    assert notes.toPlainText() == "" and notes.isVisibleTo(window)
    assert notes.placeholderText() == "For the clinic's staff: never printed on the client's handout"
    assert "supervising attorney" in notes.toolTip()
    assert "filing worksheet prints only intake's lines" in notes.toolTip()
