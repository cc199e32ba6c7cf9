"""W114-04: the README said `python -m ui.screenshots --db CASELOAD --out docs/screenshots` "makes
them all again", and it makes seven of docs/screenshots' nine; its usage line named `--scale 2`,
an option it refuses ("unrecognized arguments"), and its --help said only the docstring's first
line, not how the dark and the 200% pictures are made.  Its --help says each picture's way now,
with only options it takes, and the README sends the reader there."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ui.screenshots import main

ROOT = Path(__file__).resolve().parents[1]


def _help(capsys) -> str:
    with pytest.raises(SystemExit):
        main(["--help"])
    return capsys.readouterr().out


def test_w114_04_the_help_names_only_options_it_takes_and_how_each_picture_is_made(capsys):
    said = _help(capsys)
    taken = set(re.findall(r"^\s+(--[a-z-]+)", said.split("options:", 1)[1], re.M))
    named = set(re.findall(r"(?<![\w-])(--[a-z][a-z-]*)", said.split("options:", 1)[0]))
    assert "--scale" not in said and named - taken - {"--demo"} == set()  # `clinic-app demo` or `--demo`
    flat = " ".join(said.split())
    pictures = sorted(picture.name for picture in (ROOT / "docs" / "screenshots").glob("*.png"))
    assert len(pictures) == 9 and [name for name in pictures if name not in flat] == []
    assert "--dark --prefix dark-" in flat and "QT_SCALE_FACTOR=2" in flat
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    assert "makes them all again" not in readme
    assert "python -m ui.screenshots --help` says how" in readme and "`--dark --prefix dark-`" in readme
