"""Z114-02: the window's Print event handouts screened a client never screened twice, once to
count them in the question's note (C112-01, `_review_unlisted`) and again for their handout,
as `clinic-app handout --event` did until C113-04: an import's unscreened clients each screened
twice.  The note's screening is the one the batch prints, while the client's record is as it
was screened."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.gui.test_review_count_unscreened_c112 import _event_with_one_never_screened

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _screenings_counted(monkeypatch) -> list[bool]:
    """Each screening from now on, said by whether the person screened has charges pending."""
    import clinic_app.eligibility

    screened: list[bool] = []
    real = clinic_app.eligibility.screen

    def counted(person, cases, as_of):
        screened.append(person.pending_charges)
        return real(person, cases, as_of)

    monkeypatch.setattr(clinic_app.eligibility, "screen", counted)
    return screened


def _event_saved(qtbot, window, tmp_path, monkeypatch, before_batch=lambda: None, action=None) -> list[str]:
    """The event's handouts saved (or, `action`, another batch's menu item: Y114-01)."""
    told: list[str] = []

    def saved(*_asked, **_k):
        before_batch()
        return "save"

    monkeypatch.setattr("ui.tasks.ask_print_or_save", saved)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    (action or window.print_event_action).trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=60_000)
    assert told[0].startswith("3 handouts ("), told
    return told


def test_z114_02_the_windows_event_batch_screens_a_client_never_screened_once(qtbot, window, repo, tmp_path, monkeypatch):
    _event_with_one_never_screened(window, repo)  # Alejandra and Rosa screened and stored, Bruno never
    screened = _screenings_counted(monkeypatch)
    _event_saved(qtbot, window, tmp_path, monkeypatch)
    assert len(screened) == 3  # each of the three once, Bruno for the note and his handout


def test_z114_02_a_record_changed_while_the_question_waited_is_screened_again(qtbot, window, repo, tmp_path, monkeypatch):
    """Typed at another desk between the note and the batch: the handout is of the record as it
    is, not of the screening the note made."""
    screened_again_when_changed(qtbot, window, repo, tmp_path, monkeypatch, lambda: window.print_event_action)


def screened_again_when_changed(qtbot, window, repo, tmp_path, monkeypatch, action) -> None:
    """Bruno's record changed at another desk while the batch's question waited: screened for
    the note, then again for his handout, as his record now is."""
    _event_with_one_never_screened(window, repo)
    screened = _screenings_counted(monkeypatch)
    bruno = next(row.id for row in window.caseload.model.all_rows() if row.name == "Bruno Ramos")

    def changed_at_another_desk() -> None:
        client = repo.get_client(bruno)
        client.person.pending_charges = True
        repo.save_client(client)

    _event_saved(qtbot, window, tmp_path, monkeypatch, changed_at_another_desk, action())
    assert len(screened) == 4, screened  # Bruno for the note, then for his handout
    assert screened.count(True) == 1  # Bruno's handout screened as his record now is
