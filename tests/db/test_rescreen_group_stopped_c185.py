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


def _rescreen_of_two(tmp_path, code: str, *given: str) -> subprocess.Popen:
    """`code` run as `clinic-app rescreen` of a caseload of two clients, `given` its first
    arguments, in a process group of its own."""
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db, create=True) as repo:
        repo.add_clients(list(generate_clients(2, seed=7)))
    return subprocess.Popen([sys.executable, "-c", code, str(HERE), *given, "--db", str(db), "rescreen", "--as-of", "2026-12-07"],
                            cwd=TREE, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)


@pytest.mark.parametrize(("signum", "said"), [(signal.SIGTERM, "stopped (SIGTERM)"), (signal.SIGINT, "interrupted")])
def test_a_rescreen_whose_workers_get_the_stop_too_ends_as_said(tmp_path, signum, said):
    child = _rescreen_of_two(tmp_path, CHILD)
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


# K190-02: the stop landing as a worker starts, before its initializer (_worker_start) has
# left stopping to this process: the worker had the command's stop handlers still, and died
# with a traceback.  The first worker to start signals the group there, in that moment.
AS_A_WORKER_STARTS = """
import os, signal, sys
sys.path.insert(0, sys.argv.pop(1))
from db import rescreen

rescreen.RANGE_SIZE = 1
rescreen.usable_cores = lambda: 2
start, first = rescreen._worker_start, sys.argv.pop(1)
def _worker_start(*args):  # as the worker's first line runs
    try:
        os.close(os.open(first, os.O_CREAT | os.O_EXCL))
    except FileExistsError:
        pass
    else:
        os.killpg(0, signal.SIGTERM)
    return start(*args)
rescreen._worker_start = _worker_start

from clinic_app.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_a_stop_to_the_group_as_the_workers_start_ends_the_rescreen_as_said(tmp_path):
    child = _rescreen_of_two(tmp_path, AS_A_WORKER_STARTS, str(tmp_path / "first"))
    try:
        _, err = child.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(child.pid, signal.SIGKILL)
        child.communicate()
        pytest.fail("the rescreen stopped as its workers started never ended")
    assert "Traceback" not in err, err
    assert child.returncode == 143, err
    assert "clinic-app: stopped (SIGTERM)" in err
    assert _group_gone(child.pid), "a worker of the stopped re-screen is still running"
