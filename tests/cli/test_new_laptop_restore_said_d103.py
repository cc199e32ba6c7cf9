"""D103-05: on a new laptop, a command before the first start said to start the program once
to create the caseload, or to name another with --db: nothing of the old laptop's caseload,
backed up onto a USB stick, which `clinic-app restore` puts in place whole."""

from __future__ import annotations

import shlex

from clinic_app import cli
from clinic_app.model import Client
from db.backup import backup_to
from db.repository import Repository


def test_before_the_first_start_a_command_names_the_restore_of_another_computers_backup(tmp_path, monkeypatch, capsys):
    new_laptop = tmp_path / "data" / "ClinicDesk" / "caseload.sqlite"
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("CLINIC_DESK_PASSPHRASE", raising=False)
    assert cli.main(["list"]) == 1
    said = capsys.readouterr().err
    assert said == (f"clinic-app: There is no caseload at {new_laptop} yet: start the program once (clinic-app) to create it, "
                    "bring another computer's from its backup (clinic-app restore FILE), or name another caseload with --db PATH.\n")

    with Repository.open(tmp_path / "old.sqlite") as old:  # the old laptop's, onto the stick
        old.add_client(Client(name="Tomás Herrera"))
        (tmp_path / "usb").mkdir()  # the stick, plugged in: a folder not there is refused (B105-02)
        backup_to(old.db, tmp_path / "usb" / "caseload.sqlite")
    restore = shlex.split(said.split("(", 2)[2].split(")", 1)[0])[1:]  # as said, FILE the stick's copy
    assert cli.main([*restore[:-1], str(tmp_path / "usb" / "caseload.sqlite")]) == 0
    assert cli.main(["list"]) == 0
    assert "Tomás Herrera" in capsys.readouterr().out
