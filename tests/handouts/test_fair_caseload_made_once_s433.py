"""S433-03: `fair_caseload` (tests/handouts/conftest.py) is made once a test process and copied
into each test's folder: the same two clients of "Fair", a private file of the test's own."""

from __future__ import annotations

import sqlite3
import stat

from db.repository import Repository
from tests.made_once import _MADE


def test_s433_03_fair_caseload_is_a_copy_of_the_one_made_once(fair_caseload, tmp_path):
    (folder, (made,)), = [made for make, made in _MADE.items() if make.__name__ == "_fair_clients"]
    assert made.parent == folder and fair_caseload == tmp_path / "caseload.sqlite"
    assert fair_caseload.read_bytes() == made.read_bytes()
    assert stat.S_IMODE(fair_caseload.stat().st_mode) == 0o600
    with Repository.open(fair_caseload, user="t") as repo:
        assert repo.count_clients("Fair") == 2
        repo.delete_client(repo.list_clients()[0].id)
    kept = sqlite3.connect(f"{made.as_uri()}?mode=ro", uri=True)  # the made one is left as it was
    try:
        assert kept.execute("SELECT COUNT(*) FROM clients").fetchone()[0] == 2
    finally:
        kept.close()
