"""G65-03: the clinic's own caseload (the default one, `clinic-app` with no --db) replaced by a file
that is no caseload (another file saved over it): the program said "Start Clinic Desk on a caseload
file (clinic-app --db PATH), or with no --db for the clinic's own caseload", which is what had just
been done, and every command "choose another file".  It now says to restore it from a backup,
and where they are, or to start on another caseload; a file given with --db is said as before."""

from __future__ import annotations

import pytest

from clinic_app import cli
from db.repository import Repository


@pytest.fixture
def clinics_caseload(tmp_path, monkeypatch):
    default = tmp_path / "data" / "ClinicDesk" / "caseload.sqlite"
    monkeypatch.setattr("db.connection.default_caseload_path", lambda: default)
    default.parent.mkdir(parents=True)
    default.write_text("Minutes of the clinic's board meeting, saved over the caseload by mistake.\n" * 40)
    return default


def _said(path):
    """With no backup of it (R66-06: "with a backup from <folder>" named a folder with none)."""
    return (f"The clinic's caseload {path} is not a Clinic Desk caseload (was another file saved over it?); nothing "
            f"was written to it. There is no backup of it in {path.parent / 'backups'}: restore it from a copy kept "
            "elsewhere (a laptop's, a USB stick's) with clinic-app restore FILE (the file is kept aside), or start "
            "Clinic Desk on another caseload (clinic-app --db PATH).")


def test_the_program_started_on_the_clinics_caseload_says_how_to_go_on(clinics_caseload, monkeypatch, capsys):
    from PySide6.QtWidgets import QApplication

    from ui import app as ui_app

    before = clinics_caseload.read_bytes()
    said = []
    monkeypatch.setattr("ui.app.make_app", QApplication.instance)
    monkeypatch.setattr("ui.crash.install_excepthook", lambda **_k: None)
    monkeypatch.setattr("ui.crash.show_caseload_error", lambda _parent, error: said.append(str(error)))
    assert ui_app.run(clinics_caseload) == 1
    assert said == [_said(clinics_caseload)]
    assert "with no --db for the clinic's own caseload" not in capsys.readouterr().err
    assert clinics_caseload.read_bytes() == before


def test_a_command_on_the_clinics_caseload_says_how_to_go_on(clinics_caseload, capsys):
    assert cli.main(["list"]) == 1
    assert capsys.readouterr().err == f"clinic-app: {_said(clinics_caseload)}\n"


def test_the_restore_it_names_puts_the_clinics_caseload_back(clinics_caseload, tmp_path, capsys):
    from clinic_app.demo import generate_clients

    sound = tmp_path / "sound.sqlite"
    with Repository.open(sound, user="t") as repo:
        repo.add_clients(generate_clients(2, seed=3))
    backup = clinics_caseload.parent / "backups" / "caseload-copy.sqlite"
    backup.parent.mkdir()  # another caseload's backup is not its own to make the folder of (B105)
    assert cli.main(["--db", str(sound), "backup", "--to", str(backup)]) == 0
    assert cli.main(["restore", str(backup)]) == 0
    capsys.readouterr()
    assert cli.main(["list"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_a_file_given_with_db_is_said_as_before(tmp_path, capsys):
    other = tmp_path / "notes.sqlite"
    other.write_text("not a caseload\n" * 200)
    assert cli.main(["--db", str(other), "list"]) == 1
    assert capsys.readouterr().err == f"clinic-app: {other} is not a Clinic Desk caseload: choose another file.\n"


def test_r66_06_the_newest_backup_is_named_to_restore_as_typed(tmp_path, monkeypatch, capsys):
    """Backups there: the newest is named, quoted (a Windows account's data folder has spaces),
    and the command said, run as said, puts the clinic's caseload back."""
    import shlex

    from clinic_app.demo import generate_clients

    default = tmp_path / "Ana Ruiz" / "ClinicDesk" / "caseload.sqlite"
    monkeypatch.setattr("db.connection.default_caseload_path", lambda: default)
    default.parent.mkdir(parents=True)
    backups = default.parent / "backups"
    backups.mkdir()  # the backups are other caseloads', which make no folder they do not own (B105)
    for name, clients in (("caseload-20261101-090000-000000.sqlite", 1),
                          ("caseload-before-rescreen-20261203-170000-000000.sqlite", 2),
                          ("demo-20261204-080000-000000.sqlite", 3)):  # another caseload's, newer
        with Repository.open(tmp_path / f"{clients}.sqlite", user="t") as repo:
            repo.add_clients(generate_clients(clients, seed=clients))
        assert cli.main(["--db", str(tmp_path / f"{clients}.sqlite"), "backup", "--to", str(backups / name)]) == 0
    (default.parent / "demo.sqlite").write_bytes((backups / "demo-20261204-080000-000000.sqlite").read_bytes())
    default.write_text("Minutes of the clinic's board meeting, saved over the caseload by mistake.\n" * 40)
    capsys.readouterr()
    assert cli.main(["list"]) == 1
    said = capsys.readouterr().err
    newest = backups / "caseload-before-rescreen-20261203-170000-000000.sqlite"
    assert f'Restore it from its newest backup: clinic-app restore "{newest}" (the file is kept aside; older backups are in {backups})' in said
    command = said.split("clinic-app restore ", 1)[1].split(" (the file", 1)[0]
    assert cli.main(["restore", *shlex.split(command)]) == 0
    capsys.readouterr()
    assert cli.main(["list"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2
