"""G65-05: on a new laptop the README's first command opens the demo caseload alone (`clinic-app
--demo`); the clinic's own is made at the first start without --demo.  The README's Encryption
command, `clinic-app encrypt`, then said "there is no caseload at .../caseload.sqlite" and no more
(exit 2), as `clinic-app passphrase` did, where every other command says how to go on.  Both now
say it as the others do, and make nothing."""

from __future__ import annotations

import pytest

from clinic_app import cli


@pytest.fixture
def new_laptop(tmp_path, monkeypatch):
    default = tmp_path / "data" / "ClinicDesk" / "caseload.sqlite"
    monkeypatch.setattr("db.connection.default_caseload_path", lambda: default)
    monkeypatch.delenv("CLINIC_DESK_PASSPHRASE", raising=False)
    return default


@pytest.mark.parametrize("command", [["encrypt"], ["passphrase"]])
def test_before_the_first_start_it_says_how_to_make_the_clinics_caseload(new_laptop, capsys, command):
    assert cli.main(command) == 1
    assert capsys.readouterr().err == (f"clinic-app: There is no caseload at {new_laptop} yet: start the program once "
                                       "(clinic-app) to create it, bring another computer's from its backup (clinic-app restore "
                                       "FILE), or name another caseload with --db PATH.\n")
    assert not new_laptop.parent.exists()


@pytest.mark.parametrize("command", [["encrypt"], ["passphrase"]])
def test_a_db_typed_wrong_is_said_as_the_other_commands_say_it(new_laptop, tmp_path, capsys, command):
    typo = tmp_path / "clinc.sqlite"
    assert cli.main(["--db", str(typo), *command]) == 1
    assert capsys.readouterr().err == (f"clinic-app: There is no caseload at {typo}: check the file's name and folder "
                                       f"given with --db (without --db, commands use the default caseload, {new_laptop}).\n")
    assert not typo.exists()
