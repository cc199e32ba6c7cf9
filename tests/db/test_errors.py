"""SQLite errors a user can cause become one plain sentence; everything else stays a bug."""

from __future__ import annotations

import os
import sqlite3
from datetime import date

import pytest

from clinic_app.model import Client, ClientSummary, Determination, Reason, Screening
from db import connection, errors
from db.backup import backup_to
from db.cipher import PassphraseNeeded, WrongPassphrase
from db.connection import open_caseload
from db.errors import CaseloadError, classify
from db.repository import Repository


class _FakeDriverError(Exception):
    """Like sqlcipher3.dbapi2.OperationalError: not a sqlite3 class, same codes."""

    def __init__(self, code: int, name: str):
        super().__init__("some driver message")
        self.sqlite_errorcode = code
        self.sqlite_errorname = name


@pytest.mark.parametrize(
    "code, name, kind",
    [
        (13, "SQLITE_FULL", "disk_full"),
        (8, "SQLITE_READONLY", "read_only"),
        (8 | (3 << 8), "SQLITE_READONLY_ROLLBACK", "read_only"),
        (3, "SQLITE_PERM", "read_only"),
        (5, "SQLITE_BUSY", "locked"),
        (5 | (2 << 8), "SQLITE_BUSY_SNAPSHOT", "locked"),
        (6, "SQLITE_LOCKED", "locked"),
        (26, "SQLITE_NOTADB", "not_a_database"),
        (11, "SQLITE_CORRUPT", "corrupt"),
        (14, "SQLITE_CANTOPEN", "cannot_open"),
        (10, "SQLITE_IOERR", "io_error"),
        (10 | (13 << 8), "SQLITE_IOERR_FSYNC", "io_error"),
    ],
)
def test_environmental_codes_become_caseload_errors(code, name, kind):
    for exc in (_FakeDriverError(code, name), _sqlite_error(sqlite3.OperationalError, code, name)):
        error = classify(exc, "/clinic/caseload.sqlite")
        assert isinstance(error, CaseloadError) and error.kind == kind
        assert "/clinic/caseload.sqlite" in str(error)
        assert "Traceback" not in str(error) and "SQLITE" not in str(error)


def _sqlite_error(cls, code, name):
    exc = cls("message")
    exc.sqlite_errorcode = code
    exc.sqlite_errorname = name
    return exc


@pytest.mark.parametrize(
    "exc",
    [
        _sqlite_error(sqlite3.OperationalError, 1, "SQLITE_ERROR"),  # bad SQL: our bug
        _sqlite_error(sqlite3.IntegrityError, 19, "SQLITE_CONSTRAINT"),
        _sqlite_error(sqlite3.InterfaceError, 21, "SQLITE_MISUSE"),
        sqlite3.ProgrammingError("Cannot operate on a closed database."),
        ValueError("not SQLite at all"),
    ],
)
def test_bugs_are_re_raised_untouched(exc):
    with pytest.raises(type(exc)) as info:
        classify(exc)
    assert info.value is exc


def test_a_driver_without_codes_is_sorted_by_sqlites_message():
    exc = sqlite3.OperationalError("database or disk is full")
    assert classify(exc).kind == "disk_full"


def _damaged_copies(tmp_path):
    path = tmp_path / "good.sqlite"
    with Repository.open(path) as repo:
        repo.add_clients([Client(name=f"Cliente número {n}" * 10) for n in range(500)])
        repo.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = path.read_bytes()
    truncated = tmp_path / "truncated.sqlite"
    truncated.write_bytes(data[: len(data) // 2])
    random_bytes = tmp_path / "random.sqlite"
    random_bytes.write_bytes(os.urandom(len(data)))
    return truncated, random_bytes


def test_a_truncated_file_is_reported_as_damaged(tmp_path):
    truncated, _ = _damaged_copies(tmp_path)
    with pytest.raises(errors.Corrupt, match="is damaged. Restore the latest backup"):
        open_caseload(truncated)


def test_a_random_bytes_file_is_reported_as_not_a_caseload(tmp_path):
    # Random bytes look like an encrypted caseload (no plain SQLite header): the message
    # says both, and asks for a passphrase rather than guess.
    _, random_bytes = _damaged_copies(tmp_path)
    before = random_bytes.read_bytes()
    with pytest.raises(PassphraseNeeded, match="is not a Clinic Desk caseload"):
        open_caseload(random_bytes)
    with pytest.raises(WrongPassphrase):
        open_caseload(random_bytes, passphrase="any")
    assert random_bytes.read_bytes() == before


def test_another_programs_sqlite_file_is_not_turned_into_a_caseload(tmp_path):
    path = tmp_path / "photos.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    conn.close()
    with pytest.raises(errors.NotADatabase, match="another program"):
        open_caseload(path)
    with sqlite3.connect(path) as conn:
        assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["photos"]
    conn.close()


def test_a_folder_in_place_of_the_file_cannot_be_opened(tmp_path):
    (tmp_path / "caseload.sqlite").mkdir()
    with pytest.raises(errors.CannotOpen):
        open_caseload(tmp_path / "caseload.sqlite")


def test_a_read_only_connection_write_is_reported_as_read_only(tmp_path):
    path = tmp_path / "c.sqlite"
    open_caseload(path).close()
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as info:
        conn.execute("INSERT INTO settings (key, value) VALUES ('a', 'b')")
    conn.close()
    assert classify(info.value, path).kind == "read_only"


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to a read-only file")
def test_a_read_only_file_is_reported_in_plain_words(tmp_path):
    path = tmp_path / "c.sqlite"
    open_caseload(path).close()
    path.chmod(0o444)
    tmp_path.chmod(0o555)
    try:
        with pytest.raises(CaseloadError) as info:
            with Repository.open(path) as repo:
                repo.add_client(Client(name="X"))
        assert info.value.kind in ("read_only", "cannot_open")
    finally:
        tmp_path.chmod(0o755)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write in a read-only folder")
def test_a_caseload_in_a_folder_that_cannot_be_written_to_says_so(tmp_path):
    # Storage check D21-05: SQLite's "unable to open" became "the folder may not exist or
    # may not be accessible", of a read-only folder (a CD, a read-only share) plainly there.
    folder = tmp_path / "read-only share"
    folder.mkdir()
    path = folder / "caseload.sqlite"
    with Repository.open(path) as repo:
        repo.add_client(Client(name="X"))
    folder.chmod(0o555)
    try:
        with pytest.raises(CaseloadError) as info:
            Repository.open(path, create=False)
        assert info.value.kind == "read_only"
        assert f"is in a folder Clinic Desk cannot write to ({folder})" in str(info.value)
        assert "may not exist" not in str(info.value)
    finally:
        folder.chmod(0o755)


def test_a_caseload_locked_by_another_writer_is_reported_as_locked(repo):
    other = sqlite3.connect(repo.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another window holds the write lock
    repo.db.conn.execute("PRAGMA busy_timeout = 50")
    try:
        with pytest.raises(errors.Locked, match="busy") as info:
            repo.add_client(Client(name="Esperanza Ríos"))
        # Closing the other program (a re-screen in a terminal) would throw its work away (D24-07).
        assert "Close it" not in str(info.value)
        assert "(a re-screen or an import, for example). Wait until it is done, then try again." in str(info.value)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert repo.count_clients() == 0
    repo.add_client(Client(name="Esperanza Ríos"))  # and works once the other lets go
    assert repo.count_clients() == 1


def test_a_full_disk_is_reported_and_loses_nothing(repo):
    repo.add_client(Client(name="Before The Disk Filled"))
    pages = repo.db.conn.execute("PRAGMA page_count").fetchone()[0]
    repo.db.conn.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own way to make the disk "full"
    from clinic_app.demo import generate_clients

    with pytest.raises(errors.DiskFull, match="The disk is full"):
        repo.add_clients(generate_clients(300, seed=1))
    assert [row.name for row in repo.list_clients()] == ["Before The Disk Filled"]
    assert len(repo.history()) == 1


def _damage_a_screenings_page(path) -> None:
    """Overwrite one page that holds only a stored screening (found by a marker in its text)."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    page = data.index(b"MARKER-IN-A-SCREENING") // page_size
    data[page * page_size : (page + 1) * page_size] = b"\xff" * page_size
    path.write_bytes(bytes(data))


def _caseload_with_screenings(tmp_path):
    path = tmp_path / "big.sqlite"
    with Repository.open(path) as repo:
        ids = repo.add_clients([Client(name=f"Cliente {n}") for n in range(50)])
        reasons = [Reason("MARKER-IN-A-SCREENING " + "x" * 6000, "PC 1203.4")]
        result = Screening(date(2026, 11, 1), "2026.11", [Determination("c1", None, "pc1203_4", "eligible", None, None, reasons, [], [], "H")], [])
        for client_id in ids:
            repo.store_screening(client_id, result, "facts", ClientSummary(best="eligible"))
    return path, ids


def test_a_large_file_is_checked_at_open_table_by_table_without_the_screenings(tmp_path, monkeypatch):
    path, ids = _caseload_with_screenings(tmp_path)
    _damage_a_screenings_page(path)
    # Under the size limit the whole file is checked: the damage is found at open.
    with pytest.raises(errors.Corrupt, match="is damaged"):
        open_caseload(path)
    # Over it, the record tables are checked and the caseload opens with its records
    # whole; the damaged screenings are found by the backup (which writes nothing) and
    # when read, each time with the plain-words error.
    monkeypatch.setattr(connection, "FULL_CHECK_LIMIT_BYTES", 0)
    with Repository.open(path, create=False) as repo:
        assert repo.count_clients() == 50
        assert [repo.get_client(client_id).name for client_id in ids[:3]] == ["Cliente 0", "Cliente 1", "Cliente 2"]
        with pytest.raises(errors.Corrupt, match="no backup was written"):
            backup_to(repo.db, tmp_path / "backup.sqlite")
        assert not (tmp_path / "backup.sqlite").exists()
        with pytest.raises(errors.Corrupt):
            for client_id in ids:
                repo.latest_screening(client_id)


def test_a_large_file_with_damaged_records_is_refused_at_open(tmp_path, monkeypatch):
    monkeypatch.setattr(connection, "FULL_CHECK_LIMIT_BYTES", 0)
    truncated, _ = _damaged_copies(tmp_path)
    with pytest.raises(errors.Corrupt, match="is damaged. Restore the latest backup"):
        open_caseload(truncated)


# A file that cannot be a caseload, plain or encrypted (W25-02): SQLCipher writes whole pages
# (512 bytes at the least) after a random salt, so a PDF, a text file or a file of any other
# size is not asked a passphrase for.
_NOT_CASELOADS = {
    "handout.pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + b"0" * (4096 - 16),  # whole pages, and still a PDF
    "notes.txt": b"Client list for the Pomona fair\n" * 128,  # 4096 bytes of text
    "odd-size.sqlite": os.urandom(5000),  # random, but not whole pages
    "letter.docx": b"PK\x03\x04" + os.urandom(4092),
}


@pytest.mark.parametrize("name", sorted(_NOT_CASELOADS))
def test_a_file_that_cannot_be_a_caseload_is_said_to_be_none_and_no_passphrase_is_asked(tmp_path, name):
    from db.cipher import looks_encrypted, not_a_caseload

    path = tmp_path / name
    path.write_bytes(_NOT_CASELOADS[name])
    assert not_a_caseload(path) and looks_encrypted(path)  # "looks encrypted" alone: no plain header
    for passphrase in (None, "any"):
        with pytest.raises(errors.NotADatabase) as raised:
            open_caseload(path, passphrase=passphrase)
        assert str(raised.value) == f"{path} is not a Clinic Desk caseload: choose another file."
    assert path.read_bytes() == _NOT_CASELOADS[name]


def test_what_could_be_an_encrypted_caseload_is_still_asked_its_passphrase(tmp_path):
    from db.cipher import not_a_caseload

    path = tmp_path / "locked.sqlite"
    path.write_bytes(os.urandom(8192))
    assert not not_a_caseload(path)
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    assert not not_a_caseload(empty)  # a new, empty file becomes a caseload (connection._check_is_caseload)
    assert not not_a_caseload(tmp_path / "missing.sqlite")


def test_a_read_left_open_by_a_ctrl_c_and_collected_after_close_says_nothing(tmp_path):
    # CI (stop 33): `export --all` stopped with Ctrl-C printed "Exception ignored ... Cannot
    # operate on a closed database" on stderr.  A signal landing between a `with repo._read()`
    # entering and its block leaves the read's generator suspended; it is finalized only when
    # collected, after the caseload was closed, and asked the closed connection for its
    # transaction.  Here the same order is made by hand.
    from db.repository import Repository

    repo = Repository.open(tmp_path / "c.sqlite", user="test")
    left_open = repo._read()
    left_open.__enter__()  # never exited, as the signal left it
    repo.close()
    left_open.gen.close()  # what collection does; nothing is raised
