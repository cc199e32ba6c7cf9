"""Files Clinic Desk writes that hold a client's record (handouts): the user's alone.

A handout names the client and their convictions.  Written with the default mode (0644
on most systems) it could be read by every account on a shared clinic laptop, while the
caseload it came from is readable by its user only (db.connection makes it 0600).  So a
handout file is made 0600 and a folder of them 0700 (storage check D21-04).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

PRIVATE_FILE_MODE = 0o600
PRIVATE_FOLDER_MODE = 0o700


def open_private(path: Path | str) -> BinaryIO:
    """`path` opened for writing from its start, readable and writable by this user only.

    A new file is created so; an existing one (a handout saved again) is narrowed to it.
    A device or a pipe (``/dev/stdout``) is written as it is, its mode left alone.
    """
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE_MODE)
    try:
        if stat.S_ISREG(os.fstat(fd).st_mode):
            os.fchmod(fd, PRIVATE_FILE_MODE)
    except OSError:
        pass  # a file system without modes (a FAT-formatted USB stick), or another user's file
    return os.fdopen(fd, "wb")


def write_private(path: Path | str, data: bytes) -> None:
    """Write `data` to `path` as `open_private` opens it."""
    with open_private(path) as out:
        out.write(data)


def make_private_folder(path: Path | str) -> None:
    """Make the folder `path` (and its parents); the folder itself, if new, is this user's alone."""
    Path(path).mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER_MODE)
