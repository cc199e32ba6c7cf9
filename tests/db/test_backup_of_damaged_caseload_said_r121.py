"""A caseload cut short while open (a USB stick pulled, a battery dead while it was written),
then backed up (Backup now, the backup on closing the window, `backup_to`): SQLite's
"malformed", met while copying it, was said of the backup being written, "The caseload
<backups/ev-STAMP.sqlite> is damaged. Restore the latest backup ... with clinic-app restore
FILE --db <backups/ev-STAMP.sqlite>" (Y119-04 gave the damaged file its restore): the command
said would restore into the backups folder, and the caseload, damaged, was not named (R121-01).
It is said of the caseload, with its own restore, and no backup written."""

from __future__ import annotations

import shlex

import pytest

from clinic_app.model import Client
from db import errors
from db.backup import backup_rotating, backup_to, backups_folder
from db.connection import commands_on
from db.repository import Repository


@pytest.fixture
def cut_short_while_open(tmp_path):
    """A caseload in a folder with a space, backed up once, open, then cut in half under it;
    yields its repository and its one sound backup."""
    path = tmp_path / "event laptop" / "pomona.sqlite"
    with Repository.open(path, create=True) as repo:
        repo.add_clients([Client(name=f"Cliente número {n}" * 10) for n in range(500)])
        sound = backup_rotating(repo.db)
    repo = Repository.open(path)
    with open(path, "r+b") as file:
        file.truncate(path.stat().st_size // 2)
    yield repo, sound
    repo.close()


def _said(backing_up) -> str:
    with pytest.raises(errors.Corrupt) as refused:
        backing_up()
    return refused.value.message


def test_r121_a_backup_of_a_caseload_cut_short_names_the_caseload_and_its_restore(cut_short_while_open):
    repo, sound = cut_short_while_open
    said = _said(lambda: backup_rotating(repo.db))
    restore = commands_on(repo.path)(f"restore {shlex.quote(str(sound))}")
    assert said.startswith(f"The caseload {repo.path} is damaged"), said
    assert "so no backup was written" in said and restore in said, said
    assert f"--db {shlex.quote(str(backups_folder(repo.path)))}" not in said, said
    assert [p.name for p in backups_folder(repo.path).iterdir()] == [sound.name]


def test_r121_a_backup_to_a_usb_stick_of_a_caseload_cut_short_is_not_said_damaged(cut_short_while_open, tmp_path):
    repo, sound = cut_short_while_open
    (tmp_path / "usb stick").mkdir()
    target = tmp_path / "usb stick" / "copy.sqlite"
    said = _said(lambda: backup_to(repo.db, target))
    assert said.startswith(f"The caseload {repo.path} is damaged"), said
    assert str(target) not in said and str(sound) in said, said
    assert not target.exists()
