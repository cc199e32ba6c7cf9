"""Which Clinic Desk this process runs: a stamp of its code, taken as the program starts.

A re-screen's worker processes import the screening code from disk when they start (the
window starts them with forkserver, long after it started itself).  If Clinic Desk was
upgraded meanwhile (its files replaced by pip, a package manager or a ``git pull``), the
workers screen by the new code while the window, and the ranges it screens itself, run the
old: the caseload would store results of two programs under one re-screen, perhaps under
the same rules version (V28-05).  So the program's code is stamped as it starts
(`remember`), a worker stamps what it finds on disk, and a re-screen whose stamps differ
is refused (db.rescreen).

The stamp is a hash of the contents of the files the screening reads: the ``clinic_app``
and ``db`` packages' Python files and the offense catalog (resources/catalog).  Contents,
not modification times, so that files put back unchanged (a reinstall of the same version)
refuse nothing.  About 4 ms for the ~80 files.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[1]  # the folder holding clinic_app, db and resources
_STAMPED = (("clinic_app", "*.py"), ("db", "*.py"), ("resources/catalog", "*"))

_started_with: str | None = None


def on_disk(root: Path = _ROOT) -> str:
    """The stamp of the code as it is on disk now."""
    digest = hashlib.sha256()
    for folder, pattern in _STAMPED:
        for path in sorted((root / folder).rglob(pattern)):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
                digest.update(path.read_bytes())
    return digest.hexdigest()


def remember() -> str:
    """Stamp the code this process started with (once: at the program's start)."""
    global _started_with
    if _started_with is None:
        _started_with = on_disk()
    return _started_with


def started_with() -> str:
    """The stamp of the code this process runs: remembered at its start, or taken now if the
    program did not start through `clinic_app.cli.main` (the tests)."""
    return remember()


UPDATED = ("Clinic Desk was updated while it was running: restart it, then re-screen. This re-screen "
           "was stopped: the new program's answers would have been mixed with the old one's.")


__all__ = ["on_disk", "remember", "started_with", "UPDATED"]
