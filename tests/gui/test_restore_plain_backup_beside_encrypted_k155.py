"""K155-02 in the window: File > Restore from backup... on an encrypted caseload listed a plain
backup from before the encryption with its clients and, checked, "ok": nothing said it was not
encrypted, so a director might carry it to a laptop believing the passphrase kept it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.cli.test_backup_check_n63 import SECRET, plain_backup_then_encrypted
from ui.restore_dialog import RestoreDialog


def test_k155_02_the_restore_list_says_a_plain_backup_is_not_encrypted(qtbot, tmp_path):
    caseload, plain, now = plain_backup_then_encrypted(tmp_path)
    dialog = RestoreDialog(caseload, SECRET)
    qtbot.addWidget(dialog)
    rows = {dialog.table.topLevelItem(i).text(4): dialog.table.topLevelItem(i) for i in range(2)}
    qtbot.waitUntil(lambda: "counting" not in rows[plain.name].text(2) + rows[now.name].text(2), timeout=60_000)
    assert rows[now.name].text(2) == "5"
    assert rows[plain.name].text(2) == "5, not encrypted"
    assert rows[plain.name].toolTip(2).startswith("Not encrypted, though the caseload is: whoever has this file can read it")

    dialog.table.setCurrentItem(rows[plain.name])
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.checking.finished.is_set() and dialog.check_button.isEnabled(), timeout=60_000)
    assert rows[now.name].text(3) == "ok"
    assert rows[plain.name].text(3) == "ok, but not encrypted"
    said = dialog.check_said.text()
    assert said.startswith(f"The backup chosen, {plain.name}, is ok, but not encrypted: whoever has this file can read it")
    assert said.endswith("2 backups checked: 2 ok, 0 damaged. 1 of them is not encrypted, though the caseload is.")
    assert dialog.restore_button.isEnabled()  # sound: it can still be restored (encrypted with the caseload's passphrase)
