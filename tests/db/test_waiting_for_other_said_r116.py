"""R116-01: Clinic Desk started twice at once on a caseload being made or updated: the second
waits for the first's schema work (K114-03), and said nothing while it did, a window left blank
or a command silent for the other's update (a busy clinic's: 11-12 s), which looked hung.  The
wait is now told to `progress`, as the backup and update steps are: the window's dialog shows
it, the commands say it on stderr."""

from __future__ import annotations

import fcntl
import os
import sys

import pytest

import db.connection as connection
from db import migrations
from db.connection import WAITING_FOR_OTHER_SAID, open_caseload, schema_lock, schema_version

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="flock")


@pytest.fixture
def other_program_at_work(tmp_path):
    """The caseload's lock held as another Clinic Desk making its schema holds it."""
    fd = os.open(schema_lock(tmp_path / "caseload.sqlite"), os.O_RDWR | os.O_CREAT)
    fcntl.flock(fd, fcntl.LOCK_EX)
    yield tmp_path
    os.close(fd)


def test_r116_01_an_open_waiting_for_another_program_says_so(other_program_at_work, monkeypatch):
    monkeypatch.setattr(connection, "OTHER_OPEN_WAIT_SECONDS", 0.2)  # given up soon: goes on as before
    told: list[tuple[int, int, str]] = []
    db = open_caseload(other_program_at_work / "caseload.sqlite", create=True,
                       progress=lambda done, total, text: told.append((done, total, text)))
    try:
        assert told == [(0, 0, WAITING_FOR_OTHER_SAID)]  # once, not counted
        assert schema_version(db) == migrations.SCHEMA_VERSION
    finally:
        db.close()


def test_r116_01_an_open_nobody_holds_up_says_nothing(tmp_path):
    told: list[str] = []
    open_caseload(tmp_path / "caseload.sqlite", create=True, progress=lambda _d, _t, text: told.append(text)).close()
    assert told == []  # a new caseload: made, not updated, nothing to say
