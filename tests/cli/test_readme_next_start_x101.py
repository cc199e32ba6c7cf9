"""X101-05: the README's first command installs and starts the program on the demo; then what?

A volunteer who ran it on the first morning had, for the next start, only that same line
(apt-get, a new venv, pip, then `--demo` again: the demo, not the clinic's caseload), and every
other command in the README, in `clinic-app --help` and in what the program says to type is
written `clinic-app ...`, which a terminal does not find ("clinic-app: command not found"):
the program is in .venv/bin, not on the PATH.  The README now says, right after the line, how
to start the program again on the clinic's caseload and how to type the other commands."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import ui.app
from clinic_app import cli

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def _after_the_first_command() -> str:
    """What the README says between its first command and its second."""
    return README.split("```sh", 1)[1].split("```", 1)[1].split("**2.", 1)[0]


def test_the_readme_says_how_to_start_the_program_again_on_the_clinic_s_caseload(tmp_path, monkeypatch):
    said = _after_the_first_command()
    starts = re.findall(r"`(\.venv/bin/clinic-app[^`]*)`", said)
    assert starts, "nothing after the install line says how to start the program again"
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    opened = []
    monkeypatch.setattr(ui.app, "run", lambda db_path, *, screenshot=None, passphrase=None, passphrase_from_environment=False: opened.append(db_path) or 0)
    assert cli.main(shlex.split(starts[0])[1:]) == 0
    assert opened == [tmp_path / "data" / "ClinicDesk" / "caseload.sqlite"]  # the clinic's, not the demo


def test_the_readme_says_how_to_type_the_commands_written_clinic_app(tmp_path):
    said = _after_the_first_command()
    assert "`source .venv/bin/activate`" in said  # then `clinic-app ...` as written
    assert "`.venv/bin/clinic-app list`" in said  # or each one from the folder
