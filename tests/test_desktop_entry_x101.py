"""X101-07: the Linux desktop entry (packaging/linux/clinic-desk.desktop) starts the program as
the command line takes it.

Its `Exec=clinic-desk %f` had a menu or file manager that opened a file with Clinic Desk (a
caseload dropped on the launcher, "Open with") start `clinic-desk /path/caseload.sqlite`: the
program takes no file there ("argument COMMAND: invalid choice: '/path/caseload.sqlite'",
exit status 2), said on a terminal the entry does not have (Terminal=false): nothing opened and
nothing said.  The entry now starts the program alone, as the menu does."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest

from clinic_app.cli import build_parser

ENTRY = Path(__file__).resolve().parents[1] / "packaging" / "linux" / "clinic-desk.desktop"


def _exec_line() -> list[str]:
    (line,) = [line for line in ENTRY.read_text(encoding="utf-8").splitlines() if line.startswith("Exec=")]
    return shlex.split(line.removeprefix("Exec="))


def _as_launched(files: list[str]) -> list[str]:
    """The command a desktop starts (the Desktop Entry Specification's field codes): %f one file
    where one is given, %F each, removed where none is; none, and no file is passed."""
    words = []
    for word in _exec_line():
        if word in ("%f", "%u"):
            words += files[:1]
        elif word in ("%F", "%U"):
            words += files
        else:
            words.append(word)
    return words


@pytest.mark.parametrize("files", [[], ["/home/volunteer/Downloads/caseload.sqlite"]], ids=["from the menu", "a file opened with it"])
def test_the_desktop_entry_starts_what_the_command_line_takes(files):
    command = _as_launched(files)
    assert command[0] == "clinic-desk"  # the frozen program's name (packaging/clinic-desk.spec)
    args = build_parser().parse_args(command[1:])  # SystemExit (status 2) on what it does not take
    assert args.func.__name__ == "cmd_window"  # the window, on the clinic's caseload
