"""X92-02: the whole-run watchdog of tests/conftest.py, with the suite run on every core.

With pytest-xdist (the README's `-n auto`) the controller that hands out the tests sets the
watchdog too, and sets it first: at the limit it dumped its own stacks (waiting on its workers'
queue, saying nothing of the test that stopped moving) and ended the run, taking the workers
with it before their own watchdogs could say where they were.  Its watchdog now fires a
minute after theirs: a stuck worker dumps its stacks, with the test's own frame, and ends; xdist
names the test it was running; the run fails.

The conftest is run here whole, on a tiny suite of its own in a folder of its own, with a
limit of a few seconds and one test that sleeps far past it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("xdist", reason="the suite's own run on every core needs pytest-xdist (the test extra)")

CONFTEST = Path(__file__).resolve().parent / "conftest.py"
pytestmark = pytest.mark.slow


def test_a_stuck_worker_says_where_it_was_and_the_run_fails(tmp_path):
    shutil.copy(CONFTEST, tmp_path / "conftest.py")
    (tmp_path / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
    (tmp_path / "test_stuck.py").write_text(
        "import time\n\n\ndef test_a_quick_one():\n    pass\n\n\n"
        "def test_that_stops_moving():\n    time.sleep(300)\n", encoding="utf-8")
    # Not this run's own pytest settings (PYTEST_ADDOPTS, an xdist worker's PYTEST_XDIST_*).
    env = {name: value for name, value in os.environ.items() if not name.startswith("PYTEST_")}
    env["CLINIC_DESK_TEST_RUN_LIMIT_S"] = "5"
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-n", "2", "test_stuck.py"],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=240)
    said = done.stdout + done.stderr
    assert done.returncode != 0, said
    # The worker's own stack, down to the line that stopped moving ...
    assert 'test_stuck.py", line 9 in test_that_stops_moving' in said, said
    # ... and xdist saying which test that worker was running when it ended.
    assert "crashed while running 'test_stuck.py::test_that_stops_moving'" in said, said
    assert "1 failed, 1 passed" in said, said
