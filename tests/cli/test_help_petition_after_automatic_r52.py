"""R52-03: since L51, `list --newly-eligible-since` marks a client with automatic relief now
and a petition after it ("automatic relief now: check the RAP sheet; file on 2031-07-01"),
`list --json` writes `file_on`, `report` counts them apart and `rescreen` lists them apart;
`list --help` and the README still said only "those with automatic relief only (nothing to
file) are marked", and the README's report, list and rescreen rows named no petition after
automatic relief."""

from __future__ import annotations

import re
from pathlib import Path

from tests.cli.test_cli import clinic_app

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def _row(command: str) -> str:
    """The README's table row of `clinic-app <command>`."""
    return next(line for line in README.splitlines() if line.startswith(f"| `clinic-app {command}"))


def test_r52_03_list_help_says_the_petitions_day_is_marked_too():
    said = " ".join(clinic_app("list", "--help").stdout.split())
    newly = said[said.index("--newly-eligible-since DATE only"):]
    assert re.search(r"automatic relief now and a petition after it, with the petition's day \(\"file on DATE\"\)", newly)


def test_r52_03_the_readme_says_the_petition_after_automatic_relief():
    assert "a petition to file after it" in _row("report")
    assert "with the petition's day" in _row("list") and "`file_on`" in _row("list")
    assert "a petition to file after it" in _row("rescreen")
