"""W104-01: the README's command table is where a reader looks up what a command takes, but
F24-03's test asked only that the options it names are the command's, not that it names them
all: `list --review` (the attorney's queue, which the window's Review needed and the README's
own caseload bullet send the reader to) and `restore --backup-passphrase-file` (a backup made
before the passphrase was changed) were in no row. Every option of a command is now in its row."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from clinic_app.cli import build_parser

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")

# Every command takes these (the table's preamble says so) and --help.
TAKEN_BY_EVERY_COMMAND = {"--help", "--db", "--passphrase-file"}


def _rows_of(command: str) -> str:
    """The table's rows for `command`, whole: a `\\|` inside a cell is no cell's edge."""
    rows = [line for line in README.splitlines() if line.startswith(f"| `clinic-app {command} ")
            or line.startswith(f"| `clinic-app {command}`")]
    return " ".join(rows)


def test_w104_01_every_option_of_a_command_is_named_in_its_row_of_the_command_table():
    parser = build_parser()
    sub = next(action for action in parser._actions if isinstance(action, argparse._SubParsersAction))
    unnamed = {}
    for name, command in sub.choices.items():
        row = _rows_of(name)
        assert row, name
        options = {option for action in command._actions for option in action.option_strings if option.startswith("--")}
        missing = sorted(option for option in options - TAKEN_BY_EVERY_COMMAND
                         if not re.search(re.escape(option) + r"(?![a-z-])", row))
        if missing:
            unnamed[name] = missing
    assert unnamed == {}
