"""H97-04: `clinic-app encrypt` (a passphrase change, a restore under another passphrase alike)
writes the encrypted copy to a hidden ``.<caseload>.encrypting`` beside the caseload, each table
in its own transaction, with SQLite's ``.<caseload>.encrypting-journal`` beside it meanwhile.
Killed inside the export, both stayed; opening the caseload an hour later removed the copy
(D24-08) but never the journal (8 to 17 KB of the copy's pages, encrypted), which stayed for
good unless the same operation was run again.  It now goes with its copy."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

from clinic_app.demo import generate_clients
from db.repository import Repository
from tests.db.test_killed import TREE, _env
from tests.stopped_process import kill_when_stopped

pytest.importorskip("sqlcipher3", reason="the encryption extra (sqlcipher3) is not installed")
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")

# `clinic-app encrypt` in a child process, stopped inside SQLCipher's export once the copy's
# journal is there (SQLite calls the progress handler every 1,000 steps of a statement).
ENCRYPTING = r"""
import os, sys, time
import db.cipher
export = db.cipher.replace_by_export

def replace_by_export(connect, path, passphrase, version, doing):
    journal = path.with_name(f".{path.name}.{doing}-journal")

    def connected():
        conn = connect()
        def step():
            if journal.exists():
                print("STOPPED", flush=True)
                time.sleep(600)
            return 0
        conn.set_progress_handler(step, 1000)
        return conn
    return export(connected, path, passphrase, version, doing)

db.cipher.replace_by_export = replace_by_export
from clinic_app.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_h97_04_an_encrypt_killed_inside_its_export_leaves_no_journal_once_its_copy_is_removed(tmp_path):
    caseload = tmp_path / "caseload.sqlite"
    with Repository.open(caseload, user="volunteer-1") as repo:
        repo.add_clients(generate_clients(40, seed=97))
    passphrase = tmp_path / "passphrase.txt"
    passphrase.write_text("correct horse battery staple\n")
    passphrase.chmod(0o600)
    kill_when_stopped([sys.executable, "-c", ENCRYPTING, "encrypt", "--db", str(caseload), "--passphrase-file", str(passphrase)],
                      cwd=TREE, env=_env(), what="the encrypt should have stopped inside its export")
    copy = tmp_path / ".caseload.sqlite.encrypting"
    journal = Path(f"{copy}-journal")
    assert copy.is_file() and journal.is_file()
    hour_ago = time.time() - 3700
    for left in (copy, journal):
        os.utime(left, (hour_ago, hour_ago))

    with Repository.open(caseload, create=False) as again:  # still plain: the encrypt never ended
        assert again.db.removed_leftovers == [copy]  # the copy said, as before; its journal quietly gone
    assert sorted(path.name for path in tmp_path.iterdir() if path.name.startswith(".")) == []


def test_h97_04_a_journal_left_beside_no_copy_goes_once_an_hour_old(tmp_path):
    caseload = tmp_path / "caseload.sqlite"
    Repository.open(caseload, user="volunteer-1").close()
    journal = tmp_path / ".caseload.sqlite.rekeying-journal"
    journal.write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + b"\0" * 504)  # a journal's header, as a kill leaves it
    young = tmp_path / ".caseload.sqlite.restoring-journal"
    young.write_bytes(journal.read_bytes())
    hour_ago = time.time() - 3700
    os.utime(journal, (hour_ago, hour_ago))
    with Repository.open(caseload, create=False) as again:
        assert again.db.removed_leftovers == []
    assert not journal.exists()
    assert young.exists()  # may be a restore running in another program now
