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


def _caseload_and_newer_backup(tmp_path):
    """A caseload, and its backup as a newer Clinic Desk (one schema on) would have made it."""
    caseload = tmp_path / "caseload.sqlite"
    with Repository.open(caseload) as repo:
        repo.add_client(Client(name="Rosa Benítez"))
        backup = backup_rotating(repo.db)
    newer = tmp_path / "from-the-office.sqlite"
    newer.write_bytes(backup.read_bytes())
    with sqlite3.connect(newer) as conn:
        conn.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    conn.close()
    return caseload, newer


def test_a_newer_programs_backup_is_said_of_the_backup(tmp_path):
    caseload, newer = _caseload_and_newer_backup(tmp_path)
    before = caseload.read_bytes()
    refused = run("restore", newer, "--db", caseload)
    assert_plain_error(refused, 1, f"The backup {newer} was made by a newer Clinic Desk", "Nothing was changed")
    assert "This caseload" not in refused.stderr
    assert caseload.read_bytes() == before


def test_b130_04_the_schema_numbers_follow_the_plain_words(tmp_path):
    """B130-04: B129-05's words dropped the numbers "schema N; ... up to M" that whoever supports
    the clinic reads to tell which Clinic Desk made the backup: given after the plain words."""
    caseload, newer = _caseload_and_newer_backup(tmp_path)
    refused = run("restore", newer, "--db", caseload)
    assert refused.stderr.strip().endswith(
        f"or choose an older backup. Nothing was changed. (Backup schema {migrations.SCHEMA_VERSION + 1}; "
        f"this Clinic Desk reads up to {migrations.SCHEMA_VERSION}.)")
