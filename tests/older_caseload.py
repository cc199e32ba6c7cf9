"""A caseload as an older Clinic Desk left it, for the tests of what opening it does (N66): made
by this code, then taken back to schema 15, before m016, m017, m018, m019 and m020, as the migration tests
take a caseload back (each of those migrations runs again to the same end: an index made if missing, rows
written once)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from db.connection import updating_said
from db.repository import Repository
from tests.automatic_relief import to_file

PENDING = ("m016_denials_entered", "m017_denials_entered_before_their_row", "m018_remedies_open", "m019_case_number_ends_run_together", "m020_clients_by_birth_date")
# What an open says of each pending migration, in the window's words ("Updating the caseload (1 of 3)...").
UPDATING = [updating_said(n, len(PENDING)) for n in range(1, len(PENDING) + 1)]


def older_caseload(path: Path, names: tuple[str, ...] = ("Olga Older", "Osvaldo Older")) -> Path:
    """A caseload at `path` with `names` (synthetic) as clients, at schema 15: five migrations to run."""
    with Repository.open(path) as repo:
        for name in names:
            repo.add_client(to_file(name))
    take_back(path)
    return path


def take_back(path: Path) -> None:
    """The caseload at `path` (closed) taken back to schema 15."""
    old = sqlite3.connect(path)
    old.execute(f"DELETE FROM _sqlite_migrations WHERE name IN ({', '.join('?' * len(PENDING))})", PENDING)
    old.execute("DROP INDEX IF EXISTS audit_denial")
    old.execute("DROP INDEX IF EXISTS clients_dob")
    old.execute("PRAGMA user_version = 15")
    old.commit()
    old.close()
