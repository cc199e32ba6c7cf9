"""Restore from backup's Check backups (G64-02) with a backup deleted since the list was made,
and with a check that fails (T64-01; R64's report, item 5)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from clinic_app.demo import generate_clients
from db.backup import backup_before, backup_rotating
from ui.restore_dialog import RestoreDialog


def _listed(qtbot, repo) -> tuple[RestoreDialog, dict]:
    dialog = RestoreDialog(repo.path, None)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.counting.finished.is_set() and dialog.table.topLevelItem(1).text(2) != "counting...", timeout=60_000)
    rows = {dialog.table.topLevelItem(i).text(4): dialog.table.topLevelItem(i) for i in range(dialog.table.topLevelItemCount())}
    return dialog, rows


def test_a_backup_deleted_since_the_list_was_made_is_said_gone_not_damaged(qtbot, repo):
    """The page tells the clinic to delete the damaged backups; one deleted (or moved to a USB
    stick) while the list is open was said "DAMAGED: The caseload ... cannot be opened: the
    folder may not exist", a caseload and damaged, of a file that is not there."""
    repo.add_clients(generate_clients(5, seed=3))
    sound = backup_rotating(repo.db)
    gone = backup_before(repo.db, "import")
    dialog, rows = _listed(qtbot, repo)
    gone.unlink()
    dialog.table.setCurrentItem(rows[gone.name])
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.checking.finished.is_set() and dialog.check_button.isEnabled(), timeout=60_000)
    assert rows[sound.name].text(3) == "ok"
    assert rows[gone.name].text(3) == "not checked"
    assert "no longer there" in rows[gone.name].toolTip(3)
    said = dialog.check_said.text()
    assert "DAMAGED" not in said and "cannot be opened" not in said
    assert said.startswith(f"The backup chosen, {gone.name}, was not checked: the file is no longer there")
    assert "2 backups checked: 1 ok, 0 damaged, 1 not checked" in said

