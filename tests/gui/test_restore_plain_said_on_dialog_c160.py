"""C160-02: File > Restore from backup... on an encrypted caseload marked a plain backup "5, not
encrypted" under Clients, and what that means (whoever has the file can read it; delete it or keep
it safe) was the cell's tooltip only, until Check backups was pressed: a director choosing it read
nothing of it on the dialog.  It is said under the list now, of the backup chosen, or how many
listed are plain, as soon as the list has counted them."""

from __future__ import annotations

from tests.cli.test_backup_check_n63 import SECRET, plain_backup_then_encrypted
from ui.restore_dialog import RestoreDialog


def _dialog(qtbot, tmp_path):
    caseload, plain, now = plain_backup_then_encrypted(tmp_path)
    dialog = RestoreDialog(caseload, SECRET)
    qtbot.addWidget(dialog)
    dialog.show()
    rows = {dialog.table.topLevelItem(i).text(4): dialog.table.topLevelItem(i) for i in range(2)}
    qtbot.waitUntil(lambda: "counting" not in rows[plain.name].text(2) + rows[now.name].text(2), timeout=60_000)
    return dialog, rows, plain, now


def test_c160_02_the_plain_backup_chosen_is_said_not_encrypted_on_the_dialog(qtbot, tmp_path):
    dialog, rows, plain, _now = _dialog(qtbot, tmp_path)
    dialog.table.setCurrentItem(rows[plain.name])
    assert dialog.checked == {}  # nothing checked: Check backups not pressed
    assert dialog.check_said.isVisible()
    said = dialog.check_said.text()
    assert said.startswith(f"The backup chosen, {plain.name}, is not encrypted, though the caseload is. "
                           "Whoever has this file can read it without a passphrase")
    assert "delete it or keep it somewhere safe" in said
    assert said.endswith("Restored, it is encrypted with the caseload's passphrase.")
    assert dialog.restore_button.isEnabled()


def test_c160_02_another_backup_chosen_still_says_one_listed_is_plain(qtbot, tmp_path):
    dialog, rows, _plain, now = _dialog(qtbot, tmp_path)
    dialog.table.setCurrentItem(rows[now.name])
    assert dialog.check_said.isVisible()
    assert dialog.check_said.text().startswith("1 backup listed is not encrypted, though the caseload is")


def plain_caseload_dialog(qtbot, tmp_path) -> RestoreDialog:
    """The Restore dialog of a plain caseload with one backup, its clients counted."""
    from db.backup import backup_rotating
    from db.repository import Repository

    caseload = tmp_path / "caseload.sqlite"
    with Repository.open(caseload) as repo:
        backup_rotating(repo.db)
    dialog = RestoreDialog(caseload, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: "counting" not in dialog.table.topLevelItem(0).text(2), timeout=60_000)
    return dialog


def test_c160_02_a_plain_caseload_says_nothing_of_it(qtbot, tmp_path):
    dialog = plain_caseload_dialog(qtbot, tmp_path)
    assert not dialog.check_said.isVisible() and dialog.check_said.text() == ""
