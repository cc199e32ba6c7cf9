"""Handout figures: single handouts per second, a 500-client event, pages per second.

Keys:
- handouts_per_s: compose + render one client's handout to a PDF file, one core, over
  demo clients (each in their own language), after one warm-up handout (font loading);
- handouts_per_cpu_s: the same, by the process's CPU time (steadier than the wall clock
  when other work shares the machine);
- pages_per_s: the pages of those handouts per second;
- handout_pages_avg, handout_kb_avg: how long and how big a handout is;
- event_batch_s: a 500-client clinic event end to end in one process: screen each client
  and `render_event` (each client's language), files written to a scratch folder;
- event_pages: the pages that event produced.
Target: >= 20 handouts/s.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

if __name__ == "__main__":  # run as a script from a checkout
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from clinic_app.demo import DEMO_AS_OF, generate_clients
from clinic_app.eligibility import screen
from clinic_app.handouts import ClinicInfo, compose, render_event, render_pdf

CLINIC = ClinicInfo(name="Benchmark Clinic", address="1 Main St, Los Angeles, CA 90012",
                    phone="(213) 555-0100", website="clinic.example.org")
SINGLE = 200
EVENT = 500


def single_handouts(pairs, folder: Path) -> tuple[float, float, int, int]:
    """(seconds, CPU seconds, pages, bytes) for one handout at a time, written to files."""
    folder.mkdir(parents=True, exist_ok=True)
    client, screening = pairs[0]
    render_pdf(compose(client, screening, CLINIC), folder / "warmup.pdf")
    pages = size = 0
    started, cpu = time.perf_counter(), time.process_time()
    for number, (client, screening) in enumerate(pairs):
        path = folder / f"{number}.pdf"
        pages += render_pdf(compose(client, screening, CLINIC), path)
        size += path.stat().st_size
    return time.perf_counter() - started, time.process_time() - cpu, pages, size


def event(clients, folder: Path):
    started = time.perf_counter()
    pairs = [(c, screen(c.person, c.cases, DEMO_AS_OF)) for c in clients]
    result = render_event(pairs, CLINIC, folder)
    return time.perf_counter() - started, result


def run(ctx) -> dict:
    clients = list(generate_clients(SINGLE + EVENT, seed=ctx.seed))
    pairs = [(c, screen(c.person, c.cases, DEMO_AS_OF)) for c in clients[:SINGLE]]
    seconds, cpu_seconds, pages, size = single_handouts(pairs, Path(ctx.workdir) / "handouts")
    event_s, result = event(clients[SINGLE:], Path(ctx.workdir) / "event")
    return {
        "handouts_per_s": round(len(pairs) / seconds, 1),
        "handouts_per_cpu_s": round(len(pairs) / cpu_seconds, 1),
        "pages_per_s": round(pages / seconds, 1),
        "handout_pages_avg": round(pages / len(pairs), 2),
        "handout_kb_avg": round(size / len(pairs) / 1024, 1),
        "event_batch_s": round(event_s, 2),
        "event_clients": len(result.files),
        "event_spanish": sum(1 for c in clients[SINGLE:] if c.language == "es"),
        "event_pages": result.pages,
    }


if __name__ == "__main__":
    import json
    import tempfile
    from types import SimpleNamespace

    with tempfile.TemporaryDirectory() as tmp:
        print(json.dumps(run(SimpleNamespace(seed=0, workdir=tmp))))
