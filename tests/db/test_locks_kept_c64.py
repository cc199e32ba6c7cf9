"""A caseload open in the window keeps its file locks while the program opens it again (C64-01).

SQLite's locks on a file are POSIX locks, held by the process: closing any descriptor of the
file in that process drops them all.  Before each connection the program read the file's first
bytes (is it a caseload, is it encrypted?) with a plain open() and close(): the window's list
read on a worker, a backup, a second window each dropped the locks of the connection the
window works on.  Another program (a terminal's `clinic-app list`, a second desk) then closed
its own connection as if it were the last one: it folded the -wal into the file and deleted
it, and every save the window made after went into the deleted -wal, seen by nobody and lost
when the window ended without closing it (a crash, a battery)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from clinic_app.model import Client
from db.connection import connect
from db.repository import Repository

_READ_PHONE = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
print(conn.execute("SELECT phone FROM clients WHERE id = ?", (int(sys.argv[2]),)).fetchone()[0])
conn.close()
"""


def phone_read_by_another_program(path: Path, client_id: int) -> str:
    """The client's phone as another process reads it, opening the caseload and closing it."""
    done = subprocess.run([sys.executable, "-c", _READ_PHONE, str(path), str(client_id)], capture_output=True, text=True,
                          timeout=60, check=True)
    return done.stdout.strip()


def test_a_save_after_another_program_read_the_caseload_is_in_the_caseload(tmp_path):
    path = tmp_path / "caseload.sqlite"
    with Repository.open(path, user="desk-1") as window:
        client_id = window.add_client(Client(name="Ana Lockheld", phone="(213) 555-0100"))
        # The window reads its list on a connection of its own (ui.main_window), and closes it.
        connect(path, create=False).close()
        assert phone_read_by_another_program(path, client_id) == "(213) 555-0100"
        assert Path(f"{path}-wal").exists()  # still the window's: another program did not take it away
        opened = window.get_client(client_id)
        changed = window.get_client(client_id)
        changed.phone = "(213) 555-0199"
        window.save_client(changed, expected=opened)
        assert phone_read_by_another_program(path, client_id) == "(213) 555-0199"


def test_two_windows_in_one_program_keep_each_others_locks(tmp_path):
    path = tmp_path / "caseload.sqlite"
    with Repository.open(path, user="desk-1") as first:
        client_id = first.add_client(Client(name="Ana Lockheld", phone="(213) 555-0100"))
        with Repository.open(path, user="desk-2") as second:
            assert second.get_client(client_id).phone == "(213) 555-0100"
        assert phone_read_by_another_program(path, client_id) == "(213) 555-0100"
        opened = first.get_client(client_id)
        changed = first.get_client(client_id)
        changed.phone = "(213) 555-0199"
        first.save_client(changed, expected=opened)
        assert phone_read_by_another_program(path, client_id) == "(213) 555-0199"


_READ_PHONE_ENCRYPTED = """
import sys
from sqlcipher3 import dbapi2
conn = dbapi2.connect(sys.argv[1])
conn.execute("PRAGMA key = 'correct horse'")
print(conn.execute("SELECT phone FROM clients WHERE id = ?", (int(sys.argv[2]),)).fetchone()[0])
conn.close()
"""


def test_an_encrypted_caseload_keeps_its_locks_too(tmp_path):
    pytest.importorskip("sqlcipher3", reason="the encryption extra (sqlcipher3) is not installed")
    path = tmp_path / "caseload.sqlite"

    def read_elsewhere(client_id: int) -> str:
        done = subprocess.run([sys.executable, "-c", _READ_PHONE_ENCRYPTED, str(path), str(client_id)], capture_output=True,
                              text=True, timeout=60, check=True)
        return done.stdout.strip()

    with Repository.open(path, user="desk-1", passphrase="correct horse") as window:
        client_id = window.add_client(Client(name="Ana Lockheld", phone="(213) 555-0100"))
        connect(path, create=False, passphrase="correct horse").close()
        assert read_elsewhere(client_id) == "(213) 555-0100"
        opened = window.get_client(client_id)
        changed = window.get_client(client_id)
        changed.phone = "(213) 555-0199"
        window.save_client(changed, expected=opened)
        assert read_elsewhere(client_id) == "(213) 555-0199"
