"""D103-03: the clinic's director, the day the laptop is replaced, found in the README how to back
up and restore the whole caseload, but not how to move it to the new laptop (nor what to delete
from the old one), nor how to bring back one client a paralegal deleted yesterday without going
back on the rest of the caseload.  The README now says both; here its commands are typed as
written, on an old and a new laptop's data folders."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

from clinic_app import cli
from clinic_app.model import Client
from db.backup import backup_rotating
from db.repository import Repository

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def _paragraph(lead: str) -> str:
    """The README's paragraph that starts with the bold `lead`."""
    return README.split(f"**{lead}**", 1)[1].split("\n\n", 1)[0]


def _commands(paragraph: str) -> list[list[str]]:
    return [shlex.split(command)[1:] for command in re.findall(r"`(clinic-app [^`]*)`", paragraph)]


def _laptop(monkeypatch, folder: Path) -> Path:
    """The default caseload of a laptop whose user data folder is `folder`."""
    monkeypatch.setenv("XDG_DATA_HOME", str(folder))
    return folder / "ClinicDesk" / "caseload.sqlite"


def test_the_readme_brings_back_one_deleted_client_from_a_backup(tmp_path, monkeypatch, capsys):
    caseload = _laptop(monkeypatch, tmp_path / "data")
    with Repository.open(caseload) as repo:
        kept, deleted = repo.add_clients([Client(name="Tomás Herrera"), Client(name="Rosa Benítez", phone="(626) 555-0104")])
        backup = backup_rotating(repo.db)  # last night's, in the backups folder beside it
        repo.add_client(Client(name="Added Today"))
        repo.delete_client(deleted)
    monkeypatch.chdir(tmp_path)
    said = _paragraph("A client deleted by mistake.")
    assert "**Edit > Undo**" in said  # while the window is open

    find, export, import_ = _commands(said)
    for each in (find, export):
        each[each.index("BACKUP")] = str(backup)
    find[find.index("NAME")] = "Benítez"
    capsys.readouterr()
    assert cli.main(find) == 0
    number = capsys.readouterr().out.split("\t")[0]
    export[export.index("ID")] = number
    assert cli.main(export) == 0
    assert cli.main(import_) == 0

    with Repository.open(caseload, create=False) as repo:
        back = {client.name: client for client in repo.iter_clients()}
    assert sorted(back) == ["Added Today", "Rosa Benítez", "Tomás Herrera"]  # today's work kept
    assert back["Rosa Benítez"].phone == "(626) 555-0104"


def test_the_readme_moves_the_caseload_to_a_new_laptop(tmp_path, monkeypatch, capsys):
    old = _laptop(monkeypatch, tmp_path / "old")
    with Repository.open(old) as repo:
        repo.add_client(Client(name="Tomás Herrera"))
        repo.set_setting("clinic_name", "Clínica del Este")
    said = _paragraph("Moving to a new laptop.")
    backup, restore = _commands(said)
    stick = tmp_path / "usb"
    stick.mkdir()  # plugged in: a folder not there is refused (B105-02)
    backup = [word.replace("/media/usb", str(stick)) for word in backup]
    restore = [word.replace("/media/usb", str(stick)) for word in restore]

    assert cli.main(backup) == 0
    new = _laptop(monkeypatch, tmp_path / "new")
    assert cli.main(restore) == 0

    with Repository.open(new, create=False) as repo:
        assert [client.name for client in repo.iter_clients()] == ["Tomás Herrera"]
        assert repo.get_setting("clinic_name") == "Clínica del Este"
    assert "**Help > About Clinic Desk**" in said and "`~/.config/ClinicDesk`" in said  # what to delete from the old one
