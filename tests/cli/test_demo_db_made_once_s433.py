"""S433-02: test_cli.py's `demo_db`, the caseload of 40 demo clients ~60 command-line tests start
from, is made once a test process and copied into each test's folder (tests/made_once.py): the
same 40 clients, a file of the test's own, private, that the test may change alone."""

from __future__ import annotations

import sqlite3
import stat

from db.repository import Repository
from tests.cli.forty_demo_clients import forty_demo_clients
from tests.cli.test_cli import demo_db  # noqa: F401 - a fixture
from tests.made_once import _MADE


def test_s433_02_demo_db_is_a_copy_of_the_forty_clients_made_once(demo_db, tmp_path):
    folder, (made,) = _MADE[forty_demo_clients]  # made once in this process, not in the test
    assert made.parent == folder and demo_db == tmp_path / "caseload.sqlite"
    assert demo_db.read_bytes() == made.read_bytes()
    assert stat.S_IMODE(demo_db.stat().st_mode) == 0o600
    with Repository.open(demo_db, user="cli-test") as repo:
        assert repo.count_clients() == 40
        repo.delete_client(repo.list_clients()[0].id)
        assert repo.count_clients() == 39
    kept = sqlite3.connect(f"{made.as_uri()}?mode=ro", uri=True)  # the made one is left as it was
    try:
        assert kept.execute("SELECT COUNT(*) FROM clients").fetchone()[0] == 40
    finally:
        kept.close()
