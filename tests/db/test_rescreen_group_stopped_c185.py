"""C185-01: `clinic-app rescreen` stopped by a signal sent to its whole process group (a shutdown
signals every process; Ctrl-C at a terminal, `timeout` and a closing terminal signal the whole
foreground group): its worker processes took the stop too.  One idle waiting for work died with
a traceback on the terminal, the pool counted as broken; one screening a range took the stop as
that range's failure and lived on, ignoring every later SIGTERM as a run already stopping does,
so ending the broken pool waited for it for ever: the run hung, only `kill -9` ended it (R180).
The workers leave stopping to this process, which ends them.  The child stops itself right after
its first range is stored, while a worker still screens its (slow) range and the other waits,
and the stop is held while that range is stored (0.3 s, as 500 clients take)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from clinic_app.demo import generate_clients
from db.repository import Repository
from tests.db.test_killed import HERE, TREE, _env

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="process groups; no worker processes on Windows")

CHILD = """
import sys, time
sys.path.insert(0, sys.argv.pop(1))
from stopped_child import stop_at
from db import rescreen

rescreen.RANGE_SIZE = 1  # a range a client
rescreen.usable_cores = lambda: 2  # two workers, whatever the machine
screen = rescreen._worker_screen
def _worker_screen(span):  # the second client's range takes 0.6 s; named so, as a worker finds it by its name
    if span[0] == 2:
        time.sleep(0.6)
    return screen(span)
_worker_screen.__module__ = "db.rescreen"
rescreen._worker_screen = _worker_screen
from db.repository import Repository
stop_at("db.repository:Repository.store_screening_rows", "after", 1)  # STOPPED, until the stop is held
store = Repository.store_screening_rows
def stored_slowly(self, rows, **run):  # as storing a range of 500 clients takes a while, the stop held
    stored = store(self, rows, **run)
    time.sleep(0.3)
    return stored
Repository.store_screening_rows = stored_slowly

from clinic_app.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _group_gone(group: int, within_s: float = 5.0) -> bool:
    """Whether every process of `group` has ended within `within_s` (a worker left alive would
    hold the caseload open; one orphaned ends within a second, _end_when_orphaned)."""
    deadline = time.monotonic() + within_s
    while time.monotonic() < deadline:
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    return False


@pytest.mark.parametrize(("signum", "said"), [(signal.SIGTERM, "stopped (SIGTERM)"), (signal.SIGINT, "interrupted")])
def test_a_rescreen_whose_workers_get_the_stop_too_ends_as_said(tmp_path, signum, said):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db, create=True) as repo:
        repo.add_clients(list(generate_clients(2, seed=7)))
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(HERE), "--db", str(db), "rescreen", "--as-of", "2026-12-07"],
                             cwd=TREE, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             start_new_session=True)
    try:
        assert child.stdout.readline().strip() == "STOPPED"
        os.killpg(child.pid, signum)  # as a shutdown or Ctrl-C at the terminal does: the run and its workers alike
        try:
            _, err = child.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            pytest.fail("the rescreen whose workers were signalled too never ended")
    finally:
        if child.poll() is None:
            os.killpg(child.pid, signal.SIGKILL)
            child.communicate()
    assert "Traceback" not in err, err
    assert child.returncode == 128 + signum, err
    assert f"clinic-app: {said} after 1 of 2 clients: those were screened again" in err
    assert _group_gone(child.pid), "a worker of the stopped re-screen is still running"
