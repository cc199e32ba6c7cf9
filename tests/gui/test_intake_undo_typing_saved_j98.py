"""J98-01: at intake, after Enter started the client, Ctrl+Z in the Name field undid the
name's own letters (not saved) before intake's step: "Rosa Paz" became "Rosa Pa" in the
field while Rosa Paz stayed in the caseload, the same fault F97-01 fixed on the Record tab.
Typing that a step saved is a saved step (ui.undo.typing_saved): one Ctrl+Z in the field
takes intake's step back, for the client started, a correction saved, and a case added."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import type_intake_case, type_over
from tests.gui.test_intake_undo_puts_case_back_i98 import _start
from tests.gui.test_intake_undo_u36 import _in_intake

CTRL = Qt.KeyboardModifier.ControlModifier
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _ctrl_z_in(qtbot, field) -> None:
    field.setFocus()  # the volunteer clicks back into the field
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)


def test_j98_01_ctrl_z_in_the_name_after_the_client_was_started_takes_the_client_back(qtbot, window, repo):
    window.load()

    def at_the_table(dialog):
        client_id = _start(qtbot, dialog)
        _ctrl_z_in(qtbot, dialog.name)
        return (dialog.name.text(), dialog.dob.text(), [c.id for c in repo.list_clients()].count(client_id),
                dialog.person_rows[0].message.text())

    seen = _in_intake(qtbot, window, at_the_table, window.intake_action.trigger)
    assert seen == [("", "", 0, "Undone: Add client at intake (Rosa Paz). They are no longer in the caseload; "
                               "box 1 is empty for the next client.")]


def test_j98_01_ctrl_z_in_the_name_after_a_correction_takes_the_correction_back(qtbot, window, repo):
    window.load()

    def at_the_table(dialog):
        client_id = _start(qtbot, dialog)
        type_over(qtbot, dialog.name, "Rosa Paz Ruiz")
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # "Save corrections"
        assert repo.get_client(client_id).name == "Rosa Paz Ruiz"
        _ctrl_z_in(qtbot, dialog.name)
        return repo.get_client(client_id).name, dialog.name.text()

    assert _in_intake(qtbot, window, at_the_table, window.intake_action.trigger) == [("Rosa Paz", "Rosa Paz")]


def test_j98_01_ctrl_z_in_the_county_after_a_case_was_added_takes_the_case_back(qtbot, window, repo):
    # The county is kept for the next case, so its typing stayed in it after Enter added the case.
    window.load()

    def at_the_table(dialog):
        client_id = _start(qtbot, dialog)
        type_over(qtbot, dialog.county, "Orange")
        dialog.case_number.setFocus()
        type_intake_case(qtbot, dialog, "BA100001", "2013-03-02")
        assert [c.case_number for c in repo.get_client(client_id).cases] == ["BA100001"]
        _ctrl_z_in(qtbot, dialog.county)
        return [c.case_number for c in repo.get_client(client_id).cases], dialog.county.text(), dialog.case_number.text()

    assert _in_intake(qtbot, window, at_the_table, window.intake_action.trigger) == [([], "Orange", "BA100001")]


def test_j98_01_typing_after_the_step_is_still_undone_in_the_field_first(qtbot, window, repo):
    window.load()

    def at_the_table(dialog):
        client_id = _start(qtbot, dialog)
        dialog.name.setFocus()
        dialog.name.end(False)
        qtbot.keyClicks(dialog.name, " R")  # a correction begun, not saved
        qtbot.keyClick(dialog.name, Qt.Key.Key_Z, CTRL)
        return dialog.name.text(), [c.id for c in repo.list_clients()].count(client_id)

    assert _in_intake(qtbot, window, at_the_table, window.intake_action.trigger) == [("Rosa Paz", 1)]
