"""The one way Clinic Desk opens a caseload file.

`open_caseload` makes every connection the same: WAL journal, ``synchronous=FULL``,
foreign keys enforced, a busy timeout, a `quick_check` of the file (of its record tables
when it is large), the schema brought up to date, and a refusal to touch a file written
by a newer Clinic Desk (downgrading would silently drop what the newer program stored).
An encrypted caseload (db.cipher) opens the same way with its passphrase.  Anything the
user can cause (missing folder, read-only file, damaged, foreign or encrypted file, a
wrong passphrase) arrives as a `db.errors.CaseloadError`.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import platformdirs
from sqlite_utils import Database

from clinic_app.cli_options import caseload_command
from db import migrations
from db.cipher import connect_file
from db.errors import CannotOpen, CaseloadError, Corrupt, NewerSchema, NotADatabase, ReadOnly, user_errors

try:
    import fcntl
except ImportError:  # Windows: no flock (see `_alone_making_or_updating`)
    fcntl = None

BUSY_TIMEOUT_MS = 5000
APP_NAME = "ClinicDesk"


def default_caseload_path() -> Path:
    """The caseload used when no ``--db`` is given: the user's data directory."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "caseload.sqlite"


def clinics_caseload_not_one_said(path: Path | str) -> str | None:
    """What to say when the clinic's own caseload (the default one, no --db) is a file that is
    no caseload (another file saved over it, a copy from elsewhere cut short); None for any
    other path.  The program was told to start "with no --db for the clinic's own caseload",
    which it had just done, and every command "choose another file": a volunteer at the first
    start had nothing to try (G65-03).  A restore from a backup sets the file aside first."""
    path = Path(path)
    if path.expanduser().resolve() != default_caseload_path().resolve():
        return None
    from db.backup import backups_folder, caseload_backups  # db.backup opens caseloads through this module

    said = (f"The clinic's caseload {path} is not a Clinic Desk caseload (was another file saved over it?); nothing "
            "was written to it. ")
    backups = caseload_backups(path)
    if not backups:
        # "With a backup from <folder>" sent the volunteer to a folder with none, or none there
        # at all (a caseload never closed in the window nor changed by a command) (R66-06).
        return (f"{said}There is no backup of it in {backups_folder(path)}: restore it from a copy kept elsewhere "
                "(a laptop's, a USB stick's) with clinic-app restore FILE (the file is kept aside), or start Clinic Desk "
                "on another caseload (clinic-app --db PATH).")
    # The newest, by its name, to type as it is (quoted: the data folder of a Windows account
    # has spaces, "C:\Users\Ana Ruiz\..."); the others are in the same folder (R66-06).
    return (f'{said}Restore it from its newest backup: clinic-app restore "{backups[0].path}" (the file is kept aside; '
            f"older backups are in {backups_folder(path)}), or start Clinic Desk on another caseload "
            "(clinic-app --db PATH).")


def default_demo_path() -> Path:
    """The caseload ``clinic-app --demo`` opens when no ``--db`` is given: beside the clinic's,
    never the clinic's own, so that no synthetic client ends up among real ones (F24-03)."""
    return default_caseload_path().with_name("demo.sqlite")


def commands_on(path: Path | str) -> Callable[[str], str]:
    """`clinic-app SUB` on the caseload at `path`, for each SUB: no --db for the clinic's own
    caseload (as the terminal says it when started with none), --demo for the demo's, and
    otherwise its --db, whole (the window was perhaps started in another folder than the
    terminal the command is typed in).  A passphrase is never said: the command asks it.

    A hint naming `clinic-app list --remedy prop47` without the window's caseload sent a
    paralegal whose window was open on an event's laptop file, or on the demo, to a command
    that ran on the clinic's own caseload (S118-01).  Here, beside the two default caseloads it
    tells apart, not in the window: what this module says of a caseload (a damaged one's
    restore) is said the same way, and `clinic_app` may import no storage to hold it."""
    where = Path(path).expanduser().absolute()
    if where.resolve() == default_caseload_path().resolve():
        return caseload_command
    if where.resolve() == default_demo_path().resolve():
        return lambda sub: caseload_command(sub, demo=True)
    return lambda sub: caseload_command(sub, where)


def heard_commands(command: Callable[[str], str]) -> Callable[[str], str]:
    """`command` (`commands_on`) as a screen reader is to hear it: a caseload's --db said as
    "--db CASELOAD", as a description says NAME or KEY, not its whole path (K409-01)."""
    if "--db " not in command("list"):
        return command
    return lambda sub: caseload_command(sub, "CASELOAD")


@contextlib.contextmanager
def _private_umask() -> Iterator[None]:
    """New files and folders readable by this user only: a caseload is confidential."""
    old = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(old)


def connect(path: Path | str, *, create: bool = True, passphrase: str | None = None) -> sqlite3.Connection:
    """A raw connection with the per-connection pragmas, no schema work.

    With `passphrase` it is a SQLCipher connection keyed with it (db.cipher); without, a
    caseload that looks encrypted is refused with `PassphraseNeeded`.
    """
    path = Path(path)
    if not create and not path.exists():
        raise CannotOpen(f"There is no caseload at {path}.", path=path)
    if not create and is_empty_file(path):
        raise NotADatabase(empty_file_said(path), path=path)
    with _private_umask(), user_errors(path):
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            # Said with a way on: the data folder of a new account on a read-only disk left a
            # volunteer at the first start with nothing to try (G65-02).
            raise CannotOpen(f"The folder for the caseload ({path.parent}) cannot be created: {err.strerror}. "
                             "Start Clinic Desk on a caseload in a folder you can write to (clinic-app --db PATH).",
                             path=path) from err
        if path.is_dir():
            raise CannotOpen(f"{path} is a folder, not a caseload file.", path=path)
        _narrow_to_owner(path)
        # check_same_thread=False: a worker thread may use the connection while the
        # UI waits for it; callers must still use it from one thread at a time.
        conn = connect_file(str(path), path=path, passphrase=passphrase, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
        try:
            _set_pragmas(conn)
        except BaseException:
            # A caseload cut short answers its first pragma "malformed": the connection, left
            # open until collected, held the file, and the restore that replaces such a file
            # took it for another window's, "damaged and open in another Clinic Desk window"
            # while none was (Y119-03).
            conn.close()
            raise
    return conn


def _set_pragmas(conn: sqlite3.Connection) -> None:
    """The per-connection settings every caseload connection has."""
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    # What is deleted is overwritten with zeros, not left in the file's free space for
    # anyone with a copy of it to read (a deleted client, an old name or case, V28-01).
    conn.execute("PRAGMA secure_delete = ON")
    # Each commit on the disk before "Saved" is said: with NORMAL, a WAL caseload wrote its
    # -wal to the disk only at a checkpoint, and a power cut or a dead battery took back
    # the saves since, all said saved, and the drafts kept of the typing (K63-02).  One
    # fdatasync a commit: 0.45 ms here, a save being one commit and a re-screen one a range.
    conn.execute("PRAGMA synchronous = FULL")


def is_empty_file(path: Path) -> bool:
    """Whether `path` is a file with nothing in it and no ``-wal`` beside it holding its
    pages (a caseload just made, killed before its first checkpoint, has its pages there):
    a copy that failed, cut short to nothing.  Opened, SQLite took it for a new database,
    and the caseload chosen opened with no client in it, as if they were all gone (F58-05)."""
    try:
        if not path.is_file() or path.stat().st_size:
            return False
        wal = path.with_name(path.name + "-wal")
        return not (wal.is_file() and wal.stat().st_size)
    except OSError:
        return False


def empty_file_said(path: Path) -> str:
    return (f"The file {path} is empty: it is not a Clinic Desk caseload (a copy that failed, or cut short?). "
            "Nothing was written to it: choose the caseload file itself, or restore it from a backup.")


def empty_the_wal(conn: sqlite3.Connection) -> bool:
    """Copy the ``-wal`` file's pages into the caseload and cut it to nothing; whether it was.

    In WAL mode every page written lands first in the ``-wal``, and the old versions stay
    there after a checkpoint until overwritten: a deleted client's pages as they were
    before (V28-01).  Another connection reading (a second window, a re-screen) holds
    the ``-wal`` it reads from: then nothing is waited for (the busy timeout is set aside),
    and the ``-wal`` is emptied at the next call, or removed when the last connection
    closes.
    """
    if conn.in_transaction:  # a caller's transaction still going: its end is not here
        return False
    conn.execute("PRAGMA busy_timeout = 0")
    try:
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    finally:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return not int(busy)


def _narrow_to_owner(path: Path) -> None:
    """Make an existing caseload, its ``-wal`` and ``-shm`` files and its backups folder this
    user's alone, quietly.

    New ones are made so (`_private_umask`), but a caseload copied in, restored by hand or
    made by an older version could be readable by every account on a shared clinic laptop
    (0644), and stayed so however often it was opened (D23-03).  SQLite gives the ``-wal``
    and ``-shm`` files the caseload's own mode, so the caseload is narrowed first.
    """
    from db.backup import backups_folder  # db.backup opens caseloads through this module

    for each, owner_only in ((path, 0o600), (Path(f"{path}-wal"), 0o600), (Path(f"{path}-shm"), 0o600),
                             (backups_folder(path), 0o700)):
        try:
            mode = stat.S_IMODE(os.stat(each).st_mode)
            if mode & ~owner_only:
                os.chmod(each, mode & owner_only)
        except OSError:  # not there, another user's, or a file system without modes (FAT)
            pass


def schema_version(db: Database) -> int:
    """The schema number stored in the file (0 for a new, empty file)."""
    return db.conn.execute("PRAGMA user_version").fetchone()[0]


def check_not_newer(version: int, path: Path | str | None = None) -> None:
    """Refuse a caseload whose schema this program does not know."""
    if version > migrations.SCHEMA_VERSION:
        raise NewerSchema(
            f"This caseload was written by a newer version of Clinic Desk (schema {version}); "
            f"this program understands up to {migrations.SCHEMA_VERSION}. Update the program.",
            path=path, schema=version,
        )


# A whole-file quick_check reads every page, and most of a big caseload's pages are stored
# screenings (a re-screen of 100,000 demo clients added ~850 MB, and the newest few per
# client are kept): on such a file the check took seconds at every start.  So a file over
# the limit gets a partial check at open, of every table but the screenings (SQLite checks
# each named table with its indexes).  The screenings, derived data that a re-screen makes
# again, are checked whole whenever a backup is made (db.backup runs integrity_check on
# the copy) and reported as damaged if a damaged one is read.  A file under the limit is
# checked whole: that costs well under a second.
FULL_CHECK_LIMIT_BYTES = 64 * 2**20
_CHECKED_LATER = ("screenings",)


def quick_check(db: Database, path: Path | str | None = None, *, full: bool = False) -> None:
    """Raise `Corrupt` unless SQLite's quick (or, with `full`, integrity) check says "ok".

    Without `full`, a file over `FULL_CHECK_LIMIT_BYTES` is checked table by table, all
    but the stored screenings (see above).
    """
    conn = db.conn
    if full:
        rows = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
    elif _file_bytes(conn) <= FULL_CHECK_LIMIT_BYTES:
        rows = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]
    else:
        tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'")]
        rows = ["ok"]
        for table in tables:
            if table in _CHECKED_LATER:
                continue
            found = [row[0] for row in conn.execute(f'PRAGMA quick_check("{table}")').fetchall()]
            if found != ["ok"]:
                rows = found
                break
    if rows != ["ok"]:
        from db.backup import restore_said  # db.backup opens caseloads through this module

        where = f" {path}" if path is not None else ""
        raise Corrupt(
            f"The caseload{where} is damaged ({rows[0] if rows else 'no answer'}). "
            f"{restore_said(path)}; do not keep working in this file.",
            path=path,
        )


def _file_bytes(conn: sqlite3.Connection) -> int:
    """The size of the main database file as SQLite sees it (pages times page size)."""
    # int(): SQLCipher answers these pragmas as text.
    return int(conn.execute("PRAGMA page_count").fetchone()[0]) * int(conn.execute("PRAGMA page_size").fetchone()[0])


def _check_is_caseload(db: Database, path: Path) -> None:
    """Refuse another program's SQLite file rather than add caseload tables to it."""
    tables = {row[0] for row in db.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not tables:
        return  # a new, empty file becomes a caseload
    if "_sqlite_migrations" in tables:
        applied = db.conn.execute("SELECT 1 FROM _sqlite_migrations WHERE migration_set = ?", (migrations.MIGRATION_SET,)).fetchone()
        if applied:
            return
    raise NotADatabase(f"The file {path} is an SQLite database of another program, not a Clinic Desk caseload.", path=path)


# What an open says while it backs up and updates a caseload made by an older Clinic Desk,
# to `open_caseload`'s `progress(done, total, text)`: a busy clinic's (20,000 clients, 1 GB)
# took 11-12 s once, the window frozen and the commands silent, and a paralegal who took it
# for hung could kill it (N66).  The window shows it in a dialog (ui.opening), the commands
# a line each on stderr.
BACKING_UP_SAID = "Backing up the caseload before updating it..."


# Said while another program (Clinic Desk started twice at once) makes or updates the same
# caseload, which this open waits for (K114-03): a window left blank, or a command silent, for
# the other's 11-12 s update looked hung, and was killed (R116-01).
WAITING_FOR_OTHER_SAID = "Waiting for another Clinic Desk that is making or updating this caseload..."


def updating_said(n: int, total: int) -> str:
    return f"Updating the caseload ({n} of {total})..."


Progress = Callable[[int, int, str], None]

# A restore's and an encrypt's own steps (db.backup, db.cipher) are told to their `progress` only
# for a caseload or backup over this size, where each takes seconds (1 GB: 11-12 s before the
# restored caseload is opened, 14 s to encrypt): under it they are over before a line could be
# read, and the commands say nothing more than before, an error in one line (D70-05).
LONG_STEPS_BYTES = 64 * 2**20


def takes_a_while(*paths: Path) -> bool:
    """Whether any of the files at `paths` is large enough for a restore's or an encrypt's own
    steps to be told (`LONG_STEPS_BYTES`)."""
    for path in paths:
        try:
            if path.stat().st_size > LONG_STEPS_BYTES:
                return True
        except OSError:  # not there (a caseload restored into a new file): nothing to copy
            pass
    return False


def _backup_before_migrating(db: Database, path: Path, progress: Progress | None = None, *,
                             kept_at: Path | None = None) -> Path | None:
    """A verified backup in ``backups/`` beside the caseload before its schema changes.

    A new, empty file has nothing to lose and gets none.  Only the newest few are kept
    (db.backup.KEEP_BEFORE_CHANGE).  Returns the backup's path.  `progress` is told the
    pages copied, then (0, 0: not counted) while the copy is checked.  `kept_at`: a whole
    copy of the caseload as it is now, left untouched by the caller, returned instead of a
    new one (see `open_caseload`).
    """
    if schema_version(db) == 0 or not migrations.migrations.pending(db):
        return None
    if kept_at is not None:
        return kept_at
    from db.backup import backup_before  # db.backup itself opens caseloads through this module

    if progress is None:
        return backup_before(db, "migration")

    def copied(done: int, total: int) -> None:
        # The copy's integrity check follows the last page: not counted, rather than 100% standing.
        progress(*((done, total) if done < total else (0, 0)), BACKING_UP_SAID)

    progress(0, 0, BACKING_UP_SAID)
    return backup_before(db, "migration", copied=copied)


def _migrate(db: Database, progress: Progress | None) -> None:
    """The schema brought up to date; each pending migration told to `progress` (N of M), and
    how far one that counts has gone (m017, D70-02), unless the file is new (it is made, not
    updated: a moment, and nothing to say)."""
    if progress is None or schema_version(db) == 0:
        migrations.apply(db)
        return
    step = [1, 1]  # the migration running, of how many

    def each(n: int, total: int) -> None:
        step[:] = [n, total]
        progress(n - 1, total, updating_said(n, total))

    def within(done: int, of: int) -> None:
        # Counted on from the migrations before it: the bar moves on, not back to nothing.
        n, total = step
        progress((n - 1) * of + done, total * of, updating_said(n, total))

    migrations.apply(db, each=each, within=within)


class CaseloadDatabase(Database):
    """A caseload's sqlite-utils Database that remembers, in memory only, the passphrase
    it was opened with (None for a plain caseload): its backups are encrypted with it.

    Its connection is given to no sqlite-utils plugin: Clinic Desk has none, a clients' caseload
    is no place for another installed package's code, and finding them read the entry points of
    every package installed, ~18 ms of each start of the program and of each worker process
    (P295-02).  The window's and the re-screen's workers open theirs as this class too."""

    def __init__(self, conn: sqlite3.Connection, *, passphrase: str | None = None):
        super().__init__(conn, execute_plugins=False)
        self.passphrase = passphrase
        # Copies an encrypt, passphrase change or restore stopped half-way had left beside
        # the caseload, removed as it was opened (db.backup.remove_stale_replacements).
        self.removed_leftovers: list[Path] = []
        # The backup made as it was opened, before its schema was updated (None when there was none).
        self.backup_before_update: Path | None = None


def open_caseload(path: Path | str, *, create: bool = True, passphrase: str | None = None,
                  progress: Progress | None = None, kept_at: Path | None = None) -> CaseloadDatabase:
    """Open (or create) the caseload at `path`, checked and migrated, as a sqlite-utils Database.

    With `passphrase` the caseload is (or is created) encrypted (db.cipher).  `progress(done,
    total, text)` is told each step of backing up and updating a caseload made by an older
    Clinic Desk (`BACKING_UP_SAID`, then `updating_said`; total 0 where it is not counted),
    and nothing when there is none.

    `kept_at`: a file the caller keeps whole that holds this caseload as it is now (the backup
    a restore has just copied in): a caseload made by an older Clinic Desk is then updated
    without another copy of it first.  On a busy clinic's backup that copy was the longest step
    of the restore (1 GB, about 5 s), and a second copy of the backup in ``backups/`` (U71-03).
    """
    path = Path(path)
    try:
        conn = connect(path, create=create, passphrase=passphrase)
    except CannotOpen as err:
        # The first statement on a WAL caseload makes its -shm beside it: in a folder that
        # cannot be written, SQLite's "unable to open" comes here, in `connect`, no longer
        # below where D21-05 put it into words ("the folder may not exist", G65-02).
        if _folder_cannot_be_written(path):
            raise _in_read_only_folder(path) from err
        raise
    try:
        with user_errors(path):
            db = CaseloadDatabase(conn, passphrase=passphrase)
            with _alone_making_or_updating(db, path, progress):
                check_not_newer(schema_version(db), path)
                quick_check(db, path)
                _check_is_caseload(db, path)
                if db.conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                    db.enable_wal()
                db.backup_before_update = _backup_before_migrating(db, path, progress, kept_at=kept_at)
                _migrate(db, progress)
            db.execute("PRAGMA foreign_keys = ON")  # a migration may have switched it off
        if path.name != ":memory:":
            from db.backup import remove_stale_replacements  # db.backup opens caseloads through this module

            db.removed_leftovers = remove_stale_replacements(path)
        return db
    except CannotOpen as err:
        conn.close()
        if _folder_cannot_be_written(path):
            raise _in_read_only_folder(path) from err
        raise
    except BaseException:
        conn.close()
        raise


# How long an open waits for another program making or updating the same caseload (a busy
# clinic's 1 GB one took 11-12 s to update, N66) before it goes on as before, unwaited.
OTHER_OPEN_WAIT_SECONDS = 120


def schema_lock(path: Path) -> Path:
    """The hidden file beside the caseload `path` that the program making or updating its
    schema holds locked (see `_alone_making_or_updating`): ``.caseload.sqlite.lock``."""
    return path.with_name(f".{path.name}.lock")


@contextlib.contextmanager
def _alone_making_or_updating(db: Database, path: Path, progress: Progress | None = None) -> Iterator[None]:
    """Inside this, the caseload's schema is made or updated by this program alone.

    Clinic Desk started twice at once (a double-click, the second before the first window
    showed) on a new caseload, or on one an older Clinic Desk made, had both make (or update)
    it: the second read the first's half-made file and said it was "an SQLite database of
    another program, not a Clinic Desk caseload", or ended in a crash report, a migration
    run twice (K114-03).  The second now waits for the first's schema work, and reads the file
    as it left it.  An exclusive flock on the caseload's own `schema_lock` file, taken only
    when there is schema work to do, and removed after; none where there is no flock (Windows)
    or the file cannot be made, as before.  While it waits, `progress` is told so
    (`WAITING_FOR_OTHER_SAID`, not counted).

    Not on the caseload itself: closing any other handle of it would let go of SQLite's own
    (fcntl) locks on it.  Not on its folder, as it was: another caseload of the same folder,
    opened meanwhile, waited for this one's update too, told "this caseload" (U118-04)."""
    if fcntl is None or path.name == ":memory:" or schema_version(db) == migrations.SCHEMA_VERSION:
        yield
        return
    lock = schema_lock(path)
    given_up = time.monotonic() + OTHER_OPEN_WAIT_SECONDS
    told = False
    fd: int | None = None
    while fd is None:
        try:
            fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            break  # a folder that cannot be written: as before, unlocked
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            fd = None
            if progress is not None and not told:
                told = True
                progress(0, 0, WAITING_FOR_OTHER_SAID)
            if time.monotonic() > given_up:
                break  # gone on unwaited, as before
            time.sleep(0.05)
            continue
        except OSError:
            os.close(fd)
            fd = None
            break  # no flock on this file system: as before
        try:
            same = os.path.samestat(os.fstat(fd), os.stat(lock))
        except FileNotFoundError:
            same = False
        if not same:  # the file the one before removed as it let go: the lock is the new one's
            os.close(fd)
            fd = None
    try:
        yield
    finally:
        if fd is not None:
            try:
                lock.unlink()  # while held: one waiting for it takes a new file (above)
            except OSError:
                pass
            os.close(fd)  # the lock with it


def _folder_cannot_be_written(path: Path) -> bool:
    return path.parent.is_dir() and not os.access(path.parent, os.W_OK)


def _in_read_only_folder(path: Path) -> ReadOnly:
    """What to say of a caseload in a folder that cannot be written to (a CD, a read-only
    share or USB stick): SQLite's own error said the folder "may not exist" (storage check
    D21-05), of a folder that was plainly there.  Where there is no caseload yet (the data
    folder of a new account, made read-only), none can be made there (G65-02)."""
    if not path.exists():
        return ReadOnly(
            f"There is no caseload at {path}, and none can be created there: Clinic Desk cannot write to the folder "
            f"({path.parent}). Make the folder one you can write to, or start Clinic Desk on a caseload in another "
            "folder (clinic-app --db PATH).",
            path=path,
        )
    return ReadOnly(
        f"The caseload {path} is in a folder Clinic Desk cannot write to ({path.parent}): while a caseload is open, "
        "two working files are kept beside it. Copy the caseload to a folder you can write to and open the copy.",
        path=path,
    )


__all__ = [
    "open_caseload",
    "CaseloadDatabase",
    "default_caseload_path",
    "commands_on",
    "connect",
    "empty_the_wal",
    "schema_version",
    "check_not_newer",
    "quick_check",
    "CaseloadError",
]
