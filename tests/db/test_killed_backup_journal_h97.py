"""H97-02: a backup killed inside SQLite's copy (a dead battery, a forced quit, the program
ended by Close anyway while the hour's backup copied) left SQLite's rollback journal of the
hidden copy, ``.<name>.partial-journal`` (512 bytes to 1 KB: a header, the copy starts empty),
in backups/.  The next backup removed the copy (P68-04) but not its journal, which no later
backup ever matched: each automatic backup has a new name, so one was left for each such kill,
for good.  The clean-up a backup begins with (`remove_stale_partials`) now removes SQLite's
files beside the copies it removes, and those left beside no copy at all (a copy the close
removed) once five minutes old; never those of a copy a running backup still holds."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from db.backup import backup_rotating
from db.repository import Repository
from tests.db.test_killed import TREE, _env
from tests.db.test_killed_backup_partial_p68 import caseload  # noqa: F401 - the fixture: one client's caseload
from tests.stopped_process import kill_when_stopped

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL, flock")

# A child process backing up the caseload before an import, stopped inside SQLite's copy: after
# its first step of pages, the copy's write transaction open and its journal beside it.  The
# steps are made small (8 pages, not 4,096) so that a caseload of a few clients takes several,
# as a clinic's caseload of 16 MB or more does with the real step.
COPYING = """
import sys, time
import db.backup
from db.repository import Repository
db.backup.COPY_STEP_PAGES = 8
repo = Repository.open(sys.argv[1], create=False)
def copied(done, total):
    assert done < total, "the copy should still be under way"
    print("STOPPED", flush=True)
    time.sleep(120)
db.backup.backup_before(repo.db, "import", copied=copied)
"""


def _left(folder: Path) -> list[str]:
    """The hidden files of backups in `folder`: copies, and SQLite's files beside them."""
    return sorted(path.name for path in folder.glob(".*.partial*"))


def _age(folder: Path, seconds: float) -> None:
    then = time.time() - seconds
    for path in folder.glob(".*.partial*"):
        os.utime(path, (then, then))


def _killed_inside_the_copy(caseload: Path) -> Path:
    kill_when_stopped([sys.executable, "-c", COPYING, str(caseload)], cwd=TREE, env=_env(),
                      what="the backup should have stopped inside its copy")
    folder = caseload.parent / "backups"
    copy, journal = _left(folder)
    assert journal == copy + "-journal"
    return folder


def test_h97_02_a_backup_killed_inside_the_copy_leaves_no_journal_after_the_next_backup(caseload):
    folder = _killed_inside_the_copy(caseload)
    _age(folder, 10 * 60)  # killed ten minutes ago: the next backup comes
    with Repository.open(caseload, create=False) as repo:
        made = backup_rotating(repo.db)
    assert _left(folder) == []
    assert made.is_file()


def test_h97_02_a_journal_whose_copy_the_close_removed_goes_at_the_next_backup(caseload):
    # Close anyway removes the copy being written (H94-01) and the program ends at once: SQLite,
    # inside its copy, never removes its journal.
    folder = _killed_inside_the_copy(caseload)
    (copy,) = folder.glob(".*.partial")
    copy.unlink()
    _age(folder, 10 * 60)
    with Repository.open(caseload, create=False) as repo:
        backup_rotating(repo.db)
    assert _left(folder) == []


def test_h97_02_sqlites_wal_and_shm_beside_a_killed_copy_go_with_it(caseload):
    # Killed in the moment the copy, in WAL mode as the caseload is, is put back in rollback
    # mode: SQLite has made the copy's -wal (empty) and -shm beside it.  That moment cannot be
    # hit by a kill reliably, so the files are made as it leaves them.
    folder = caseload.parent / "backups"
    folder.mkdir()
    copy = folder / ".caseload-20261205-101500-000000.sqlite.partial"
    with Repository.open(caseload, create=False) as repo:
        copy.write_bytes(backup_rotating(repo.db).read_bytes())
    Path(f"{copy}-wal").write_bytes(b"")
    Path(f"{copy}-shm").write_bytes(b"\0" * 32768)
    _age(folder, 10 * 60)
    with Repository.open(caseload, create=False) as repo:
        backup_rotating(repo.db)
    assert _left(folder) == []


def test_h97_02_the_journal_of_a_copy_a_running_backup_holds_is_left(caseload):
    child = subprocess.Popen([sys.executable, "-c", COPYING, str(caseload)], cwd=TREE, env=_env(),
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "STOPPED", child.stderr.read()
        folder = caseload.parent / "backups"
        held = _left(folder)
        assert len(held) == 2  # the copy and its journal
        _age(folder, 30 * 60)  # a big copy: its files not written to for a while
        with Repository.open(caseload, create=False) as repo:
            backup_rotating(repo.db)
        assert _left(folder) == held
    finally:
        child.kill()
        child.wait(timeout=30)
        child.stdout.close()
        child.stderr.close()
