"""B129-05: a backup made by a newer Clinic Desk (the office machine updated, the laptop not),
given to `clinic-app restore`, was refused with "This caseload was written by a newer version
of Clinic Desk": the director read it of the caseload in use, which was fine, and not of the
backup chosen.  The refusal names the backup now, and says the caseload is unchanged."""

from __future__ import annotations

import sqlite3

from clinic_app.model import Client
from db import migrations
from db.backup import backup_rotating
from db.repository import Repository
from test_cli import assert_plain_error
from test_cli import clinic_app_with_passphrase as run


def test_a_newer_programs_backup_is_said_of_the_backup(tmp_path):
    caseload = tmp_path / "caseload.sqlite"
    with Repository.open(caseload) as repo:
        repo.add_client(Client(name="Rosa Benítez"))
        backup = backup_rotating(repo.db)
    newer = tmp_path / "from-the-office.sqlite"
    newer.write_bytes(backup.read_bytes())
    with sqlite3.connect(newer) as conn:
        conn.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    conn.close()
    before = caseload.read_bytes()
    refused = run("restore", newer, "--db", caseload)
    assert_plain_error(refused, 1, f"The backup {newer} was made by a newer Clinic Desk", "Nothing was changed")
    assert "This caseload" not in refused.stderr
    assert caseload.read_bytes() == before
