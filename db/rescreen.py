"""Re-screen a whole caseload on every core: workers screen, this process writes.

A re-screen reads each client, screens it, summarizes it, hashes its facts and encodes
the result; only the last step, the write, has to happen in one place.  So the client
ids are cut into ranges; worker processes each read a range straight from the caseload
file (WAL lets them read while this process writes), do everything else, and send back
finished `screenings` rows (plain tuples of text, cheap to pass between processes), which
this process stores in id order, a range at a time, each range in its own transaction
(`rescreen_caseload`, the command line; the window, which can cancel, uses `screened_batches`).

One worker, a caseload in memory, Windows or a frozen build does the same in this
process, with no pool (see `start_method`).
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import date
from pathlib import Path

from db import records as r
from db.connection import CaseloadDatabase, connect
from db.errors import ProgramUpdated, WorkerStopped
from db.lines import lines_made_in_these_words
from db.repository import Repository, gc_paused

RANGE_SIZE = 500  # clients per worker task: big enough to amortise, small enough to spread


def usable_cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def screen_rows(clients, as_of: date) -> list[tuple]:
    """The `screenings` rows (see `db.records.screening_row`) of these clients on `as_of`.

    `clients` are (client, facts hash as saved) pairs, as `Repository.clients_to_screen_between`
    reads them; a client with no saved hash (a caseload older than schema 3) is hashed here.
    """
    from clinic_app.eligibility import facts_hash, screen
    from clinic_app.summary import summarize

    rows = []
    for client, saved_hash in clients:
        result = screen(client.person, client.cases, as_of)
        hashed = saved_hash if saved_hash is not None else facts_hash(client.person, client.cases)
        rows.append(r.screening_row(client.id, result, hashed, summarize(client, result, as_of), client.cases))
    return rows


def _ranges(ids: list[int], size: int) -> list[tuple[int, int]]:
    return [(ids[i], ids[min(i + size, len(ids)) - 1]) for i in range(0, len(ids), size)]


def _spans(repo: Repository, only: list[int] | None) -> tuple[int, list[tuple[int, int]]]:
    """(how many clients, the id ranges that hold them and no other client).

    Every client of the caseload, or only those of `only` still in it (File > Import's clients
    just added, A34-01): a worker reads a range whole, so a range ends wherever a client not
    asked for (another desk's, added while the import ran) stands between two that are."""
    ids = repo.client_ids()
    if only is None:
        return len(ids), _ranges(ids, RANGE_SIZE)
    wanted = set(only)
    runs: list[list[int]] = [[]]
    for client_id in ids:
        if client_id in wanted:
            runs[-1].append(client_id)
        elif runs[-1]:
            runs.append([])
    return sum(map(len, runs)), [span for run in runs for span in _ranges(run, RANGE_SIZE)]


def _quietly(work: Callable[[], list[tuple]]) -> list[tuple]:
    with gc_paused():
        return work()


# ---- worker processes -------------------------------------------------------------------

_worker_repo: Repository | None = None
_worker_as_of: date | None = None


_worker_failure: BaseException | None = None


def _worker_start(path: str, as_of: date, passphrase: str | None, parent_code: str | None = None) -> None:
    """Open the caseload once per worker (already checked and migrated by the parent).

    A failure is kept and raised by the first task, so that it reaches the parent as itself:
    an executor whose initializer raises says only that its pool is broken.  So is a worker whose
    code on disk is not the code the parent started with (`parent_code`, a stamp of
    clinic_app.running_code): the program was updated while the window was open (V28-05).
    """
    global _worker_repo, _worker_as_of, _worker_failure
    _leave_stopping_to_the_parent()
    from clinic_app.private_files import no_core_dumps
    from clinic_app.running_code import UPDATED, on_disk

    # A worker started by forkserver is a new program (exec), which undid the parent's
    # guard: it reads clients' records and holds the passphrase too (V28-06).
    no_core_dumps()
    threading.Thread(target=_end_when_orphaned, args=(os.getppid(),), name="orphan watch", daemon=True).start()
    try:
        if parent_code is not None and on_disk() != parent_code:
            raise ProgramUpdated(UPDATED, path=path)
        _worker_repo = Repository(CaseloadDatabase(connect(Path(path), create=False, passphrase=passphrase)), user="rescreen-worker")
        _worker_as_of = as_of
    except Exception as err:  # noqa: BLE001 - handed to the parent by _worker_screen
        _worker_failure = err
    gc.freeze()  # what the worker inherited or loaded stays out of every later collection


# The stops a worker leaves to the parent (no SIGHUP on Windows).
STOPS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name))


def _leave_stopping_to_the_parent() -> None:
    """A worker forked by the command line inherited its stop handlers (stop_signals), and a
    stop sent to every process (a shutdown, Ctrl-C or `timeout` to the process group) reached it
    too: one waiting for work died with a traceback on the terminal, one screening a range took
    the stop as that range's failure and lived on, ignoring each later SIGTERM as a run already
    stopping does, and ending the pool could wait for it for ever (C185-01).  Stopping is the
    parent's: it ends the workers (a range being screened is finished first, a second or so), and
    _end_when_orphaned ends them if it is killed.  Not even SIGTERM ends a worker at once: one
    ended while it sent back its range's rows left the parent waiting for the rest for ever."""
    for signum in STOPS:
        signal.signal(signum, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        # Forked with them held (_stops_held_as_workers_start): one that came since is dropped.
        signal.pthread_sigmask(signal.SIG_UNBLOCK, STOPS)


def _stops_held_as_workers_start(method: str) -> set | None:
    """Hold this process's stops while it forks the workers; returns what `_stops_heard` takes.
    A forked worker has this process's stop handlers until its `_worker_start` leaves stopping
    to the parent, and a stop to the process group landing in that moment found them there: the
    re-screen hung (K190-02).  Forked with the stops held, the worker ignores them before it
    takes any.  Not under forkserver: its workers never had this process's handlers."""
    if method != "fork" or not hasattr(signal, "pthread_sigmask"):
        return None
    return signal.pthread_sigmask(signal.SIG_BLOCK, STOPS)


def _stops_heard(held: set | None) -> None:
    """Hear stops again (`_stops_held_as_workers_start`): one that came meanwhile is raised now.
    The pool's threads started meanwhile keep them held, leaving them to this main thread."""
    if held is not None:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def _end_when_orphaned(parent: int) -> None:
    """End this worker once the process that started it is gone.  An executor's worker waits
    for work on a queue whose other end it holds too, so it never hears that the program was
    killed (a task manager, a dead battery) and lived on, with the caseload open (tests/db/
    test_killed.py).  Under forkserver the parent is the fork server, which ends with the program."""
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(0)


def _worker_screen(span: tuple[int, int]) -> list[tuple]:
    if _worker_failure is not None:
        raise _worker_failure
    assert _worker_repo is not None and _worker_as_of is not None
    return _quietly(lambda: screen_rows(_worker_repo.clients_to_screen_between(*span), _worker_as_of))


def start_method() -> str | None:
    """How worker processes are started here, or None to screen in this process.

    fork where it is safe, that is while no other thread runs (the command line): the
    workers inherit the loaded catalog and import nothing.  Once threads run (the desktop
    program re-screens from a worker thread) fork is unsafe, and forkserver starts the
    workers instead, from a fresh server process that has never run a thread.  Where
    neither exists (Windows) and in a frozen build, the re-screen runs in this process.
    (spawn is not used: a main module without a __main__ guard, such as
    clinic_app/__main__.py, would start the whole program again in every worker.)
    """
    if getattr(sys, "frozen", False):
        return None
    methods = multiprocessing.get_all_start_methods()
    # A thread Qt started is unknown to `threading` until it asks: current_thread() then
    # names it (a dummy thread), which is not the main thread.
    alone = threading.current_thread() is threading.main_thread() and threading.active_count() == 1
    if "fork" in methods and alone:
        return "fork"
    return "forkserver" if "forkserver" in methods else None


# ---- the re-screen ----------------------------------------------------------------------


def _refuse_if_updated(path: str | None) -> None:
    """Raise `ProgramUpdated` if the program's files changed since it started: a re-screen in
    this process runs modules it may import only now (the window loads some when first
    used), from the updated files, as a worker would (V28-05)."""
    from clinic_app.running_code import UPDATED, on_disk, started_with

    if on_disk() != started_with():
        raise ProgramUpdated(UPDATED, path=path)


@contextlib.contextmanager
def screened_batches(repo: Repository, as_of: date, *, workers: int | None = None,
                     only: list[int] | None = None) -> Iterator[tuple[int, Iterator[list[tuple]]]]:
    """(how many clients, their `screenings` rows a range at a time, in id order): every
    client's, or those of the clients `only` (the ones still in the caseload).

    Worker processes screen the ranges when there is more than one range and more than
    one usable core (`workers` defaults to those); leaving the `with` block stops them,
    so a caller that stops early (Cancel) leaves no process behind.
    """
    from clinic_app.running_code import started_with

    total, spans = _spans(repo, only)
    workers = usable_cores() if workers is None else workers
    path = repo.path
    in_memory = not path or path == ":memory:"
    method = start_method()
    here = (_quietly(lambda span=span: screen_rows(repo.clients_to_screen_between(*span), as_of)) for span in spans)
    if workers <= 1 or len(spans) <= 1 or in_memory or method is None:
        _refuse_if_updated(path)
        yield total, here
        return
    context = multiprocessing.get_context(method)
    pool = None
    held = _stops_held_as_workers_start(method)
    try:
        # The passphrase of an encrypted caseload reaches the workers in memory only; each
        # worker compares the code it finds on disk with the code this process started with.
        # An executor rather than multiprocessing.Pool: a Pool whose worker dies (killed by
        # the system short of memory, ended by someone) starts another and waits for the
        # dead one's range forever; the executor says the pool is broken.
        pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_worker_start,
                                   initargs=(str(path), as_of, repo.passphrase, started_with()))
        ranges = pool.map(_worker_screen, spans)  # forks every worker, at the first task
    except OSError:
        # No processes to be had (a locked-down machine: no /dev/shm, a process limit):
        # slower, but the re-screen still happens, in this process.
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
        _stops_heard(held)
        _refuse_if_updated(path)
        yield total, here
        return
    except BaseException:
        _stops_heard(held)
        raise
    try:
        _stops_heard(held)  # a stop that came as the workers started ends them here
        yield total, _unbroken(ranges, path)
    finally:
        # Leaving early (Cancel, an error) drops the ranges not begun and waits for the
        # ones being screened (a fraction of a second each), so no process is left behind.
        pool.shutdown(wait=True, cancel_futures=True)


def _unbroken(ranges: Iterator[list[tuple]], path: str | None) -> Iterator[list[tuple]]:
    try:
        yield from ranges
    except BrokenProcessPool as err:
        raise WorkerStopped(
            "A process screening the caseload stopped unexpectedly (the computer may be short of "
            "memory), so the re-screen stopped. The results stored before it are kept; "
            "close other programs and re-screen again.", path=path) from err


def rescreen_caseload(
    repo: Repository,
    as_of: date,
    *,
    workers: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    moved: list | None = None,
    each_range_whole: Callable[[], contextlib.AbstractContextManager] = contextlib.nullcontext,
) -> int:
    """Screen every client of `repo` as of `as_of` and store the results, a range at a
    time; returns how many.

    Each range is stored in its own transaction, as the window's re-screen stores them:
    one transaction for the whole run held the caseload's write lock for minutes at
    100,000 clients, and every window's save meanwhile waited and then failed (D24-07).
    Each row is kept only while its client still has the facts screened (S18-07), so a
    window's save between two ranges is never overwritten, and a run stopped half-way
    leaves complete, valid results for the ranges stored (the others keep their older
    ones, marked stale as before).

    `progress(done, total)` is called after each range is stored; `moved`, where given, gets
    the clients whose answers changed from their last screening by other rules (U148-01), of
    the ranges stored only: a run stopped while a range was written names none of it (S150-04).
    `each_range_whole`: a context the storing and counting of each range runs in, the command
    line's holding a stop (`whole_line`) until the range is stored and counted.
    """
    with screened_batches(repo, as_of, workers=workers) as (total, batches):
        done = stored = 0
        for rows in batches:
            rows = list(rows)
            found: list = []
            # A stop that came after the range's transaction committed and before `progress`
            # counted it said "the caseload is as it was", one range stored (R173-01).
            with each_range_whole():
                stored += repo.store_screening_rows(rows, earlier=stored, more=done + len(rows) < total,
                                                    continues=done > 0, moved=None if moved is None else found)
                if moved is not None:
                    moved += found
                done += len(rows)
                if progress is not None:
                    progress(done, total)
    # Every client's line made by this program's summarize: the caseload's lines are in its words
    # (db.lines), so an open without making them again (`Repository.open(make_lines_again=False)`)
    # need not be followed by another.  Not reached when stopped part-way: the next open makes them.
    lines_made_in_these_words(repo)
    return stored


__all__ = ["rescreen_caseload", "screened_batches", "screen_rows", "start_method", "usable_cores", "gc_paused", "RANGE_SIZE"]
