"""Files Clinic Desk writes that hold a client's record (handouts): the user's alone.

A handout names the client and their convictions.  Written with the default mode (0644
on most systems) it could be read by every account on a shared clinic laptop, while the
caseload it came from is readable by its user only (db.connection makes it 0600).  So a
handout file is made 0600 and a folder of them 0700 (storage check D21-04).
"""

from __future__ import annotations

import errno
import os
import shutil
import stat
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

PRIVATE_FILE_MODE = 0o600
PRIVATE_FOLDER_MODE = 0o700
# A hidden partial file (a backup's, an export's, a batch's results) not written to for this
# long is left by a run that was stopped half-way (killed, power lost), never one still being
# written: each is written in minutes even at 100,000 clients.
STALE_PARTIAL_SECONDS = 3600


def not_encrypted_note(*, many: bool = False, whom: str = "clients", until: str, names: str | None = None) -> str:
    """What to say, after its subject ("The file", "The PDFs"), of a file written from an
    encrypted caseload: it is not encrypted.  An export is JSON text for another laptop's
    import (V27-01); a handout or a filing worksheet is a PDF, saved (one client's, or a
    folder of an event's) to be printed elsewhere, names and convictions in the clear, and
    nothing said so (P68-01).  One place for the words, so each is said as the export is.
    `whom`: who the file names; `until`: when it is done with ("imported", "printed");
    `names`: what a file that is no text names, in place of whom and their convictions."""
    names = names or f"{whom} and their convictions in plain text"
    if many:
        return (f"are not encrypted, as the caseload is: they name {names}. "
                f"Carry them encrypted, and delete them once {until}.")
    return f"is not encrypted, as the caseload is: it names {names}. Carry it encrypted, and delete it once {until}."


# A client's handout or filing worksheet saved as PDF from an encrypted caseload, and a folder
# of them (a clinic event's), said so wherever one is written: the window, the commands.
PLAIN_PDF_SAID = f"The PDF {not_encrypted_note(whom='the client', until='printed')}"
PLAIN_PDFS_SAID = f"The PDFs {not_encrypted_note(many=True, until='printed')}"
# `clinic-app --screenshot FILE.png` of an encrypted caseload: a picture of the window's list,
# written with nothing said of it, where an export of the same caseload is warned of (K241-03).
PLAIN_SCREENSHOT_SAID = ("The screenshot "
                         + not_encrypted_note(until="used", names="clients, with their dates of birth and outcomes, in plain view"))


# Characters a FAT- or exFAT-formatted USB stick (and Windows) refuses in a file's name:
# "Garcia: March?.pdf", a name Linux takes, is refused there with no more than "Invalid argument".
NOT_IN_NAMES_ON_A_STICK = '\\:*?"<>|'


# A drive that takes no more files, whatever their names: full, read-only, or taken out.  A
# batch of papers stops at it (clinic_app.handouts.batch.write_each, H100-02).
DRIVE_GONE = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EIO})


def drive_is_full(folder: Path | str) -> bool:
    """Whether the drive holding `folder` has all but no space left (under 1 MB, less than a
    printed handout takes): what a file cut short there most likely met, where the writer
    (Qt's print to a file) did not say (H100-03)."""
    try:
        return shutil.disk_usage(folder).free < (1 << 20)
    except OSError:  # the drive gone
        return False


def what_to_do_about(error: OSError) -> str:
    """What to do, in the clinic's words, when a file could not be written or read (an export,
    a handout, a worksheet saved onto a USB stick): "" where the system's own words are all
    there is to say.  "PATH: Read-only file system", "No space left on device" and "Operation
    not permitted" said what the system met, not what a paralegal is to do (H99-04)."""
    name = Path(error.filename).name if isinstance(error.filename, str) else ""
    refused = sorted(set(name) & set(NOT_IN_NAMES_ON_A_STICK), key=NOT_IN_NAMES_ON_A_STICK.index)
    if refused and error.errno in (errno.EINVAL, errno.ENOENT, errno.EILSEQ):
        return (f"The name has characters this drive does not take ({' '.join(refused)}): "
                "give a name without them, and try again.")
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return "The drive is full: free some space on it, or choose another drive, and try again."
    if error.errno == errno.EROFS:
        return ("The drive is read-only (a USB stick's lock switch?): unlock it, or choose another drive, "
                "and try again.")
    if error.errno in (errno.EACCES, errno.EPERM):
        return ("Clinic Desk may not use it: the file is read-only, or another program holds it open (a PDF "
                "viewer?), or the folder is not yours. Close it there, or choose another name or folder, and try again.")
    if error.errno == errno.EIO:
        return ("The drive reported an error (a USB stick taken out?): put it back, or choose another drive, "
                "and try again.")
    if error.errno == errno.ENAMETOOLONG:
        return "The name is too long for this drive: give a shorter one, and try again."
    return ""


def said_with_what_to_do(said: str, error: OSError) -> str:
    """`said` (what could not be done, and the system's words, without its full stop) with
    what to do about `error` after it, where there is something to say (what_to_do_about)."""
    advice = what_to_do_about(error)
    return f"{said}. {advice}" if advice else f"{said}."


def open_private(path: Path | str) -> BinaryIO:
    """`path` opened for writing from its start, readable and writable by this user only.

    A new file is created so; an existing one (a handout saved again) is narrowed to it.
    A device or a pipe (``/dev/stdout``) is written as it is, its mode left alone.

    On Windows the file is opened binary (O_BINARY): os.open opens it as text there, and every
    "\\n" of a PDF would have been written "\\r\\n", the handout spoilt.  And Python before 3.13
    has no os.fchmod there (AttributeError, no OSError): every handout, worksheet, export and
    report saved stopped with a crash report (Q122-05).  A mode there is only a read-only mark:
    the file is left as the folder makes it.
    """
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), PRIVATE_FILE_MODE)
    try:
        if stat.S_ISREG(os.fstat(fd).st_mode) and hasattr(os, "fchmod"):
            os.fchmod(fd, PRIVATE_FILE_MODE)
    except OSError:
        pass  # a file system without modes (a FAT-formatted USB stick), or another user's file
    return os.fdopen(fd, "wb")


def write_private(path: Path | str, data: bytes) -> None:
    """Write `data` to `path` as `open_private` opens it, whole or not at all.

    The bytes go to a hidden ``.<name>.partial`` beside it, made durable, and then take its
    place.  Written in place, the file was cut to nothing first: a program killed, or a
    battery dead, as a handout was saved again over the one of before left an empty or
    half-written file where a good handout had been (D28-05).  A device or a pipe
    (``/dev/stdout``) is written as it is; a link is followed (the file it names is replaced,
    not the link); a file that may not be written (read-only) is refused as before.
    """
    path = Path(os.path.realpath(path))
    if path.exists() and not path.is_file():
        with open_private(path) as out:
            out.write(data)
        return
    if path.exists() and not os.access(path, os.W_OK):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
    with partial_being_written(path.with_name(f".{path.name}.partial")) as partial:
        try:
            with open_private(partial) as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.replace(partial, path)
            sync_folder(path.parent)
        except OSError as err:  # said of the file named, not of the hidden one beside it
            if err.errno is None:
                raise
            raise OSError(err.errno, err.strerror, str(path)) from err


def sync_folder(folder: Path | str) -> None:
    """Write the entries of `folder` to the disk: a file renamed into it (a partial file put
    in its place) is named on the disk only then.  Without it, a power cut or a USB stick
    pulled once "Exported" or "Saved" was said could leave the hidden partial file and no
    file of the name said, and the hidden one was later removed as a run's left-over (T63-02).
    Where the system opens no folder for it (Windows), nothing is done."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # a file system that cannot say (some network shares): the rename stands as before
    finally:
        os.close(fd)


# The hidden partial files being written now, by any thread (an export, a PDF put in its place, a
# backup's copy of the caseload, H94-01):
# work the user closed the window without ("Close anyway", ui.tasks.finish_all) never reaches
# its own cleanup, as the program then ends at once, and its partial file, the clients written
# so far (names, dates of birth, convictions), stayed beside the file named until an export to
# that file an hour later (U93-01).  Kept here so that the close can remove them.
_being_written: dict[Path, int] = {}
_being_written_lock = threading.Lock()


@contextmanager
def partial_being_written(partial: Path) -> Iterator[Path]:
    """Write `partial` inside this: it is known to `remove_partials_being_written` meanwhile,
    and removed at the end if it is still there (a write stopped, failed or cancelled)."""
    partial = Path(partial)
    with _being_written_lock:
        _being_written[partial] = _being_written.get(partial, 0) + 1
    try:
        yield partial
    finally:
        with _being_written_lock:
            left = _being_written.pop(partial) - 1
            if left:
                _being_written[partial] = left
        discard_partial(partial)


def remove_partials_being_written() -> list[tuple[Path, OSError]]:
    """Remove every hidden partial file being written now, for work that will not end on its
    own (the window closed without it).  Those that could not be removed, each with why: on
    Windows a file still open in the work's thread cannot be deleted."""
    with _being_written_lock:
        partials = list(_being_written)
    failed = []
    for partial in partials:
        try:
            partial.unlink(missing_ok=True)
        except OSError as error:
            failed.append((partial, error))
    return failed


def discard_partial(partial: Path) -> None:
    """Remove a hidden partial file, if there is one, and say nothing if it cannot be.

    ``unlink(missing_ok=True)`` in a ``finally`` still raised where the folder could not be
    written (a read-only USB stick, a folder of another user's): its error took the place of
    the one that said why the file was not written, and named the hidden file instead,
    "FOLDER/.day.jsonl.partial: Read-only file system" (H58-05).  Where nothing can be
    written, there is no partial file to remove either."""
    try:
        Path(partial).unlink(missing_ok=True)
    except OSError:
        pass


def private_temporary_file() -> BinaryIO:
    """A temporary file (in the system's temporary folder) for clients' records that must be
    read more than once, such as a batch given on standard input: readable by this user only,
    and gone once closed or the process ends, even killed.  On Linux and macOS it has no name
    on disk at all (unlinked at once), so it cannot be left behind; on Windows the system
    deletes it when it is closed."""
    return tempfile.TemporaryFile(prefix=".clinic-desk-")


def file_state(path: Path | str) -> tuple[int, int] | None:
    """Which file is at `path` and when it was last written, or None where there is none.  A
    file Clinic Desk writes beside and renames into place (a backup, a batch's paper) is a new
    one: a changed state tells one put there since from one an earlier run left."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_ino, found.st_mtime_ns


def folder_missing(path: Path | str, *, given: str = "", within: str = "") -> str | None:
    """What to say of `path`, a file (or an event's folder) the user named for a client's
    record, whose folder is not there; None when it is.  `/media/usb/12.pdf` with the stick
    not in had the folders made on the laptop's own disk and the record written there, said
    as written to the stick (C103-09, W104): refused, in one way wherever a path is given.
    `given`: the option it came by ("--out"), if any; `within`: said after the folder."""
    path = Path(path)
    if path.parent.exists():
        return None
    named = f"{given} {path}" if given else str(path)
    return f"{named}: folder {path.parent} does not exist{within}; make it first, or choose another"


def make_private_folder(path: Path | str) -> None:
    """Make the folder `path` (and its parents); the folder itself, if new, is this user's alone."""
    Path(path).mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER_MODE)


def remove_stale_files(folder: Path | str, pattern: str, *, older_than: float = STALE_PARTIAL_SECONDS) -> list[Path]:
    """Delete the files in `folder` named by the glob `pattern` that were last written more
    than `older_than` seconds ago; returns them.  One that cannot be removed (another user's)
    is left quietly."""
    cutoff = time.time() - older_than
    removed = []
    for path in Path(folder).glob(pattern):
        try:
            if path.is_file() and not path.is_symlink() and path.stat().st_mtime < cutoff:
                path.unlink()
                removed.append(path)
        except OSError:
            pass
    return removed


def no_core_dumps() -> None:
    """Ask the system to write no core dump of this process, should it crash.

    The program's memory holds clients' records and, for an encrypted caseload, its
    passphrase: a core dump writes them, in clear, to the working folder or to the system's
    crash store (systemd-coredump, Ubuntu's apport, from which they may be offered for
    sending), where the caseload's encryption and modes do not reach (V27-05).  The soft
    limit only: a user who wants a core dump to debug with can raise it again.  Where limits
    cannot be set (Windows), nothing is done.

    On Linux the process is also made not "dumpable" (`not_dumpable`).
    """
    not_dumpable()
    try:
        import resource
    except ImportError:
        return
    try:
        _soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
        resource.setrlimit(resource.RLIMIT_CORE, (0, hard))
    except (OSError, ValueError):
        pass


PR_GET_DUMPABLE = 3
PR_SET_DUMPABLE = 4


def not_dumpable() -> None:
    """On Linux, keep other processes of this user out of this one's memory (V28-06).

    The core limit stops a dump, but any other program the same user runs (a browser's
    plug-in, a script) could still attach a debugger or read ``/proc/<pid>/mem`` and find
    the clients' records and an encrypted caseload's passphrase there.  A process that is
    not dumpable (prctl PR_SET_DUMPABLE 0, as ssh-agent and gpg-agent do) can only be
    traced by root; it also writes no core dump.  Elsewhere, or if the call fails,
    nothing is done: it is a second guard, never a reason not to run.
    """
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
    except (OSError, AttributeError):
        pass
