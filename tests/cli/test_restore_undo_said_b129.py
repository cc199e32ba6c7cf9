"""B129-04: `clinic-app restore` replaced the caseload without a question and said where the
caseload of before was kept, but not that the day's work since the backup was now out of it,
nor how to put it back: the director who restored the wrong day's backup had to find, in the
README, that a restore of that kept copy undoes it.  It says both now, the command typed here
as written."""

from __future__ import annotations

import re
import shlex

from clinic_app import cli
from clinic_app.model import Client
from db.backup import backup_rotating
from db.repository import Repository


def test_a_restore_says_what_it_left_out_and_how_to_undo_it(tmp_path, capsys):
    caseload = tmp_path / "office" / "caseload.sqlite"
    with Repository.open(caseload) as repo:
        repo.add_client(Client(name="Rosa Benítez"))
        last_week = backup_rotating(repo.db)
        repo.add_client(Client(name="Seen Today"))
    capsys.readouterr()
    assert cli.main(["restore", str(last_week), "--db", str(caseload)]) == 0
    out = capsys.readouterr().out
    assert "Anything changed since the backup was made is not in the restored caseload" in out
    (undo,) = re.findall(r"To undo the restore: (clinic-app [^\n]*)", out)
    with Repository.open(caseload, create=False) as repo:
        assert [c.name for c in repo.list_clients()] == ["Rosa Benítez"]
    assert cli.main(shlex.split(undo)[1:]) == 0
    with Repository.open(caseload, create=False) as repo:
        assert sorted(c.name for c in repo.list_clients()) == ["Rosa Benítez", "Seen Today"]
