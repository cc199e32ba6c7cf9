"""R173-01: `clinic-app rescreen` stopped (SIGTERM, SIGHUP or Ctrl-C) just after a range of
clients was stored, before that range was counted, said "stopped (SIGTERM) before any client was
screened again: the caseload is as it was" while that range kept its new screening: the paralegal
read that nothing had changed, and the list mixed two days unexplained.  A stop that comes while a
range is stored and counted now waits until both are done, so what is said is what was stored.
The signal is sent from inside the run, right after the first range's store returned: no race."""

from __future__ import annotations

import os
import signal
import sys

import pytest

from clinic_app import cli
from clinic_app.demo import generate_clients
from db import rescreen as rescreen_module
from db.repository import Repository

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM")


def test_a_rescreen_stopped_as_a_range_was_stored_counts_that_range(tmp_path, monkeypatch, capsys):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db, user="cli-test") as repo:
        repo.add_clients(generate_clients(3, seed=5))
    monkeypatch.setattr(rescreen_module, "RANGE_SIZE", 1)
    monkeypatch.setattr(rescreen_module, "usable_cores", lambda: 1)  # screened here: no worker processes
    store = Repository.store_screening_rows

    def stored_then_stopped(self, rows, **run):
        stored = store(self, rows, **run)
        os.kill(os.getpid(), signal.SIGTERM)  # the range committed, not yet counted
        return stored

    monkeypatch.setattr(Repository, "store_screening_rows", stored_then_stopped)
    assert cli.main(["--db", str(db), "rescreen", "--as-of", "2027-09-01"]) == 143
    said = capsys.readouterr().err.strip().splitlines()[-1]
    assert said.startswith("clinic-app: stopped (SIGTERM) after 1 of 3 clients: those were screened again as of "
                           "2027-09-01 and stored, the others keep their last screening."), said
    with Repository.open(db) as repo:  # what it said: one stored as of the new day
        sql = "SELECT COUNT(DISTINCT client_id) FROM screenings WHERE as_of = '2027-09-01'"
        assert repo.db.conn.execute(sql).fetchone()[0] == 1
