"""S433-01: the storage tests' `repo` caseload is copied from the new caseload made once per test
process (tests/conftest.py's `new_caseload_made`), not made anew with its migrations for each
test: the same file `Repository.open` makes, private, each test's its own."""

from __future__ import annotations

import sqlite3

from db.repository import Repository
from tests.gui.test_new_caseload_copied_x95 import _as_made


def _applied(path) -> list:
    """The times the caseload's migrations were applied, read without Clinic Desk."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT * FROM _sqlite_migrations ORDER BY 1, 2").fetchall()
    finally:
        conn.close()


def test_s433_01_the_storage_tests_caseload_is_a_copy_of_the_new_one_made_once(repo, tmp_path, new_caseload_made):
    repo_path = tmp_path / "caseload.sqlite"
    assert repo.path is not None and str(repo.path) == str(repo_path)
    assert _applied(repo_path) == _applied(new_caseload_made)  # copied, not migrated here
    new = tmp_path / "made-here" / "caseload.sqlite"
    new.parent.mkdir()
    Repository.open(new, user="paralegal-1").close()
    copied, made = _as_made(repo_path), _as_made(new)
    assert copied == made  # tables, rows, settings (the times masked), journal, version, mode
    assert copied[3] == 0o600


def test_s433_01_each_storage_test_has_its_own_copy(repo, new_caseload_made):
    from clinic_app.demo import generate_clients

    repo.add_client(next(iter(generate_clients(1, seed=1))))
    assert len(repo.list_clients()) == 1
    made = sqlite3.connect(f"{new_caseload_made.as_uri()}?mode=ro", uri=True)
    try:
        assert made.execute("SELECT COUNT(*) FROM clients").fetchone()[0] == 0
    finally:
        made.close()
