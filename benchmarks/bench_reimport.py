"""An end-of-day re-import with attorney reviews: a laptop's export of clients the caseload has,
each carrying its reviews, some of them taken back here since (Edit > Undo).

    python -m benchmarks.bench_reimport [--clients N] [--taken-back-every K] [--repeat R]

Every client of the file is skipped as already there, so the time is the import's matching
and its check of each reviewed client's taken-back reviews (M42-01), and the naming of the
clients whose taken-back reviews were left out.  Prints one JSON object; nothing passes or
fails.  Everything happens in a temporary folder that is removed afterwards.
"""

from __future__ import annotations

import argparse
import copy
import json
import statistics
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(ROOT))


def reviewed_caseload(folder: Path, n: int, taken_back_every: int):
    """A caseload of `n` clients, each with an attorney review, every `taken_back_every`-th
    taken back after the export was made; returns (repo, file clients, their reviews)."""
    from clinic_app.demo import generate_clients
    from clinic_app.screening_format import client_and_reviews_from_request
    from db.export import exported
    from db.repository import Repository

    repo = Repository.open(folder / "caseload.sqlite", user="paralegal-1")
    ids = repo.add_clients(generate_clients(n, seed=45))
    at = datetime(2026, 12, 2, 15, 0, tzinfo=timezone.utc)
    clients, reviews, to_take_back = [], [], []
    for k, client_id in enumerate(ids):
        client = repo.get_client(client_id)
        reviewed = [(client.cases[0].id, None, "pc1203_4", None)] if client.cases else []
        if reviewed:
            repo.record_reviews(client_id, reviewed, "eligible, file it", reviewer="atty-lopez", at=at)
        laptop_client, carried = client_and_reviews_from_request(exported(repo, client_id))
        clients.append(laptop_client)
        reviews.append(carried)
        if reviewed and k % taken_back_every == 0:
            to_take_back.append((client_id, reviewed))
    for client_id, reviewed in to_take_back:
        repo.withdraw_reviews(client_id, reviewed, "eligible, file it", reviewer="atty-lopez", at=at)
    return repo, clients, reviews


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=3000)
    parser.add_argument("--taken-back-every", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        repo, clients, reviews = reviewed_caseload(Path(tmp), args.clients, args.taken_back_every)
        times, cpu, result = [], [], None
        for _ in range(args.repeat):
            batch = copy.deepcopy(clients)
            start, start_cpu = time.perf_counter(), time.process_time()
            result = repo.import_clients(batch, reviews=reviews, source="day-end.jsonl")
            times.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)  # less moved by other work on the machine
        repo.close()
    print(json.dumps({
        "clients": args.clients,
        "skipped": len(result.skipped),
        "taken_back_clients": len(result.taken_back),
        "reimport_s_median": round(statistics.median(times), 3),
        "reimport_s_each": [round(t, 3) for t in times],
        "reimport_cpu_s_min": round(min(cpu), 3),
    }))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
