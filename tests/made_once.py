"""Files a test needs made once a test process and copied into each test's own folder: an
encrypted caseload pays SQLCipher's key derivation (the product's, about 0.1 s of CPU) at every
open on the way to it, and tests that each made the same one paid it over again (T170-04,
T192-01)."""

from __future__ import annotations

import shutil
from pathlib import Path

_MADE: dict = {}


def made_once(make, tmp_path: Path) -> tuple:
    """What `make(folder)` leaves in a new folder, made once a test process and copied into
    `tmp_path`, byte for byte (modes and times too), with the paths it gave as those of the
    copies (a list it gave is given as a new list).  The copies are files of their own, closed,
    as the ones made in the test were when `make` returned: so `make` must write no path of its
    folder into what it makes.  Made in the session's folder of test folders (one a worker),
    which pytest removes as it does theirs; `make`'s name names the folder, so it must be unique."""
    made = _MADE.get(make)
    if made is None:
        folder = tmp_path.parent / f"made-once-{make.__name__.strip('_')}"
        made = _MADE[make] = (folder, make(folder))
    folder, paths = made
    shutil.copytree(folder, tmp_path, dirs_exist_ok=True)
    return tuple(tmp_path / value.name if isinstance(value, Path) else list(value) for value in paths)
