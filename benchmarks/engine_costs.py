"""Where screen()'s time goes: the cost of each remedy, of the consequences, and the floor.

    python benchmarks/engine_costs.py [--clients N] [--seed S] [--repeat R]

A developer's tool for deciding what is worth making faster, not a figure of the product
(those are in benchmarks/run.py).  It screens the demo caseload's clients, then screens
them again with one remedy at a time replaced by a stand-in that returns a ready-made
result; the difference is that remedy's cost, in microseconds per client.  Finally every
remedy and the consequences are replaced at once: what is left (the context, the
person-level bars, the gates and building about 38 results a client) is the floor that no
remedy rule can remove.  Each timing is the best of `--repeat` runs, with the garbage
collector paused as the re-screen pauses it; figures of a few microseconds are within
the noise of a shared machine.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from pathlib import Path

if __name__ == "__main__":  # run as a script from a checkout
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import clinic_app.eligibility as engine
from clinic_app.demo import DEMO_AS_OF, generate_clients
from clinic_app.model import Determination


def _stand_in(ctx, case, conv) -> Determination:
    return Determination(case.id, None, "stand_in", "not_applicable", None, None, [], [], [], "H")


def _per_client_us(clients, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        for c in clients:
            engine.screen(c.person, c.cases, DEMO_AS_OF)
        best = min(best, time.perf_counter() - started)
    return best / len(clients) * 1e6


def measure(clients: list, repeat: int) -> dict:
    conviction_steps, case_steps, consequences = engine._CONVICTION_STEPS, engine._CASE_STEPS, engine.consequences
    convictions = sum(len(case.convictions) for c in clients for case in c.cases if case.outcome == "convicted")
    engine.screen(clients[0].person, clients[0].cases, DEMO_AS_OF)  # loads the catalog
    figures: dict = {"clients": len(clients), "convictions_per_client": round(convictions / len(clients), 2)}
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        whole = _per_client_us(clients, repeat)
        figures["screen_us_per_client"] = round(whole, 1)
        costs = {}
        for name, steps in (("_CONVICTION_STEPS", conviction_steps), ("_CASE_STEPS", case_steps)):
            for i, (key, _decide) in enumerate(steps):
                setattr(engine, name, steps[:i] + ((key, _stand_in),) + steps[i + 1 :])
                try:
                    costs[key] = round(whole - _per_client_us(clients, repeat), 1)
                finally:
                    setattr(engine, name, steps)
        engine.consequences = lambda ctx, results: []
        try:
            costs["consequences"] = round(whole - _per_client_us(clients, repeat), 1)
            engine._CONVICTION_STEPS = tuple((key, _stand_in) for key, _ in conviction_steps)
            engine._CASE_STEPS = tuple((key, _stand_in) for key, _ in case_steps)
            floor = _per_client_us(clients, repeat)
        finally:
            engine._CONVICTION_STEPS, engine._CASE_STEPS, engine.consequences = conviction_steps, case_steps, consequences
        figures["cost_us_per_client"] = dict(sorted(costs.items(), key=lambda kv: -kv[1]))
        figures["floor_us_per_client"] = round(floor, 1)
        # What screen() could reach if every remedy rule cost nothing.
        figures["floor_convictions_per_s"] = round(convictions / len(clients) / floor * 1e6)
    finally:
        if was_enabled:
            gc.enable()
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    clients = list(generate_clients(args.clients, seed=args.seed))
    print(json.dumps(measure(clients, args.repeat), indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
