"""The whole-caseload re-screen (db.rescreen): worker processes give exactly the rows
one process gives, every client is stored once, and progress reaches the total."""

from __future__ import annotations

from datetime import date

from clinic_app.demo import generate_clients
from clinic_app.eligibility import facts_hash, screen
import pytest

import db.rescreen as rescreen_module
from db.errors import WorkerStopped
from db.rescreen import RANGE_SIZE, rescreen_caseload, start_method

AS_OF = date(2026, 11, 1)


def _stored(repo):
    return repo.db.conn.execute("SELECT client_id, as_of, rules_version, facts_hash, result, best, best_date, next_action_date, outstanding, needs_review FROM screenings ORDER BY client_id").fetchall()


def test_when_no_other_thread_runs_workers_are_forked():
    import threading

    if threading.active_count() > 1:  # an earlier test of this process left a thread behind
        pytest.skip("another thread runs in this test process")
    assert start_method() == "fork"


@pytest.mark.parametrize("method", ["fork", "forkserver"])
def test_two_workers_store_what_one_process_stores(tmp_path, monkeypatch, method):
    """fork serves the command line; forkserver the window, whose Qt threads make fork unsafe."""
    from db.repository import Repository

    monkeypatch.setattr(rescreen_module, "start_method", lambda: method)
    n = 2 * RANGE_SIZE + 37  # three ranges, the last one short
    stored = []
    for workers in (1, 2):
        with Repository.open(tmp_path / f"c{workers}.sqlite", user="t") as repo:
            repo.add_clients(generate_clients(n, seed=3))
            seen = []
            assert rescreen_caseload(repo, AS_OF, workers=workers, progress=lambda done, total: seen.append((done, total))) == n
            assert seen[-1] == (n, n) and len(seen) == 3
            stored.append(_stored(repo))
            client = repo.get_client(n // 2)
            latest = repo.latest_screening(client.id)
            assert latest.screening == screen(client.person, client.cases, AS_OF)
            assert latest.facts_hash == facts_hash(client.person, client.cases)
    assert len(stored[0]) == n and stored[0] == stored[1]


def _disk_gone(*_args, **_kwargs):
    raise OSError("disk gone")


def _killed(*_args, **_kwargs):
    import os

    os._exit(9)


@pytest.mark.timeout(120)
@pytest.mark.parametrize("broken, stand_in, error, said", [
    # A worker that cannot open the caseload: its error, raised by its first range.
    ("connect", _disk_gone, OSError, "disk gone"),
    # A worker process that dies (the system short of memory kills it, a user ends it in a
    # task manager) left multiprocessing.Pool waiting for its range forever: the window's
    # progress dialog, or a terminal's re-screen, never ended.
    ("screen_rows", _killed, WorkerStopped, "stopped unexpectedly"),
])
def test_a_worker_that_fails_ends_the_re_screen_with_its_error_instead_of_hanging(tmp_path, monkeypatch, broken, stand_in, error, said):
    from db.repository import Repository

    with Repository.open(tmp_path / "c.sqlite", user="t") as repo:
        repo.add_clients(generate_clients(RANGE_SIZE + 5, seed=4))
        monkeypatch.setattr(rescreen_module, "start_method", lambda: "fork")
        monkeypatch.setattr(rescreen_module, broken, stand_in)  # workers are forked after this
        with pytest.raises(error, match=said):
            rescreen_caseload(repo, AS_OF, workers=2)
        assert repo.db.conn.execute("SELECT COUNT(*) FROM screenings").fetchone()[0] == 0


@pytest.mark.timeout(120)
def test_leaving_the_re_screen_early_leaves_no_worker_process_behind(tmp_path, monkeypatch):
    """The window's Cancel leaves `screened_batches` after its first range."""
    import multiprocessing

    from db.repository import Repository
    from db.rescreen import screened_batches

    monkeypatch.setattr(rescreen_module, "start_method", lambda: "fork")
    with Repository.open(tmp_path / "c.sqlite", user="t") as repo:
        repo.add_clients(generate_clients(4 * RANGE_SIZE, seed=8))
        with screened_batches(repo, AS_OF, workers=2) as (total, batches):
            first = next(iter(batches))
            assert total == 4 * RANGE_SIZE and len(first) == RANGE_SIZE
    assert multiprocessing.active_children() == []


def test_where_no_worker_process_can_start_the_re_screen_runs_in_this_process(tmp_path, monkeypatch):
    from db.repository import Repository

    def no_processes(*_args, **_kwargs):
        raise OSError(38, "Function not implemented")

    monkeypatch.setattr(rescreen_module, "ProcessPoolExecutor", no_processes)
    with Repository.open(tmp_path / "c.sqlite", user="t") as repo:
        repo.add_clients(generate_clients(RANGE_SIZE + 5, seed=6))
        assert rescreen_caseload(repo, AS_OF, workers=2) == RANGE_SIZE + 5
        assert len(_stored(repo)) == RANGE_SIZE + 5


def test_a_row_screened_from_facts_another_desk_has_since_changed_or_removed_is_not_written(tmp_path):
    """Store check S18-07 and S18-08: a re-screen wrote an older answer over a newer one, and
    a client removed meanwhile failed its foreign key and ended the run."""
    from db.repository import Repository
    from db.rescreen import screened_batches

    path = tmp_path / "race.sqlite"
    with Repository.open(path, user="t") as repo:
        repo.add_clients(generate_clients(30, seed=5))
        with screened_batches(repo, AS_OF, workers=1) as (total, batches):
            rows = [row for batch in batches for row in batch]
        assert total == 30 and len(rows) == 30
        with Repository.open(path, user="desk-2") as other:
            changed = other.get_client(7)
            changed.person.dob = date(1970, 1, 1)
            other.save_client(changed)
            other.delete_client(9)
        before = repo.latest_screening(7)
        assert repo.store_screening_rows(rows) == 28
        assert repo.latest_screening(9) is None
        after = repo.latest_screening(7)
        assert (after.created_at if after else None) == (before.created_at if before else None)  # nothing written for 7
        assert repo.latest_screening(8).screening.as_of == AS_OF


def test_only_the_clients_asked_for_are_screened_in_ranges_that_hold_no_other(tmp_path, monkeypatch):
    """File > Import's clients just added (A34-01), by the re-screen's ranges: another desk's
    client added between them, and one of them removed since, are neither screened nor counted."""
    from db.repository import Repository
    from db.rescreen import screened_batches

    monkeypatch.setattr(rescreen_module, "RANGE_SIZE", 3)
    with Repository.open(tmp_path / "c.sqlite", user="t") as repo:
        ids = repo.add_clients(generate_clients(12, seed=5))
        imported = ids[:4] + ids[5:]  # ids[4]: another desk's, added while the import ran
        repo.delete_client(ids[7])
        with screened_batches(repo, AS_OF, workers=1, only=imported) as (total, batches):
            ranges = [[row[0] for row in batch] for batch in batches]
        assert total == 10
        # The one removed leaves no gap in a range: nothing stands between its neighbours now.
        assert ranges == [ids[0:3], ids[3:4], ids[5:7] + ids[8:9], ids[9:12]]


def _write_lock_free(path) -> bool:
    """Whether another connection could start writing to the caseload right now."""
    import sqlite3

    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
        return True
    except sqlite3.OperationalError:
        return False
    finally:
        other.close()


def test_the_re_screen_lets_other_windows_write_between_its_ranges(tmp_path, monkeypatch):
    """One transaction for the whole run held the write lock for minutes at 100,000 clients,
    so a window's save waited and failed meanwhile (D24-07)."""
    from db.repository import Repository

    monkeypatch.setattr(rescreen_module, "RANGE_SIZE", 10)
    path = tmp_path / "c.sqlite"
    free = []
    with Repository.open(path, user="t") as repo:
        repo.add_clients(generate_clients(35, seed=5))
        count = rescreen_caseload(repo, AS_OF, workers=1, progress=lambda done, total: free.append((done, _write_lock_free(path))))
        assert count == 35
        assert free == [(10, True), (20, True), (30, True), (35, True)]
        assert repo.db.conn.execute("SELECT COUNT(DISTINCT client_id) FROM screenings").fetchone()[0] == 35


def test_a_re_screen_stopped_half_way_keeps_the_ranges_it_stored(tmp_path, monkeypatch):
    """Each range is whole and valid (a row is kept only for the facts screened, S18-07)."""
    from db.repository import Repository

    monkeypatch.setattr(rescreen_module, "RANGE_SIZE", 10)

    def stop(done, _total):
        if done >= 20:
            raise KeyboardInterrupt

    with Repository.open(tmp_path / "c.sqlite", user="t") as repo:
        ids = repo.add_clients(generate_clients(35, seed=5))
        with pytest.raises(KeyboardInterrupt):
            rescreen_caseload(repo, AS_OF, workers=1, progress=stop)
        kept = [row[0] for row in repo.db.conn.execute("SELECT DISTINCT client_id FROM screenings ORDER BY client_id")]
        assert kept == sorted(ids)[:20]


_UPDATED_WHILE_OPEN = """
import sys
from datetime import date
from pathlib import Path

from clinic_app import running_code
from clinic_app.demo import generate_clients
from db import rescreen
from db.errors import ProgramUpdated
from db.repository import Repository

running_code.remember()  # the window starts
rescreen.start_method = lambda: sys.argv[2]
with Repository.open(sys.argv[1], user="t") as repo:
    repo.add_clients(generate_clients(2 * rescreen.RANGE_SIZE + 7, seed=3))
    print("before", rescreen.rescreen_caseload(repo, date(2026, 11, 1), workers=2))
    summary = Path(running_code.__file__).with_name("summary.py")  # the program is updated
    summary.write_text(summary.read_text(encoding="utf-8") + "\\n# 0.1.1\\n", encoding="utf-8")
    for workers in (2, 1):
        try:
            print("stored", rescreen.rescreen_caseload(repo, date(2026, 12, 1), workers=workers))
        except ProgramUpdated as error:
            print("refused", workers, error)
    print("as of 2026-12-01", repo.db.conn.execute("SELECT count(*) FROM screenings WHERE as_of = '2026-12-01'").fetchone()[0])
"""


@pytest.mark.parametrize("method", ["fork", "forkserver"])
def test_a_re_screen_after_the_program_was_updated_is_refused(tmp_path, method):
    """V28-05: Clinic Desk upgraded (its files replaced) while the window was open: the
    re-screen's workers, started afresh, imported the new code while the window ran the old,
    and the caseload stored both programs' answers as one re-screen.  A worker now compares
    the code on disk with the code the program started with and refuses; so does a re-screen
    screened in the program's own process, which may import new modules too.  Run on a copy
    of the program, whose summary.py is changed between two re-screens."""
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    program = tmp_path / "program"
    # With its byte code (tests/compiled_program.py writes it before the run; copytree keeps the
    # files' times, so it stays valid, and summary.py changed is compiled afresh): the copy and
    # its workers each compiled the whole program again where PYTHONDONTWRITEBYTECODE is set
    # (S347-03).  The stamp compared (clinic_app.running_code) reads the .py files only.
    for folder in ("clinic_app", "db", "resources"):
        shutil.copytree(root / folder, program / folder)
    env = {**__import__("os").environ, "PYTHONPATH": str(program)}
    done = subprocess.run([sys.executable, "-c", _UPDATED_WHILE_OPEN, str(tmp_path / "c.sqlite"), method],
                          capture_output=True, text=True, env=env, cwd=tmp_path, timeout=240)
    assert done.returncode == 0, done.stderr
    said = "Clinic Desk was updated while it was running: restart it, then re-screen."
    assert done.stdout.splitlines() == [f"before {2 * RANGE_SIZE + 7}",
                                        f"refused 2 {said} This re-screen was stopped: the new program's answers would have been mixed with the old one's.",
                                        f"refused 1 {said} This re-screen was stopped: the new program's answers would have been mixed with the old one's.",
                                        "as of 2026-12-01 0"]
