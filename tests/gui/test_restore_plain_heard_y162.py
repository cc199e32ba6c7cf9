"""Y162-02: File > Restore from backup... on an encrypted caseload says under the list what a
plain backup's "not encrypted" means (C160-02), as the list finishes counting and as a row is
chosen; the keyboard stays in the list, and a screen reader read the row ("5, not encrypted")
and not one word of the line under it: that whoever has the file can read it.  The line is
announced when it appears or its words change, once each time."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.test_restore_plain_said_on_dialog_c160 import _dialog, plain_caseload_dialog


def _heard(announcements) -> list[str]:
    return [message for _source, message, _politeness in announcements]


def test_y162_02_the_plain_line_is_heard_as_the_list_counts_and_as_the_plain_backup_is_chosen(qtbot, tmp_path,
                                                                                              announcements):
    dialog, rows, plain, now = _dialog(qtbot, tmp_path)
    assert dialog.table.currentItem() is rows[now.name]  # the newest, chosen as the dialog opens
    assert _heard(announcements) == [dialog.check_said.text()]
    assert dialog.check_said.text().startswith("1 backup listed is not encrypted, though the caseload is")

    announcements.clear()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)  # the plain one, made before
    assert dialog.table.currentItem() is rows[plain.name]
    assert _heard(announcements) == [dialog.check_said.text()]
    assert dialog.check_said.text().startswith(f"The backup chosen, {plain.name}, is not encrypted")


def test_y162_02_a_plain_caseload_announces_nothing_of_it(qtbot, tmp_path, announcements):
    plain_caseload_dialog(qtbot, tmp_path)
    assert not any("encrypted" in message for message in _heard(announcements))
