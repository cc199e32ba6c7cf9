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
    if signal.getsignal(signal.SIGINT) is not signal.SIG_IGN:
        yield
        return
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
