"""Ctrl-C sent by a test to a program it started, heard as at a terminal.

Ctrl-C at a terminal sends SIGINT to the program in the foreground, and Python turns it into
KeyboardInterrupt.  A test run started in the background by a shell without job control (a
script's `pytest ... &`, run beside other work) starts with SIGINT ignored, and every program it
starts inherits that; Python leaves a SIGINT ignored at its start ignored, and clinic-app keeps
it so, as `nohup` asks (C31-01).  So the tests that stop a command with Ctrl-C saw it run to its
end, status 0: four failed so for L119 "on a machine busy with other work", and passed alone (K122).
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def ctrl_c_heard() -> Iterator[None]:
    """Start the programs of the `with` hearing Ctrl-C, even where this test run ignores it.

    A handler, unlike an ignored signal, is not inherited across exec: with Python's own
    handler set while the program starts, it starts with SIGINT's default, as at a terminal.
    The test run's ignoring is put back after."""
    with stops_heard(signal.SIGINT):
        yield


@contextmanager
def stops_heard(*signums: int) -> Iterator[None]:
    """Start the programs of the `with` hearing each of `signums` (SIGINT and SIGHUP unless
    named) even where this test run ignores it: under `nohup`, SIGHUP too is ignored, and
    inherited so; the tests that send a terminal's stop to a program they started then waited
    their whole 30 s for it to end, and failed (Z286-02).  While they start, SIGINT is heard as
    Python hears it, SIGHUP by a handler that does nothing (the run still outlives its terminal,
    as `nohup` asked); the test run's ignoring is put back after."""
    ignored = [signum for signum in (signums or (signal.SIGINT, signal.SIGHUP))
               if signal.getsignal(signum) is signal.SIG_IGN]
    for signum in ignored:
        signal.signal(signum, signal.default_int_handler if signum == signal.SIGINT else _not_heard_here)
    try:
        yield
    finally:
        for signum in ignored:
            signal.signal(signum, signal.SIG_IGN)


def _not_heard_here(_signum, _frame) -> None:
    """The test run's own SIGHUP while a program starts: ignored, as the run was asked to."""
