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



def test_a_check_that_fails_says_so_and_lets_check_backups_be_pressed_again(qtbot, repo, monkeypatch):
    """The check's worker failing (a bug, an error no check_backup expects) left "Checking the
    backups: 1 of 2 done..." shown, the row "checking..." and Check backups greyed out for as
    long as the dialog was open: the task's `failed` signal was connected to nothing."""
    import ui.restore_dialog as restore_dialog

    repo.add_clients(generate_clients(5, seed=3))
    backup_rotating(repo.db)
    backup_before(repo.db, "import")
    dialog, _rows = _listed(qtbot, repo)
    real = restore_dialog.check_backup
    calls = []

    def check_backup(backup, passphrase=None):
        calls.append(backup)
        if len(calls) == 2:
            raise RuntimeError("a bug in the check")
        return real(backup, passphrase)

    crashes: list[str] = []
    monkeypatch.setattr(restore_dialog, "check_backup", check_backup)
    monkeypatch.setattr("ui.crash.show_crash", lambda _parent, report: crashes.append(report))
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.checking.finished.is_set(), timeout=60_000)
    qtbot.waitUntil(dialog.check_button.isEnabled, timeout=5_000)
    assert [dialog.table.topLevelItem(i).text(3) for i in range(2)] == ["ok", "not checked"]
    assert dialog.check_said.text().startswith("The check stopped before every backup was read")
    assert "Checking the backups" not in dialog.check_said.text()
    assert len(crashes) == 1 and "a bug in the check" in crashes[0]
    # Pressed again, it checks them all.
    monkeypatch.setattr(restore_dialog, "check_backup", real)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.checking.finished.is_set() and dialog.check_button.isEnabled(), timeout=60_000)
    assert [dialog.table.topLevelItem(i).text(3) for i in range(2)] == ["ok", "ok"]
    assert dialog.check_said.text() == "2 backups checked: 2 ok, 0 damaged."
