"""The commands a run on an encrypted caseload says to type next carry its --passphrase-file
(X64-02).  `clinic-app import --db day.sqlite --passphrase-file key.txt` said "They are not
screened yet: clinic-app rescreen --db day.sqlite screens them", which in a script (no
terminal to type the passphrase at) failed as typed: "The file ... is encrypted".  The
passphrase itself is never said, only the file's name."""

from __future__ import annotations

import io
import json
import shlex
from datetime import date

import pytest

pytest.importorskip("sqlcipher3", reason="the encryption extra (sqlcipher3) is not installed")

from clinic_app import cli  # noqa: E402
from clinic_app.model import Case, Client, Conviction, Person  # noqa: E402
from clinic_app.screening_format import client_to_request_dict  # noqa: E402
from db.repository import Repository  # noqa: E402

SECRET = "una frase de paso larga"


def _maria(name: str, notes: str = "") -> Client:
    return Client(name=name, person=Person(dob=date(1985, 3, 2)), notes=notes,
                  cases=[Case(id="c1", case_number="25CJCM81162", disposition_date=date(2019, 3, 1),
                              convictions=[Conviction(id="c1-1", section="459.5", conviction_date=date(2019, 3, 1))])])


@pytest.fixture
def a_script(monkeypatch):
    """No terminal to type a passphrase at, and none in the environment: as a scheduled job runs."""
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    monkeypatch.delenv("CLINIC_DESK_PASSPHRASE", raising=False)


@pytest.fixture
def encrypted(tmp_path):
    office = tmp_path / "office folder" / "clinic.sqlite"  # a space: the paths are quoted for the shell
    office.parent.mkdir()
    with Repository.open(office, passphrase=SECRET) as repo:
        kept = repo.add_client(_maria("Maria Lopez"))
    key = tmp_path / "key folder" / "key.txt"
    key.parent.mkdir()
    key.write_text(SECRET + "\n", encoding="utf-8")
    return office, key, kept


def _command(line: str, before: str, after: str) -> list[str]:
    return shlex.split(line.split(before, 1)[1].split(after, 1)[0])


def test_x64_02_the_imports_rescreen_and_merge_commands_run_as_printed(tmp_path, capsys, a_script, encrypted):
    office, key, kept = encrypted
    day = tmp_path / "day.jsonl"
    day.write_text(json.dumps(client_to_request_dict(_maria("María López", "Works nights"))) + "\n", encoding="utf-8")
    assert cli.main(["import", str(day), "--db", str(office), "--passphrase-file", str(key)]) == 0
    said = capsys.readouterr()
    assert SECRET not in said.out + said.err
    lines = said.out.splitlines()
    rescreen = _command(next(line for line in lines if line.startswith("They are not screened yet: ")),
                        "They are not screened yet: ", " screens them")
    merge = _command(next(line for line in lines if line.startswith("At a terminal: ")), "At a terminal: ", " takes ")
    assert rescreen == ["clinic-app", "rescreen", "--db", str(office), "--passphrase-file", str(key)]
    assert merge == ["clinic-app", "merge", "--db", str(office), "--passphrase-file", str(key),
                     "--into", str(kept), "--from", str(kept + 1)]

    assert cli.main(rescreen[1:]) == 0, capsys.readouterr().err
    assert "Screened 2 clients" in capsys.readouterr().out
    assert cli.main(merge[1:]) == 0, capsys.readouterr().err
    assert f"into Maria Lopez (id {kept})" in capsys.readouterr().out


def test_x64_02_lists_note_of_as_of_names_a_rescreen_that_runs(capsys, a_script, encrypted):
    office, key, _kept = encrypted
    assert cli.main(["list", "--db", str(office), "--passphrase-file", str(key), "--as-of", "2027-01-01"]) == 0
    err = capsys.readouterr().err
    assert SECRET not in err
    rescreen = _command(err, "changes nothing in this list: its outcomes are as last screened (", " screens every client")
    assert rescreen[:6] == ["clinic-app", "rescreen", "--db", str(office), "--passphrase-file", str(key)]
    assert cli.main(rescreen[1:]) == 0, capsys.readouterr().err


def test_x64_02_a_passphrase_from_the_environment_is_not_said(capsys, monkeypatch, encrypted, tmp_path):
    """CLINIC_DESK_PASSPHRASE is there for the next command of the same shell: nothing to add."""
    office, _key, _kept = encrypted
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    monkeypatch.setenv("CLINIC_DESK_PASSPHRASE", SECRET)
    day = tmp_path / "day.jsonl"
    day.write_text(json.dumps(client_to_request_dict(Client(name="Nuevo Cliente"))) + "\n", encoding="utf-8")
    assert cli.main(["import", str(day), "--db", str(office)]) == 0
    out = capsys.readouterr().out
    assert f"They are not screened yet: clinic-app rescreen --db {shlex.quote(str(office))} screens them" in out
    assert SECRET not in out
