"""A child process run until it says it has reached the point to stop at, then killed there
(SIGKILL, as a dead battery or a forced quit would stop it): the tests of what a kill leaves
(tests/db/test_killed.py, tests/gui/test_draft.py); or sent a signal it may take (SIGTERM,
SIGHUP) there: the tests of what a stopped run says and leaves."""

from __future__ import annotations

import signal
import subprocess

import pytest

from tests.cli.ctrl_c import stops_heard


def kill_when_stopped(argv: list[str], *, cwd, env: dict[str, str], what: str) -> None:
    """Run `argv`, wait for its first line of output to be STOPPED, and kill it there; fail
    the test, with the child's output, if it ends or says anything else first (`what` says
    what it should have reached)."""
    assert signal_when_stopped(argv, signal.SIGKILL, cwd=cwd, env=env, what=what).returncode == -signal.SIGKILL


def signal_when_stopped(argv: list[str], signum: int, *, cwd, env: dict[str, str],
                        what: str) -> subprocess.CompletedProcess:
    """Run `argv`, wait for its first line of output to be STOPPED, send it `signum` there, and
    give what it did after (its exit status, the rest of its output); fail as
    `kill_when_stopped` does."""
    with stops_heard():  # `signum` heard, though this run may ignore it (a `nohup` or `&` run)
        child = subprocess.Popen(argv, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = child.stdout.readline()
        if line.strip() != "STOPPED":
            child.kill()
            out, err = child.communicate()
            pytest.fail(f"{what} ({child.returncode}): {line}{out}{err}")
        child.send_signal(signum)
        out, err = child.communicate(timeout=30)
        return subprocess.CompletedProcess(argv, child.returncode, out, err)
    finally:
        if child.poll() is None:
            child.kill()
        child.stdout.close()
        child.stderr.close()
