"""The program's byte code, written once before a test run (tests/conftest.py calls it)."""

from __future__ import annotations

import compileall
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# The program's own packages, which every `python -m clinic_app` a test starts, and every
# re-screen worker process, imports.
PROGRAM_PACKAGES = ("clinic_app", "db", "ui", "resources")


def compile_the_program_once() -> None:
    """Write the program's byte code before any test (or xdist worker) starts.

    A machine that sets PYTHONDONTWRITEBYTECODE (the one the suite is timed on does) never
    keeps a module's byte code, so each program process of the suite compiled the ~150
    modules it imports again: about 0.3 s a process, and tests/db/test_killed.py with
    tests/cli/test_screen_robustness.py took 41 s rather than 23.  compileall writes them
    whatever that setting (less than a second, once; nothing when they are up to date), and
    a module edited later is compiled afresh as usual (the files' times are checked).  A
    folder it cannot write in only leaves the run as slow as before."""
    for package in PROGRAM_PACKAGES:
        compileall.compile_dir(ROOT / package, quiet=2)
