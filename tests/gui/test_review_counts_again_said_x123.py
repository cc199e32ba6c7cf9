"""X123-02: the paralegal put right a fact an attorney's review was given on and saved; the save
said the result waits for the attorney again (E122-02).  Edit > Undo put the fact back, and the
review counted again (the same facts), but Undo said only "Undone: Edit Case ..., probation end":
the paralegal, told the client went back on the attorney's queue, heard nothing of their leaving
it.  Undo now says so, in the status bar and aloud; Redo says the save's words again."""

from __future__ import annotations

import pytest

from clinic_app.review import awaiting_of

from tests.gui.test_review_set_aside_said_e122 import AGAIN, _reviewed, _save_probation_end

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

RESULT = "PC 1203.4 dismissal for PC 12021: How much was ordered in fines (not counting restitution)?"
COUNTS_AGAIN = "The facts are again those an attorney's review was of; it counts again, no longer waiting for the attorney: "


def test_x123_02_undo_of_a_save_that_set_a_review_aside_says_it_counts_again(qtbot, window, repo):
    client_id = _reviewed(qtbot, window, repo)
    _save_probation_end(qtbot, window, "2009-10-30")
    assert RESULT in awaiting_of(repo, client_id)
    undone_and_redone(qtbot, window, repo, client_id)


def undone_and_redone(qtbot, window, repo, client_id: int) -> None:
    """Edit > Undo of the save that set Rosa's review aside, then Redo: what each says."""
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Undone: "))
    said = window.statusBar().currentMessage()
    assert RESULT not in (awaiting_of(repo, client_id) or "")  # the review counts again
    assert said == f"Undone: Edit Case GA377991, probation end (Rosa Revisada). {COUNTS_AGAIN}{RESULT}", said
    window.redo_action.trigger()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Redone: "))
    assert window.statusBar().currentMessage().endswith(AGAIN + RESULT), window.statusBar().currentMessage()


def test_x123_02_undo_that_changes_no_review_says_nothing_of_reviews(qtbot, window, repo):
    _reviewed(qtbot, window, repo)
    _save_probation_end(qtbot, window, "2009-10-30")
    _save_probation_end(qtbot, window, "2009-10-29")  # the review was set aside already
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Undone: "))
    assert "review" not in window.statusBar().currentMessage(), window.statusBar().currentMessage()
