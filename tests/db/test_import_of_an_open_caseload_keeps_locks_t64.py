"""T64-03: "Import clients..." given a caseload this program has open (the window's own file, or
the event laptop's open in a second window, chosen from the wrong folder) is refused, "this is a
caseload or a backup, not a file of clients" (D26-09); the refusal read the file's first bytes
with open() and close(), which drops every POSIX lock this process holds on it, SQLite's too
(C64-01, R64-04): after another program had read that caseload and closed, its -wal was folded
in and deleted, and the window's saves after went into the deleted file."""

from __future__ import annotations

from pathlib import Path

import pytest

from clinic_app.cli import read_import
from clinic_app.model import Client
from clinic_app.screening_format import FormatError
from db.repository import Repository
from tests.db.test_locks_kept_c64 import phone_read_by_another_program


def test_an_import_refused_of_the_open_caseload_leaves_its_saves_in_it(tmp_path):
    path = tmp_path / "caseload.sqlite"
    with Repository.open(path, user="desk-1") as window:
        client_id = window.add_client(Client(name="Ana Lockheld", phone="(213) 555-0100"))
        with pytest.raises(FormatError, match="this is a caseload or a backup, not a file of clients"):
            read_import(path)  # the window's import reads the file chosen on a worker (ui.tasks)
        assert phone_read_by_another_program(path, client_id) == "(213) 555-0100"
        assert Path(f"{path}-wal").exists()  # still the window's
        opened = window.get_client(client_id)
        changed = window.get_client(client_id)
        changed.phone = "(213) 555-0199"
        window.save_client(changed, expected=opened)
        assert phone_read_by_another_program(path, client_id) == "(213) 555-0199"


def test_an_encrypted_caseload_held_here_is_refused_as_one(tmp_path):
    pytest.importorskip("sqlcipher3", reason="the encryption extra (sqlcipher3) is not installed")
    path = tmp_path / "caseload.sqlite"
    with Repository.open(path, user="desk-1", passphrase="correct horse"):
        with pytest.raises(FormatError, match="this is an encrypted caseload or a backup of one"):
            read_import(path)
