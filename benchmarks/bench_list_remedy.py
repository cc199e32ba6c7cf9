"""What the Remedy and County filters (F75-01, F75-02) cost on a big caseload: the window's list
narrowed to a remedy or a county, `clinic-app list --remedy` and `--county`, the caseload's lines
read with their remedies, and migration 18.

    PYTHONPATH=. python -m benchmarks.bench_list_remedy CASELOAD.sqlite [--repeat N] [--older COPY.sqlite]

CASELOAD: a screened demo caseload (`clinic-app demo --db D --clients 100000`, then `clinic-app
rescreen --db D`); it is only read (opened once, so an older one is updated first).  It prints:
  lines_s         the caseload's lines read (Repository.list_clients), as the window's list loads them
  shown_s         those lines shown in the real caseload list (ui.caseload_view.CaseloadView,
                  offscreen, 1300x700: CaseloadView.show_rows, the County filter's counties read)
  filter_ms       in that list, each remedy chosen in the Remedy box then "Any remedy" again, and
                  each county in the County box: median and worst of the time the choice took (the
                  list narrowed, "Showing N of M" said), with the Language box's beside them
  list_remedy_s   `clinic-app list --remedy prop47` run whole, as a user runs it (a new process)
  list_county_s   `clinic-app list --county Orange`, the same way
  list_s          the same `clinic-app list` with no filter, for comparison
With --older COPY: COPY (a copy of a caseload, which is changed) taken back to schema 17 and
opened: how long migration 18 took to fill in each client's remedies from their newest screening.
Not a test: figures vary with the machine and what else runs on it.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import time
from datetime import date
from pathlib import Path

from benchmarks.bench_list_review import _cli_runs, _said


def _window(db: Path, repeat: int) -> None:
    from PySide6.QtWidgets import QApplication

    from db.repository import Repository
    from ui.caseload_view import CaseloadView

    app = QApplication.instance() or QApplication([])
    with Repository.open(db) as repo:
        start = time.perf_counter()
        rows = repo.list_clients()
        print(f"lines_s         {time.perf_counter() - start:.2f} ({len(rows):,} clients)")
        view = CaseloadView(repo, today=lambda: date(2026, 12, 4))
        view.resize(1300, 700)
        view.show()
        start = time.perf_counter()
        view.show_rows(rows)
        app.processEvents()
        print(f"shown_s         {time.perf_counter() - start:.2f}")

        def timed(combo, index: int) -> float:
            start = time.perf_counter()
            combo.setCurrentIndex(index)
            app.processEvents()
            return (time.perf_counter() - start) * 1000

        for name, combo in (("remedy", view.remedy), ("county", view.county), ("language", view.language)):
            chosen, back, shown = [], [], []
            for _ in range(repeat):
                for index in range(1, combo.count()):
                    chosen.append(timed(combo, index))
                    shown.append(view.proxy.rowCount())
                    back.append(timed(combo, 0))
            print(f"filter_ms       {name:<8} chosen median {statistics.median(chosen):.1f} worst {max(chosen):.1f}; "
                  f"back to Any median {statistics.median(back):.1f} worst {max(back):.1f} "
                  f"(n={len(chosen)}; {min(shown):,}-{max(shown):,} shown)")
        view.close()
    app.processEvents()


def _older(copy: Path) -> None:
    from db.repository import Repository

    old = sqlite3.connect(copy)
    old.execute("DELETE FROM _sqlite_migrations WHERE name = 'm018_remedies_open'")
    old.execute("DROP TRIGGER IF EXISTS screenings_remedies_open")
    old.execute("ALTER TABLE clients DROP COLUMN remedies_open")
    old.execute("PRAGMA user_version = 17")
    old.commit()
    old.close()
    start = time.perf_counter()
    with Repository.open(copy) as repo:
        took = time.perf_counter() - start
        opened = repo.db.execute("SELECT COUNT(*) FROM clients WHERE remedies_open IS NOT NULL").fetchone()[0]
    print(f"migration_18_s  {took:.2f} (the open, its backup before updating included; {opened:,} clients with a remedy)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--older", type=Path, help="a copy of a caseload to take back to schema 17 and open (changed)")
    args = parser.parse_args(argv)
    if args.older:
        _older(args.older)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _window(args.db, args.repeat)
    print(_said("list_remedy_s", _cli_runs(args.db, args.repeat, "--remedy", "prop47")))
    print(_said("list_county_s", _cli_runs(args.db, args.repeat, "--county", "Orange")))
    print(_said("list_s", _cli_runs(args.db, args.repeat)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
