"""Shared test set-up: headless Qt, a fixed locale, and a fresh caseload per test."""

from __future__ import annotations

import os
import sys

import pytest

# Set before any Qt import: the tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LANG"] = "C.UTF-8"
os.environ.setdefault("CLINIC_DESK_USER", "test-user")
# A passphrase in the developer's environment must not reach the tests' caseloads.
os.environ.pop("CLINIC_DESK_PASSPHRASE", None)
# Nor a width the developer exported: the text report wraps to it (screen_command.columns_for).
os.environ.pop("COLUMNS", None)


# How much later than its workers' the controller's watchdog fires (workers start within seconds
# of it, a few more on a loaded machine).
WORKERS_FIRST_S = 60.0


def _is_xdist_controller(config) -> bool:
    """True in the process that hands tests to pytest-xdist workers (not in a worker, nor in a
    run without -n)."""
    return not hasattr(config, "workerinput") and getattr(config.option, "dist", "no") != "no"


def pytest_configure(config) -> None:
    """A run that stops moving ends with every thread's stack, not at CI's 90 minutes.

    pytest-timeout (300 s a test, signal method) cannot end a test whose main thread waits
    in C with the interpreter lock held by another thread; faulthandler's watchdog is a C
    thread that needs no lock.  The whole suite takes about ten minutes here; the watchdog
    fires at WHOLE_RUN_S, writes the stacks to the terminal's stderr (a copy of it taken now,
    before pytest captures output) and ends the run with an error.

    Run on every core (pytest-xdist, the README's `-n auto`), each worker is a process of its
    own with this watchdog, and its stacks are the ones that say which test stopped moving:
    the worker's dump ends it, and xdist names the test it was running.  The controller only
    waits for the workers, and starts before them: its own watchdog is set WORKERS_FIRST_S
    later, so that a stuck worker's stacks come first and the controller then ends the run,
    rather than dumping its own idle stack and leaving the worker's unsaid.

    Before any worker starts, the program's byte code is written (compile_the_program_once),
    and each process keeps the test modules it rewrites (keep_rewritten_tests), the test modules
    not yet kept are rewritten once on every core (tests/rewritten_once.py), and each process reads
    a PDF's fonts once, not once a page (tests/pdf_fonts_read_once.py)."""
    import faulthandler

    keep_rewritten_tests()
    # Before the watchdog's thread starts, as it forks; not in a copy of this file run in a folder
    # of its own (test_watchdog_per_worker_x92.py).
    if not hasattr(config, "workerinput") and os.path.isfile(os.path.join(os.path.dirname(__file__), "rewritten_once.py")):
        from tests.rewritten_once import rewrite_the_tests_once

        rewrite_the_tests_once(config)

    whole_run_s = float(os.environ.get("CLINIC_DESK_TEST_RUN_LIMIT_S", 40 * 60))
    if whole_run_s > 0 and _is_xdist_controller(config):
        whole_run_s += WORKERS_FIRST_S
    if whole_run_s > 0:
        config._clinic_stderr = os.fdopen(os.dup(2), "w")  # kept open for the watchdog
        faulthandler.dump_traceback_later(whole_run_s, exit=True, file=config._clinic_stderr)
    # Not in a copy of this file run in a folder of its own (test_watchdog_per_worker_x92.py).
    if not hasattr(config, "workerinput") and os.path.isfile(os.path.join(os.path.dirname(__file__), "compiled_program.py")):
        from tests.compiled_program import compile_the_program_once

        compile_the_program_once()
    if os.path.isfile(os.path.join(os.path.dirname(__file__), "pdf_fonts_read_once.py")):
        from tests.pdf_fonts_read_once import read_fonts_once

        read_fonts_once()


def keep_rewritten_tests() -> None:
    """Let pytest keep each test module it rewrites (its asserts made to say their values) in
    the module's __pycache__, where PYTHONDONTWRITEBYTECODE (set on the machine the suite is
    timed on) had each xdist worker rewrite all ~1,800 files itself: some 20 of the 31 s each
    spent collecting.  The workers collect in the same order at once, and one a file behind
    reads what the other wrote: two collections side by side took 23 s each rather than 34,
    and a later run on the same checkout 7 s.  pytest writes them whole or not at all (a file
    renamed into place) and reads one only while its source is unchanged.  The program's own
    processes keep the setting from the environment (their byte code: compile_the_program_once)."""
    sys.dont_write_bytecode = False


def pytest_unconfigure(config) -> None:
    import faulthandler

    faulthandler.cancel_dump_traceback_later()



@pytest.fixture(scope="session")
def new_caseload_made(tmp_path_factory):
    """A new caseload as `Repository.open` makes one, made once in this test process (each
    pytest-xdist worker its own): the `repo` fixtures of tests/gui and tests/db start each test
    from a copy of it.  Made anew for each test, its twenty-odd migrations were ~20 ms of CPU
    (and, with the file's syncs, ~100 ms of wall time) of every such test's set-up (X95-02 for
    tests/gui, S433-01 for tests/db).  A copy is the same file but for the times the migrations
    were applied (tests/gui/test_new_caseload_copied_x95.py); it holds no user's name."""
    import sqlite3

    from db.repository import Repository

    made = tmp_path_factory.mktemp("new-caseload") / "made.sqlite"
    Repository.open(made, user="paralegal-test").close()
    whole = made.with_name("caseload.sqlite")
    whole.touch(mode=0o600)  # private, as the caseload Repository.open makes (db.connection)
    source, copy = sqlite3.connect(made), sqlite3.connect(whole)
    try:
        source.backup(copy)  # with what is still in its -wal
    finally:
        copy.close()
        source.close()
    return whole


@pytest.fixture
def usual_umask():
    """The usual umask of a desktop session (022), whatever the test run's: a plain open()
    makes files, and mkdir folders, every account on the laptop can read."""
    before = os.umask(0o022)
    yield
    os.umask(before)


@pytest.fixture
def in_los_angeles():
    """This computer's clock in Los Angeles (a POSIX rule: no tz database needed), for the
    places that show a stored UTC time as the clinic's own: a moment after 16:00 there is
    the next day in UTC (K288-04, R292-03).  The run's own TZ is put back and read again at
    the end (monkeypatch would put it back without time.tzset())."""
    import time

    before = os.environ.get("TZ")
    os.environ["TZ"] = "PST8PDT,M3.2.0,M11.1.0"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()
