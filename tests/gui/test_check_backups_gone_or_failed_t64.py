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


def test_a_damaged_backup_chosen_while_the_others_are_checked_says_why_restore_waits(qtbot, repo, monkeypatch):
    """A damaged backup chosen while Check backups went on through the others greyed out
    Restore... with only "Checking the backups: 1 of 2 done..." shown: why it could not be
    restored came once every backup was checked (T64-04; R64's report, item 5)."""
    import threading

    import ui.restore_dialog as restore_dialog
    from tests.cli.test_backup_check_n63 import _flip_bytes

    repo.add_clients(generate_clients(40, seed=5))
    sound = backup_rotating(repo.db)
    flipped = backup_before(repo.db, "import")  # the newest: checked first
    _flip_bytes(flipped, 4096 * 3)
    dialog, rows = _listed(qtbot, repo)
    real, go_on = restore_dialog.check_backup, threading.Event()

    def check_backup(backup, passphrase=None):
        if backup.path == sound:
            go_on.wait(60)  # the second backup is a large one, still being read
        return real(backup, passphrase)

    monkeypatch.setattr(restore_dialog, "check_backup", check_backup)
    dialog.table.setCurrentItem(rows[sound.name])
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    try:
        qtbot.waitUntil(lambda: rows[flipped.name].text(3) == "DAMAGED", timeout=60_000)
        dialog.table.setCurrentItem(rows[flipped.name])
        assert not dialog.restore_button.isEnabled()
        said = dialog.check_said.text()
        assert said.startswith(f"The backup chosen, {flipped.name}, is damaged (")
        assert said.endswith("; it cannot be used. Checking the backups: 1 of 2 done...")
        dialog.table.setCurrentItem(rows[sound.name])
        assert dialog.check_said.text() == "Checking the backups: 1 of 2 done..." and dialog.restore_button.isEnabled()
    finally:
        go_on.set()
    qtbot.waitUntil(lambda: dialog.checking.finished.is_set() and dialog.check_button.isEnabled(), timeout=60_000)
    assert dialog.check_said.text().startswith("2 backups checked: 1 ok, 1 damaged.")
