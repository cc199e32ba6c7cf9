"""H58-05: an export, a handout, a worksheet or a backup written into a folder that cannot be
written (a read-only USB stick, a folder of another user's) said "clinic-app:
FOLDER/.day.jsonl.partial: Read-only file system": the hidden file removed in a ``finally``
raised too, in place of the error that said why, and named a file the paralegal never typed
(the backup: "The caseload ... cannot be opened", as if the caseload were at fault).  Each
now names the file or folder given.

The tests run as root on the build machine, where no folder is read-only by its mode, so the
read-only file system is stood in for where the program meets it: creating a file in the
folder, removing one from it, and asking whether it may be written (os.access)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from clinic_app import cli
from clinic_app import private_files
from clinic_app.demo import generate_clients
from db.repository import Repository


@pytest.fixture
def read_only(tmp_path, monkeypatch):
    """A folder `stick` on a read-only file system, as the program sees it."""
    stick = tmp_path / "stick"
    stick.mkdir()

    def refused(path):
        return OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))

    real_open, real_unlink, real_access = private_files.open_private, Path.unlink, os.access

    def open_private(path):
        if Path(path).parent == stick:
            raise refused(path)
        return real_open(path)

    def unlink(self, missing_ok=False):
        if self.parent == stick:
            raise refused(self)
        return real_unlink(self, missing_ok=missing_ok)

    def access(path, mode, *args, **kwargs):
        if Path(path) == stick and mode & os.W_OK:
            return False
        return real_access(path, mode, *args, **kwargs)

    monkeypatch.setattr(private_files, "open_private", open_private)
    monkeypatch.setattr(Path, "unlink", unlink)
    monkeypatch.setattr(os, "access", access)
    return stick


@pytest.fixture
def caseload(tmp_path):
    path = tmp_path / "caseload.sqlite"
    with Repository.open(path, user="t") as repo:
        repo.add_clients(generate_clients(2, seed=5))
    return path


@pytest.mark.parametrize("command, name", [
    (["export", "--client", "1", "--out"], "one.json"),
    (["export", "--all", "--out"], "day.jsonl"),
    (["handout", "--client", "1", "--as-of", "2026-11-01", "--out"], "one.pdf"),
    (["worksheet", "--client", "1", "--as-of", "2026-11-01", "--out"], "one.pdf"),
])
def test_a_file_in_a_read_only_folder_is_said_by_its_own_name(caseload, read_only, capsys, command, name):
    assert cli.main(["--db", str(caseload), *command, str(read_only / name)]) == 1
    err = capsys.readouterr().err
    # H99-04 added what to do: the system's words alone had been all it said.
    assert err == (f"clinic-app: {read_only / name}: Read-only file system. The drive is read-only (a USB stick's "
                   "lock switch?): unlock it, or choose another drive, and try again.\n")
    assert ".partial" not in err


def test_a_backup_to_a_read_only_folder_says_the_folder_not_the_caseload(caseload, read_only, capsys):
    assert cli.main(["--db", str(caseload), "backup", "--to", str(read_only / "b.sqlite")]) == 1
    err = capsys.readouterr().err
    assert err == (f"clinic-app: The backup {read_only / 'b.sqlite'} cannot be written: the folder {read_only} is read-only "
                   "or not yours (a locked USB stick?). Nothing was written; choose another folder.\n")
