"""`clinic-app export --out -` writes to standard output, as an export without --out does
(X62-04): it made a file named "-" of the clients' names and convictions in the folder."""

from __future__ import annotations

import json
from datetime import date

from clinic_app.model import Client, Person
from db.repository import Repository
from tests.cli.test_cli import clinic_app


def test_out_dash_is_standard_output(tmp_path):
    caseload = tmp_path / "caseload.sqlite"
    with Repository.open(caseload) as repo:
        repo.add_client(Client(name="Ana Reyes", person=Person(dob=date(1980, 5, 6)), event="Pomona 2026-12-03"))
    folder = tmp_path / "here"
    folder.mkdir()
    result = clinic_app("export", "--db", caseload, "--event", "Pomona 2026-12-03", "--out", "-", cwd=folder)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[0])["client"]["name"] == "Ana Reyes"
    assert list(folder.iterdir()) == []
    assert "to -" not in result.stderr + result.stdout
