"""A child process run until it says it has reached the point to stop at, then killed there
(SIGKILL, as a dead battery or a forced quit would stop it): the tests of what a kill leaves
(tests/db/test_killed.py, tests/gui/test_draft.py)."""

from __future__ import annotations

import signal
import subprocess

import pytest


def kill_when_stopped(argv: list[str], *, cwd, env: dict[str, str], what: str) -> None:
    """Run `argv`, wait for its first line of output to be STOPPED, and kill it there; fail
    the test, with the child's output, if it ends or says anything else first (`what` says
    what it should have reached)."""
    child = subprocess.Popen(argv, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = child.stdout.readline()
        if line.strip() != "STOPPED":
            child.kill()
            out, err = child.communicate()
            pytest.fail(f"{what} ({child.returncode}): {line}{out}{err}")
        child.send_signal(signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
        child.stdout.close()
        child.stderr.close()
