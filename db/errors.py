"""SQLite errors sorted into the ones a clinic worker must be told about, and bugs.

A full disk, a read-only folder, a caseload another program holds open, a damaged file:
these happen on clinic laptops and are nobody's programming mistake.  They become a
`CaseloadError` whose message says, in plain words, what happened and what to do.
Everything else (a bad SQL statement, a broken constraint) is a bug in Clinic Desk and
is re-raised untouched so that it reaches the crash report.

The sorting looks at SQLite's own result code (`sqlite_errorcode` / `sqlite_errorname`),
not at the exception class: SQLCipher (`sqlcipher3.dbapi2`) raises its own classes with
the same codes.  (Model: qutebrowser's `misc/sql.py` known-error / bug-error split.)
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path


class CaseloadError(Exception):
    """Something about the caseload file the user must be told in plain words.

    `kind` is a short machine name ("disk_full", "locked", ...) for callers that react
    differently to each; `str(error)` is the sentence to show.
    """

    kind = "caseload"

    def __init__(self, message: str, *, path: Path | str | None = None):
        super().__init__(message)
        self.message = message
        self.path = Path(path) if path is not None else None

    def __str__(self) -> str:
        return self.message


class DiskFull(CaseloadError):
    kind = "disk_full"


class ReadOnly(CaseloadError):
    kind = "read_only"


class Locked(CaseloadError):
    kind = "locked"


class NotADatabase(CaseloadError):
    kind = "not_a_database"


class Corrupt(CaseloadError):
    kind = "corrupt"


class CannotOpen(CaseloadError):
    kind = "cannot_open"


class DiskError(CaseloadError):
    kind = "io_error"


class NewerSchema(CaseloadError):
    """A caseload or backup of a newer schema than this program's; `schema` its number, where
    known, for whoever supports the clinic (B130-04)."""

    kind = "newer_schema"

    def __init__(self, message: str, *, path: Path | str | None = None, schema: int | None = None):
        super().__init__(message, path=path)
        self.schema = schema


class PassphraseNeeded(CaseloadError):
    """The caseload is encrypted (db.cipher) and no passphrase was given."""

    kind = "passphrase_needed"


class NotEncrypted(CaseloadError):
    """A passphrase was given for a caseload never encrypted (db.cipher)."""

    kind = "not_encrypted"


class WrongPassphrase(CaseloadError):
    """The passphrase does not open the encrypted caseload."""

    kind = "wrong_passphrase"


class EncryptionUnavailable(CaseloadError):
    """SQLCipher (the sqlcipher3 package) is not installed."""

    kind = "encryption_unavailable"


class ChangedElsewhere(CaseloadError):
    """A client's record was saved by another window or desk since this one read it."""

    kind = "changed_elsewhere"


class ProgramUpdated(CaseloadError):
    """Clinic Desk's files were replaced while it ran: a re-screen's workers would run the new
    code beside the old (clinic_app.running_code).  Not the caseload's fault, but the same
    kind of thing: said in plain words, acted on by the user (a restart)."""

    kind = "program_updated"


class WorkerStopped(CaseloadError):
    """A re-screen's worker process ended in the middle of its clients (the system, short of
    memory, killed it; someone ended it): the re-screen stops and says so rather than waiting
    for a range that will never come.  The ranges stored before it are kept."""

    kind = "worker_stopped"


class ClientNotFound(CaseloadError, KeyError):
    """No client with that id: a KeyError, so `except KeyError` callers also work."""

    kind = "not_found"

    def __str__(self) -> str:  # KeyError would quote the message
        return self.message


# SQLite primary result codes (https://sqlite.org/rescode.html) that the user can cause
# or fix, with the class and the sentence that explains them.  `{where}` names the file.
_PERM, _BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 3, 5, 6, 8, 10, 11, 13, 14, 26
_KNOWN: dict[int, tuple[type[CaseloadError], str]] = {
    _FULL: (DiskFull, "The disk is full, so the caseload{where} could not be saved. Free some space and try again; nothing was lost."),
    _READONLY: (ReadOnly, "The caseload{where} is read-only, so changes cannot be saved. Check the file's permissions or copy it to a folder you can write to."),
    _PERM: (ReadOnly, "Clinic Desk is not allowed to use the caseload{where}. Check the file's permissions."),
    # Not "close it": the writer is most often a re-screen or import running in a terminal
    # or a window, and closing it throws its work away; it ends by itself (D24-07).
    _BUSY: (Locked, "The caseload{where} is busy: another program or Clinic Desk window is writing to it (a re-screen or an import, for example). Wait until it is done, then try again."),
    _LOCKED: (Locked, "The caseload{where} is locked by another program or window writing to it. Wait until it is done, then try again."),
    _NOTADB: (NotADatabase, "The file{where} is not a Clinic Desk caseload (or it is encrypted with a passphrase). Choose another file or restore a backup."),
    _CORRUPT: (Corrupt, "The caseload{where} is damaged. {restore}; do not keep working in this file."),
    _CANTOPEN: (CannotOpen, "The caseload{where} cannot be opened: the folder may not exist or may not be accessible."),
    _IOERR: (DiskError, "The disk reported an error while using the caseload{where}. Check the drive (is a USB stick unplugged?) and try again."),
}

# Fallback for drivers that give no code: SQLite's fixed English messages.
_MESSAGES = {
    "database or disk is full": _FULL,
    "attempt to write a readonly database": _READONLY,
    "database is locked": _BUSY,
    "database table is locked": _LOCKED,
    "file is not a database": _NOTADB,
    "file is encrypted or is not a database": _NOTADB,
    "database disk image is malformed": _CORRUPT,
    "unable to open database file": _CANTOPEN,
    "disk i/o error": _IOERR,
}


def _primary_code(exc: BaseException) -> int | None:
    """SQLite's primary result code for `exc`, or None when it is not an SQLite error."""
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF  # extended codes carry the primary code in the low byte
    name = getattr(exc, "sqlite_errorname", None)
    if isinstance(name, str):
        for primary, primary_name in _NAMES.items():
            if name == primary_name or name.startswith(primary_name + "_"):
                return primary
    if type(exc).__module__.split(".")[0] in ("sqlite3", "sqlcipher3", "pysqlite3", "pysqlcipher3"):
        return _MESSAGES.get(str(exc).strip().lower())
    return None


_NAMES = {
    _PERM: "SQLITE_PERM",
    _BUSY: "SQLITE_BUSY",
    _LOCKED: "SQLITE_LOCKED",
    _READONLY: "SQLITE_READONLY",
    _IOERR: "SQLITE_IOERR",
    _CORRUPT: "SQLITE_CORRUPT",
    _FULL: "SQLITE_FULL",
    _CANTOPEN: "SQLITE_CANTOPEN",
    _NOTADB: "SQLITE_NOTADB",
}


def classify(exc: BaseException, path: Path | str | None = None) -> CaseloadError:
    """The `CaseloadError` a user must see for `exc`; re-raises `exc` when it is a bug.

    Used as ``raise classify(err, path) from err`` inside an ``except`` block.
    """
    if isinstance(exc, CaseloadError):
        return exc
    code = _primary_code(exc)
    if code is None or code not in _KNOWN:
        raise exc
    cls, text = _KNOWN[code]
    where = f" {path}" if path is not None else ""
    restore = ""
    if "{restore}" in text:
        from db.backup import restore_said  # db.backup reports its errors through this module

        restore = restore_said(path)
    return cls(text.format(where=where, restore=restore), path=path)


def read_only_refusal(path: Path | str | None = None) -> ReadOnly:
    """The refusal a save into the read-only caseload at `path` meets, in its words, said before
    any save is tried (a payment typed and not added: A320-03)."""
    cls, text = _KNOWN[_READONLY]
    return cls(text.format(where=f" {path}" if path is not None else ""), path=path)


@contextlib.contextmanager
def user_errors(path: Path | str | None = None) -> Iterator[None]:
    """Turn environmental SQLite errors inside the block into `CaseloadError`."""
    try:
        yield
    except CaseloadError:
        raise
    except Exception as err:
        if _primary_code(err) in _KNOWN:
            raise classify(err, path) from err
        raise
