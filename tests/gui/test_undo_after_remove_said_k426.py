"""K426: Undo and Redo after a row's Remove say what came back, or went again.

K426-01: a tired paralegal removed the condition Anger management by its Remove (H405-01 says
"Removed the condition Anger management. Edit > Undo (Ctrl+Z) puts it back."), pressed Ctrl+Z,
and read and heard only "Undone: Edit Case BA100001, conditions (Rosa Tired)": not which condition
came back.  Undo now names it in the Remove's words ("Put back the condition Anger management."),
Redo likewise ("Removed the condition Anger management again.").  K426-02 and K426-03: rows that
would be heard alike (two violations of one day) or by no words (a condition emptied) are numbered.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.test_row_removed_said_h405 import _opened

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.mark.parametrize(("rows", "removed", "named"), [
    ("convictions", 1, "the conviction PC 484"),
    ("conditions", 0, "the condition Anger management"),
])
def test_k426_01_undo_and_redo_after_a_remove_name_the_row(qtbot, window, repo, rows, removed, named):
    client_id, _stored = _opened(qtbot, window, repo)
    form = window.client_view.record.case_form
    qtbot.mouseClick(getattr(form, rows).rows[removed].remove, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(getattr(repo.get_client(client_id).cases[0], rows)) == 1)

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: len(getattr(repo.get_client(client_id).cases[0], rows)) == 2)
    assert window.statusBar().currentMessage() == (
        f"Undone: Edit Case BA100001, {rows} (Rosa Tired). Put back {named}.")

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL | SHIFT)
    qtbot.waitUntil(lambda: len(getattr(repo.get_client(client_id).cases[0], rows)) == 1)
    assert window.statusBar().currentMessage() == (
        f"Redone: Edit Case BA100001, {rows} (Rosa Tired). Removed {named} again.")


def _two_violations_of_one_day(qtbot, window, repo):
    from datetime import date

    from clinic_app.model import Violation
    from tests.gui.conftest import open_on_record, probation_client

    client = probation_client("Rosa Rows")
    client.cases[0].sentence.probation.violations = [
        Violation(date=date(2022, 6, 7), outcome="reinstated"), Violation(date=date(2022, 6, 7), outcome="revoked"),
        Violation(date=date(2023, 1, 2), outcome="reinstated")]
    opened = open_on_record(window, repo, client)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    return opened


def test_k426_02_two_violations_of_one_day_are_heard_apart_by_their_number(qtbot, window, repo):
    """K426-02: two violations of one day were both "Remove the violation of 2022-06-07" (K423):
    the one the keyboard was on could not be told from the other.  Each is numbered now, as a
    refusal numbers a row ("violation 2"), only while another is heard alike."""
    client_id, form = _two_violations_of_one_day(qtbot, window, repo)
    removes = [row.remove for row in form.violations.rows]
    assert [remove.accessibleName() for remove in removes] == [
        "Remove the violation of 2022-06-07 (violation 1)", "Remove the violation of 2022-06-07 (violation 2)",
        "Remove the violation of 2023-01-02"]
    first = form.violations.rows[0].date
    first.clear()
    qtbot.keyClicks(first, "2022-06-08")  # typed apart: heard apart by their days alone
    assert [remove.accessibleName() for remove in removes[:2]] == [
        "Remove the violation of 2022-06-08", "Remove the violation of 2022-06-07"]
    first.clear()
    qtbot.keyClicks(first, "2022-06-07")
    qtbot.mouseClick(removes[1], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(repo.get_client(client_id).cases[0].sentence.probation.violations) == 2)
    assert ("Removed the violation of 2022-06-07 (violation 2). Edit > Undo (Ctrl+Z) puts it back."
            in window.statusBar().currentMessage())
    assert form.violations.rows[0].remove.accessibleName() == "Remove the violation of 2022-06-07"  # alone now
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: len(repo.get_client(client_id).cases[0].sentence.probation.violations) == 3)
    assert window.statusBar().currentMessage().endswith(". Put back the violation of 2022-06-07 (violation 2).")
    assert [row.remove.accessibleName() for row in form.violations.rows][:2] == [
        "Remove the violation of 2022-06-07 (violation 1)", "Remove the violation of 2022-06-07 (violation 2)"]


def test_k426_03_a_condition_with_no_words_is_said_by_its_number(qtbot, window, repo):
    """K426-03: a condition whose words were emptied was heard "Remove this condition" and said
    "Removed the condition." once gone: which of them, nobody could tell (R407).  It is "condition
    2" now, heard and said, where the case has other conditions."""
    client_id, _stored = _opened(qtbot, window, repo)
    form = window.client_view.record.case_form
    second = form.conditions.rows[1]
    second.label.clear()
    assert [row.remove.accessibleName() for row in form.conditions.rows] == [
        "Remove the condition Anger management", "Remove condition 2"]
    qtbot.mouseClick(second.remove, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(repo.get_client(client_id).cases[0].conditions) == 1)
    assert "Removed condition 2. Edit > Undo (Ctrl+Z) puts it back." in window.statusBar().currentMessage()


def test_k426_03_a_condition_added_beside_others_is_said_by_its_number(qtbot, window, repo):
    """A row made by "Add condition" holds no words yet: beside the case's two conditions it is
    "Remove condition 3", not "Remove this condition" (any of them), until its words are typed."""
    _opened(qtbot, window, repo)
    form = window.client_view.record.case_form
    before = ["Remove the condition Anger management", "Remove the condition Caltrans"]
    assert [row.remove.accessibleName() for row in form.conditions.rows] == before
    qtbot.mouseClick(form.conditions.add_button, Qt.MouseButton.LeftButton)
    assert len(form.conditions.rows) == 3
    assert [row.remove.accessibleName() for row in form.conditions.rows] == [*before, "Remove condition 3"]
    added = form.conditions.rows[2]
    qtbot.keyClicks(added.label, "Theft awareness class")
    assert added.remove.accessibleName() == "Remove the condition Theft awareness class"
