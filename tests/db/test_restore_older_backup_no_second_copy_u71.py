"""U71-03: restoring a backup made by an older Clinic Desk copied it once more, whole, into
``backups/`` ("...-before-migration-...") before updating it: the longest step of the restore
on a busy clinic's backup (1 GB: about 5 s), and a second copy of a file the user still has.
The backup is that copy already (the restore never writes to it), so none is made; the
caseload the restore replaces is still kept, and a restore stopped during the update still
leaves both whole."""

from __future__ import annotations

import hashlib
import sys

import pytest

from db.backup import backups_folder, restore
from db.connection import open_caseload, schema_version
from db.migrations import SCHEMA_VERSION
from db.repository import Repository
from tests.automatic_relief import to_file
from tests.older_caseload import older_caseload


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _names(path) -> list[str]:
    with Repository(open_caseload(path, create=False)) as repo:
        return [row.name for row in repo.list_clients()]


def test_restoring_an_older_backup_updates_it_without_another_copy_of_it(tmp_path):
    backup = older_caseload(tmp_path / "usb" / "older-backup.sqlite")
    as_chosen = _digest(backup)
    caseload = tmp_path / "office" / "caseload.sqlite"
    with Repository.open(caseload) as repo:
        repo.add_client(to_file("Nadia Newer"))

    kept = restore(backup, caseload)

    assert _names(caseload) == ["Olga Older", "Osvaldo Older"]
    with Repository(open_caseload(caseload, create=False)) as repo:
        assert schema_version(repo.db) == SCHEMA_VERSION
    # The caseload replaced is kept, and nothing else: no copy of the backup beside it.
    assert sorted(p.name for p in backups_folder(caseload).iterdir()) == [kept.name]
    assert kept.name.startswith("caseload-before-restore-") and _names(kept) == ["Nadia Newer"]
    # The backup is the caseload as it was before its update: untouched, still older.
    assert _digest(backup) == as_chosen
    assert sorted(p.name for p in backup.parent.iterdir()) == ["older-backup.sqlite"]


def test_an_older_caseload_opened_on_its_own_is_still_copied_before_its_update(tmp_path):
    """Only the restore is spared the copy: opening an older caseload keeps one, as before."""
    older = older_caseload(tmp_path / "older.sqlite")
    with Repository(open_caseload(older, create=False)) as repo:
        kept = repo.db.backup_before_update
    assert kept is not None and kept.name.startswith("older-before-migration-")
    assert _names(kept) == ["Olga Older", "Osvaldo Older"]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_restore_killed_in_the_update_leaves_the_backup_and_the_caseload_replaced_whole(tmp_path):
    """With no copy of the backup before its update, the backup itself is what a restore stopped
    there goes back to: the restore only reads it, so it is whole, and so is the copy of the
    caseload it replaced; the next open says the restore did not finish and ends the update."""
    from db.backup import restore_not_finished
    from tests.db.test_denials_entered_backfill_d65 import _deny, _old_save
    from tests.db.test_killed import clinic_app, killed_at, sound
    from tests.older_caseload import take_back

    backup = tmp_path / "usb" / "older-backup.sqlite"
    backup.parent.mkdir()
    with Repository.open(backup, user="paralegal") as repo:
        dora = repo.add_client(to_file("Dora Denegada"))
        _old_save(repo, dora, _deny)  # a denial typed by the old code: m017 has a row to write
    take_back(backup)  # schema 15
    as_chosen = _digest(backup)
    caseload = tmp_path / "caseload.sqlite"
    with Repository.open(caseload) as repo:
        repo.add_client(to_file("Nadia Newer"))

    # Killed in m017, the last step of the restore's update.
    killed_at("db.repository:_denials_entered", "after", 1, "restore", str(backup), "--db", str(caseload))

    assert _digest(backup) == as_chosen
    (kept,) = backups_folder(caseload).iterdir()
    assert kept.name.startswith("caseload-before-restore-") and _names(kept) == ["Nadia Newer"]
    sound(caseload).close()
    with Repository(open_caseload(caseload, create=False)) as repo:
        said = restore_not_finished(repo, caseload)
        assert said is not None and "did not finish" in said and str(kept) in said
        assert schema_version(repo.db) == SCHEMA_VERSION
        assert [row.name for row in repo.list_clients()] == ["Dora Denegada"]
    assert clinic_app("list", "--db", str(caseload)).returncode == 0
