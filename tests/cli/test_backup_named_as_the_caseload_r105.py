"""R105-02: D103-06 has the window say a caseload's backup opened as the caseload is one; the
commands were left: `clinic-app import day.jsonl --db backups/caseload-<stamp>.sqlite` (the
file File > Restore from backup... names, typed for the caseload) stored the day in the backup,
`rescreen` its results, with not a word, in no caseload and deleted with the file once ten newer backups took its place."""

from __future__ import annotations

import shlex

from clinic_app import cli
from clinic_app.model import Client
from db.backup import backup_rotating
from db.repository import Repository


def test_a_command_on_a_backup_says_it_is_one_and_how_to_put_it_back(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("CLINIC_DESK_PASSPHRASE", raising=False)
    caseload = tmp_path / "office.sqlite"
    with Repository.open(caseload) as repo:
        rosa = repo.add_client(Client(name="Rosa Benítez"))
        backup = backup_rotating(repo.db)
        repo.add_client(Client(name="Added Today"))
        repo.delete_client(rosa)  # by mistake, after last night's backup

    assert cli.main(["rescreen", "--db", str(backup)]) == 0

    said = capsys.readouterr().err
    assert (f"clinic-app: {backup.name} is a backup of the caseload office.sqlite, made ") in said
    assert ("not the caseload itself. What is changed here is not in the caseload, and this file is deleted when "
            "newer backups take its place. To go back to this backup: "
            f"clinic-app restore {shlex.quote(str(backup))} --db {shlex.quote(str(caseload))}; to bring back one of its "
            f"clients alone: clinic-app export --db {shlex.quote(str(backup))} --client ID --out client.json, then "
            f"clinic-app import client.json --db {shlex.quote(str(caseload))}\n") in said

    # Typed as said, the client comes back into the caseload from the backup.
    monkeypatch.chdir(tmp_path)
    export, import_ = (shlex.split(command)[1:] for command in said.split("alone: ", 1)[1].split("\n", 1)[0].split(", then "))
    export[export.index("ID")] = str(rosa)
    assert cli.main(export) == 0 and cli.main(import_) == 0
    with Repository.open(caseload, create=False) as repo:
        assert sorted(client.name for client in repo.iter_clients()) == ["Added Today", "Rosa Benítez"]


def test_a_command_on_the_caseload_says_nothing_of_backups(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("CLINIC_DESK_PASSPHRASE", raising=False)
    caseload = tmp_path / "office.sqlite"
    with Repository.open(caseload) as repo:
        repo.add_client(Client(name="Rosa Benítez"))
        backup_rotating(repo.db)

    assert cli.main(["list", "--db", str(caseload)]) == 0
    assert "backup" not in capsys.readouterr().err
