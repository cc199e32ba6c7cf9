"""The merge command `clinic-app import --db PATH` prints for a possible duplicate names that
caseload (X62-02): it printed `clinic-app merge --into 1 --from 4` alone, which run as printed
worked on the default caseload, where those ids are other people or nobody."""

from __future__ import annotations

import json
import shlex
from datetime import date

from clinic_app import cli
from clinic_app.model import Case, Client, Conviction, Person
from clinic_app.screening_format import client_to_request_dict
from db.repository import Repository


def _maria(name: str, notes: str = "") -> Client:
    return Client(name=name, person=Person(dob=date(1985, 3, 2)), notes=notes,
                  cases=[Case(id="c1", case_number="25CJCM81162", disposition_date=date(2019, 3, 1),
                              convictions=[Conviction(id="c1-1", section="459.5", conviction_date=date(2019, 3, 1))])])


def test_the_merge_command_printed_runs_on_the_caseload_imported_into(tmp_path, capsys, monkeypatch):
    office = tmp_path / "office folder" / "clinic.sqlite"  # a space: the path is quoted for the shell
    office.parent.mkdir()
    with Repository.open(office) as repo:
        kept = repo.add_client(_maria("Maria Lopez"))
    (tmp_path / "day.jsonl").write_text(json.dumps(client_to_request_dict(_maria("María López", "Works nights"))) + "\n")
    assert cli.main(["import", str(tmp_path / "day.jsonl"), "--db", str(office)]) == 0
    said = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("At a terminal: "))
    command = shlex.split(said.removeprefix("At a terminal: ").split(" takes ")[0])
    assert command[:3] == ["clinic-app", "merge", "--db"] and command[3] == str(office)
    assert cli.main(command[1:]) == 0
    assert f"into Maria Lopez (id {kept})" in capsys.readouterr().out
    with Repository.open(office) as repo:
        assert repo.client_ids() == [kept] and repo.get_client(kept).notes == "Works nights"


def test_without_db_the_command_names_none(tmp_path, capsys, monkeypatch):
    """Imported into the default caseload, the command is as short as before."""
    import db.connection

    default = tmp_path / "data" / "caseload.sqlite"
    default.parent.mkdir()
    monkeypatch.setattr(db.connection, "default_caseload_path", lambda: default)
    with Repository.open(default) as repo:
        kept = repo.add_client(_maria("Maria Lopez"))
    (tmp_path / "day.jsonl").write_text(json.dumps(client_to_request_dict(_maria("María López", "Works nights"))) + "\n")
    assert cli.main(["import", str(tmp_path / "day.jsonl")]) == 0
    assert f"At a terminal: clinic-app merge --into {kept} --from {kept + 1} takes" in capsys.readouterr().out
