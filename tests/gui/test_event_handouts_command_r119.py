"""R119-03: Caseload > Print handouts for this event...'s tip named its command "as clinic-app
handout --db FILE --event NAME" (S118-01 gave it the window's caseload): typed with the event's
name, it ran nothing, "the following arguments are required: --out", the folder the handouts
go to.  The tip names it whole, "--event NAME --out FOLDER"."""

from __future__ import annotations

import shlex

import pytest

from clinic_app import cli
from tests.gui.conftest import probation_client

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_r119_03_the_event_handouts_tip_names_a_command_that_runs_once_its_names_are_filled(window, repo, tmp_path):
    repo.add_client(probation_client("Ana Feria", event="First Saturday"))
    tip = window.print_event_action.statusTip()
    command = tip.rsplit("; as ", 1)[1]
    assert command.startswith(f"clinic-app handout --db {shlex.quote(str(repo.path))} --event NAME"), tip
    typed = shlex.split(command.replace("NAME", shlex.quote("First Saturday")).replace("FOLDER", str(tmp_path / "out")))
    assert typed[0] == "clinic-app"
    assert cli.main(typed[1:]) == 0
    assert [pdf.suffix for pdf in (tmp_path / "out").iterdir()] == [".pdf"]
