"""Shared test set-up: headless Qt, a fixed locale, and a fresh caseload per test."""

from __future__ import annotations

import os

# Set before any Qt import: the tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LANG"] = "C.UTF-8"
os.environ.setdefault("CLINIC_DESK_USER", "test-user")
# A passphrase in the developer's environment must not reach the tests' caseloads.
os.environ.pop("CLINIC_DESK_PASSPHRASE", None)
# Nor a width the developer exported: the text report wraps to it (screen_command._columns).
os.environ.pop("COLUMNS", None)


def pytest_configure(config) -> None:
    """A run that stops moving ends with every thread's stack, not at CI's 90 minutes.

    pytest-timeout (300 s a test, signal method) cannot end a test whose main thread waits
    in C with the interpreter lock held by another thread; faulthandler's watchdog is a C
    thread that needs no lock.  The whole suite takes about ten minutes here; the watchdog
    fires at WHOLE_RUN_S, writes the stacks to the terminal's stderr (a copy of it taken now,
    before pytest captures output) and ends the run with an error."""
    import faulthandler

    whole_run_s = float(os.environ.get("CLINIC_DESK_TEST_RUN_LIMIT_S", 40 * 60))
    if whole_run_s > 0:
        config._clinic_stderr = os.fdopen(os.dup(2), "w")  # kept open for the watchdog
        faulthandler.dump_traceback_later(whole_run_s, exit=True, file=config._clinic_stderr)


def pytest_unconfigure(config) -> None:
    import faulthandler

    faulthandler.cancel_dump_traceback_later()

