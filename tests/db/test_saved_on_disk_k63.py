"""A save said "Saved" is on the disk, not only in the computer's memory (K63-02).

The caseload is in WAL mode; with ``synchronous=NORMAL`` SQLite wrote the ``-wal`` file to
the disk only at a checkpoint (every thousand pages or so), so a power cut or a dead battery
took back every save since, each said saved, and the drafts kept of the typing too (SQLite's
own words: a transaction committed in WAL mode with NORMAL "might roll back following a
power loss").  A power cut cannot be made in a test; the disk write can be watched: a save
must ask the system to put the ``-wal`` on the disk (fdatasync) before it returns.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.strace_here import strace_works

from db.connection import connect, open_caseload

TREE = Path(__file__).parent.parent.parent

CHILD = """
import os, sys
from db.repository import Repository
from tests.gui.conftest import probation_client
repo = Repository.open(sys.argv[1], user="volunteer-1")
client_id = repo.add_client(probation_client("Rosa Delgado"))
record = repo.get_client(client_id)
record.notes = "Works nights; call after 3 pm."
for mark in ("begin", "end"):
    try:
        os.stat(f"/K63-save-{mark}")  # seen by strace: where the save starts and ends
    except FileNotFoundError:
        pass
    if mark == "begin":
        repo.save_client(record)
repo.close()
"""


@pytest.mark.skipif(not strace_works(), reason="strace watches the disk writes (missing, or ptrace not allowed here)")
def test_a_save_puts_the_wal_on_the_disk_before_it_returns(tmp_path):
    trace = tmp_path / "trace.txt"
    path = tmp_path / "caseload.sqlite"
    subprocess.run(["strace", "-f", "-y", "-e", "trace=fsync,fdatasync,newfstatat,stat", "-o", str(trace), sys.executable, "-c", CHILD, str(path)],
                   cwd=TREE, env=dict(os.environ, PYTHONPATH=str(TREE)), check=True, timeout=120)
    lines = trace.read_text().splitlines()
    begin = next(i for i, line in enumerate(lines) if "/K63-save-begin" in line)
    end = next(i for i, line in enumerate(lines) if "/K63-save-end" in line)
    synced = [line for line in lines[begin:end] if "sync(" in line and f"{path}-wal" in line]
    assert synced, "the save returned with the -wal file not yet written to the disk"


def test_every_connection_waits_for_the_disk_at_each_commit(tmp_path):
    """The window's, the commands' and the re-screen workers' (db.rescreen opens with `connect`)."""
    path = tmp_path / "caseload.sqlite"
    open_caseload(path).close()
    with open_caseload(path) as db:
        assert db.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    worker = connect(path, create=False)
    try:
        assert worker.execute("PRAGMA synchronous").fetchone()[0] == 2
    finally:
        worker.close()
