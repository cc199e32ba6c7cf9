"""R173-03: `clinic-app rescreen` stopped, then stopped again while its worker processes finished
the ranges they were screening (Ctrl-C pressed twice, a second `kill`): the second stop broke off
the waiting for them, the run said it had stopped, and then never ended, its terminal held and
its two workers waiting for work that never came, until someone killed them.  A second stop there
is let go: the workers finish their ranges (a second or so), and the run ends as said.  The child stops itself: the first stop
right after the first range is stored, the second while a worker still screens its (slow) range."""

from __future__ import annotations

import signal
import subprocess
import sys

import pytest

from clinic_app.demo import generate_clients
from db.repository import Repository
from tests.db.test_killed import TREE, _env

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM; no worker processes on Windows")

CHILD = """
import os, signal, sys, threading, time
from concurrent.futures import ProcessPoolExecutor
from db import rescreen
from db.repository import Repository

rescreen.RANGE_SIZE = 1  # a range a client
rescreen.usable_cores = lambda: 2  # two workers, whatever the machine
screen = rescreen._worker_screen
def _worker_screen(span):  # all but the first range take 1.5 s; named so, as a worker finds it by its name
    return screen(span) if span[0] == 1 else time.sleep(1.5)
_worker_screen.__module__ = "db.rescreen"
rescreen._worker_screen = _worker_screen

store = Repository.store_screening_rows
def stored_then_stopped(self, rows, **run):
    stored = store(self, rows, **run)
    os.kill(os.getpid(), signal.SIGTERM)  # the first stop
    return stored
Repository.store_screening_rows = stored_then_stopped

shutdown = ProcessPoolExecutor.shutdown
def stopped_again(self, *args, **kwargs):  # the second, as the workers' ranges are waited for
    threading.Timer(0.3, os.kill, (os.getpid(), signal.SIGTERM)).start()
    return shutdown(self, *args, **kwargs)
ProcessPoolExecutor.shutdown = stopped_again

from clinic_app.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_a_rescreen_stopped_twice_ends(tmp_path):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db, create=True) as repo:
        repo.add_clients(list(generate_clients(3, seed=7)))
    try:
        done = subprocess.run([sys.executable, "-c", CHILD, "--db", str(db), "rescreen", "--as-of", "2026-12-07"],
                              cwd=TREE, env=_env(), capture_output=True, text=True, timeout=20)
    except subprocess.TimeoutExpired:
        # It hung long after its workers' 1.5 s ranges were done; killed, they end (_end_when_orphaned).
        pytest.fail("the rescreen stopped twice never ended")
    assert done.returncode == 128 + signal.SIGTERM, done.stderr
    assert "clinic-app: stopped (SIGTERM) after 1 of 3 clients: those were screened again" in done.stderr
    assert "Traceback" not in done.stderr, done.stderr
