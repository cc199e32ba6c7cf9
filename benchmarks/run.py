"""Clinic Desk benchmark harness: build a synthetic caseload, time each part, print one JSON object.

    python benchmarks/run.py [--clients N] [--seed S]

Each section is a module with ``run(ctx) -> dict`` whose keys join the one JSON object
printed at the end.  `benchmarks.bench_db` comes first: it builds the caseload (timing
the demo generator on the way) that the later sections read.  To add a section, append
its module to `SECTIONS`.  Keys of one section must not clash with another's.

Everything happens in a temporary folder that is removed afterwards; nothing is sent
anywhere.  Performance is measured here, never by timed unit tests.
"""

from __future__ import annotations

import argparse
import importlib
import json
import resource
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(ROOT))

SECTIONS: list[str] = [
    "benchmarks.bench_db",  # first: builds the caseload the other sections use
    "benchmarks.bench_engine",  # screen() throughput and the whole re-screen
    "benchmarks.bench_handouts",  # handouts per second, a 500-client event, pages per second
    "benchmarks.bench_ui",  # the desktop workspace on real widgets, offscreen (its own process)
]


@dataclass
class Context:
    """What every section gets: where the caseload is, how big it is, a scratch folder."""

    db_path: Path
    clients: int
    seed: int
    workdir: Path
    notes: dict = field(default_factory=dict)  # sections may leave things for later ones


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB (Linux reports KiB)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / 1024 if sys.platform != "darwin" else peak / 2**20, 1)


def machine_ref_ms() -> float:
    """How fast this machine runs plain Python: best of 5 of ``sum(range(10**6))``, in ms.

    Not a figure of Clinic Desk: printed beside the others so that runs on different (or
    shared, busy) machines can be compared; figures scale roughly with it.
    """
    best = float("inf")
    for _ in range(5):
        started = time.perf_counter()
        sum(range(10**6))
        best = min(best, time.perf_counter() - started)
    return round(best * 1000, 1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=10_000, help="size of the synthetic caseload (default 10000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--sections", nargs="*", help="only these section modules (default: all)")
    args = parser.parse_args(argv)
    results: dict = {"clients": args.clients, "machine_ref_ms": machine_ref_ms()}
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="clinic-bench-") as tmp:
        ctx = Context(db_path=Path(tmp) / "caseload.sqlite", clients=args.clients, seed=args.seed, workdir=Path(tmp))
        for name in args.sections or SECTIONS:
            # The machine's speed right before each section: a shared machine slows down and
            # speeds up within one run (seen here: 20 -> 45 ms), and each section's figures
            # scale with the speed it ran at.
            results.setdefault("machine_ref_ms_by_section", {})[name.rsplit(".", 1)[-1]] = machine_ref_ms()
            figures = importlib.import_module(name).run(ctx)
            clash = set(figures) & set(results)
            if clash:
                raise SystemExit(f"benchmark section {name} repeats keys {sorted(clash)}")
            results.update(figures)
    results["total_s"] = round(time.perf_counter() - started, 2)
    results["machine_ref_ms_after"] = machine_ref_ms()  # a busier machine at the end shows here
    results["peak_rss_mb"] = peak_rss_mb()
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
