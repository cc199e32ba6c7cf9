"""C103-07: a Ctrl-C as `clinic-app import` closed the caseload, once the day's clients were
stored (its log being emptied into the file, a tenth of a second of 2,000 clients' import),
said "interrupted; nothing more was written." and not a word of the clients added: a
paralegal who imported again was told every one was skipped, and could not tell why.  It says
the import was stored whole, and how many it added."""

from __future__ import annotations

import json

from clinic_app import cli
from clinic_app.demo import generate_clients
from db.repository import Repository
from tests.cli.test_cli import clinic_app


def test_a_ctrl_c_once_the_import_is_stored_says_it_was(tmp_path, monkeypatch, capsys):
    laptop = tmp_path / "laptop.sqlite"
    with Repository.open(laptop) as repo:
        repo.add_clients(generate_clients(3, seed=4))
    day = tmp_path / "day.jsonl"
    assert clinic_app("export", "--db", laptop, "--all", "--out", day).returncode == 0
    office = tmp_path / "office.sqlite"

    stored = []
    import_clients, close = Repository.import_clients, Repository.close

    def importing(self, *args, **kwargs):
        stored.append(import_clients(self, *args, **kwargs))
        return stored[-1]

    def closing(self):
        close(self)
        if stored:  # the Ctrl-C comes as the caseload closes after the import
            raise KeyboardInterrupt

    monkeypatch.setattr(Repository, "import_clients", importing)
    monkeypatch.setattr(Repository, "close", closing)
    assert cli.main(["import", str(day), "--db", str(office)]) == 130
    err = capsys.readouterr().err
    assert f"clinic-app: interrupted as the import of {day} ended: it was stored whole, 3 clients added" in err
    assert "nothing more was written" not in err
    # The list that shows them is of the caseload imported into, not the clinic's own (R104-05).
    assert f"(clinic-app list --db {office} shows them)." in err
    monkeypatch.undo()
    listed = clinic_app("list", "--db", office, "--json").stdout.splitlines()
    assert len([json.loads(line) for line in listed]) == 3
