"""N66: a caseload made by an older Clinic Desk is backed up, then updated, as it is opened (11-12 s
once on a busy clinic's 1 GB caseload).  A program killed in the middle of the update (a paralegal
who took it for hung, a battery) leaves a caseload that opens: each migration runs in one
transaction with its record, so the one cut off is undone and runs again at the next open, the
ones before it stay done, and the backup made before the update is there, sound, as it was."""

from __future__ import annotations

import sqlite3
import sys

import pytest

from db.backup import backups_folder, verify
from db.repository import Repository
from tests.automatic_relief import to_file
from tests.db.test_denials_entered_backfill_d65 import _deny, _entered, _old_save
from tests.db.test_killed import clinic_app, killed_at, sound
from tests.older_caseload import take_back

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")


def test_n66_killed_in_the_middle_of_the_update_the_caseload_reopens_updated_and_the_backup_is_kept(tmp_path):
    path = tmp_path / "older.sqlite"
    with Repository.open(path, user="paralegal") as repo:
        dora = repo.add_client(to_file("Dora Denegada"))
        _old_save(repo, dora, _deny)  # a denial typed by the old code: m017 has a row to write
    take_back(path)  # schema 15: m016, then m017, to run
    # Killed in m017, after it read the save that typed the denial, before its transaction ended.
    killed_at("db.repository:_denials_entered", "after", 1, "list", "--db", str(path))
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 16  # m016 done, m017 undone
    assert _entered(conn, dora) == []
    conn.close()
    first = sorted(p for p in backups_folder(path).iterdir() if p.name.startswith("older-before-migration-"))
    assert len(first) == 1 and verify(first[0]) == 15  # the backup from before the update, whole
    again = clinic_app("list", "--db", str(path))
    assert again.returncode == 0, again.stderr
    assert "updating the caseload (1 of 4)..." in again.stderr  # m017, then m018, m019 and m020
    assert "Dora Denegada" in again.stdout
    conn = sound(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 20
    assert len(_entered(conn, dora)) == 1
    conn.close()
    assert first[0].exists()  # the backup from before the first try is kept beside the second's
