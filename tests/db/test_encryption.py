"""At-rest encryption with SQLCipher (db.cipher): nothing readable on disk, the passphrase
asked for and checked, backups and the re-screen's workers encrypted too, and a plain
caseload turned into an encrypted one with nothing lost."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import date
from pathlib import Path

import pytest

pytest.importorskip("sqlcipher3", reason="the encryption extra (sqlcipher3) is not installed")

from clinic_app.demo import generate_clients  # noqa: E402
from clinic_app.model import Client  # noqa: E402
from db.backup import backup_to, restore, verify  # noqa: E402
from db.cipher import PassphraseNeeded, WrongPassphrase, encrypt_caseload, looks_encrypted  # noqa: E402
from db.errors import CaseloadError  # noqa: E402
from db.repository import Repository  # noqa: E402
from db.rescreen import rescreen_caseload  # noqa: E402
from other_program import crashed_while_open, holding_open  # noqa: E402
from tests.made_once import made_once  # noqa: E402

SECRET = "correct horse 'battery' staple"  # a quote in it: the key pragma must quote it
NAME = "Zacarías Cifrado-Ejemplo"


# The alias looked for in the encrypted bytes: long enough that noise never holds it.  "Zaca",
# four letters, turned up in ~670 KB of ciphertext about once in 6,000 caseloads made (V100's
# run failed so: the full name, looked for beside it, was not there).
ALIAS = "Zaca la Cifrada"


def _files(path):
    """The bytes of the caseload and of its -wal file, if any."""
    data = path.read_bytes()
    wal = path.with_name(path.name + "-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


def _encrypted_caseload(tmp_path):
    return made_once(_make_encrypted_caseload, tmp_path)


def _make_encrypted_caseload(folder):
    folder.mkdir()
    path = folder / "secret.sqlite"
    with Repository.open(path, passphrase=SECRET) as repo:
        repo.add_client(Client(name=NAME, aliases=[ALIAS]))
        repo.add_clients(generate_clients(30, seed=4))
        names = [row.name for row in repo.list_clients()]
        assert NAME in names
        # Still open, so the newest pages are in the -wal file: it is encrypted too.
        assert NAME.encode() not in _files(path) and ALIAS.encode() not in _files(path)
    return path, names


def test_an_encrypted_caseload_shows_nothing_on_disk_and_opens_only_with_its_passphrase(tmp_path):
    path, names = _encrypted_caseload(tmp_path)
    assert looks_encrypted(path)
    assert NAME.encode() not in _files(path) and "Zacarías".encode() not in _files(path)
    with pytest.raises(sqlite3.DatabaseError):  # the plain driver sees noise
        sqlite3.connect(path).execute("SELECT * FROM clients").fetchall()
    with pytest.raises(PassphraseNeeded, match="encrypted"):
        Repository.open(path)
    with pytest.raises(WrongPassphrase, match="does not open"):
        Repository.open(path, passphrase="wrong")
    with Repository.open(path, passphrase=SECRET) as repo:
        assert [row.name for row in repo.list_clients()] == names
        assert repo.search_ids("zacarias")  # the search index works inside the encrypted file
        assert repo.passphrase == SECRET


def test_a_plain_caseload_is_not_opened_with_a_passphrase(tmp_path):
    path = tmp_path / "plain.sqlite"
    Repository.open(path).close()
    with pytest.raises(CaseloadError, match="is not encrypted"):
        Repository.open(path, passphrase=SECRET)


def test_backups_of_an_encrypted_caseload_are_encrypted_and_restore(tmp_path):
    path, names = _encrypted_caseload(tmp_path)
    with Repository.open(path, passphrase=SECRET) as repo:
        backup = backup_to(repo.db, tmp_path / "backup.sqlite")
        repo.add_client(Client(name="After The Backup"))
    assert looks_encrypted(backup) and NAME.encode() not in backup.read_bytes()
    assert verify(backup, passphrase=SECRET) >= 1
    with pytest.raises(PassphraseNeeded):
        verify(backup)
    restore(backup, path, passphrase=SECRET)
    with Repository.open(path, passphrase=SECRET) as repo:
        assert [row.name for row in repo.list_clients()] == names  # the client added after is gone
    assert looks_encrypted(path)


def test_the_rescreen_workers_open_the_encrypted_caseload(tmp_path):
    path, names = _encrypted_caseload(tmp_path)
    with Repository.open(path, passphrase=SECRET) as repo:
        stored = rescreen_caseload(repo, date(2026, 11, 1), workers=2)
        assert stored == len(names)
        client_id = repo.client_ids()[0]
        assert repo.latest_screening(client_id).screening.as_of == date(2026, 11, 1)


def test_a_plain_caseload_is_encrypted_in_place_with_nothing_lost(tmp_path):
    path = tmp_path / "caseload.sqlite"
    with Repository.open(path) as repo:
        repo.add_client(Client(name=NAME))
        repo.add_clients(generate_clients(20, seed=9))
        rescreen_caseload(repo, date(2026, 11, 1), workers=1)
        before = (repo.list_clients(), len(repo.history()), repo.db.conn.execute("PRAGMA user_version").fetchone()[0])
        backup_to(repo.db, tmp_path / "backups" / "caseload-old.sqlite")  # an old, plain backup
    plain_backups = encrypt_caseload(path, SECRET)
    assert plain_backups == [tmp_path / "backups" / "caseload-old.sqlite"]  # said to the user
    assert looks_encrypted(path) and NAME.encode() not in _files(path)
    assert not path.with_name(path.name + "-wal").exists() or NAME.encode() not in path.with_name(path.name + "-wal").read_bytes()
    with Repository.open(path, passphrase=SECRET) as repo:
        after = (repo.list_clients(), len(repo.history()), repo.db.conn.execute("PRAGMA user_version").fetchone()[0])
    assert after == before
    with pytest.raises(CaseloadError, match="already encrypted"):
        encrypt_caseload(path, SECRET)
    assert not list(tmp_path.glob(".*encrypting*"))


def test_a_caseload_open_in_another_program_is_not_encrypted_under_it(tmp_path):
    """Storage check D21-01: the other program went on writing to the replaced plain file,
    and every edit it made after the encryption was lost without a word."""
    path = tmp_path / "caseload.sqlite"
    with Repository.open(path) as other_window:
        client = other_window.get_client(other_window.add_client(Client(name=NAME)))
        with pytest.raises(CaseloadError, match="open in another Clinic Desk window or program") as raised:
            encrypt_caseload(path, SECRET)
        assert raised.value.kind == "locked"
        assert not looks_encrypted(path)  # nothing was changed
        client.phone = "(213) 555-0100"
        other_window.save_client(client)  # the other window's edit lands in the caseload
    with Repository.open(path) as repo:
        assert repo.get_client(client.id).phone == "(213) 555-0100"
    encrypt_caseload(path, SECRET)  # once the other program closed it, encrypting works
    with Repository.open(path, passphrase=SECRET) as repo:
        assert repo.get_client(client.id).phone == "(213) 555-0100"


def test_the_encrypted_caseload_is_readable_by_its_user_only(tmp_path):
    """Storage check D21-03: the encrypted file took the default mode (0644), open to every
    account on the laptop, where the plain caseload had been 0600."""
    path = tmp_path / "caseload.sqlite"
    with Repository.open(path) as repo:
        repo.add_client(Client(name=NAME))
    old = os.umask(0o022)
    try:
        encrypt_caseload(path, SECRET)
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with Repository.open(path, passphrase=SECRET) as repo:
        repo.add_client(Client(name="Otra Persona"))
        for suffix in ("-wal", "-shm"):
            assert stat.S_IMODE(Path(f"{path}{suffix}").stat().st_mode) == 0o600


def test_encrypting_names_the_plain_copies_left_beside_the_caseload_too(tmp_path):
    """Storage check D21-06: the window's suggested backup (caseload.backup.sqlite, beside the
    caseload) and a caseload a restore set aside stayed plain, and only the backups folder
    was named."""
    path = tmp_path / "caseload.sqlite"
    with Repository.open(path) as repo:
        repo.add_client(Client(name=NAME))
        window_backup = backup_to(repo.db, tmp_path / "caseload.backup.sqlite")  # File > Back up's suggestion
        in_folder = backup_to(repo.db, tmp_path / "backups" / "caseload-old.sqlite")
        dated = backup_to(repo.db, tmp_path / "caseload.backup-2026-12-01.sqlite")  # its dated suggestion (B130-01)
    set_aside = tmp_path / "caseload.sqlite.damaged-20261130-101010-000000"
    set_aside.write_bytes(window_backup.read_bytes())
    (tmp_path / "another-clinic.sqlite").write_bytes(window_backup.read_bytes())  # another caseload: not this one's
    plain_copies = encrypt_caseload(path, SECRET)
    assert plain_copies == sorted([window_backup, dated, in_folder, set_aside])


def test_encrypting_on_a_full_disk_is_said_in_plain_words_and_changes_nothing(tmp_path, monkeypatch):
    """Storage check D21-12: SQLCipher's "database or disk is full" while writing the
    encrypted copy ended `clinic-app encrypt` (and the window's) with a traceback."""
    from types import SimpleNamespace

    import db.cipher
    from sqlcipher3 import dbapi2 as sqlcipher

    path = tmp_path / "caseload.sqlite"
    with Repository.open(path) as repo:
        repo.add_client(Client(name=NAME))

    class FullDisk:
        """A SQLCipher connection whose export fails as it does when the disk fills up."""

        def __init__(self, conn):
            self._conn = conn

        def execute(self, sql, *args):
            if "sqlcipher_export" in sql:
                raise sqlcipher.OperationalError("database or disk is full")
            return self._conn.execute(sql, *args)

        def close(self):
            self._conn.close()

    full = SimpleNamespace(connect=lambda *a, **k: FullDisk(sqlcipher.connect(*a, **k)), DatabaseError=sqlcipher.DatabaseError)
    monkeypatch.setattr(db.cipher, "driver", lambda: full)
    with pytest.raises(CaseloadError, match="The disk is full") as raised:
        encrypt_caseload(path, SECRET)
    assert raised.value.kind == "disk_full"
    assert not looks_encrypted(path) and not list(tmp_path.glob(".*encrypting*"))
    with Repository.open(path) as repo:  # the plain caseload, whole
        assert [row.name for row in repo.list_clients()] == [NAME]


def test_a_new_passphrase_opens_the_caseload_and_the_old_one_no_longer_does(tmp_path):
    """A clinic changes the passphrase when a volunteer who knew it leaves: every client is
    kept, the old passphrase is refused, and the backups made before are named, since they
    still open with it."""
    path, _names = _encrypted_caseload(tmp_path)
    with Repository.open(path, passphrase=SECRET) as repo:
        before = [c.name for c in repo.iter_clients()]
        backup = backup_to(repo.db, tmp_path / "backups" / "before.sqlite")
        copies = repo.change_passphrase("a whole new phrase")
        assert copies == [backup]
        # The repository goes on with the new one: an edit after the change is kept.
        repo.add_client(Client(name="Después Del Cambio"))
    with pytest.raises(WrongPassphrase):
        Repository.open(path, passphrase=SECRET)
    with Repository.open(path, passphrase="a whole new phrase") as repo:
        assert [c.name for c in repo.iter_clients()] == [*before, "Después Del Cambio"]
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert NAME.encode() not in _files(path)
    assert not list(tmp_path.glob(".*rekeying*"))
    verify(backup, passphrase=SECRET)  # the backup is left as it was, for the clinic to deal with


def test_a_passphrase_change_that_fails_leaves_the_caseload_opening_with_the_old_one(tmp_path, monkeypatch):
    import db.backup

    path, _names = _encrypted_caseload(tmp_path)

    def broken_copy(*_a, **_k):
        raise CaseloadError("the copy failed its check")

    monkeypatch.setattr(db.backup, "verify", broken_copy)
    with Repository.open(path, passphrase=SECRET) as repo:
        with pytest.raises(CaseloadError, match="failed its check"):
            repo.change_passphrase("a whole new phrase")
        assert repo.passphrase == SECRET and NAME in [c.name for c in repo.iter_clients()]
    monkeypatch.undo()
    with Repository.open(path, passphrase=SECRET) as repo:
        assert repo.count_clients() == 31
    assert not list(tmp_path.glob(".*rekeying*"))


def test_a_plain_caseload_or_the_same_passphrase_is_refused_with_nothing_changed(tmp_path):
    plain = tmp_path / "plain.sqlite"
    with Repository.open(plain) as repo:
        repo.add_client(Client(name=NAME))
    with pytest.raises(CaseloadError, match="not encrypted"):
        Repository.open(plain).change_passphrase("a whole new phrase")
    path, _names = _encrypted_caseload(tmp_path)
    with Repository.open(path, passphrase=SECRET) as repo:
        with pytest.raises(CaseloadError, match="the old one"):
            repo.change_passphrase(SECRET)
    with Repository.open(path, passphrase=SECRET) as repo:
        assert repo.count_clients() == 31


def test_encrypting_names_the_copies_a_stopped_backup_left_half_written(tmp_path):
    """A backup is written to a hidden ``.<name>.partial`` file first; the program killed (or
    the laptop shut down while the window closed) leaves it there, a plain copy of the
    caseload that encrypting did not name (D22-06)."""
    path = tmp_path / "caseload.sqlite"
    with Repository.open(path) as repo:
        repo.add_client(Client(name=NAME))
        copy = backup_to(repo.db, tmp_path / "copy.sqlite")
    stopped = [tmp_path / "backups" / ".caseload-20261201-080000-000000.sqlite.partial", tmp_path / ".caseload.backup.sqlite.partial"]
    stopped[0].parent.mkdir()
    for partial in stopped:
        partial.write_bytes(copy.read_bytes()[: len(copy.read_bytes()) // 2])
    assert encrypt_caseload(path, SECRET) == sorted(stopped)


def test_a_restore_whose_rekeying_fails_leaves_the_caseload_as_it_was(tmp_path, monkeypatch):
    """D23-01: a backup made before a passphrase change was put in the caseload's place
    first and given the caseload's passphrase after; when that second step failed (a full
    disk), the caseload opened only with the backup's old passphrase, and the error did not
    say so.  Now the restore is all or nothing: the caseload opens as it did before."""
    import db.backup
    from db.cipher import change_passphrase
    from db.errors import DiskFull

    path, names = _encrypted_caseload(tmp_path)
    with Repository.open(path, passphrase=SECRET) as repo:
        backup = backup_to(repo.db, tmp_path / "before-change.sqlite")
    change_passphrase(path, SECRET, "la frase nueva")
    with Repository.open(path, passphrase="la frase nueva") as repo:
        repo.add_client(Client(name="After The Change"))
    real_verify = db.backup.verify

    def full_disk_for_the_new_copy(checked, **options):
        # The hidden copy a re-key writes beside the caseload cannot be completed.
        if Path(checked).name.startswith(f".{path.name}."):
            raise DiskFull("The disk is full, so the caseload could not be saved.", path=checked)
        return real_verify(checked, **options)

    monkeypatch.setattr(db.backup, "verify", full_disk_for_the_new_copy)
    with pytest.raises(DiskFull, match="not restored: the caseload is as it was, and opens with its current passphrase"):
        restore(backup, path, passphrase="la frase nueva", backup_passphrase=SECRET)
    monkeypatch.undo()
    with pytest.raises(WrongPassphrase):
        Repository.open(path, passphrase=SECRET)
    with Repository.open(path, passphrase="la frase nueva") as repo:
        assert sorted(row.name for row in repo.list_clients()) == sorted([*names, "After The Change"])
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(f".{path.name}.")]
    # And with room on the disk the same restore is made, opening with today's passphrase.
    restore(backup, path, passphrase="la frase nueva", backup_passphrase=SECRET)
    with Repository.open(path, passphrase="la frase nueva") as repo:
        assert sorted(row.name for row in repo.list_clients()) == sorted(names)


def test_a_backup_never_replaces_an_encrypted_caseload(tmp_path):
    """D23-02: only a plain caseload (its header says WAL mode) was refused as the target of
    `backup --to`; an encrypted caseload was replaced by the backup, all its clients lost.
    One that opens with this caseload's passphrase is seen to be a caseload; one that does
    not cannot be told from another clinic's caseload, so it is left alone too.  A backup
    this passphrase opens is still replaced, as always."""
    clinic, _names = _encrypted_caseload(tmp_path)
    other = tmp_path / "other-clinic.sqlite"
    with Repository.open(other, passphrase="otra frase") as repo:
        repo.add_client(Client(name="Otra Clinica"))
    before = {path: path.read_bytes() for path in (clinic, other)}
    with Repository.open(tmp_path / "event.sqlite", passphrase=SECRET) as event:
        event.add_client(Client(name="Eva Evento"))
        with pytest.raises(CaseloadError, match="is a caseload, not a backup: it is left as it is"):
            backup_to(event.db, clinic)
        with pytest.raises(CaseloadError, match="passphrase does not open it, so it cannot be told from another caseload"):
            backup_to(event.db, other)
        older = backup_to(event.db, tmp_path / "event-backup.sqlite")
        assert backup_to(event.db, older) == older  # an older backup of it: replaced, as always
    with Repository.open(tmp_path / "plain-event.sqlite") as plain:
        with pytest.raises(CaseloadError, match="is encrypted and this caseload is not"):
            backup_to(plain.db, clinic)
    assert {path: path.read_bytes() for path in (clinic, other)} == before
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(("-wal", "-shm"))]
    with Repository.open(clinic, passphrase=SECRET) as repo:
        assert NAME in [row.name for row in repo.list_clients()]


@pytest.mark.parametrize("caseload_key", ["la frase nueva", None], ids=["after-a-passphrase-change", "over-a-plain-caseload"])
def test_a_restore_that_replaces_the_file_is_refused_while_another_window_has_the_caseload_open(tmp_path, caseload_key):
    """D24-03: a restore from a backup with another passphrase (made before a change, or an
    encrypted backup over a plain caseload) puts a new file in the caseload's place; a window
    that had the caseload open went on saving into the old, replaced file, and every client
    it saved after the restore was gone on the next open, without a word.  The restore is now
    refused while anyone else has the caseload open, and changes nothing; closed there, it is made."""
    path, backup = made_once(_make_with_its_friday_backup, tmp_path)
    if caseload_key is None:
        path.unlink()
        with Repository.open(path) as repo:
            repo.add_client(Client(name="In The Backup"))
    else:
        with Repository.open(path, passphrase=SECRET) as repo:
            repo.change_passphrase(caseload_key)
    window = Repository.open(path, passphrase=caseload_key, user="window")
    try:
        window.add_client(Client(name="Saved In The Window"))
        with pytest.raises(CaseloadError, match="is open in another Clinic Desk window or program. Close it there, then restore the backup; nothing was changed"):
            restore(backup, path, passphrase=caseload_key, backup_passphrase=SECRET)
        assert not (tmp_path / "backups").exists() or not list((tmp_path / "backups").iterdir())
        window.add_client(Client(name="Saved After The Refusal"))
    finally:
        window.close()
    with Repository.open(path, passphrase=caseload_key) as repo:
        assert sorted(row.name for row in repo.list_clients()) == ["In The Backup", "Saved After The Refusal", "Saved In The Window"]
    # With the window closed the restore is made, and what the window saved is in the copy kept.
    kept = restore(backup, path, passphrase=caseload_key, backup_passphrase=SECRET)
    with Repository.open(kept, passphrase=caseload_key) as repo:
        assert "Saved After The Refusal" in [row.name for row in repo.list_clients()]
    restored_key = SECRET if caseload_key is None else caseload_key
    with Repository.open(path, passphrase=restored_key) as repo:
        assert [row.name for row in repo.list_clients()] == ["In The Backup"]


def _make_with_its_friday_backup(folder):
    """A caseload encrypted with SECRET holding In The Backup, and its backup friday.sqlite: the
    start of both of D24-03's tests, made once a test process (its key derivations paid once, S368-03)."""
    folder.mkdir()
    path = folder / "caseload.sqlite"
    with Repository.open(path, passphrase=SECRET) as repo:
        repo.add_client(Client(name="In The Backup"))
        backup = backup_to(repo.db, folder / "friday.sqlite")
    return path, backup


def test_encrypting_names_a_plain_copy_a_stopped_backup_to_a_file_beside_it_left(tmp_path):
    """D24-08: `backup --to clinic.sqlite` in the caseload's folder, killed half-way, leaves a
    plain hidden ``.clinic.sqlite.partial`` there; encrypting named only the backups
    folder's and the window's suggested backup's.  An export's text ``.partial`` is no copy."""
    path = tmp_path / "caseload.sqlite"
    with Repository.open(path) as repo:
        repo.add_client(Client(name=NAME))
        copy = backup_to(repo.db, tmp_path / "copy.sqlite")
    stopped = tmp_path / ".clinic.sqlite.partial"
    stopped.write_bytes(copy.read_bytes()[: len(copy.read_bytes()) // 2])
    (tmp_path / ".day.jsonl.partial").write_text('{"client": {"name": "Half An Export"}}\n')
    assert encrypt_caseload(path, SECRET) == [stopped]


def test_a_plain_backup_given_the_caseloads_passphrase_is_restored_encrypted_with_it(tmp_path):
    """D25-09: a plain backup restored over an encrypted caseload with the caseload's
    passphrase was refused ("The caseload plain.sqlite is not encrypted", of the backup), so
    the only way was with no passphrase, and the caseload became plain.  Now the backup is
    encrypted with the caseload's passphrase as it takes its place."""
    from db.cipher import looks_encrypted

    path = tmp_path / "caseload.sqlite"
    with Repository.open(path) as repo:
        repo.add_client(Client(name=NAME))
        plain = backup_to(repo.db, tmp_path / "plain.sqlite")
        repo.add_client(Client(name="Added After"))
    encrypt_caseload(path, SECRET)
    kept = restore(plain, path, passphrase=SECRET)
    assert looks_encrypted(path) and not looks_encrypted(plain)
    assert kept is not None and kept.parent == tmp_path / "backups" and looks_encrypted(kept)
    with Repository.open(path, passphrase=SECRET) as repo:
        assert [row.name for row in repo.list_clients()] == [NAME]
    with Repository.open(kept, passphrase=SECRET) as repo:
        assert sorted(row.name for row in repo.list_clients()) == sorted([NAME, "Added After"])
    assert not list(tmp_path.glob("caseload.sqlite.damaged-*"))
    # A wrong passphrase is said to be the caseload's, and changes nothing.
    with pytest.raises(CaseloadError, match="The caseload's passphrase does not open"):
        restore(plain, path, passphrase="not it at all")
    with Repository.open(path, passphrase=SECRET) as repo:
        assert [row.name for row in repo.list_clients()] == [NAME]
    # A passphrase given for a plain backup (--backup-passphrase-file, or one in the
    # environment over a plain caseload) opens nothing: the backup is restored all the same.
    restore(plain, path, passphrase=SECRET, backup_passphrase="another phrase")
    with Repository.open(path, passphrase=SECRET) as repo:
        assert [row.name for row in repo.list_clients()] == [NAME]
    plain_caseload = tmp_path / "plain-caseload.sqlite"
    plain_caseload.write_bytes(plain.read_bytes())
    restore(plain, plain_caseload, passphrase=SECRET)
    assert not looks_encrypted(plain_caseload)


def test_an_encrypted_caseload_given_no_passphrase_is_set_aside_as_encrypted_and_never_while_open(tmp_path):
    """D25-10: with no passphrase a restore renamed the sound encrypted caseload
    ``.damaged-<stamp>``, and did so while a window had it open, that window then saving
    into the renamed file.  It is now refused while the caseload is open (its -wal and -shm
    beside it), and set aside as ``.encrypted-<stamp>`` otherwise, the newest few kept."""
    from db.backup import KEEP_BEFORE_CHANGE, set_aside_caseloads
    from db.errors import Locked

    path, plain = _encrypted_with_plain_backup(tmp_path)
    before = path.read_bytes()
    with Repository.open(path, passphrase=SECRET) as window:
        with pytest.raises(Locked, match="is encrypted.*open in another Clinic Desk window or program.*nothing was changed"):
            restore(plain, path)
        window.add_client(Client(name="Saved In The Window"))
    assert not list(tmp_path.glob("caseload.sqlite.*-2*"))  # nothing set aside
    with Repository.open(path, passphrase=SECRET) as repo:
        assert sorted(row.name for row in repo.list_clients()) == sorted([NAME, "Saved In The Window"])
    assert path.read_bytes() != before  # the window's save is in the caseload itself
    asides = []
    for _ in range(KEEP_BEFORE_CHANGE + 1):
        if not looks_encrypted(path):  # each restore from the plain backup leaves it plain
            # Encrypted again as it was encrypted first: its bytes put back, not six more
            # encryptions at ~0.6 s of key making each (S347-02).
            assert not [p.name for p in tmp_path.glob("caseload.sqlite-*")]  # no -wal, no -shm
            path.write_bytes(before)
        asides.append(restore(plain, path))
    assert all(aside.name.startswith("caseload.sqlite.encrypted-") for aside in asides)
    assert not list(tmp_path.glob("caseload.sqlite.damaged-*"))
    assert set_aside_caseloads(path, "encrypted") == asides[-KEEP_BEFORE_CHANGE:] and not asides[0].exists()
    with Repository.open(asides[-1], passphrase=SECRET) as kept:
        assert sorted(row.name for row in kept.list_clients()) == [NAME]
    # A passphrase change names them among the copies that still open with the old one.
    encrypt_caseload(path, SECRET)
    with Repository.open(path, passphrase=SECRET) as repo:
        assert set(asides[-KEEP_BEFORE_CHANGE:]) <= set(repo.change_passphrase("a whole new phrase"))


def _encrypted_with_plain_backup(tmp_path):
    return made_once(_make_encrypted_with_plain_backup, tmp_path)


def _make_encrypted_with_plain_backup(folder):
    folder.mkdir()
    path = folder / "caseload.sqlite"
    with Repository.open(path) as repo:
        repo.add_client(Client(name=NAME))
        plain = backup_to(repo.db, folder / "plain.sqlite")
    encrypt_caseload(path, SECRET)
    return path, plain


def test_an_encrypted_caseload_a_crash_left_its_wal_beside_is_set_aside_with_the_crashed_programs_changes(tmp_path):
    """D25B-01: the -wal and -shm a crashed program left beside an encrypted caseload were
    taken for "open in another window", and a restore with no passphrase was refused for
    ever.  Nobody holds the file's lock after a crash: it is set aside, whole."""
    from db.backup import set_aside_caseloads

    path, plain = _encrypted_with_plain_backup(tmp_path)
    crashed_while_open(path, passphrase=SECRET, add=True)
    assert Path(f"{path}-wal").stat().st_size > 0 and Path(f"{path}-shm").exists()
    aside = restore(plain, path)
    assert set_aside_caseloads(path, "encrypted") == [aside]
    with Repository.open(aside, passphrase=SECRET) as kept:
        assert sorted(row.name for row in kept.list_clients()) == sorted([NAME, "Added Before The Crash"])
    with Repository.open(path) as restored:
        assert [row.name for row in restored.list_clients()] == [NAME]


def test_an_encrypted_caseload_open_in_another_program_or_a_window_that_saved_is_never_set_aside(tmp_path):
    """D25B-01: the lock, not the files beside it, says that another program (or a window of
    this one) has the caseload open; that program then goes on saving into the caseload."""
    from db.errors import Locked

    path, plain = _encrypted_with_plain_backup(tmp_path)
    with holding_open(path, passphrase=SECRET, add=True):
        with pytest.raises(Locked, match="is encrypted and open in another Clinic Desk window or program. Close it there"):
            restore(plain, path)
    with Repository.open(path, passphrase=SECRET) as window:
        window.add_client(Client(name="Saved In The Window"))
        with pytest.raises(Locked, match="is encrypted and open in another Clinic Desk window or program. Close it there"):
            restore(plain, path)
        window.add_client(Client(name="Saved After The Refusal"))
    assert not list(tmp_path.glob("caseload.sqlite.*-2*"))  # nothing set aside
    with Repository.open(path, passphrase=SECRET) as repo:
        assert sorted(row.name for row in repo.list_clients()) == sorted(
            [NAME, "Added Before The Crash", "Saved In The Window", "Saved After The Refusal"])


def test_an_empty_wal_beside_an_encrypted_caseload_cannot_be_told_and_the_refusal_says_how_to_go_on(tmp_path):
    """D25B-01: a program that opened the caseload and ended without saving anything leaves an
    empty -wal, which SQLite does not open before reading page 1 (which needs the passphrase):
    open or not cannot be told.  The refusal says what to check and what to delete; done so,
    the restore goes through."""
    from db.errors import Locked

    path, plain = _encrypted_with_plain_backup(tmp_path)
    crashed_while_open(path, passphrase=SECRET)
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    assert wal.stat().st_size == 0 and shm.exists()
    with pytest.raises(Locked) as refused:
        restore(plain, path)
    said = str(refused.value)
    assert "may be open in another Clinic Desk window or program" in said and "nothing was changed" in said
    assert "delete caseload.sqlite-wal and caseload.sqlite-shm beside it" in said and "restarting the computer" in said
    wal.unlink()
    shm.unlink()
    aside = restore(plain, path)
    with Repository.open(aside, passphrase=SECRET) as kept:
        assert [row.name for row in kept.list_clients()] == [NAME]


def test_restoring_from_an_encrypted_caseload_set_aside_makes_nothing_beside_it(tmp_path):
    """D25B-02: restoring from an encrypted caseload a restore had set aside (in WAL mode, as
    every caseload) left an empty -wal and -shm beside it."""
    path, plain = _encrypted_with_plain_backup(tmp_path)
    encrypted = path.read_bytes()
    with Repository.open(path, passphrase=SECRET):
        pass  # opened once, as a window does: in WAL mode
    aside = restore(plain, path)  # no passphrase: set aside, the plain backup restored
    # Encrypted again as it was encrypted first: its bytes put back, not another encryption
    # and its key making (S368-03, as S347-02).
    assert not [p.name for p in tmp_path.glob("caseload.sqlite-*")]  # no -wal, no -shm
    path.write_bytes(encrypted)
    restore(aside, path, passphrase=SECRET)
    assert not Path(f"{aside}-wal").exists() and not Path(f"{aside}-shm").exists()
    with Repository.open(path, passphrase=SECRET) as repo:
        assert [row.name for row in repo.list_clients()] == [NAME]


def test_encrypting_names_none_of_another_caseloads_backups_in_the_folder_they_share(tmp_path):
    """F65-01: the backups folder is shared by every caseload beside it (the clinic's and
    demo.sqlite, a laptop's copy).  Encrypting one said "2 older backups beside it are not
    encrypted: delete them or keep them somewhere safe" of the other's backups, and a new
    passphrase named the other's encrypted backups as opening with the old one."""
    from db.cipher import change_passphrase

    path = tmp_path / "caseload.sqlite"
    backups = tmp_path / "backups"
    with Repository.open(tmp_path / "demo.sqlite") as demo:
        demo.add_client(Client(name="Demo Persona"))
        theirs = [backup_to(demo.db, backups / "demo-20261201-101010-000000.sqlite"),
                  backup_to(demo.db, backups / "demo-before-import-20261201-101011-000000.sqlite"),
                  backup_to(demo.db, backups / "demo-before-restore-20261201-101012-000000.sqlite")]
    partial = backups / ".demo-20261202-101010-000000.sqlite.partial"  # a backup of it stopped half-way
    partial.write_bytes(theirs[0].read_bytes())
    with Repository.open(path) as repo:
        repo.add_client(Client(name=NAME))
        own = [backup_to(repo.db, backups / "caseload-20261201-111111-000000.sqlite"),
               backup_to(repo.db, backups / "caseload-before-merge-20261201-111112-000000.sqlite"),
               # Named by an earlier version, which did not say whose: it may be this one's.
               backup_to(repo.db, backups / "before-restore-20261101-111111-000000.sqlite"),
               backup_to(repo.db, backups / "caseload-old.sqlite")]  # named by the user
    own_partial = backups / ".caseload-20261202-111111-000000.sqlite.partial"
    own_partial.write_bytes(own[0].read_bytes())
    assert encrypt_caseload(path, SECRET) == sorted([*own, own_partial])
    encrypt_caseload(tmp_path / "demo.sqlite", "demo passphrase")
    for copy in [*own, own_partial]:  # this caseload's backups, encrypted now with its passphrase
        copy.unlink()
    with Repository.open(path, passphrase=SECRET) as repo:
        encrypted_own = backup_to(repo.db, backups / "caseload-20261203-111111-000000.sqlite")
    with Repository.open(tmp_path / "demo.sqlite", passphrase="demo passphrase") as demo:
        backup_to(demo.db, backups / "demo-20261203-101010-000000.sqlite")
    assert change_passphrase(path, SECRET, "a new one") == [encrypted_own]
