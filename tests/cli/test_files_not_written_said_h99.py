"""H99-04: an export, a handout or a worksheet that could not be written onto the stick said the
system's words alone: "clinic-app: /media/stick/day.jsonl: Read-only file system", "No space
left on device", "Operation not permitted", and on a FAT-formatted stick a name such as
"Garcia: March?.pdf" only "Invalid argument".  Each now says what to do too (unlock the stick,
free space, close the file or choose another name or folder, a name without ": ?"); nothing is
left behind and a file of that name already there is as it was.

A full drive (/dev/full) and a read-only stick are K63-05's and H58-05's tests, their words
changed on purpose; here a FAT stick and a file another program holds are stood in for where
the program meets them (the file's opening), as H58-05's read-only stick is: the tests run as
root, where no file is read-only by its mode, and no FAT file system is mounted."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from clinic_app import private_files
from clinic_app.demo import generate_clients
from db.repository import Repository
from tests.cli.test_cli import assert_plain_error, clinic_app


@pytest.fixture
def caseload(tmp_path) -> Path:
    path = tmp_path / "laptop.sqlite"
    with Repository.open(path) as repo:
        repo.add_clients(generate_clients(3, seed=99))
    return path


def stick_refusing(monkeypatch, stick: Path, code: int, only=lambda name: True) -> None:
    """The drive at `stick` refuses to make a file there (whose name `only` picks) with `code`."""
    real_open = private_files.open_private

    def open_private(path):
        if Path(path).parent == stick and only(Path(path).name):
            raise OSError(code, os.strerror(code), str(path))
        return real_open(path)

    monkeypatch.setattr(private_files, "open_private", open_private)


def test_h99_04_a_name_a_fat_stick_refuses_says_which_characters(caseload, tmp_path, monkeypatch):
    stick = tmp_path / "stick"
    stick.mkdir()
    stick_refusing(monkeypatch, stick, errno.EINVAL, only=lambda name: any(c in name for c in ':?'))
    done = clinic_app("handout", "--client", "1", "--db", caseload, "--out", stick / "Garcia: March?.pdf")
    assert_plain_error(done, 1, "Invalid argument. The name has characters this drive does not take (: ?): "
                                "give a name without them, and try again.")
    assert list(stick.iterdir()) == []
    again = clinic_app("handout", "--client", "1", "--db", caseload, "--out", stick / "Garcia March.pdf")
    assert again.returncode == 0, again.stderr
    assert [p.name for p in stick.iterdir()] == ["Garcia March.pdf"]


def test_h99_04_a_file_another_program_holds_is_kept_and_said(caseload, tmp_path, monkeypatch):
    stick = tmp_path / "stick"
    stick.mkdir()
    kept = stick / "day.jsonl"
    kept.write_text("yesterday's export\n", encoding="utf-8")
    stick_refusing(monkeypatch, stick, errno.EACCES)
    done = clinic_app("export", "--all", "--force", "--db", caseload, "--out", kept)
    assert_plain_error(done, 1, "Permission denied. Clinic Desk may not use it: the file is read-only, or another "
                                "program holds it open (a PDF viewer?), or the folder is not yours. Close it there, "
                                "or choose another name or folder, and try again.")
    assert kept.read_text(encoding="utf-8") == "yesterday's export\n" and [p.name for p in stick.iterdir()] == ["day.jsonl"]
