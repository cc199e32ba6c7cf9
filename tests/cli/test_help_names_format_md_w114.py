"""W114-03: `clinic-app --help` and `export --help` named "FORMAT.md" (the requests export writes,
screen reads and import takes) and no such file is in Clinic Desk: the contract is
docs/screening-format.md, which only `screen --help` said.  Every help that names FORMAT.md
says where it is."""

from __future__ import annotations

import argparse
from pathlib import Path

from clinic_app.cli import build_parser

ROOT = Path(__file__).resolve().parents[2]


def test_w114_03_every_help_naming_format_md_says_where_it_is():
    parser = build_parser()
    sub = next(action for action in parser._actions if isinstance(action, argparse._SubParsersAction))
    helps = {"clinic-app": parser.format_help()} | {name: command.format_help() for name, command in sub.choices.items()}
    naming = {name for name, text in helps.items() if "FORMAT.md" in text}
    assert {"clinic-app", "export", "screen"} <= naming
    unsaid = {name for name in naming if "docs/screening-format.md" not in " ".join(helps[name].split())}
    assert unsaid == set()
    assert not (ROOT / "FORMAT.md").exists() and (ROOT / "docs" / "screening-format.md").is_file()
