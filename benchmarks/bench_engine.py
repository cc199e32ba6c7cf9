"""Engine figures: screen() throughput and the whole re-screen of a caseload.

Keys:
- screen_convictions_per_s: `screen()` alone, one core, over the demo caseload's clients
  (built in memory with clinic_app.demo.generate_clients, as the caseload was);
  screen_convictions_per_cpu_s is the same per second of this process's CPU time;
- rescreen_total_s: read every client from the database, screen, summarize
  (clinic_app.summary.summarize), hash the facts, and store the screenings a range of
  clients at a time, each range in its own transaction, as `clinic-app` does it (db.rescreen: worker processes on every usable
  core screen ranges of clients while this process writes);
- rescreen_read_s: the same read alone;
- rescreen_vs_read: the ratio of the two (target < 3);
- screen_calls_per_client: the Python function calls screen() makes per client, over 300
  demo clients (seed 11) after a warm-up.  Unlike the timings it is the same on a busy and
  an idle machine, so two commits' engines can be compared by it when the wall clock swings.
Targets at 100,000 people: >= 50,000 convictions/s, re-screen < 15 s and < 3x the read.
"""

from __future__ import annotations

import sys
import time
from itertools import islice
from pathlib import Path

if __name__ == "__main__":  # run as a script from a checkout
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from clinic_app.demo import DEMO_AS_OF, generate_clients
from clinic_app.eligibility import screen
from db.repository import Repository
from db.rescreen import gc_paused, rescreen_caseload, usable_cores


def _convictions(clients) -> int:
    return sum(len(case.convictions) for c in clients for case in c.cases if case.outcome == "convicted")


def screen_throughput(n: int, seed: int, as_of, chunk: int = 2000) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds, convictions) for screen() over the demo caseload's clients.

    Clients are generated a chunk at a time, outside the timed part, so the figure is
    screen() alone and not the garbage collector walking 100,000 records held at once;
    the collector is paused during each chunk, as in the re-screen (db.rescreen).
    """
    clients = generate_clients(n, seed=seed)
    elapsed = 0.0
    cpu = 0.0
    convictions = 0
    warm = True
    while True:
        batch = list(islice(clients, chunk))
        if not batch:
            return elapsed, cpu, convictions
        if warm:
            screen(batch[0].person, batch[0].cases, as_of)  # loads the catalog once
            warm = False
        # The collector is paused while a batch is screened, as the re-screen does
        # (db.rescreen.gc_paused): the figure is screen() as the program runs it.
        with gc_paused():
            started, started_cpu = time.perf_counter(), time.process_time()
            for c in batch:
                screen(c.person, c.cases, as_of)
            elapsed += time.perf_counter() - started
            cpu += time.process_time() - started_cpu
        convictions += _convictions(batch)


def calls_per_client(n: int = 300, seed: int = 11, as_of=DEMO_AS_OF) -> float:
    """Python calls ("call" profile events) screen() makes per client: deterministic."""
    clients = list(generate_clients(n, seed=seed))
    for c in clients:  # warm the per-process caches (catalog, gates, section matches)
        screen(c.person, c.cases, as_of)
    count = 0

    def profile(_frame, event, _arg):
        nonlocal count
        if event == "call":
            count += 1

    sys.setprofile(profile)
    try:
        for c in clients:
            screen(c.person, c.cases, as_of)
    finally:
        sys.setprofile(None)
    return count / n


def read_all(db_path) -> tuple[float, int]:
    with Repository.open(db_path, user="benchmark", create=False) as repo:
        started = time.perf_counter()
        count = sum(1 for _ in repo.iter_clients())
        return time.perf_counter() - started, count


def rescreen(db_path, as_of) -> tuple[float, int]:
    """Read, screen, summarize, hash and store every client: what "re-screen all" does.

    This is `clinic-app`'s own re-screen (db.rescreen.rescreen_caseload): worker processes
    read ranges of clients (the read of Repository.iter_clients), screen, summarize, hash
    and encode them while this process stores the rows, a range per transaction.
    """
    with Repository.open(db_path, user="benchmark", create=False) as repo:
        started = time.perf_counter()
        stored = rescreen_caseload(repo, as_of)
        return time.perf_counter() - started, stored


def ensure_caseload(ctx) -> None:
    """When this section runs alone, build the caseload bench_db would have built."""
    if not ctx.db_path.exists():
        with Repository.open(ctx.db_path, user="benchmark") as repo:
            repo.add_clients(generate_clients(ctx.clients, seed=ctx.seed))


def run(ctx) -> dict:
    ensure_caseload(ctx)
    as_of = DEMO_AS_OF
    screen_s, screen_cpu_s, convictions = screen_throughput(ctx.clients, ctx.seed, as_of)
    read_s, _count = read_all(ctx.db_path)
    total_s, stored = rescreen(ctx.db_path, as_of)
    return {
        "screen_convictions": convictions,
        "screen_s": round(screen_s, 3),
        "screen_convictions_per_s": round(convictions / screen_s),
        # CPU time of this process: on a shared, loaded machine the wall figure understates it.
        "screen_convictions_per_cpu_s": round(convictions / screen_cpu_s) if screen_cpu_s else None,
        "rescreen_read_s": round(read_s, 2),
        "rescreen_total_s": round(total_s, 2),
        "rescreen_vs_read": round(total_s / read_s, 2) if read_s else None,
        "rescreen_stored": stored,
        "rescreen_workers": usable_cores(),
        "screen_calls_per_client": round(calls_per_client(), 1),
    }


if __name__ == "__main__":  # python benchmarks/bench_engine.py [N]: this section alone
    import json
    import tempfile

    from benchmarks.run import Context

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as tmp:
        print(json.dumps(run(Context(db_path=Path(tmp) / "c.sqlite", clients=n, seed=0, workdir=Path(tmp)))))
