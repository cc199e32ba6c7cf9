"""The programs the Ctrl-C tests start hear Ctrl-C even where the test run ignores it (a
script's `pytest ... &`): four of those tests saw the command run to its end, status 0 (K122)."""

from __future__ import annotations

import signal
import subprocess
import sys

from tests.cli.ctrl_c import ctrl_c_heard

SAYS_ITS_SIGINT = "import signal; print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)"


def started(ignoring: bool) -> str:
    """What a program started in `ctrl_c_heard` says of its SIGINT, the test run `ignoring` it
    or not; the test run's own is checked unchanged after."""
    before = signal.signal(signal.SIGINT, signal.SIG_IGN if ignoring else signal.default_int_handler)
    try:
        with ctrl_c_heard():
            child = subprocess.Popen([sys.executable, "-c", SAYS_ITS_SIGINT], stdout=subprocess.PIPE, text=True)
        assert signal.getsignal(signal.SIGINT) is (signal.SIG_IGN if ignoring else signal.default_int_handler)
    finally:
        signal.signal(signal.SIGINT, before)
    said, _ = child.communicate(timeout=60)
    return said


def test_a_program_started_by_a_test_run_that_ignores_ctrl_c_hears_it():
    assert started(ignoring=True) == "True\n"


def test_a_program_started_by_a_test_run_at_a_terminal_hears_it_too():
    assert started(ignoring=False) == "True\n"


# Stopped at once by a terminal's stop; where it did not hear it, it would end by itself, 0.
STOPPED_THEN_WAITS = "import time; print('STOPPED', flush=True); time.sleep(5)"


def test_z286_02_a_program_stopped_by_a_test_run_under_nohup_hears_the_stop():
    """Z286-02: a test run under `nohup` (or a script's `pytest ... &`) ignores SIGHUP (SIGINT),
    and the programs its tests stopped so inherited that: thirteen tests waited their whole 30 s
    each for a stopped program to end, and failed, though the program was right."""
    from tests.stopped_process import signal_when_stopped

    before = {signum: signal.signal(signum, signal.SIG_IGN) for signum in (signal.SIGHUP, signal.SIGINT)}
    try:
        ended = [signal_when_stopped([sys.executable, "-c", STOPPED_THEN_WAITS], signum, cwd=None, env=None,
                                     what="the program never said STOPPED").returncode
                 for signum in (signal.SIGHUP, signal.SIGINT)]
        assert [signal.getsignal(signum) for signum in before] == [signal.SIG_IGN, signal.SIG_IGN]
    finally:
        for signum, handler in before.items():
            signal.signal(signum, handler)
    assert ended == [-signal.SIGHUP, -signal.SIGINT]  # ended by each, as at a terminal
