"""Another program holding a caseload open, for the tests of what a restore may do to a
caseload in use.  A second process, not a second connection: POSIX file locks are per
process, so only another process shows what a window of another Clinic Desk would."""

from __future__ import annotations

import os
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[2]

_HOLD_OPEN = """
import os, sqlite3, sys, time
path, passphrase, add, then = sys.argv[1:5]
if passphrase:  # a Clinic Desk program, on an encrypted caseload
    from clinic_app.model import Client
    from db.repository import Repository
    repo = Repository.open(path, passphrase=passphrase)
    if add == "add":
        repo.add_client(Client(name="Added Before The Crash"))
else:  # bare SQLite: as a window that opened the caseload before it was damaged
    conn = sqlite3.connect(path)
    conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchall()
print("open", flush=True)
if then == "kill":
    os.kill(os.getpid(), 9)
time.sleep(60)
"""


def _start(path: Path, passphrase: str, add: bool, then: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(_ROOT)}
    other = subprocess.Popen([sys.executable, "-c", _HOLD_OPEN, str(path), passphrase, "add" if add else "none", then],
                             stdout=subprocess.PIPE, text=True, env=env, cwd=_ROOT)
    assert other.stdout.readline().strip() == "open"
    return other


@contextmanager
def holding_open(path: Path, *, passphrase: str = "", add: bool = False):
    """Another program with the caseload open (opened with `passphrase`, adding a client if
    `add`; bare SQLite without one) for the length of the `with`; then it is killed."""
    other = _start(path, passphrase, add, "wait")
    try:
        yield other
    finally:
        other.kill()
        other.wait(timeout=30)


def crashed_while_open(path: Path, *, passphrase: str = "", add: bool = False) -> None:
    """Another program opened the caseload (as `holding_open`) and ended without closing it,
    as a crash does: its -wal and -shm are left beside the caseload, its locks gone."""
    _start(path, passphrase, add, "kill").wait(timeout=30)
