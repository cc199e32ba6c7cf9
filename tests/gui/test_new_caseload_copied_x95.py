"""The `repo` fixture's caseload, copied from one made once per test process (X95-02), is the
caseload `Repository.open` makes for a new file: the same tables, rows, settings, schema
version, journal mode and private file mode; only the times its migrations were applied differ."""

from __future__ import annotations

import re
import sqlite3
import stat

from db.repository import Repository


def _as_made(path) -> tuple[list[str], str, int, int]:
    """The caseload's whole dump (the migrations' applied times taken out), journal mode,
    schema version and file mode, read without Clinic Desk."""
    conn = sqlite3.connect(path)
    try:
        dump = [re.sub(r"'\d{4}-\d\d-\d\d \d\d:\d\d:\d\d[.\d]*\+00:00'", "'(applied)'", line) for line in conn.iterdump()]
        journal = conn.execute("PRAGMA journal_mode").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()
    return dump, journal, version, stat.S_IMODE(path.stat().st_mode)


def test_the_copied_new_caseload_is_the_one_repository_open_makes(repo, tmp_path):
    new = tmp_path / "made-here" / "caseload.sqlite"
    new.parent.mkdir()
    Repository.open(new, user="paralegal-test").close()
    repo_path = tmp_path / "caseload.sqlite"
    assert repo.path is not None and str(repo.path) == str(repo_path)
    assert repo.list_clients() == []
    copied = _as_made(repo_path)
    made = _as_made(new)
    assert copied[1:] == made[1:]
    assert copied[3] == 0o600
    assert copied[0] == made[0]
    assert any("_sqlite_migrations" in line for line in made[0])  # the migrations are there, times masked


def test_each_test_has_its_own_copy(repo, new_caseload_made):
    from tests.gui.conftest import probation_client

    repo.add_client(probation_client("Rosa Delgado"))
    assert len(repo.list_clients()) == 1
    made = sqlite3.connect(f"{new_caseload_made.as_uri()}?mode=ro", uri=True)  # read only: left as made
    try:
        assert made.execute("SELECT COUNT(*) FROM clients").fetchone()[0] == 0  # the copy's client is not in it
    finally:
        made.close()
