"""A damaged caseload says how to restore it as typed: "Restore the latest backup (clinic-app
restore)" named no backup, which `restore` needs, and no caseload, so that a volunteer whose
event laptop's caseload was damaged, typing it with the event's backup, replaced the clinic's
own caseload by it (Y119-04).  The command now names the caseload as the terminal does (its
--db, --demo for the demo's, none for the clinic's own) and its newest backup; typed, it
restores that caseload and no other."""

from __future__ import annotations

import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from clinic_app.model import Client
from db import errors
from db.backup import backup_rotating, backups_folder, caseload_backups
from db.connection import default_caseload_path, open_caseload
from db.repository import Repository


@pytest.fixture
def clinics_own(tmp_path, monkeypatch):
    """The clinic's own caseload, in a data folder of the test's (a terminal's too), with one client."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    own = default_caseload_path()
    assert own.is_relative_to(tmp_path)
    own.parent.mkdir(parents=True)
    with Repository.open(own) as repo:
        repo.add_client(Client(name="Clinic Client"))
    return own


def _backed_up_then_damaged(path) -> str:
    """A caseload of many clients at `path`, backed up, then cut in half (a USB stick pulled
    while it was written); returns the backup's path."""
    with Repository.open(path, create=True) as repo:
        repo.add_clients([Client(name=f"Cliente número {n}" * 10) for n in range(500)])
        backup = backup_rotating(repo.db)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return str(backup)


def _said_when_opened(path) -> str:
    with pytest.raises(errors.Corrupt) as refused:
        open_caseload(path)
    return refused.value.message


def _at_a_terminal(*args: str) -> subprocess.CompletedProcess:
    """`clinic-app ARGS` typed at a terminal: its own process, as the user's."""
    return subprocess.run([sys.executable, "-m", "clinic_app", *args], capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parents[2], timeout=120)


def test_y119_a_damaged_event_caseload_names_its_backup_and_its_db(tmp_path, clinics_own):
    event = tmp_path / "event laptop" / "pomona.sqlite"
    event.parent.mkdir()
    backup = _backed_up_then_damaged(event)
    command = f"clinic-app restore {shlex.quote(backup)} --db {shlex.quote(str(event))}"
    said = _at_a_terminal("list", "--db", str(event)).stderr
    assert f"Restore the latest backup with {command} (older ones are in {backups_folder(event)}); " in said

    # Typed as said, it restores the event's caseload; the clinic's own is left as it was.
    typed = _at_a_terminal(*shlex.split(command)[1:])
    assert typed.returncode == 0, typed.stderr
    with Repository.open(event) as repo:
        assert repo.count_clients() == 500
    with Repository.open(clinics_own) as repo:
        assert [client.name for client in repo.list_clients()] == ["Clinic Client"]


def test_y119_the_clinics_own_damaged_caseload_is_said_with_no_db(clinics_own):
    backup = _backed_up_then_damaged(clinics_own)
    said = _said_when_opened(clinics_own)
    assert f"Restore the latest backup with clinic-app restore {shlex.quote(backup)} (older ones are in " in said
    assert "--db" not in said


def test_y119_the_demos_damaged_caseload_is_said_with_demo(tmp_path, clinics_own):
    demo = clinics_own.with_name("demo.sqlite")
    backup = _backed_up_then_damaged(demo)
    assert f"with clinic-app --demo restore {shlex.quote(backup)} (older ones" in _said_when_opened(demo)


def test_y119_with_no_backup_beside_it_the_file_is_to_be_named(tmp_path, clinics_own):
    event = tmp_path / "pomona.sqlite"
    _backed_up_then_damaged(event)
    for backup in caseload_backups(event):
        backup.path.unlink()
    said = _said_when_opened(event)
    assert f"there is none in {backups_folder(event)}), with clinic-app restore FILE --db {event}; " in said


def test_y119_a_damaged_page_read_while_working_names_the_restore_too(tmp_path, clinics_own):
    """SQLite's "malformed" met after the open (`errors.classify`), as the check at open."""
    import sqlite3

    event = tmp_path / "pomona.sqlite"
    backup = _backed_up_then_damaged(event)
    malformed = sqlite3.DatabaseError("database disk image is malformed")
    said = errors.classify(malformed, event).message
    assert said.startswith(f"The caseload {event} is damaged. Restore the latest backup with clinic-app restore "
                           f"{shlex.quote(backup)} --db {event} (older ones are in ")


def test_r121_a_caseload_named_from_its_folder_is_said_with_its_backup_whole(tmp_path, clinics_own, monkeypatch):
    """`clinic-app list --db pomona.sqlite` typed in the caseload's folder (or the window started
    so): its --db was said whole, for a terminal in another folder, and its backup as found,
    "restore backups/pomona-STAMP.sqlite --db /…/pomona.sqlite", which typed there restored
    nothing ("not found"); the folder of older ones "backups" (R121-02).  Both are said whole."""
    folder = tmp_path / "event laptop"
    folder.mkdir()
    backup = _backed_up_then_damaged(folder / "pomona.sqlite")
    monkeypatch.chdir(folder)
    said = _said_when_opened(Path("pomona.sqlite"))
    command = f"clinic-app restore {shlex.quote(backup)} --db {shlex.quote(str(folder / 'pomona.sqlite'))}"
    assert f"Restore the latest backup with {command} (older ones are in {folder / 'backups'}); " in said, said

    # Typed in another folder, it restores the caseload.
    monkeypatch.chdir(tmp_path)
    typed = _at_a_terminal(*shlex.split(command)[1:])
    assert typed.returncode == 0, typed.stderr
