"""G65-02: a caseload in a folder that cannot be written (a read-only USB stick or share, the data
folder of an account set up read-only) said "cannot be opened: the folder may not exist or may not
be accessible", of a folder plainly there, and the program ended with nothing to try.  D21-05 had
put it into words, but SQLite's refusal now comes at the first statement of `connect`, before the
place that said it; its test is skipped as root, where no folder is read-only by its mode, so the
clean-clone CI never saw it go.

Stood in for as root, where the program meets it: SQLite says "unable to open database file" (as
it does on a read-only file system, seen on one mounted read-only), and `os.access` says the
folder cannot be written."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from db.errors import CannotOpen, ReadOnly
from db.repository import Repository
from clinic_app.demo import generate_clients


@pytest.fixture
def not_writable(monkeypatch):
    """Folders `os.access` says cannot be written to, and SQLite cannot open a caseload in, as on
    a read-only file system."""
    import sqlite3

    import db.connection

    folders: set[Path] = set()
    real_access, real_connect_file = os.access, db.connection.connect_file

    def connect_file(name, *args, **kwargs):
        if Path(name).parent in folders:
            raise sqlite3.OperationalError("unable to open database file")
        return real_connect_file(name, *args, **kwargs)

    def access(path, mode, *args, **kwargs):
        if Path(path) in folders and mode & os.W_OK:
            return False
        return real_access(path, mode, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)
    monkeypatch.setattr(db.connection, "connect_file", connect_file)
    return folders


def test_a_caseload_in_a_folder_that_cannot_be_written_says_so_and_what_to_do(tmp_path, not_writable):
    folder = tmp_path / "stick"
    folder.mkdir()
    path = folder / "caseload.sqlite"
    with Repository.open(path, user="t") as repo:
        repo.add_clients(generate_clients(2, seed=5))
    not_writable.add(folder)

    with pytest.raises(ReadOnly) as info:
        Repository.open(path, create=False)
    said = str(info.value)
    assert f"is in a folder Clinic Desk cannot write to ({folder})" in said
    assert "Copy the caseload to a folder you can write to and open the copy." in said
    assert "may not exist" not in said


def test_no_caseload_yet_in_a_folder_that_cannot_be_written_says_how_to_start_elsewhere(tmp_path, not_writable):
    folder = tmp_path / "ClinicDesk"
    folder.mkdir()
    path = folder / "caseload.sqlite"
    not_writable.add(folder)

    with pytest.raises(ReadOnly) as info:
        Repository.open(path)
    said = str(info.value)
    assert said == (f"There is no caseload at {path}, and none can be created there: Clinic Desk cannot write to the "
                    f"folder ({folder}). Make the folder one you can write to, or start Clinic Desk on a caseload in "
                    "another folder (clinic-app --db PATH).")
    assert not path.exists()


def test_a_data_folder_that_cannot_be_made_says_how_to_start_elsewhere(tmp_path):
    (tmp_path / "share").write_text("a file where the folder would go")
    path = tmp_path / "share" / "ClinicDesk" / "caseload.sqlite"

    with pytest.raises(CannotOpen) as info:
        Repository.open(path)
    said = str(info.value)
    assert said.startswith(f"The folder for the caseload ({path.parent}) cannot be created: ")
    assert said.endswith("Start Clinic Desk on a caseload in a folder you can write to (clinic-app --db PATH).")
