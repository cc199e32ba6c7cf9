"""Q122-04: on Windows, `clinic-app list --help` named the clinic's caseload as
"~/AppData\\Local\\ClinicDesk\\caseload.sqlite": cmd.exe reads no "~", and neither it nor
Explorer's address bar takes the path so, with its two kinds of slash.  There the help names
the file whole, as the data folder is ("C:\\Users\\Maria Lopez\\AppData\\Local\\..."); elsewhere
as before, from the home folder (W102's test).  The platform is faked: the path is Linux's."""

from __future__ import annotations

import sys

from db.connection import default_caseload_path, default_demo_path
from tests.cli.program_in_process import run_in_process


def _help_of(home, *command: str) -> str:
    said = run_in_process([*command, "--help"], env={"HOME": str(home), "XDG_DATA_HOME": None, "CLINIC_DESK_USER": "q122"})
    assert said.returncode == 0, said.stderr
    return "".join(said.stdout.split())  # argparse wraps a long path anywhere: spaces left out


def test_q122_04_the_help_names_the_caseload_whole_on_windows(tmp_path, monkeypatch):
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    own, demo = default_caseload_path(), default_demo_path()
    monkeypatch.setattr(sys, "platform", "win32")
    said = _help_of(home, "list")
    assert f"(default:{own},theclinic'sown)" in said and "~" not in said
    assert f"(default:{demo},thedemocaseloadclinic-app--demoopens)" in _help_of(home, "--demo", "list")
