"""N66: a command run on a caseload made by an older Clinic Desk backed it up and updated it
before doing anything (11-12 s once on a busy clinic's 1 GB caseload) with nothing said at the
terminal: it looked hung.  Each step is now said on stderr, once, and the command's own output is
as before; a caseload with nothing to update says nothing."""

from __future__ import annotations

import clinic_app.cli as cli
from db.backup import backups_folder
from tests.older_caseload import UPDATING, older_caseload


def test_n66_a_command_on_an_older_caseload_says_each_step_of_its_update_on_stderr(tmp_path, capsys):
    older = older_caseload(tmp_path / "older.sqlite")
    assert cli.main(["list", "--db", str(older)]) == 0
    said = capsys.readouterr()
    kept = [p for p in backups_folder(older).iterdir() if p.name.startswith("older-before-migration-")]
    assert len(kept) == 1
    assert said.err.splitlines() == [
        "clinic-app: backing up the caseload before updating it...",
        *(f"clinic-app: {said[0].lower()}{said[1:]}" for said in UPDATING),
        f"clinic-app: the caseload as it was before this update is kept in {kept[0]}.",
    ]
    assert [line.split("\t")[1] for line in said.out.splitlines()] == ["Olga Older", "Osvaldo Older"]
    assert cli.main(["list", "--db", str(older)]) == 0  # updated now: nothing more to say
    again = capsys.readouterr()
    assert again.err == "" and again.out == said.out
