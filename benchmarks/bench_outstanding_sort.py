"""What sorting the caseload list by its Outstanding column costs, at 5,000 and 20,000 clients.

    QT_QPA_PLATFORM=offscreen PYTHONPATH=. python -m benchmarks.bench_outstanding_sort CASELOAD.sqlite [--repeat N]

CASELOAD: a screened demo caseload (`clinic-app demo --db D --clients 20000`, then `clinic-app
rescreen --db D`); it is only read.  Its lines are read once (Repository.list_clients), then,
the first, best and median of --repeat runs, for the first 5,000 lines and for all of them
(the first 5,000's first run is the process's first sort):
  key_sort_ms   sorted() with the column's key, as the list's sort runs it
  click_ms      the list's model sorted by the column, one way then the other, until it
                shows the new order (from 20,000 lines on a worker: SORT_ON_A_WORKER_FROM)
  held_ms       the longest the window's event loop was held meanwhile (a 5 ms heartbeat)
Not a test: figures vary with the machine.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import date
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)

    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from db.repository import Repository
    from ui.models.caseload_model import COL_OUTSTANDING, CaseloadModel, _sort_key

    app = QApplication.instance() or QApplication([])
    with Repository.open(args.db) as repo:
        every = repo.list_clients()
    today = date.today()
    held = [0.0, time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        held[0], held[1] = max(held[0], now - held[1]), now

    beat = QTimer(interval=5, timeout=tick)
    beat.start()
    for size in (5_000, len(every)):
        rows = every[:size]
        key_ms, click_ms, held_ms = [], [], []
        for _ in range(args.repeat):
            start = time.perf_counter()
            sorted(rows, key=_sort_key(COL_OUTSTANDING, today))
            key_ms.append((time.perf_counter() - start) * 1000)
            model = CaseloadModel(today=lambda: today)
            model.set_rows(rows)
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                app.processEvents()
                held[:] = [0.0, time.perf_counter()]
                start = time.perf_counter()
                model.sort(COL_OUTSTANDING, order)
                while model.sorting():
                    app.processEvents()
                    time.sleep(0.001)
                click_ms.append((time.perf_counter() - start) * 1000)
                tick()
                held_ms.append(held[0] * 1000)
        for name, values in (("key_sort_ms", key_ms), ("click_ms", click_ms), ("held_ms", held_ms)):
            print(f"{size:>6} clients  {name:<12} first {values[0]:7.1f}  best {min(values):7.1f}  median {statistics.median(values):7.1f}")
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
