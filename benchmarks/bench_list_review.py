"""What the attorney's queue costs on a big caseload: `clinic-app list --review`, and the window's
Review needed tick with the queue scrolled.

    PYTHONPATH=. python -m benchmarks.bench_list_review CASELOAD.sqlite [--repeat N] [--window]

CASELOAD: a screened demo caseload (`clinic-app demo --db D --clients 100000`, then `clinic-app
rescreen --db D`); it is only read.  It prints:
  list_review_s   `clinic-app list --review` run whole, as a user runs it (a new process each
                  time, output thrown away): median and worst of --repeat runs
  list_s          the same `clinic-app list` without --review, for comparison
  queue_read_s    in one process: the caseload's lines read (list_clients), and what each client
                  on the queue awaits review for (clinic_app.review.awaiting_of_many)
With --window, the real caseload list (ui.caseload_view.CaseloadView, offscreen, 1300x700) is
filled, Review needed is ticked, and the queue is scrolled by keyboard (PageDown x40, End, Home)
and by its scroll bar (to a quarter, the middle, the end); a 5 ms timer on the window's thread
gives the longest time its event loop was held at each step (held_ms), and how many lines'
queue words (Next action) were read for the lines shown, and the time reading them took.
Not a test: figures vary with the machine and what else runs on it (S71-01).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path


def _cli_runs(db: Path, repeat: int, *extra: str) -> list[float]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(Path(__file__).resolve().parent.parent),
                                                                         os.environ.get("PYTHONPATH")])))
    taken = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "clinic_app", "list", "--db", str(db), *extra], env=env, check=True,
                       stdout=subprocess.DEVNULL)
        taken.append(time.perf_counter() - start)
    return taken


def _said(name: str, taken: list[float]) -> str:
    return f"{name:<15} median {statistics.median(taken):.2f} worst {max(taken):.2f} (n={len(taken)})"


def _queue_read(db: Path) -> str:
    import clinic_app.review as review
    from db.repository import Repository

    def awaiting_of_many(repo, ids):  # one by one where the program has no batch (before S71-01)
        return review.awaiting_of_many(repo, ids) if hasattr(review, "awaiting_of_many") else \
            {i: review.awaiting_of(repo, i) for i in ids}

    with Repository.open(db) as repo:
        start = time.perf_counter()
        rows = repo.list_clients()
        listed = time.perf_counter()
        said = awaiting_of_many(repo, [row.id for row in rows if row.awaiting_review])
        done = time.perf_counter()
    return (f"queue_read_s    lines {listed - start:.2f} ({len(rows):,} clients), "
            f"awaiting {done - listed:.2f} ({len(said):,} on the queue with results to review)")


def _window(db: Path) -> None:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    import ui.caseload_view as caseload_view
    from db.repository import Repository
    from ui.caseload_view import CaseloadView

    app = QApplication.instance() or QApplication([])
    beats = [time.perf_counter()]
    heart = QTimer()
    heart.setInterval(5)
    heart.timeout.connect(lambda: beats.append(time.perf_counter()))
    read = []
    # How many lines' words the queue read: in a batch (awaiting_of_many), or one by one where
    # the window reads them so (awaiting_of, before S71-02), to compare the two.
    if hasattr(caseload_view, "awaiting_of_many"):
        awaiting_of_many = caseload_view.awaiting_of_many

        def counted(repo, ids):
            ids, start = list(ids), time.perf_counter()
            said = awaiting_of_many(repo, ids)
            read.append((len(ids), time.perf_counter() - start))
            return said

        caseload_view.awaiting_of_many = counted
    else:
        awaiting_of = caseload_view.awaiting_of

        def counted_one(repo, client_id):
            start = time.perf_counter()
            said = awaiting_of(repo, client_id)
            read.append((1, time.perf_counter() - start))
            return said

        caseload_view.awaiting_of = counted_one

    def held(step) -> float:
        """The longest the loop went unserved from `step` until 300 ms after it."""
        app.processEvents()
        beats.clear()
        beats.append(time.perf_counter())
        step()
        QTest.qWait(300)
        return max(b - a for a, b in zip(beats, beats[1:])) * 1000

    with Repository.open(db) as repo:
        view = CaseloadView(repo, today=lambda: date(2026, 12, 4))
        view.resize(1300, 700)
        view.show()
        view.load()
        QTest.qWait(300)
        heart.start()
        steps = [("Review needed ticked", lambda: view.review.setChecked(True))]
        steps.append(("first line chosen", lambda: (view.table.setFocus(), view.table.setCurrentIndex(view.table.model().index(0, 0)))))
        steps += [(f"PageDown {n + 1}", lambda: QTest.keyClick(view.table, Qt.Key.Key_PageDown)) for n in range(40)]
        steps += [("End", lambda: QTest.keyClick(view.table, Qt.Key.Key_End)),
                  ("Home", lambda: QTest.keyClick(view.table, Qt.Key.Key_Home))]
        bar = view.table.verticalScrollBar()
        steps += [(f"scroll bar to {part}", lambda part=part: bar.setValue(int(bar.maximum() * part))) for part in (0.25, 0.5, 1.0)]
        results = []
        for name, step in steps:
            read.clear()
            ms = held(step)
            results.append((name, ms, sum(n for n, _ in read), sum(t for _, t in read) * 1000))
        heart.stop()
        print(f"window          clients {len(view.model.all_rows()):,}, review queue {view.model.rowCount():,}")
        for name, ms, words, words_ms in results:
            if not name.startswith("PageDown") or name in ("PageDown 1", "PageDown 40"):
                print(f"  {name:<22} held_ms {ms:6.1f}  queue words read {words:3} in {words_ms:5.1f} ms")
        pages = [r for r in results if r[0].startswith("PageDown")]
        print(f"  PageDown x40           held_ms median {statistics.median(r[1] for r in pages):.1f} "
              f"worst {max(r[1] for r in pages):.1f}; queue words read {sum(r[2] for r in pages)} "
              f"in {sum(r[3] for r in pages):.1f} ms, worst page {max(r[3] for r in pages):.1f} ms")
        worst = max(results, key=lambda r: r[1])
        print(f"  longest held: {worst[1]:.1f} ms ({worst[0]})")
        view.close()
    app.processEvents()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--window", action="store_true", help="also the window's Review needed tick and scrolling")
    args = parser.parse_args(argv)
    print(_said("list_review_s", _cli_runs(args.db, args.repeat, "--review")))
    print(_said("list_s", _cli_runs(args.db, args.repeat)))
    print(_queue_read(args.db))
    if args.window:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _window(args.db)
    return 0


if __name__ == "__main__":
    sys.exit(main())
