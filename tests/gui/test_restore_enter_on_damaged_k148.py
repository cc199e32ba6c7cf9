"""K148-03: in File > Restore from backup, Check backups found a backup damaged; chosen in the list,
"The backup chosen, NAME, is damaged (...)" showed under it and Restore... was greyed out.  Enter
on that row did nothing at all, and a screen reader heard nothing: the volunteer pressed it again.
Enter there now says why it is not restored, in words heard, and what to do; Enter on a sound
backup restores it, as Restore... does."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from clinic_app.demo import generate_clients
from db.backup import backup_before, backup_rotating
from tests.cli.test_backup_check_n63 import _flip_bytes
from ui.restore_dialog import RestoreDialog


@pytest.fixture
def checked(qtbot, repo):
    """The Restore window over a sound backup and a damaged one, both checked: the window and
    the rows by file name."""
    repo.add_clients(generate_clients(40, seed=5))
    sound = backup_rotating(repo.db)
    flipped = backup_before(repo.db, "import")
    _flip_bytes(flipped, 4096 * 3)  # a page of clients' rows
    dialog = RestoreDialog(repo.path, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.counting.finished.is_set(), timeout=60_000)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.checking.finished.is_set() and dialog.check_button.isEnabled(), timeout=60_000)
    rows = {dialog.table.topLevelItem(i).text(4): dialog.table.topLevelItem(i) for i in range(2)}
    return dialog, rows[sound.name], rows[flipped.name], flipped.name


def test_enter_on_a_damaged_backup_says_why_it_is_not_restored(qtbot, checked, announcements):
    dialog, _sound, damaged, name = checked
    dialog.table.setCurrentItem(damaged)
    dialog.table.setFocus()
    del announcements[:]

    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)

    assert dialog.chosen is None and dialog.isVisible()
    said = [message for _source, message, _politeness in announcements]
    assert len(said) == 1, said
    assert said[0].startswith(f"Not restored. The backup chosen, {name}, is damaged (")
    assert said[0].endswith("Choose a backup marked ok, or Choose file... for one kept elsewhere.")


def test_enter_on_a_sound_backup_restores_it(qtbot, checked):
    dialog, sound, _damaged, _name = checked
    dialog.table.setCurrentItem(sound)
    dialog.table.setFocus()

    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)

    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.chosen is not None and dialog.chosen.name == sound.text(4)
