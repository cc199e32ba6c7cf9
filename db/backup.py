"""Backups and restore through SQLite's online backup API, each copy verified.

Never a file copy: in WAL mode the newest changes may still sit in the ``-wal`` file, so
copying ``caseload.sqlite`` alone can lose them or produce a torn file.  The backup API
copies a consistent snapshot page by page, even while the caseload is open.  Every copy
is then checked with ``PRAGMA integrity_check`` before it counts as a backup.
"""

from __future__ import annotations

import contextlib
import glob
import json
import os
import re
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from sqlite_utils import Database

from clinic_app.cli_options import typed_word
from clinic_app.court import moment_said
from clinic_app.private_files import STALE_PARTIAL_SECONDS as _STALE_SECONDS
from clinic_app.private_files import discard_partial, folder_missing, partial_being_written
from clinic_app.summary import LINES_WORDING
from clinic_app.wording import count
from db import migrations
from db.cipher import (PassphraseNeeded, a_caseload_file, connect_file, driver, leave_wal_mode, looks_encrypted, not_a_caseload,
                       open_here, replace_by_export)
from db.connection import Progress, _private_umask, check_not_newer, commands_on, open_caseload, takes_a_while
from db.errors import CannotOpen, CaseloadError, Corrupt, DiskFull, Locked, NewerSchema, NotADatabase, WrongPassphrase, user_errors
from db.lines import lines_wording

# How many automatic backups of a caseload are kept (the newest; older ones are deleted).
KEEP_AUTOMATIC = 10
# How many copies made before one kind of change (a schema upgrade, a restore, an import...)
# are kept per caseload.  Each kind keeps its own, so that a week of imports never pushes out
# the one copy from before an upgrade (the only way back to the older program).  Five: the
# copy that matters is nearly always the newest, or the one before it when a restore was
# tried twice to find the right backup; each copy is a whole caseload (hundreds of MB at
# 100,000 clients), and these come on top of the 10 automatic ones.
KEEP_BEFORE_CHANGE = 5
_STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"
_STAMP = r"\d{8}-\d{6}-\d{6}"
# A backup's hidden partial copy older than this is left from a backup stopped half-way
# (closed, killed, power lost), never one still being written: a backup writes and checks
# its copy in minutes even at 100,000 clients (clinic_app.private_files, where a batch's
# results use it too).
STALE_PARTIAL_SECONDS = _STALE_SECONDS
# One not locked by its writer (see `held_while_written`) and not written to for this long is
# left by a backup that stopped, whatever its age: a killed backup's copy, the caseload's size (974 MB
# on a big one), had waited an hour for the next backup to remove it (P68-04).  Not at once:
# a backup of a program from before the lock writes none, and checks its copy for a while
# without writing to it.
UNLOCKED_PARTIAL_SECONDS = 300

try:
    import fcntl
except ImportError:  # Windows: no flock, so the hour's rule alone
    fcntl = None


def _stamp() -> str:
    return datetime.now(timezone.utc).strftime(_STAMP_FORMAT)


def backups_folder(db_path: Path | str) -> Path:
    """The ``backups`` folder beside a caseload: automatic backups, and those made before a
    migration or a restore (the folder `restore` and `open_caseload` already use)."""
    return Path(db_path).parent / "backups"


@contextlib.contextmanager
def held_while_written(partial: Path, target: Path, what: str = "backup") -> Iterator[None]:
    """Hold an exclusive lock (flock) on the hidden `partial` copy while a backup (or an
    export, `what`: db.export.write_private, H99-03) writes it,
    made empty first; the lock goes with the process, so a backup killed half-way leaves a
    copy nobody holds, which `remove_stale_partials` can tell from one still being written.

    flock, not SQLite's own locks: those are fcntl locks, which this process's own other
    connections do not see, and which SQLite takes only step by step.  On Linux and macOS
    flock and fcntl locks are separate, so SQLite's locks on the copy are as before.  A copy
    removed by a cleaner between its making and its locking is made again; a file system
    that has no flock leaves the copy unlocked, and the hour's rule for it."""
    if fcntl is None:
        discard_partial(partial)
        yield
        return
    for _attempt in range(3):
        fd = os.open(partial, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise CannotOpen(f"Another {what} to {target} is being written now: nothing was written. "
                             "Try again once it is done, or choose another file.", path=target) from None
        except OSError:
            break  # no flock here: unlocked, as before
        try:
            same = os.path.samestat(os.fstat(fd), os.stat(partial))
        except FileNotFoundError:
            same = False
        if same:
            break
        os.close(fd)
    else:
        fd = None
    try:
        if fd is not None:
            os.ftruncate(fd, 0)  # a copy left before: the backup starts on an empty file
        yield
    finally:
        if fd is not None:
            os.close(fd)


def removed_if_abandoned(path: Path) -> bool:
    """Whether the hidden partial copy `path` is held by no backup or export (see
    `held_while_written`): if so it is removed, under the lock, so that none starting meanwhile
    can take it."""
    if fcntl is None:
        return False
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False  # held: a backup is writing it (or no flock here)
        if not os.path.samestat(os.fstat(fd), os.stat(path)):
            return False
        path.unlink()
        return True
    except OSError:
        return False
    finally:
        os.close(fd)


@contextlib.contextmanager
def _connection(path: Path, *, read_only: bool = False, passphrase: str | None = None) -> Iterator[sqlite3.Connection]:
    """A bare connection to a backup or caseload file (encrypted with `passphrase` if given)."""
    uri = f"{path.resolve().as_uri()}?mode=ro" if read_only else str(path)
    if read_only and not any(Path(f"{path}{suffix}").exists() for suffix in ("-wal", "-shm", "-journal")):
        # Read-only, a file in WAL mode (a caseload, or one a restore set aside, chosen as the
        # backup) still got an empty -wal and -shm made beside it, which a read-only
        # connection cannot remove (D25B-02).  With none of them beside it nobody has the
        # file open and nothing is pending: it is read as it is on disk, and nothing is made.
        uri += "&immutable=1"
    conn = connect_file(uri, path=path, passphrase=passphrase, uri=read_only)
    try:
        yield conn
    finally:
        conn.close()


def verify(path: Path | str, *, passphrase: str | None = None) -> int:
    """Check that `path` is a sound Clinic Desk caseload this program can open; returns its schema version.

    An encrypted backup is checked with its `passphrase`.

    Sound means SQLite's `integrity_check` passes and no row points at a missing parent
    (`foreign_key_check`).

    Raises `Corrupt`, `NotADatabase` or `NewerSchema` (all `CaseloadError`) otherwise.
    """
    path = Path(path)
    if path.is_file() and path.stat().st_size == 0:
        # SQLite reads an empty file as an empty database: "an SQLite database but not a
        # Clinic Desk caseload" was said of a file with nothing in it (D26-10).
        raise NotADatabase(f"The file {path} is empty: it is not a Clinic Desk caseload or backup.", path=path)
    with user_errors(path), _connection(path, read_only=True, passphrase=passphrase) as conn:
        rows = _integrity_check(conn, path)
        if rows != ["ok"]:
            raise Corrupt(f"The file {path} is damaged ({rows[0] if rows else 'no answer'}); it cannot be used.", path=path)
        orphans = conn.execute("PRAGMA foreign_key_check").fetchmany(1)
        if orphans:
            raise Corrupt(f"The file {path} has records whose parent is missing (table {orphans[0][0]}); it cannot be used.", path=path)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        check_not_newer(version, path)
        has_set = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE name = '_sqlite_migrations'"
        ).fetchone() and conn.execute(
            "SELECT 1 FROM _sqlite_migrations WHERE migration_set = ?", (migrations.MIGRATION_SET,)
        ).fetchone()
        if not has_set:
            raise NotADatabase(f"The file {path} is an SQLite database but not a Clinic Desk caseload.", path=path)
    return version


def _integrity_check(conn: sqlite3.Connection, path: Path) -> list[str]:
    """SQLite's integrity check of the backup (or caseload) `path`, one line per problem.

    A file cut short (a USB stick pulled, a battery dead while it was copied) is not answered
    with lines: SQLite stops with "malformed", which was said as of an open caseload, "The
    caseload <the backup> is damaged. Restore the latest backup", while a backup was being
    restored (D28-04).  It is said of the file, as the lines are.
    """
    try:
        with user_errors(path):
            return [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
    except Corrupt as err:
        raise Corrupt(f"The file {path} is damaged (SQLite cannot read all of it: cut short while it was copied, or "
                      "changed since); it cannot be used.", path=path) from err


def clients_in(path: Path | str, *, passphrase: str | None = None) -> int:
    """How many clients the backup (or caseload) at `path` holds, read without checking the
    whole file as `verify` does: cheap enough to list every backup of a caseload.  An
    encrypted one is read with `passphrase`.  Raises `CaseloadError` (a wrong passphrase,
    not a caseload, damaged) when it cannot be read."""
    path = Path(path)
    with user_errors(path), _connection(path, read_only=True, passphrase=passphrase) as conn:
        try:
            return int(conn.execute("SELECT COUNT(*) FROM clients").fetchone()[0])
        except sqlite3.OperationalError as err:
            if "no such table" not in str(err):
                raise
            raise NotADatabase(f"The file {path} is not a Clinic Desk caseload.", path=path) from err


# Pages SQLite copies at a time when the copy's progress is asked for (`backup_to`'s `copied`):
# 16 MB of a 4 KB-page caseload, 59 steps for a busy clinic's 1 GB, which took no longer than
# the copy in one step (2.0 s against 2.9-3.9 s, N66).  Without `copied`, one step, as before.
COPY_STEP_PAGES = 4096


@contextlib.contextmanager
def _one_snapshot(conn: sqlite3.Connection) -> Iterator[None]:
    """A read of the caseload held on `conn` while it is copied in steps.  Between SQLite's
    steps the copy held none, and each save of another desk meanwhile (a laptop on the shared
    caseload, a draft kept as someone types) started it over from its first page: "Backing up
    the caseload before updating it..." began again at each save, for as long as desks saved
    (R68-04).  Held, the copy is of one moment, as the copy in one step is; their saves wait
    in the -wal, never for it."""
    if conn.in_transaction:
        yield  # read in the transaction already open
        return
    conn.execute("BEGIN")
    try:
        conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()  # the snapshot taken now
        yield
    finally:
        conn.execute("ROLLBACK")  # nothing was written: only the read is let go


def backup_to(db: Database, target: Path | str, *, copied: Callable[[int, int], None] | None = None) -> Path:
    """Write a verified copy of the open caseload `db` to `target` (replaced if it exists).

    The copy is made in a temporary file beside `target` and renamed into place only
    once it passed `integrity_check`, so a failed backup never replaces a good one.  The
    backup of an encrypted caseload is encrypted with the same passphrase.  `copied(pages
    done, pages in all)` is told after each `COPY_STEP_PAGES` copied, if given.
    """
    target = Path(target)
    source = db.conn.execute("PRAGMA database_list").fetchone()[2]
    if source and Path(source).resolve() == target.resolve():
        # The caseload written over itself was reported "backed up (and checked)" with no
        # second copy anywhere (W21-11); its -wal file would also be left with another file.
        raise CannotOpen(f"{target} is the caseload itself, so it cannot be its own backup: choose another file.", path=target)
    if target.is_dir():
        # A folder given as the backup: a whole copy was written and checked beside it, then
        # refused as ".<folder>.partial: Is a directory", a hidden file the user never named (D26-07).
        suggested = dated_name(target / f"{Path(source).stem if source else 'caseload'}.sqlite")
        raise CannotOpen(f"{target} is a folder: give the backup file's name, for example {suggested}. "
                         "Nothing was written.", path=target)
    if not_a_caseload(target):
        # A text file or a PDF named as the backup was refused as "encrypted, and this caseload
        # is not" (D26-11): refused still, as a file of the user's, in words that fit it.
        raise CannotOpen(f"{target} is a file that is not Clinic Desk's (not a backup): it is left as it is. "
                         f"Choose another file for the backup, for example {dated_name(target.with_suffix('.sqlite'))}.",
                         path=target)
    passphrase = getattr(db, "passphrase", None)
    encrypted = looks_encrypted(target)
    mode = _encrypted_journal_mode(target, passphrase) if encrypted else None
    if _is_a_caseload_in_use(target) or mode == "wal":
        # `backup --to` naming another caseload (the event laptop's and the clinic's swapped)
        # replaced that whole caseload with this one, every client of it lost (D22-09); an
        # encrypted one too (D23-02).
        raise CannotOpen(f"{target} is a caseload, not a backup: it is left as it is. Choose another file for the backup.", path=target)
    if encrypted and mode is None:
        # An encrypted file that this caseload's passphrase does not open cannot be told from
        # another clinic's encrypted caseload: it is never written over (D23-02).  Nor from
        # this caseload's own backup made before its passphrase was changed, so the message
        # said "not a backup of this caseload" of one that was, and left the clinic with no
        # way on (D24-02): it now says what the file may be and what to do.
        whose = "this caseload's passphrase does not open it" if passphrase else "this caseload is not"
        then = ("If it is an older backup of this caseload from before its passphrase was changed, it still opens "
                "with the passphrase of then (clinic-app restore --backup-passphrase-file): keep it, or delete it "
                "yourself if it is no longer needed, and back up to this name again."
                if passphrase else "")
        raise CannotOpen(
            f"{target} is encrypted and {whose}, so it cannot be told from another caseload or a file that is "
            f"not Clinic Desk's: it is left as it is. Choose another file for the backup, for example "
            f"{dated_name(target)}. {then}".rstrip(),
            path=target,
        )
    own = source and target.parent.resolve() == backups_folder(source).resolve()
    if not own and (missing := folder_missing(target)):
        # Made, with every folder above it: `--to /media/usb/caseload.sqlite` with the stick not
        # in put the whole caseload on the laptop's own disk, said "Backed up ... (verified)"
        # (W104).  The backups folder beside the caseload is the program's own: made below.
        raise CannotOpen(f"{missing}. Nothing was written.", path=target)
    folder = next((above for above in target.parents if above.exists()), None)
    if folder is not None and folder.is_dir() and not os.access(folder, os.W_OK):
        # Said of the backup's folder: the copy's hidden file was named ("FOLDER/.b.sqlite.partial:
        # Read-only file system"), or "The caseload ... cannot be opened", as if the caseload were
        # at fault (H58-05).
        raise CannotOpen(f"The backup {target} cannot be written: the folder {folder} is read-only or not yours "
                         "(a locked USB stick?). Nothing was written; choose another folder.", path=target)
    partial = target.with_name(f".{target.name}.partial")
    try:
        with user_errors(target), _private_umask():
            if own:
                target.parent.mkdir(parents=True, exist_ok=True)
            # Held while written, so a backup killed half-way is told from one running (P68-04).
            # Removed at the end, put in place or not, quietly (not in place of the error that says
            # why, H58-05); and by the window's close meanwhile if it is closed without this backup
            # (Close anyway), as the program then ends at once: the copy, every client, had stayed
            # here until a later backup (H94-01).  Inside the lock, so that it is removed before
            # another backup to that name can take it.
            with held_while_written(partial, target), partial_being_written(partial):
                try:
                    with user_errors(target), _connection(partial, passphrase=passphrase) as out:
                        if copied is None:
                            db.conn.backup(out)
                        else:
                            with _one_snapshot(db.conn):
                                db.conn.backup(out, pages=COPY_STEP_PAGES,
                                               progress=lambda _status, remaining, total: copied(total - remaining, total))
                        out.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
                except Corrupt as err:
                    # "Malformed" met while copying is the caseload's, read, not the backup's being
                    # written: it was said "The caseload <the backup> is damaged", its restore
                    # "--db <the backup>", into the backups folder or onto the USB stick (R121-01).
                    raise Corrupt(
                        f"The caseload{f' {source}' if source else ''} is damaged (SQLite could not read all of it to copy it), so no backup "
                        f"was written. {restore_said(source or None)}; do not keep working in this file.",
                        path=source or None,
                    ) from err
                try:
                    verify(partial, passphrase=passphrase)
                except Corrupt as err:
                    # The copy is page for page the caseload: the damage is in the caseload.
                    raise Corrupt(
                        "The caseload is damaged (its copy failed SQLite's integrity check), so no backup "
                        f"was written. {restore_said(source or None)}.",
                        path=target,
                    ) from err
                os.replace(partial, target)
    except DiskFull as err:
        # Said of the backup: "the caseload ... could not be saved" sounded as if an edit
        # had been lost (storage check D21-13).
        raise DiskFull(
            f"The disk is full, so the backup {target} could not be written; the caseload itself is unchanged. "
            "Free some space and try again.",
            path=target,
        ) from err
    return target


def dated_name(target: Path) -> Path:
    """A name beside `target` with today's date that no file has yet, to offer for a backup
    (here, when a folder or another file is given, and by the window's File > Back up caseload...)."""
    day = datetime.now().strftime("%Y-%m-%d")
    for n in range(1, 1000):
        candidate = target.with_name(f"{target.stem}-{day}{'' if n == 1 else f'-{n}'}{target.suffix}")
        if not candidate.exists():
            return candidate
    return target.with_name(f"{target.stem}-{_stamp()}{target.suffix}")


def _is_a_caseload_in_use(path: Path) -> bool:
    """Whether `path` is a plain SQLite file in WAL mode: a caseload (every caseload is opened
    in WAL mode and stays so), never a backup (each is one self-contained file, see
    `backup_to`).  Bytes 18 and 19 of an SQLite file are 2 in WAL mode, 1 otherwise.
    One a connection of this program has open is not read: closing the file read dropped that
    connection's locks (db.cipher, C64-01), and a backup refused onto another caseload open
    in a second window had lost that window's saves after it (R64-04).  Its bytes say what
    it is held as: a plain caseload, in WAL mode; an encrypted one's are not SQLite's."""
    if open_here(path):
        return not looks_encrypted(path)
    try:
        with open(path, "rb") as f:
            head = f.read(20)
    except OSError:  # no such file yet (or a folder: the backup's write says so)
        return False
    return head[:16] == b"SQLite format 3\x00" and head[18:20] == b"\x02\x02"


def _encrypted_journal_mode(path: Path, passphrase: str | None) -> str | None:
    """The journal mode of the encrypted file `path` if `passphrase` opens it, else None.

    SQLCipher encrypts the whole header, so only the passphrase tells an encrypted caseload
    (always in WAL mode, see `_is_a_caseload_in_use`) from an encrypted backup.
    """
    if passphrase is None:
        return None
    try:
        with user_errors(path), _connection(path, passphrase=passphrase) as conn:
            return str(conn.execute("PRAGMA journal_mode").fetchone()[0])
    except CaseloadError:  # a wrong passphrase, not an SQLite file at all, or locked
        return None


def automatic_backups(folder: Path | str, db_path: Path | str) -> list[Path]:
    """The automatic backups of the caseload at `db_path` in `folder`, oldest first.

    Only ``<caseload name>-<UTC stamp>.sqlite`` counts: another caseload's backups in the
    same folder (the pattern was ``caseload-*``, storage check D21-16), the copies made
    before a migration or a restore, and files a user put there are never part of it.
    """
    own = re.compile(re.escape(Path(db_path).stem) + f"-{_STAMP}\\.sqlite")
    folder = Path(folder)
    if not folder.is_dir():
        return []
    return sorted(path for path in folder.iterdir() if own.fullmatch(path.name))


def made_at(backup: Path | str) -> datetime:
    """When an automatic backup was made (UTC), read from its name, not its file times,
    which a copy to a USB stick and back changes."""
    return datetime.strptime(Path(backup).stem[-len("YYYYmmdd-HHMMSS-ffffff"):], _STAMP_FORMAT).replace(tzinfo=timezone.utc)


def before_change_backups(folder: Path | str, db_path: Path | str, change: str) -> list[Path]:
    """The copies of the caseload at `db_path` made before `change` ("migration", "restore",
    ...) in `folder`, oldest first: only ``<caseload name>-before-<change>-<UTC stamp>.sqlite``.

    The copies named ``before-<change>-<stamp>.sqlite`` by earlier versions do not say whose
    they are, so they are never part of it (never deleted).
    """
    own = re.compile(re.escape(Path(db_path).stem) + f"-before-{re.escape(change)}-{_STAMP}\\.sqlite")
    folder = Path(folder)
    if not folder.is_dir():
        return []
    return sorted(path for path in folder.iterdir() if own.fullmatch(path.name))


# The copies made before a change (`backup_before`), in the clinic's words: File > Restore
# from backup lists them so, and `clinic-app backup --check` too.
BEFORE_CHANGES = {
    "restore": "Before a restore",
    "migration": "Before an upgrade",
    "import": "Before an import",
    "rescreen": "Before a re-screen",
    "demo": "Before demo clients were mixed in",
    "merge": "Before a merge at a terminal",
    "rename": "Before a clinic event was renamed at a terminal",
}


def another_caseloads(backup: Path | str, db_path: Path | str) -> bool:
    """Whether the file `backup`, in the backups folder beside the caseload at `db_path`, is
    named as another caseload's automatic backup or copy before a change
    (``<other name>-[before-<change>-]<UTC stamp>.sqlite``, or the hidden ``.<that>.partial``
    a backup stopped half-way leaves).  The folder is shared by every caseload beside it (the
    clinic's and demo.sqlite, a laptop's copy): a file named otherwise, a copy made before
    names said whose it was (``before-<change>-<stamp>.sqlite``), or one named for a caseload
    no longer beside it (moved away, or renamed to this one) may be this one's (G65-01)."""
    name = Path(backup).name
    if name.startswith(".") and name.endswith(".partial"):
        name = name[1:-len(".partial")]
    found = re.fullmatch(f"(.+)-{_STAMP}\\.sqlite", name)
    if found is None or found.group(1).startswith("before-"):
        return False
    owner = re.sub("-before-(?:" + "|".join(map(re.escape, BEFORE_CHANGES)) + ")$", "", found.group(1))
    here = Path(db_path)
    # A caseload of that name, not any file: an export beside it ("caseload.jsonl", the name
    # `export --out caseload.sqlite` suggests) made this caseload's plain backups, from before
    # it was renamed, "another's", and encrypting it left them unnamed (R66-07).
    return owner != here.stem and any(p.stem == owner and p.is_file() and a_caseload_file(p)
                                      for p in here.parent.glob(f"{glob.escape(owner)}.*"))


@dataclass(frozen=True)
class Backup:
    """One backup of the caseload: its file, when it was made (UTC) and what made it."""

    path: Path
    made: datetime
    kind: str


def caseload_backups(db_path: Path | str) -> list[Backup]:
    """The backups of the caseload at `db_path` in its backups folder, newest first: the
    automatic ones and the copies made before a change."""
    folder = backups_folder(db_path)
    found = [(path, "Automatic backup") for path in automatic_backups(folder, db_path)]
    for change, kind in BEFORE_CHANGES.items():
        found += [(path, kind) for path in before_change_backups(folder, db_path, change)]
    return sorted((Backup(path, made_at(path), kind) for path, kind in found), key=lambda backup: backup.made, reverse=True)


def restore_said(db_path: Path | str | None) -> str:
    """How to restore the damaged caseload at `db_path`, as typed: "Restore the latest backup
    (clinic-app restore)" named no backup, which `restore` needs, and no caseload, so that a
    volunteer whose event laptop's caseload was damaged, typing it with a backup, would replace
    the clinic's own caseload by the event's (Y119-04).  So the command is said on this caseload
    (its --db, --demo for the demo's, none for the clinic's own: `commands_on`) with its newest
    backup, quoted as the terminal needs it, or FILE where its backups folder has none (or the
    caseload is not known: an error of no file)."""
    if not db_path:
        return "Restore the latest backup (clinic-app restore FILE)"
    command = commands_on(db_path)
    backups = caseload_backups(db_path)
    # Whole, as its --db (`commands_on`): a caseload named from its own folder had its backup said
    # as found, "restore backups/pomona-STAMP.sqlite", "not found" at a terminal elsewhere (R121-02).
    folder = backups_folder(db_path).absolute()
    if not backups:
        return (f"Restore the latest backup, from a copy kept elsewhere (a laptop's, a USB stick's: there is none in {folder}), "
                f"with {command('restore FILE')}")
    return f"Restore the latest backup with {command(f'restore {typed_word(str(backups[0].path.absolute()))}')} (older ones are in {folder})"


def kept_beside(client, db_path: Path | str, last_handout: str = "", last_worksheet: str = "") -> list[str]:
    """What deleting `client` from the caseload at `db_path` leaves of them outside it, and
    where, a line each, for the user to see to: a client who asked the clinic to keep nothing
    about them was deleted, and nothing said the backups beside the caseload still held them,
    nor the handouts printed for their event into a folder, nor the day's export (P119).  None
    of these is deleted: a backup is the way back for a client deleted by mistake (README), and
    the files saved are the user's.  `last_handout`, `last_worksheet`: the folders the window
    wrote the last ones in."""
    from clinic_app.file_names import slug
    from clinic_app.handouts.batch import handout_filename  # ReportLab's: not at the window's start

    backups = caseload_backups(db_path)
    kept = ([f"{count(len(backups), 'backup')} made before, in {backups_folder(db_path)}, until newer ones take "
             f"{'its' if len(backups) == 1 else 'their'} place"] if backups else [])
    if last_handout and last_handout == last_worksheet:
        last = [f"the last handout and worksheet were saved in {last_handout}"]
    else:
        last = [f"the last {what} was saved in {folder}" for what, folder in (("handout", last_handout), ("worksheet", last_worksheet)) if folder]
    return kept + [f"handouts and worksheets saved as PDFs: search the file names for “{slug(client.name)}” (an event's "
                   f"folder holds {handout_filename(client, 0)}){''.join(f'; {each}' for each in last)}",
                   "exports of clients (.jsonl), copies on a USB stick, and papers printed"]


def caseload_backed_up(path: Path | str) -> tuple[Path, Backup] | None:
    """The caseload `path` is a backup of, with that backup, where `path` is one of the backups
    kept in the ``backups`` folder beside a caseload there (see `caseload_backups`); None for
    any other file.  Such a file is rotated out in time: opened as a caseload, what was typed
    in it went with it (D103-06)."""
    path = Path(path)
    if backups_folder(path.parent.parent / path.name) != path.parent:
        return None
    # Its caseload by the name its backups start with, whatever its ending: File > Open
    # caseload... lists "*.sqlite *.db", and a backup of "office.db" went unsaid (R105-01).
    beside = sorted(caseload for caseload in path.parent.parent.iterdir()
                    if path.name.startswith(f"{caseload.stem}-") and caseload.is_file())
    for caseload in beside:
        for backup in caseload_backups(caseload):
            if backup.path.name == path.name:
                return caseload, backup
    return None


# Said where a backup's time stands beside its file's name, whose time is UTC (README): in Los
# Angeles "caseload-before-rescreen-20261208-013000-….sqlite  2026-12-07 17:30" read as made on
# two days, one of them wrong (R292-02).
MADE_BESIDE_ITS_NAME = "made in this computer's time; the time in a file's name is UTC"


def made_said(moment: datetime) -> str:
    """When a backup was made, in this computer's own time ("2026-12-07 17:30"), as the window's
    Restore list says it: its name keeps UTC, which put a backup made at 17:30 in Los Angeles on
    the next day (Q289-01)."""
    return moment_said(moment)


def backup_opened_said(path: Path | str) -> tuple[Path, str] | None:
    """The caseload `path` is a backup of, and the words that say so where it is opened as the
    caseload (the window, and a command's --db: R105-02); None for any other file."""
    backed_up = caseload_backed_up(path)
    if backed_up is None:
        return None
    caseload, backup = backed_up
    made = made_said(backup.made)
    return caseload, (f"{Path(path).name} is a backup of the caseload {caseload.name}, made {made}: not the caseload itself. "
                      "What is changed here is not in the caseload, and this file is deleted when newer backups take its place.")


# A sound backup that opens with no passphrase beside an encrypted caseload, as the check says it.
PLAIN_READ = ("whoever has this file can read it without a passphrase (made before the caseload was encrypted, "
              "or copied here): delete it or keep it somewhere safe")
PLAIN_BESIDE_ENCRYPTED = f"ok, but not encrypted: {PLAIN_READ}"


@dataclass(frozen=True)
class Checked:
    """What `check_backups` found of one backup: "ok", or what is wrong; `damaged` when a
    restore would refuse it for good (not when it only needs another passphrase)."""

    backup: Backup
    said: str
    damaged: bool


def check_backups(db_path: Path | str, passphrase: str | None = None) -> list[Checked]:
    """Every backup of the caseload at `db_path` in its backups folder, newest first, checked
    as a restore checks the one chosen (`check_backup`); an encrypted one with the caseload's
    `passphrase`.

    A backup is verified when it is made and again only when it is chosen to restore: one
    damaged since (a disk's bad sector, a copy to a USB stick and back cut short) sat in the
    folder unseen until the day it was needed (N63-01).
    """
    # A plain backup is said "not encrypted" beside an encrypted caseload only: a passphrase given
    # for a plain one (CLINIC_DESK_PASSPHRASE set for the clinic's other caseload) said each of
    # its backups "not encrypted, though the caseload is", to delete (R156-02).
    encrypted = looks_encrypted(Path(db_path))
    return [check_backup(backup, passphrase, caseload_encrypted=encrypted) for backup in caseload_backups(db_path)]


def check_backup(backup: Backup, passphrase: str | None = None, *, caseload_encrypted: bool | None = None) -> Checked:
    """One backup checked as a restore checks it (`verify`): `clinic-app backup --check` for
    each, and Restore from backup's Check backups, one at a time with its progress (G64-02).
    A plain one beside an encrypted caseload (`caseload_encrypted`; when not said, a passphrase
    given, as the window has one for an encrypted caseload only) is said not encrypted (K155-02)."""
    path = backup.path
    if not path.is_file():
        # Deleted or moved since the list was made (the check's finding advises deleting the
        # damaged ones): SQLite's "cannot be opened" was said as "DAMAGED: The caseload ...
        # cannot be opened: the folder may not exist", of a file that is not there (T64-01).
        return Checked(backup, "not checked: the file is no longer there (deleted or moved since the list was made)", False)
    encrypted = looks_encrypted(path)
    try:
        if encrypted and _plain_inside(path):
            # A plain backup whose first bytes were damaged reads as encrypted, and would be
            # said to open only with another passphrase: its pages say it is plain.
            raise Corrupt(f"The file {path} is damaged (its first bytes are not SQLite's); it cannot be used.", path=path)
        verify(path, passphrase=passphrase if encrypted else None)
        beside_encrypted = passphrase is not None if caseload_encrypted is None else caseload_encrypted
        if beside_encrypted and not encrypted:
            # Made before the caseload was encrypted, or copied in: "ok" alone let a director
            # carry it to a laptop as if the passphrase kept it (K155-02).
            return Checked(backup, PLAIN_BESIDE_ENCRYPTED, False)
        return Checked(backup, "ok", False)
    except WrongPassphrase:
        return Checked(backup, "not checked: encrypted, and the caseload's passphrase does not open it (made "
                               "before the passphrase was changed? it opens with the passphrase of then)", False)
    except PassphraseNeeded:
        return Checked(backup, "not checked: encrypted, and no passphrase was given", False)
    except NewerSchema:
        return Checked(backup, "sound, but made by a newer Clinic Desk: this version cannot restore it", False)
    except CaseloadError as err:
        # Said of "the file": the line already names it.
        return Checked(backup, "DAMAGED: " + str(err).replace(f"The file {path}", "the file"), True)


def checked_said(checked: list[Checked], make_one: str) -> list[str]:
    """What the check of `checked` found: "3 backups checked: 1 ok, 2 damaged.", and when one
    is damaged what the clinic does next (`make_one`: how to make a new backup where the words
    are read, the command or the menu).  The command's last lines and the Restore window's
    line, in the same words."""
    damaged = sum(each.damaged for each in checked)
    plain = sum(each.said == PLAIN_BESIDE_ENCRYPTED for each in checked)
    ok = sum(each.said == "ok" for each in checked) + plain
    other = len(checked) - ok - damaged
    said = [f"{count(len(checked), 'backup')} checked: {ok} ok, {damaged} damaged"
            + (f", {other} not checked or not for this version" if other else "") + "."]
    if plain:  # what to do with it is said on its line
        said.append(f"{'1 of them is' if plain == 1 else f'{plain} of them are'} not encrypted, though the caseload is.")
    if damaged:
        said.append(f"A damaged backup cannot be restored: restore one marked ok if you need to go back, and make a new "
                    f"backup now ({make_one}) to keep elsewhere. Delete the damaged ones yourself when done.")
    return said


def _plain_inside(path: Path) -> bool:
    """Whether the file `path`, whose first bytes are not a plain SQLite file's, holds a plain
    SQLite schema on its first page all the same: SQLCipher leaves no readable text."""
    try:
        with open(path, "rb") as f:
            return b"CREATE TABLE" in f.read(65536)
    except OSError:
        return False


def set_aside_caseloads(db_path: Path | str, why: str = "damaged") -> list[Path]:
    """The caseloads a restore set aside beside the caseload at `db_path` because they could
    not be backed up, oldest first: `why` "damaged" or "encrypted" (no passphrase given).
    Only ``<caseload file name>.<why>-<UTC stamp>``, never its ``-wal`` or ``-shm``."""
    db_path = Path(db_path)
    own = re.compile(re.escape(db_path.name) + f"\\.{re.escape(why)}-{_STAMP}")
    if not db_path.parent.is_dir():
        return []
    return sorted(path for path in db_path.parent.iterdir() if own.fullmatch(path.name))


def remove_stale_partials(folder: Path | str, db_path: Path | str, *, older_than: float = STALE_PARTIAL_SECONDS) -> list[Path]:
    """Delete the hidden partial copies (see `backup_to`) of the caseload at `db_path`'s
    automatic and before-change backups in `folder` that are older than `older_than`
    seconds; returns them.

    A backup stopped half-way left its ``.<name>.partial``, a whole caseload's size, in
    the folder for good: each automatic backup has a new name, so none was ever replaced
    (WD22B-03).  Only this caseload's own partial names count (never another caseload's,
    never a user's file), and only old ones: a younger one may be another program's
    backup still being written.  Younger than that, one that no backup holds locked
    (`held_while_written`) and not written to for `UNLOCKED_PARTIAL_SECONDS` is removed too: a backup
    killed half-way had left its copy an hour for nothing (P68-04).  SQLite's own files beside
    a copy (its ``-journal``; ``-wal`` and ``-shm``) go with it, and those left beside no copy
    (removed at a close, `partial_being_written`) once that old too (H97-02).
    """
    own = re.compile(re.escape("." + Path(db_path).stem) + f"-(before-[A-Za-z0-9_-]+-)?{_STAMP}\\.sqlite\\.partial")
    folder = Path(folder)
    if not folder.is_dir():
        return []
    now = datetime.now(timezone.utc).timestamp()
    cutoff, unlocked_cutoff = now - older_than, now - min(older_than, UNLOCKED_PARTIAL_SECONDS)
    removed = []
    for path in folder.iterdir():
        if not (own.fullmatch(path.name) and path.is_file()):
            continue
        written = path.stat().st_mtime
        if written < cutoff:
            path.unlink(missing_ok=True)
            removed.append(path)
        elif written < unlocked_cutoff and removed_if_abandoned(path):
            removed.append(path)
    for path in folder.iterdir():
        # What SQLite kept beside a copy that is gone: removed with it, or left alone before
        # (H97-02).  Never beside one still there: a backup writing its copy has them open.
        copy = _copy_beside(path)
        if copy is not None and own.fullmatch(copy.name) and not copy.exists() and \
                (copy in removed or _modified_before(path, unlocked_cutoff)):
            discard_partial(path)
    return removed


# What SQLite writes beside a backup's hidden copy while it writes it: the rollback journal of
# the copy (header only: the copy starts empty), and the -wal and -shm of the moment the copy,
# in WAL mode as the caseload is, is put back in rollback mode (`backup_to`).  A backup killed
# then left them for good, as each automatic backup has a new name (H97-02); an encrypt,
# passphrase change or restore its copy's journal (`remove_stale_replacements`, H97-04).
_SQLITE_BESIDE = ("-journal", "-wal", "-shm")


def _copy_beside(path: Path) -> Path | None:
    """The file `path` is SQLite's ``-journal``, ``-wal`` or ``-shm`` of, or None."""
    for side in _SQLITE_BESIDE:
        if path.name.endswith(side):
            return path.with_name(path.name[: -len(side)])
    return None


def _modified_before(path: Path, moment: float) -> bool:
    try:
        return path.is_file() and not path.is_symlink() and path.stat().st_mtime < moment
    except OSError:
        return False


# What encrypting, a passphrase change and a restore under another passphrase write beside
# the caseload before it takes the caseload's place (db.cipher.replace_by_export).
_REPLACEMENTS = ("encrypting", "rekeying", "restoring")


def remove_stale_replacements(db_path: Path | str, *, older_than: float = STALE_PARTIAL_SECONDS) -> list[Path]:
    """Delete the hidden ``.<caseload>.encrypting``, ``.rekeying`` and ``.restoring`` files
    beside the caseload at `db_path` that are older than `older_than` seconds; returns them.

    Each is a whole copy of the caseload that an encrypt, a passphrase change or a restore
    stopped half-way (killed, power lost) left for good: only the same operation run again
    removed it (D24-08).  Only old ones: a younger one may be that operation still running
    in another program, which writes and checks its copy in minutes even at 100,000 clients.
    A file that cannot be removed (a read-only folder) is left, without an error.

    SQLite's ``-journal`` beside the copy (each table is exported in its own transaction) goes
    with it, quietly: it is not a copy to speak of.  One left beside no copy goes once as old
    (H97-04: killed inside the export, the journal stayed when its copy was removed).
    """
    db_path = Path(db_path)
    cutoff = datetime.now(timezone.utc).timestamp() - older_than
    removed = []
    for doing in _REPLACEMENTS:
        left = db_path.with_name(f".{db_path.name}.{doing}")
        try:
            if left.is_file() and left.stat().st_mtime < cutoff:
                left.unlink()
                removed.append(left)
        except OSError:
            continue
        if not left.exists():
            for side in _SQLITE_BESIDE:
                beside = Path(f"{left}{side}")
                if left in removed or _modified_before(beside, cutoff):
                    discard_partial(beside)
    return removed


def _make_own_folder(folder: Path) -> None:
    """Make the program's own folder of backups (beside the caseload, or the one a caller
    keeps them in), as `backup_to` makes no folder: a folder the user named is theirs to make."""
    with user_errors(folder), _private_umask():
        folder.mkdir(parents=True, exist_ok=True)


def backup_before(
    db: Database, change: str, folder: Path | str | None = None, keep: int = KEEP_BEFORE_CHANGE, *, spare: Path | None = None,
    copied: Callable[[int, int], None] | None = None,
) -> Path:
    """A verified copy of the caseload `db` made before `change`, in `folder` (default: the
    backups folder beside it), keeping only the newest `keep` such copies of that caseload.

    The old copies are deleted only once the new one is written and verified, and never
    `spare`: the copy a restore is about to read (restoring the oldest copy made before a
    restore would otherwise delete it first).  `copied`: as `backup_to`'s.
    """
    db_path = Path(db.conn.execute("PRAGMA database_list").fetchone()[2])
    folder = Path(folder) if folder is not None else backups_folder(db_path)
    _make_own_folder(folder)
    remove_stale_partials(folder, db_path)
    target = backup_to(db, folder / f"{db_path.stem}-before-{change}-{_stamp()}.sqlite", copied=copied)
    made = before_change_backups(folder, db_path, change)
    for old in made[: max(0, len(made) - max(keep, 1))]:
        if spare is None or old.resolve() != Path(spare).resolve():
            old.unlink(missing_ok=True)
    return target


def backup_rotating(db: Database, folder: Path | str | None = None, keep: int = KEEP_AUTOMATIC) -> Path:
    """A new automatic backup of the caseload `db` in `folder` (default: the backups folder
    beside it), keeping only the newest `keep` of that caseload's automatic backups.

    The old backups are deleted only once the new one is written and verified.
    """
    db_path = Path(db.conn.execute("PRAGMA database_list").fetchone()[2])
    folder = Path(folder) if folder is not None else backups_folder(db_path)
    _make_own_folder(folder)
    remove_stale_partials(folder, db_path)
    target = backup_to(db, folder / f"{db_path.stem}-{_stamp()}.sqlite")
    backups = automatic_backups(folder, db_path)
    for old in backups[: max(0, len(backups) - keep)]:
        old.unlink(missing_ok=True)
    return target


# What a restore tells its `progress` of its own steps, each seconds long on a busy clinic's
# caseload (1 GB: 11-12 s in all before the restored caseload is opened), where the command said
# nothing and the window "Copying..." (D70-05).  Not counted: the busy bar.  Told only where they
# take seconds (db.connection.LONG_STEPS_BYTES).
CHECKING_BACKUP_SAID = "Checking the backup..."
BACKING_UP_TO_RESTORE_SAID = "Backing up the caseload before restoring the backup..."
PUTTING_IN_PLACE_SAID = "Putting the backup in the caseload's place..."


def restore(
    source: Path | str, db_path: Path | str, *, safety_folder: Path | str | None = None, user: str | None = None, passphrase: str | None = None,
    backup_passphrase: str | None = None, progress: Progress | None = None,
    replacing: Callable[[Path | None], contextlib.AbstractContextManager[object]] = lambda _kept: contextlib.nullcontext(),
) -> Path | None:
    """Replace the caseload at `db_path` with the backup `source`; returns the safety backup.

    `source` is verified first (sound, a Clinic Desk caseload, not newer than this
    program), so a bad file changes nothing.  The current caseload is then backed up to
    `safety_folder` (default: a ``backups`` folder beside it).  If the current caseload
    is itself damaged it cannot be backed up; it is renamed aside instead (never
    deleted, ``<name>.damaged-<stamp>``) and the path of the renamed file is returned;
    so is an encrypted one given no passphrase (``<name>.encrypted-<stamp>``); neither while
    another connection has it open (`Locked`, see `_open_elsewhere`).  The restored caseload's
    audit log records the restore (who, when, from which file).  With `passphrase`, the
    current caseload and the restored one are encrypted with it, and so is the backup
    unless it is plain: a plain backup is encrypted with it as it is restored.

    A backup made before the passphrase was changed opens only with the passphrase of then
    (WD22B-02): `backup_passphrase` opens it, and the restored caseload is given
    `passphrase`, the caseload's current one, so it opens as it did before the restore.
    A passphrase that fails says whether it was the backup's or the caseload's.

    `replacing(kept)` is held around the step that puts the backup in the caseload's place, from
    its note to its audit line (`kept`: the caseload as it was, kept; the value returned): the
    command line holds a stop there until the step ends, so that it can say which caseload is in
    place.

    `progress` is told the restore's own steps (`CHECKING_BACKUP_SAID` and the two after it)
    where they take seconds (`takes_a_while`), and those of backing up and updating a
    caseload made by an older Clinic Desk (`open_caseload`'s): the caseload replaced, backed
    up then; the backup restored, brought up to this program's schema as it is opened, with
    no copy of it first (the backup itself is that copy, U71-03).
    """
    source, db_path = Path(source), Path(db_path)
    if not source.is_file():
        raise CaseloadError(f"There is no backup file at {source}.", path=source)
    if db_path.exists() and source.resolve() == db_path.resolve():
        # Copied onto itself, the backup API waited for ever on its own read lock: the
        # command, or the window's restore, hung with no way out but to kill it (D25-08).
        raise CannotOpen(f"{source} is the caseload itself, not a backup of it: choose one of its backups "
                         f"(in {backups_folder(db_path)}). Nothing was changed.", path=source)
    plain_backup = not looks_encrypted(source)
    if plain_backup:
        # A plain backup opens with no passphrase: the one given is the caseload's, under which
        # the restored caseload stays encrypted.  It was tried on the backup, which was then
        # refused as "the caseload ... is not encrypted", so an encrypted caseload could be
        # restored from a plain backup only with no passphrase, and became plain (D25-09).
        backup_passphrase = None
        if db_path.is_file() and not looks_encrypted(db_path):
            passphrase = None
    elif backup_passphrase is None and passphrase is not None and db_path.is_file() and not looks_encrypted(db_path):
        # A plain caseload opens with no passphrase: the one given is the backup's (D23-09).
        backup_passphrase, passphrase = passphrase, None
    backup_key = None if plain_backup else passphrase if backup_passphrase is None else backup_passphrase
    # Its own steps, on a large caseload or backup; the open's, of an older one, on any.
    own = progress if progress is not None and takes_a_while(source, db_path) else None
    if own is not None:
        own(0, 0, CHECKING_BACKUP_SAID)
    try:
        version = verify(source, passphrase=backup_key)
    except WrongPassphrase as err:
        raise _backup_not_opened(source, db_path, passphrase, backup_passphrase) from err
    except NewerSchema as err:
        # "This caseload was written by a newer version" was read of the caseload in use, not of
        # the backup chosen (B129-05); its numbers after the plain words, for whoever supports
        # the clinic (B130-04).
        numbers = f" (Backup schema {err.schema}; this Clinic Desk reads up to {migrations.SCHEMA_VERSION}.)" if err.schema else ""
        raise NewerSchema(f"The backup {source} was made by a newer Clinic Desk, which this one cannot restore: update "
                          f"Clinic Desk first, or choose an older backup. Nothing was changed.{numbers}", path=source,
                          schema=err.schema) from err
    rekey = backup_key is not None and passphrase is not None and backup_key != passphrase
    # An encrypted backup cannot be copied into a plain caseload's file either (SQLCipher opens
    # a plain file with no key): it was refused as "not encrypted" whichever passphrase was
    # given (D23-09).  It takes the caseload's place the same way, keeping its own passphrase.
    over_plain = backup_key is not None and passphrase is None and db_path.exists() and not looks_encrypted(db_path)
    # A plain backup given the caseload's passphrase is encrypted with it as it takes the
    # caseload's place, as encrypting a caseload does (D25-09).
    encrypting = backup_key is None and passphrase is not None
    folder = Path(safety_folder) if safety_folder is not None else backups_folder(db_path)
    safety = None
    if db_path.exists():
        try:
            with open_caseload(db_path, create=False, passphrase=passphrase, progress=progress) as current:
                # The restored caseload is a new file put in this one's place (rekey,
                # over_plain): a window that had it open went on saving to the old file,
                # every later edit lost without a word (D24-03).  Copied into the same file,
                # a window that had it open went on showing the caseload of before and its
                # undo history wrote records of before back into the restored one (D25-01).
                # Only with nobody else on it, then, as encrypting.
                leave_wal_mode(current, db_path, then="restore the backup")
                if own is not None:
                    own(0, 0, BACKING_UP_TO_RESTORE_SAID)
                safety = backup_before(current, "restore", folder, spare=source)
        except WrongPassphrase as err:
            raise WrongPassphrase(
                f"The caseload's passphrase does not open {db_path}: give its current passphrase (the backup's "
                "passphrase is given apart). Nothing was changed.",
                path=db_path,
            ) from err
        except (Corrupt, NotADatabase, PassphraseNeeded) as err:  # unreadable without a passphrase: set aside too
            # An encrypted caseload given no passphrase is sound: it was set aside as
            # ".damaged-", and renamed while a window could have it open, that window then
            # saving into the renamed file (D25-10).  Never while another connection has it
            # open (`_open_elsewhere`): its -wal and -shm beside it had been taken for that,
            # but a program that ended without closing it (a crash) leaves them too, and the
            # restore was then refused for ever (D25B-01).  A damaged one was renamed with no
            # check at all (D26-03); one whose first bytes are not SQLite's is still set aside
            # unasked: which library a window opened it with cannot be told, and the asking
            # would write its -wal, perhaps a valid one, into it (see `_open_elsewhere`).
            why = "encrypted" if isinstance(err, PassphraseNeeded) else "damaged"
            open_elsewhere = _open_elsewhere(db_path) if why == "encrypted" or not looks_encrypted(db_path) else False
            then = (" Give the caseload's passphrase to the restore, and the restored caseload stays encrypted "
                    "with it." if why == "encrypted" else "")
            if open_elsewhere:
                raise Locked(
                    f"The caseload {db_path} is {why} and open in another Clinic Desk window or program. Close it "
                    f"there, then restore the backup; nothing was changed.{then}",
                    path=db_path,
                ) from err
            if open_elsewhere is None:
                raise Locked(
                    f"The caseload {db_path} is {why}, and it may be open in another Clinic Desk window or program: "
                    f"close it there, then restore the backup; nothing was changed.{then} If none has it open (it "
                    f"was not closed properly; restarting the computer makes sure), delete {db_path.name}-wal "
                    f"and {db_path.name}-shm beside it (they hold no change: the -wal is empty), then restore again.",
                    path=db_path,
                ) from err
            safety = db_path.with_name(f"{db_path.name}.{why}-{_stamp()}")
            for suffix in ("", "-wal", "-shm"):
                if Path(f"{db_path}{suffix}").exists():
                    os.replace(f"{db_path}{suffix}", f"{safety}{suffix}")
            # Kept as the copies made before a restore are: each is a whole caseload, and a
            # laptop whose restores kept meeting a damaged (or passphrase-less) file filled
            # its disk with them, never one deleted (D25-03).
            for old in set_aside_caseloads(db_path, why)[:-KEEP_BEFORE_CHANGE]:
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{old}{suffix}").unlink(missing_ok=True)
    # Until the restore is in the audit log: a restore killed half-way (power lost) left no
    # line anywhere, and nobody knew the caseload might not be the backup's (W29-04).
    from db.repository import default_user  # here: the repository itself needs no backups

    begun = _restore_begun(db_path)
    with replacing(safety):
        # Private as the program's first start makes them: restored onto a new laptop, the data
        # folder was made readable by every account, and the note beside it too (D103-01).
        with user_errors(db_path), _private_umask():
            db_path.parent.mkdir(parents=True, exist_ok=True)
            note = {"from": str(source), "safety_backup": str(safety) if safety else None, "user": user or default_user(),
                    "at": datetime.now(timezone.utc).isoformat(timespec="seconds")}
            begun.write_text(json.dumps(note, ensure_ascii=False), encoding="utf-8")
        if own is not None:
            own(0, 0, PUTTING_IN_PLACE_SAID)
        try:
            lines_due = _copy_in(source, db_path, safety, version, passphrase, backup_key, rekey=rekey, over_plain=over_plain,
                                 encrypting=encrypting, user=user, progress=progress)
        finally:
            begun.unlink(missing_ok=True)  # an error raised is said by the caller; only a kill leaves it
    if lines_due:
        # A backup made by an older Clinic Desk has its lines made again here, told to the
        # restore's progress: the window's reopen made them on its own thread with no dialog,
        # frozen some 20-40 s for 100,000 clients (R184).  After the backup is in place, so that a
        # stop need not wait for it: the backup is restored, and the next open makes the rest.
        from db.repository import Repository  # here: the repository itself needs no backups

        Repository.open(db_path, create=False, passphrase=backup_key if passphrase is None else passphrase, user=user,
                        progress=progress).close()
    return safety


def _backup_not_opened(source: Path, db_path: Path, passphrase: str | None, backup_passphrase: str | None) -> WrongPassphrase:
    """What a restore says of a passphrase that does not open the backup `source`.

    Given apart (`backup_passphrase`), or the caseload's own that opens the caseload, it is
    a backup made before the passphrase was changed.  The caseload's that opens neither, or
    one given with no encrypted caseload here (a new laptop), was mistyped or is not the
    clinic's: it was said to be "given for the backup" with a passphrase change as the reason,
    and the director, who had changed none, went looking for an older one (B129-01).  So is
    any given over a plain caseload, which has no passphrase to have changed (`restore` takes
    the one given as the backup's there, and it was said as B129-01 found, B130-03)."""
    if backup_passphrase is None and looks_encrypted(db_path) and not _opens(db_path, passphrase):
        return WrongPassphrase(f"The passphrase does not open the backup {source}, nor the caseload {db_path}: "
                               "check it and try again. Nothing was changed.", path=source)
    if not looks_encrypted(db_path):
        return WrongPassphrase(f"The passphrase does not open the backup {source}: check it and try again. "
                               "Nothing was changed.", path=source)
    return WrongPassphrase(
        f"The passphrase given for the backup does not open {source}. A backup made before the passphrase "
        "was changed opens only with the passphrase of then: give that one for the backup. Nothing was changed.",
        path=source,
    )


def _opens(path: Path, passphrase: str | None) -> bool:
    """Whether `passphrase` opens the encrypted caseload at `path` (read only: nothing is written)."""
    try:
        with _connection(path, read_only=True, passphrase=passphrase):
            return True
    except CaseloadError:
        return False


def _restore_begun(db_path: Path) -> Path:
    """The note a restore leaves beside the caseload while it runs (see `restore_not_finished`)."""
    return db_path.with_name(f".{db_path.name}.restore-begun")


def restore_not_finished(repo, db_path: Path | str) -> str | None:
    """What to tell the user when a restore into the caseload at `db_path` was stopped half-way
    (killed, power lost), recorded in the open caseload's audit log ("restore not finished")
    and said once; None when there was none.  Which caseload is in place cannot be told (the
    copy is one step: a kill during it leaves the caseload as it was, after it the backup's)."""
    begun = _restore_begun(Path(db_path))
    try:
        note = json.loads(begun.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    with repo._write() as conn:
        repo._audit(conn, None, "caseload", "restore not finished", None, json.dumps(note, ensure_ascii=False))
    begun.unlink(missing_ok=True)
    kept = f" The caseload as it was before is kept at {note['safety_backup']}." if note.get("safety_backup") else ""
    return (f"A restore from the backup {note['from']} ({moment_said(note['at'])}, by {note['user']}) did not finish: "
            "it was stopped half-way. The caseload open now is whole, with nothing half-written, but it may be the caseload as it "
            f"was before the restore or the backup's: check that the clients you expect are here, and restore again if not.{kept}")


def _copy_in(source: Path, db_path: Path, safety: Path | None, version: int, passphrase: str | None, backup_key: str | None, *,
             rekey: bool, over_plain: bool, encrypting: bool, user: str | None, progress: Progress | None = None) -> bool:
    """The backup copied into the caseload's place, brought up to this program's schema and
    the restore written in its audit log (see `restore`); whether its lines are still to be made
    in this program's words (db.lines: a backup made by an older Clinic Desk)."""
    if rekey or over_plain or encrypting:
        try:
            if encrypting:
                assert passphrase is not None
                replace_by_export(lambda: driver().connect(str(source)), db_path, passphrase, version, "restoring")
            else:
                assert backup_key is not None
                _restore_rekeyed(source, backup_key, db_path, backup_key if passphrase is None else passphrase, version)
        except CaseloadError as err:
            now = (f"the caseload as it was is set aside at {safety}" if not db_path.exists()
                   else "the caseload is as it was" + (", and opens with its current passphrase" if rekey or encrypting else ""))
            raise type(err)(f"{err} The backup was not restored: {now}.", path=err.path) from err
    else:
        with user_errors(db_path), _private_umask(), _connection(source, read_only=True, passphrase=backup_key) as src:
            db_path.parent.mkdir(parents=True, exist_ok=True)
            with _connection(db_path, passphrase=backup_key) as dest:
                src.backup(dest)
    # Bring an older backup up to this program's schema, check it, and log the restore.
    from db.repository import Repository  # here: the repository itself needs no backups

    restored_key = backup_key if passphrase is None else passphrase
    # The backup chosen is the restored caseload as it was before its update, and the restore
    # never writes to it: no copy of it first (U71-03).  A restore stopped during the update
    # leaves the backup whole, the caseload it replaced kept (`safety`), and its note said on
    # the next open (`restore_not_finished`); each migration is all or nothing.
    with Repository(open_caseload(db_path, create=False, passphrase=restored_key, progress=progress, kept_at=source), user=user) as repo, \
            repo._write() as conn:
        after = json.dumps({"from": str(source), "safety_backup": str(safety) if safety else None}, ensure_ascii=False)
        repo._audit(conn, None, "caseload", "restore", None, after)
        lines_due = lines_wording(conn) < LINES_WORDING
    return lines_due


def _open_elsewhere(path: Path) -> bool | None:
    """Whether another connection, in this program or another, has the caseload at `path`
    open; asked without its passphrase (an encrypted one) and of a damaged one alike.  None
    when that cannot be told.

    Every connection to a caseload in WAL mode holds a shared lock on the file for as long as
    it is open, and has the -wal file beside it.  A connection in exclusive locking mode that
    opens the -wal asks for an exclusive lock on the file first: refused ("locked") while
    another connection is open; granted when the -wal and -shm were only left by a program
    that ended without closing (a crash), whose locks ended with it.  SQLite opens the -wal
    before reading a page only when it is not empty, otherwise once page 1 says WAL mode:
    of an empty -wal beside a file whose page 1 does not decode (encrypted, or damaged there)
    nothing can be told.  On closing, the connection writes the -wal's changes into the file,
    as any next opening does.

    The same SQLite library as a window's connection (SQLCipher for an encrypted file): POSIX
    locks are per process, so another library's connection in this process would see none
    of this one's locks, and closing it would drop them.
    """
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    if not wal.exists() and not shm.exists():
        return False  # a caseload open anywhere has them beside it
    module = driver() if looks_encrypted(path) else sqlite3
    # Before the closing empties the -wal: whether the lock is asked for whatever page 1 holds.
    asks_the_lock = (wal.exists() and wal.stat().st_size > 0) or _is_a_caseload_in_use(path)
    try:
        with user_errors(path):
            conn = module.connect(str(path), timeout=1)
            try:
                conn.execute("PRAGMA locking_mode = EXCLUSIVE")
                conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchall()
            finally:
                conn.close()
    except Locked:
        return True
    except CaseloadError:  # page 1 did not decode (no passphrase, or damaged)
        return False if asks_the_lock else None
    return False


def _restore_rekeyed(source: Path, backup_key: str, db_path: Path, passphrase: str, version: int) -> None:
    """Put the backup `source`, which opens with `backup_key`, in the caseload's place at
    `db_path` keyed with `passphrase` (the caseload's, or for a plain caseload the backup's
    own), all or nothing.

    SQLCipher opens the caseload's file only with its own key (a plain one with none), so
    the backup is exported into a new file beside it keyed with `passphrase`, checked, and
    only then renamed into place (the caseload is kept in the safety copy).  The restore
    used to put the backup in place first and give it the caseload's passphrase after: when
    that second step failed (a full disk), the caseload was left opening with the backup's
    old passphrase only, and the error did not say so (D23-01).
    """
    replace_by_export(lambda: connect_file(str(source), path=source, passphrase=backup_key), db_path, passphrase, version, "restoring")
