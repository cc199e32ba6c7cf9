"""At-rest encryption of a caseload with SQLCipher (optional; DESIGN.md "Data").

An encrypted caseload is an ordinary Clinic Desk caseload whose every page (and every
page of its ``-wal`` file and of its backups) SQLCipher encrypts with a key made from
the clinic's passphrase.  The passphrase lives only in memory while the caseload is
open: it is never written to the caseload, the settings or a log.

SQLCipher comes from the `sqlcipher3` package (the ``encryption`` extra: README's Encryption),
a DB-API driver that sqlite-utils accepts as it accepts `sqlite3`.  Without it, plain
caseloads work as before and an encrypted one is refused with a sentence saying what to
install.

A plain SQLite file starts with the 16 bytes ``SQLite format 3\\0``; an encrypted one
starts with random salt.  That is how a caseload is known to need a passphrase before
anything else is tried (a random file looks the same: the passphrase then fails).  A file
that cannot be an encrypted caseload either (not whole pages, text, a PDF) is said to be
no caseload at all (`not_a_caseload`), not asked a passphrase for.
"""

from __future__ import annotations

import glob
import os
import shlex
import sqlite3
import sys
import threading
import weakref
from pathlib import Path
from types import ModuleType
from collections.abc import Callable
from typing import Any

from db.errors import CaseloadError, EncryptionUnavailable, Locked, NotADatabase, NotEncrypted, PassphraseNeeded, WrongPassphrase, classify, user_errors

PLAIN_HEADER = b"SQLite format 3\x00"
PASSPHRASE_ENV = "CLINIC_DESK_PASSPHRASE"
# The shortest new passphrase, in the window's dialog and at the terminal alike (G65-04).
MIN_PASSPHRASE_LENGTH = 8
# Passphrases of 8 characters or more that anyone who finds the laptop tries first (C131-01): the
# dialog and `clinic-app encrypt` took "password" and "12345678" for a caseload of criminal
# records.  Compared in lower case, spaces left out.
GUESSED_FIRST = frozenset({
    "password", "password1", "password12", "password123", "password!", "passw0rd", "passphrase", "contraseña",
    "iloveyou", "sunshine", "football", "baseball", "princess", "welcome1", "letmein1", "qwertyuiop", "qwerty123",
    "clinicdesk", "caseload", "changeme", "default1", "administrator", "1234567890", "0987654321", "qwertyui",
    "asdfghjk", "asdfghjkl",
})
# SQLCipher, as SQLite, writes whole pages, 512 bytes at the least: an encrypted caseload's size
# is a multiple of it.
SMALLEST_PAGE = 512
# How common files that are no caseload begin (PDF, ZIP and so Word and Excel, PNG, JPEG, GIF,
# old Office, RTF, UTF-8 text): four bytes or so, which a random salt begins with about once in
# 16 million caseloads or fewer.
OTHER_FILES = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\xd0\xcf\x11\xe0", b"{\\rtf", b"\xef\xbb\xbf")
_TEXT = frozenset(range(32, 127)) | {9, 10, 13}
# What `encrypt_caseload` tells its `progress` as it writes the encrypted copy and checks it: 10 s
# and more on a busy clinic's caseload (1 GB), where the command said nothing (D70-05).
ENCRYPTING_SAID = "Encrypting the caseload..."


def too_easy(passphrase: str) -> str | None:
    """Why a new passphrase, long enough, is of the kind tried first, or None: one key typed
    over and over (eight spaces encrypted a caseload), a run of keys ("12345678", "abcdefgh",
    "87654321"), or one of GUESSED_FIRST (C131-01).  The words never repeat the passphrase,
    which the dialog would show and say aloud.  The dialog and `clinic-app encrypt` /
    `passphrase` refuse it alike."""
    plain = passphrase.lower().replace(" ", "")
    # Of `plain`, as the runs are: "aaaa aaaa", an "a" and seven spaces, "ZZZZzzzz" (R136-03).
    if len(set(plain)) <= 1:
        return "it is one key typed over and over"
    steps = {ord(b) - ord(a) for a, b in zip(plain, plain[1:])}
    if plain and steps in ({1}, {-1}):
        return "it is a run of keys"
    if plain in GUESSED_FIRST:
        return "it is among the passphrases tried first"
    return None


# The rule `too_easy` and the length keep, said where a new passphrase is given at a terminal
# (`clinic-app encrypt` / `passphrase --help`, W141-04), as the README's Encryption says it.
NEW_PASSPHRASE_RULE = (f"A new passphrase has at least {MIN_PASSPHRASE_LENGTH} characters, and one of the kind tried "
                       'first is refused: "password", "12345678", one key typed over and over, a run of keys ("abcdefgh")')


def looks_encrypted(path: Path | str) -> bool:
    """True when `path` is a non-empty file that does not start as a plain SQLite file."""
    held = _held_encrypted(path)
    if held is not None:
        return held
    try:
        with open(path, "rb") as f:
            head = f.read(len(PLAIN_HEADER))
    except OSError:  # missing, a folder, unreadable: SQLite's own open says what is wrong
        return False
    return bool(head) and head != PLAIN_HEADER


def not_a_caseload(path: Path | str) -> bool:
    """True when `path` is a non-empty file that is neither a plain SQLite file nor could be
    an encrypted caseload: not whole pages, or beginning as text or as a known kind of file.
    Such a file (a PDF, a text file chosen by mistake) was taken as encrypted, and its
    passphrase asked; every one typed was then "wrong" (W25-02)."""
    if _held_encrypted(path) is not None:
        return False  # a caseload a connection of this program has open
    try:
        size = os.path.getsize(path)
        with open(path, "rb") as f:
            head = f.read(len(PLAIN_HEADER))
    except OSError:  # missing, a folder, unreadable: SQLite's own open says what is wrong
        return False
    if not head or head == PLAIN_HEADER:
        return False
    # Sixteen bytes of text: a random salt is so about once in five million caseloads.
    return size % SMALLEST_PAGE != 0 or head.startswith(OTHER_FILES) or set(head) <= _TEXT


def a_caseload_file(path: Path | str) -> bool:
    """Whether the file at `path` is a caseload or a backup of one, plain or encrypted, by its
    first bytes (one a connection of this program holds is not read: see `_HELD`).  A file
    of text, a PDF, or nothing at all is not."""
    if open_here(path):
        return True
    try:
        with open(path, "rb") as f:
            head = f.read(len(PLAIN_HEADER))
    except OSError:  # missing, a folder, unreadable
        return False
    return head == PLAIN_HEADER or (bool(head) and not not_a_caseload(path))


# The caseload files connections of this program have open, by (device, inode): whether the
# file is encrypted, and those connections (weakly).  SQLite's locks on a file are POSIX locks,
# the process's: closing any descriptor of the file drops them all.  Reading a file's first
# bytes with open() and close() while a connection had it open (the window's list read on a
# worker, a backup, a second window) dropped the locks of the connection the window works on;
# another program closing its own connection then took itself for the last one, folded the
# -wal into the file and deleted it, and every save after went into the deleted -wal, lost
# when the window ended without closing (C64-01).  A file held open here is not read again:
# what it is was read before its first connection, and cannot change while it is open (an
# encrypt or a restore writes another file and renames it into place: another inode).
_HELD: dict[tuple[int, int], tuple[bool, list[weakref.ref]]] = {}
_HELD_LOCK = threading.Lock()


def _file_key(path: Path | str) -> tuple[int, int] | None:
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_dev, found.st_ino


def _is_open(conn: Any) -> bool:
    # Noted by `close`, not asked of the connection: one made on another thread refuses to be
    # asked anything here, and would have been taken for closed.
    return conn is not None and not getattr(conn, "closed_here", False)


def _held_encrypted(path: Path | str) -> bool | None:
    """Whether the file at `path`, open on a connection of this program, is encrypted; None
    when no connection here has it open (then it may be read)."""
    key = _file_key(path)
    if key is None:
        return None
    with _HELD_LOCK:
        held = _HELD.get(key)
        if held is None:
            return None
        encrypted, connections = held
        connections[:] = [ref for ref in connections if _is_open(ref())]
        if not connections:
            del _HELD[key]
            return None
        return encrypted


def open_here(path: Path | str) -> bool:
    """Whether a connection of this program has the file at `path` open: then it is not to be
    read with open() and close() (see `_HELD`); `looks_encrypted` says what it is."""
    return _held_encrypted(path) is not None


def _hold(path: Path | str, conn: Any, *, encrypted: bool) -> Any:
    """`conn`, noted as holding the file at `path` open (see `_HELD`)."""
    key = _file_key(path)
    try:
        ref = weakref.ref(conn)
    except TypeError:  # a stand-in's connection (tests)
        return conn
    if key is not None:
        with _HELD_LOCK:
            held = _HELD.get(key)
            still_open = [r for r in held[1] if _is_open(r())] if held is not None else []
            # An entry whose connections have all closed is another file's, gone since: ext4
            # gives a deleted file's inode to the next one made, and a new plain caseload noted
            # under a closed encrypted one's entry was refused by every later connection as
            # encrypted (stop 46; stop 45's CI hang).  Only open connections keep what it is.
            _HELD[key] = (held[0] if still_open else encrypted, [*still_open, ref])
    return conn


class _NotesClosing:
    """A connection that can be referred to weakly and says when it was closed (`_HELD`)."""

    closed_here = False

    def close(self) -> None:
        self.closed_here = True
        super().close()  # type: ignore[misc]


class _PlainConnection(_NotesClosing, sqlite3.Connection):
    pass


_CIPHER_CONNECTIONS: dict[type, type] = {}


def _cipher_connection(sqlcipher: ModuleType) -> dict[str, type]:
    """The `factory` that makes SQLCipher's connections ones that can be referred to weakly
    (`_HELD`); none for a stand-in without a Connection class (tests)."""
    base = getattr(sqlcipher, "Connection", None)
    if base is None:
        return {}
    if base not in _CIPHER_CONNECTIONS:
        _CIPHER_CONNECTIONS[base] = type("_CipherConnection", (_NotesClosing, base), {})
    return {"factory": _CIPHER_CONNECTIONS[base]}


def refuse_if_not_a_caseload(path: Path) -> None:
    """Raise `NotADatabase` for a file that cannot be a caseload, plain or encrypted."""
    if not_a_caseload(path):
        from db.connection import clinics_caseload_not_one_said  # db.connection imports this module

        raise NotADatabase(clinics_caseload_not_one_said(path) or f"{path} is not a Clinic Desk caseload: choose another file.",
                           path=path)


def driver() -> ModuleType:
    """The SQLCipher DB-API module, or `EncryptionUnavailable` saying how to install it."""
    try:
        from sqlcipher3 import dbapi2
    except ImportError:
        raise EncryptionUnavailable(f"Encrypted caseloads need SQLCipher, {_how_to_get_it()}") from None
    return dbapi2


def _how_to_get_it() -> str:
    """How this program gets SQLCipher: pip, or (a frozen build, where there is no pip) a build
    that has it.  The shipped build told a clinic to `pip install` into a folder PyInstaller
    made (P32-02)."""
    if getattr(sys, "frozen", False):
        return ("which this copy of Clinic Desk was built without: ask whoever installed it for a build "
                "with encryption (packaging/README.md)")
    return f"which is not installed here: {install_command()}"


def install_command() -> str:
    """The command that adds SQLCipher to this very install, to type as it is.

    "pip install 'clinic-desk[encryption]'" named a package published in no registry, for
    whichever pip came first on the PATH: on a new laptop installed by the README's command 1
    (`pip install -e .` into the folder's .venv), restoring the old one's encrypted caseload
    ended there (L154-01).  Installed from a folder, it is that folder's extra, by this
    program's own Python; else the package the extra names."""
    folder = Path(__file__).resolve().parents[1]
    python = shlex.quote(sys.executable)
    if (folder / "pyproject.toml").is_file():
        return f"{python} -m pip install -q -e {shlex.quote(f'{folder}[encryption]')}"
    return f"{python} -m pip install -q 'sqlcipher3>=0.6.4'"  # pyproject's encryption extra


def key_statement(passphrase: str) -> str:
    """``PRAGMA key = '...'`` with the passphrase quoted as an SQL string (PRAGMA takes no parameters)."""
    return "PRAGMA key = '" + passphrase.replace("'", "''") + "'"


def connect_encrypted(target: str, passphrase: str, *, path: Path, uri: bool = False, **options: Any) -> Any:
    """A SQLCipher connection to `target` keyed with `passphrase`, checked to really open it.

    `path` names the file in messages.  A wrong passphrase is `WrongPassphrase`; a plain
    (unencrypted) caseload opened with a passphrase is said to be plain.
    """
    if passphrase == "":
        raise WrongPassphrase("An empty passphrase cannot open or encrypt a caseload.", path=path)
    refuse_if_not_a_caseload(path)
    # A file a plain connection here holds is plain, empty as it may still be: keyed too, it was
    # noted plain while SQLCipher wrote it encrypted, and the next plain connection let in (R72-04).
    if path.exists() and (path.stat().st_size or open_here(path)) and not looks_encrypted(path):
        raise NotEncrypted(f"The caseload {path} is not encrypted: open it without a passphrase (or encrypt it with clinic-app encrypt).", path=path)
    sqlcipher = driver()
    conn = sqlcipher.connect(target, uri=uri, **_cipher_connection(sqlcipher), **options)
    try:
        # SQLCipher logs a failed page check to stderr: the user gets one sentence instead.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(key_statement(passphrase))
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError:
        conn.close()
        raise WrongPassphrase(f"The passphrase does not open {path} (or the file is not a caseload). Check it and try again.", path=path) from None
    return _hold(path, conn, encrypted=True)


def connect_file(target: str, *, path: Path, passphrase: str | None, uri: bool = False, **options: Any) -> Any:
    """A connection to a caseload or backup file: SQLCipher keyed with `passphrase` when one
    is given; otherwise plain `sqlite3`, refusing with `PassphraseNeeded` a file that looks
    encrypted (`target` is the file name or URI given to the driver, `path` the file)."""
    if passphrase is not None:
        return connect_encrypted(target, passphrase, path=path, uri=uri, **options)
    refuse_if_not_a_caseload(path)
    if looks_encrypted(path):
        raise PassphraseNeeded(
            f"The file {path} is encrypted, or it is not a Clinic Desk caseload: an encrypted caseload opens with its passphrase.",
            path=path,
        )
    return _hold(path, sqlite3.connect(target, uri=uri, factory=_PlainConnection, **options), encrypted=False)


def encrypt_caseload(path: Path | str, passphrase: str, *, progress: Callable[[int, int, str], None] | None = None) -> list[Path]:
    """Turn the plain caseload at `path` into an encrypted one, in place; nothing else changes.

    The encrypted copy is written beside it with SQLCipher's ``sqlcipher_export``, checked
    (it opens with the passphrase, passes integrity_check and is a caseload), and only
    then takes the plain file's place.  Returns the plain backups still lying in the
    ``backups`` folder beside it (the caller tells the user about them: they are not
    encrypted).  The plain file is replaced, not overwritten: on a disk that keeps old
    blocks, its bytes may survive until reused.  `progress` is told the steps of backing up
    and updating a caseload made by an older Clinic Desk, as `open_caseload`'s is, then
    `ENCRYPTING_SAID` (not counted) where it takes seconds (db.connection.takes_a_while).
    """
    from db.connection import open_caseload, schema_version, takes_a_while

    path = Path(path)
    if looks_encrypted(path):
        raise CaseloadError(f"The caseload {path} is already encrypted.", path=path)
    if not passphrase:
        raise WrongPassphrase("An empty passphrase cannot encrypt a caseload.", path=path)
    sqlcipher = driver()
    with open_caseload(path, create=False, progress=progress) as db:  # checked and migrated first
        version = schema_version(db)
        leave_wal_mode(db, path)  # everything in the main file, and nobody else has it open
    if progress is not None and takes_a_while(path):
        progress(0, 0, ENCRYPTING_SAID)
    replace_by_export(lambda: sqlcipher.connect(str(path)), path, passphrase, version, "encrypting")
    return _plain_copies(path)


def change_passphrase(path: Path | str, old: str, new: str) -> list[Path]:
    """Give the encrypted caseload at `path` the passphrase `new` instead of `old`, in place.

    A clinic changes it when a volunteer who knew it leaves.  As `encrypt_caseload` does,
    the caseload is exported to a new file keyed with `new`, checked, and only then takes
    the old file's place, so a failure (a full disk, the program stopped) leaves it opening
    with `old`.  Returns the copies beside it that Clinic Desk made and that still open with
    the old passphrase (backups are copies as they were): the caller tells the user.
    """
    from db.connection import open_caseload, schema_version

    path = Path(path)
    if not looks_encrypted(path):
        raise CaseloadError(f"The caseload {path} is not encrypted: encrypt it to give it a passphrase.", path=path)
    if not new:
        raise WrongPassphrase("An empty passphrase cannot encrypt a caseload.", path=path)
    if new == old:
        raise CaseloadError("The new passphrase is the old one; nothing was changed.", path=path)
    with open_caseload(path, create=False, passphrase=old) as db:  # the old one opens it: checked first
        version = schema_version(db)
        leave_wal_mode(db, path)
    replace_by_export(lambda: connect_encrypted(str(path), old, path=path), path, new, version, "rekeying")
    return [p for p in _copies(path) if looks_encrypted(p)]


def replace_by_export(connect: Callable[[], Any], path: Path, passphrase: str, version: int, doing: str) -> None:
    """Export the caseload at `path` (opened by `connect`) to a new file beside it keyed with
    `passphrase`, check the new file, and only then put it in the caseload's place: a
    failure on the way leaves the caseload as it was."""
    from db.backup import verify
    from db.connection import _private_umask

    out = path.with_name(f".{path.name}.{doing}")
    out.unlink(missing_ok=True)
    try:
        conn = connect()
        try:
            # The new file, like a plain caseload, is readable by this user only (it had been
            # made with the default mode, 0644 on most systems: storage check D21-03).
            # user_errors: a full disk is said in plain words, as for any save (D21-12: a traceback).
            with _private_umask(), user_errors(path):
                conn.execute("ATTACH DATABASE ? AS out KEY ?", (str(out), passphrase))
                conn.execute("SELECT sqlcipher_export('out')")
                conn.execute(f"PRAGMA out.user_version = {int(version)}")  # not copied by the export
                conn.execute("DETACH DATABASE out")
        finally:
            conn.close()
        verify(out, passphrase=passphrase)
        # The old file's -wal and -shm must go first: SQLite would otherwise replay them
        # into the new file.
        for suffix in ("-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        os.replace(out, path)
    finally:
        out.unlink(missing_ok=True)


def _plain_copies(path: Path) -> list[Path]:
    """The plain copies of the caseload at `path` that Clinic Desk made where it makes them:
    the ``backups`` folder, the window's suggested backup beside it (``caseload.backup.sqlite``,
    dated since B130-01) and a caseload a restore set aside (``caseload.sqlite.damaged-...``).  The last two were
    left unencrypted without a word (storage check D21-06)."""
    return [p for p in _copies(path) if not looks_encrypted(p)]


def _copies(path: Path) -> list[Path]:
    """The copies of the caseload at `path` that Clinic Desk made where it makes them (see
    `_plain_copies`), plain or encrypted."""
    from db.backup import another_caseloads, backups_folder  # db.backup opens caseloads through db.connection, which imports this module

    backups = backups_folder(path)
    # And the hidden ``.<name>.partial`` copies a backup stopped half-way leaves (the program
    # killed, the laptop shut down while closing: db.backup.backup_to): a whole caseload but
    # for its last pages, that encrypting had left plain without a word (D22-06).  Not another
    # caseload's, in the folder they share: encrypting a laptop's caseload named the clinic
    # caseload's backups beside it as its own "older backups ... not encrypted: delete them",
    # and a new passphrase another encrypted caseload's as opening with the old one (F65-01).
    found = [*backups.glob("*.sqlite"), *backups.glob(".*.partial")] if backups.is_dir() else []
    found = [p for p in found if not another_caseloads(p, path)]
    window_backup = path.with_suffix(".backup.sqlite")
    found += [*window_backups(path), window_backup.with_name(f".{window_backup.name}.partial"),
              *path.parent.glob(f"{glob.escape(path.name)}.damaged-*"),
              *path.parent.glob(f"{glob.escape(path.name)}.encrypted-*")]  # set aside with no passphrase (D25-10)
    # And a `backup --to` a file in the caseload's own folder stopped half-way: its plain
    # ``.<name>.partial`` stays there (D24-08).  Only plain SQLite files: an export's
    # ``.<name>.partial`` is text, not a copy a passphrase opens.
    found += [p for p in path.parent.glob(".*.partial") if p.is_file() and p.stat().st_size and not looks_encrypted(p)]
    return sorted({p for p in found if p.is_file() and p != path and not p.name.endswith(("-wal", "-shm"))})


def window_backups(path: Path, folder: Path | None = None) -> list[Path]:
    """The backups File > Back up caseload... offers for the caseload at `path`, found in
    `folder` (beside the caseload where none is given): ``caseload.backup.sqlite``, dated since
    B130-01 (``caseload.backup-2026-12-06.sqlite``, ``-2`` for a second that day)."""
    window_backup = path.with_suffix(".backup.sqlite")
    folder = path.parent if folder is None else folder
    return [p for p in (folder / window_backup.name, *folder.glob(f"{glob.escape(window_backup.stem)}-*.sqlite")) if p.is_file()]


def leave_wal_mode(db: Any, path: Path, then: str = "encrypt it") -> None:
    """Take the caseload out of WAL mode, which checkpoints everything into the main file,
    or raise `Locked` when another window or program has it open (the message says to
    close it there, `then` do again what was asked).

    Leaving WAL mode needs the only connection to the file.  Another program that had the
    caseload open would otherwise go on writing to the plain file after it was replaced:
    every later edit it made was lost without a word (storage check D21-01).  The next
    open puts the caseload back in WAL mode.
    """
    try:
        db.execute("PRAGMA journal_mode = DELETE")
    except Exception as err:  # noqa: BLE001 - classify re-raises a bug as it is
        error = classify(err, path)
        if error.kind != "locked":
            raise error from err
        raise Locked(
            f"The caseload {path} is open in another Clinic Desk window or program. Close it there, "
            f"then {then}; nothing was changed.",
            path=path,
        ) from err


# Where the copies named are: beside the caseload, or, for the window, where its last backup went.
BESIDE_IT = "beside it"
WHERE_THE_LAST_BACKUP_WENT = "where the last backup went"


def plain_backups_warning(plain_backups: list[Path], where: str = BESIDE_IT) -> str:
    """What to tell the user about the plain backups `encrypt_caseload` left (said by the
    command line and by the window alike)."""
    folder = ", ".join(dict.fromkeys(str(p.parent) for p in plain_backups))
    if len(plain_backups) == 1:
        return f"1 older backup {where} is not encrypted ({plain_backups[0]}): delete it or keep it somewhere safe."
    return f"{len(plain_backups)} older backups {where} are not encrypted (in {folder}): delete them or keep them somewhere safe."


def old_passphrase_warning(copies: list[Path], where: str = BESIDE_IT) -> str:
    """What to tell the user about the copies `change_passphrase` left under the old passphrase."""
    if len(copies) == 1:
        return f"1 backup {where} still opens with the old passphrase ({copies[0]}): delete it or keep it somewhere safe."
    folder = ", ".join(dict.fromkeys(str(p.parent) for p in copies))
    return f"{len(copies)} backups {where} still open with the old passphrase (in {folder}): delete them or keep them somewhere safe."


def passphrase_from_environment() -> str | None:
    """The passphrase given in ``CLINIC_DESK_PASSPHRASE`` (for scripts and the benchmarks), if any."""
    value = os.environ.get(PASSPHRASE_ENV)
    return value if value else None


def said_with_the_environments_passphrase(error: CaseloadError, *, from_environment: bool) -> CaseloadError:
    """`error` as said; where the passphrase came from ``CLINIC_DESK_PASSPHRASE`` (`from_environment`)
    for a caseload never encrypted, it names the variable and how to go without it for one run.
    "Open it without a passphrase" left someone who set it long ago (for another caseload, a
    script) to wonder which passphrase (K212-02).  The one wording of the commands and the window."""
    if not from_environment or not isinstance(error, NotEncrypted):
        return error
    # Unset for the one run only: the other caseload it was set for still opens with it.
    without = ("in that Command Prompt, set CLINIC_DESK_PASSPHRASE= first" if sys.platform == "win32"
               else "start it as env -u CLINIC_DESK_PASSPHRASE clinic-app ...")
    return NotEncrypted(f"The caseload {error.path} is not encrypted, but a passphrase was given for it by the "
                        f"{PASSPHRASE_ENV} environment variable: to open it without one, {without} "
                        "(or encrypt it with clinic-app encrypt).", path=error.path)


__all__ = [
    "PassphraseNeeded",
    "WrongPassphrase",
    "EncryptionUnavailable",
    "a_caseload_file",
    "looks_encrypted",
    "not_a_caseload",
    "driver",
    "connect_encrypted",
    "connect_file",
    "passphrase_from_environment",
    "said_with_the_environments_passphrase",
    "encrypt_caseload",
    "change_passphrase",
    "plain_backups_warning",
    "PASSPHRASE_ENV",
]
