"""Files a test needs made once a test process and copied into each test's own folder: an
encrypted caseload pays SQLCipher's key derivation (the product's, about 0.1 s of CPU) at every
open on the way to it, and tests that each made the same one paid it over again (T170-04,
T192-01)."""

from __future__ import annotations

import shutil
from pathlib import Path

_MADE: dict = {}
_MADE_BY: dict = {}  # a folder made: the `make` that made it


def _where(make) -> tuple[str, int, str]:
    """Where `make` is written (file, line, name): the same in each import of its module."""
    return make.__code__.co_filename, make.__code__.co_firstlineno, make.__qualname__


def made_once(make, tmp_path: Path) -> tuple:
    """What `make(folder)` leaves in a new folder, made once a test process and copied into
    `tmp_path`, byte for byte (modes and times too), with the paths it gave as those of the
    copies (a list it gave is given as a new list).  The copies are files of their own, closed,
    as the ones made in the test were when `make` returned: so `make` must write no path of its
    folder into what it makes.  Made in the session's folder of test folders (one a worker),
    which pytest removes as it does theirs; `make`'s name names the folder, so it must be unique:
    another `make` of its name is refused (ValueError), and the same one reached through a second
    import of its module is given what the first made, not made again into its folder (R440-03)."""
    made = _MADE.get(make)
    if made is None:
        folder = tmp_path.parent / f"made-once-{make.__name__.strip('_')}"
        first = _MADE_BY.get(folder)
        if first is None:
            made = _MADE[make] = (folder, make(folder))
            _MADE_BY[folder] = make
        elif _where(first) == _where(make):
            made = _MADE[make] = _MADE[first]
        else:
            raise ValueError(f"made_once: {_where(make)[2]} ({_where(make)[0]}) would be made in the folder of "
                             f"{_where(first)[2]} ({_where(first)[0]}), {folder.name}: give it another name")
    folder, paths = made
    shutil.copytree(folder, tmp_path, dirs_exist_ok=True)
    return tuple(tmp_path / value.name if isinstance(value, Path) else list(value) for value in paths)
