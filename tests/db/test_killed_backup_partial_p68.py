"""P68-04: a backup killed half-way (a dead battery, a forced quit) left its hidden
``.<name>.partial`` copy, the caseload's size (974 MB on a big one), in backups/ for an hour:
the next backup removed only partial copies an hour old (WD22B-03), since a younger one may be
a backup still running in another program.  The writing backup now holds a lock on its copy;
one nobody holds and not written to for five minutes is removed by the next backup, while one
a running backup holds is left, whatever its age under the hour."""

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
from tests.stopped_process import kill_when_stopped
from clinic_app.model import Client

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL, flock")

# A child process backing up the caseload before an import, stopped once its copy is written
# (the copy still hidden, locked, not yet checked nor put in its place).
BACKING_UP = """
import sys, time
from db.backup import backup_before
from db.repository import Repository
repo = Repository.open(sys.argv[1], create=False)
def copied(done, total):
    print("STOPPED", flush=True)
    time.sleep(120)
backup_before(repo.db, "import", copied=copied)
"""


@pytest.fixture
def caseload(tmp_path) -> Path:
    path = tmp_path / "caseload.sqlite"
    with Repository.open(path) as repo:
        repo.add_client(Client(name="Clara Clinica"))
    return path


def _partials(folder: Path) -> list[Path]:
    return sorted(folder.glob(".*.partial"))


def _age(path: Path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


def test_p68_04_a_killed_backups_copy_goes_at_the_next_backup_not_an_hour_later(caseload):
    kill_when_stopped([sys.executable, "-c", BACKING_UP, str(caseload)], cwd=TREE, env=_env(),
                      what="the backup should have stopped with its copy written")
    folder = caseload.parent / "backups"
    (left,) = _partials(folder)
    assert left.name.startswith(".caseload-before-import-") and left.stat().st_size > 0
    _age(left, 10 * 60)  # killed ten minutes ago: the next backup comes

    with Repository.open(caseload, create=False) as repo:
        made = backup_rotating(repo.db)
    assert _partials(folder) == []
    assert made.is_file()


def test_p68_04_a_copy_a_running_backup_holds_is_left_whatever_its_age_under_the_hour(caseload):
    child = subprocess.Popen([sys.executable, "-c", BACKING_UP, str(caseload)], cwd=TREE, env=_env(),
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "STOPPED", child.stderr.read()
        folder = caseload.parent / "backups"
        (held,) = _partials(folder)
        _age(held, 30 * 60)  # a backup checking a big copy writes nothing to it for a while
        with Repository.open(caseload, create=False) as repo:
            backup_rotating(repo.db)
        assert _partials(folder) == [held]  # the running backup's copy is left
    finally:
        child.kill()
        child.wait(timeout=30)
        child.stdout.close()
        child.stderr.close()
