"""What ticking Review needed, and sorting the attorney's queue, hold the window for.

    QT_QPA_PLATFORM=offscreen PYTHONPATH=. python -m benchmarks.bench_review_queue CASELOAD.sqlite [--repeat N]

CASELOAD: a screened demo caseload (`clinic-app demo --db D --clients 20000`, then `clinic-app
rescreen --db D`); it is only read.  The real caseload list (ui.caseload_view.CaseloadView) is
filled, then it prints the median and worst of:
  review_on_ms  Review needed ticked: the list narrowed on the window's thread (--repeat times)
  sorted_ms     the attorney's queue shown, a header's sort taken from its worker (4 columns,
                each way, twice): the time on the window's thread to show the new order
From SORT_ON_A_WORKER_FROM lines the sort runs on a worker; the queue is narrowed again
where its order arrives (CaseloadModel._sorted).  Not a test: figures vary with the machine.
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

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    import ui.models.caseload_model as caseload_model
    from db.repository import Repository
    from ui.caseload_view import CaseloadView
    from ui.models.caseload_model import COL_BEST, COL_NAME, COL_NEXT, COL_OUTSTANDING

    app = QApplication.instance() or QApplication([])
    taken: list[float] = []
    take = caseload_model.CaseloadModel._sorted

    def timed(self, done) -> None:
        start = time.perf_counter()
        take(self, done)
        taken.append((time.perf_counter() - start) * 1000)

    caseload_model.CaseloadModel._sorted = timed
    with Repository.open(args.db) as repo:
        view = CaseloadView(repo, today=lambda: date(2026, 12, 4))
        view.resize(1300, 600)
        view.show()
        view.load()
        QTest.qWait(200)
        ticked = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            view.review.setChecked(True)
            ticked.append((time.perf_counter() - start) * 1000)
            view.review.setChecked(False)
        view.review.setChecked(True)
        for column in (COL_BEST, COL_NAME, COL_OUTSTANDING, COL_NEXT) * 2:
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                view.table.sortByColumn(column, order)
                while view.model.sorting():
                    QTest.qWait(2)
        print(f"clients {len(view.model.all_rows()):,}, review queue {view.model.rowCount():,}")
        print(f"review_on_ms median {statistics.median(ticked):.1f} worst {max(ticked):.1f}")
        if taken:
            print(f"sorted_ms    median {statistics.median(taken):.1f} worst {max(taken):.1f} (n={len(taken)})")
        else:
            print("sorted_ms    (sorted on the window's thread: fewer than SORT_ON_A_WORKER_FROM clients)")
        view.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
