"""How long the caseload list takes to follow one client's line (not a section of run.py,
and not a test: figures only, to compare before and after a change to CaseloadModel).

    QT_QPA_PLATFORM=offscreen PYTHONPATH=. python -m benchmarks.bench_list_update [--clients N]

Prints milliseconds per call, median of REPEATS, at N synthetic lines (default 100,000):

    update_in_place_ms        a line changed where it stands (a save, a re-screen, a line
                              followed from another desk): the common case
    update_in_place_sorted_ms the same with the list sorted by best outcome and a search narrowing it
    update_renamed_ms         a line renamed to another place in the order (moves)
    update_added_ms           a client added (intake, another desk)
    remove_ms                 a client's line removed (a delete), then one line updated after it
    delete_window_ms          File > Delete client in a real window (--window CASELOAD: a copy of
                              that caseload file; make one of 100,000 synthetic clients with
                              Repository.add_clients(clinic_app.demo.generate_clients(100_000))),
                              of which delete_storage_ms is Repository.delete_client's and
                              delete_window_own_ms the window's (the list, the counts, the status,
                              painting), and delete_list_ms MainWindow.client_removed's alone;
    follow_one_line_ms        coming back to the window after another desk changed one client
                              (MainWindow._follow_other_desks: the audit read, the line, the counts)

Lines are plain ClientRow values made here, so the figures are the model's own, not SQLite's.
"""

from __future__ import annotations

import argparse
import statistics
import time
from datetime import date, timedelta

REPEATS = 30


def rows(n: int):
    from db.repository import ClientRow

    outcomes = ("eligible_now", "eligible_on", "blocked", "needs_review", "nothing_available", None)
    made = [ClientRow(id=i + 1, name=f"Client {i:06d}", dob=date(1960, 1, 1) + timedelta(days=i % 15000), case_count=1 + i % 3,
                      event=f"Event {i % 40}", language="en", best=outcomes[i % 6],
                      best_date=date(2027, 1, 1) + timedelta(days=i % 700) if i % 6 in (1, 2) else None)
            for i in range(n)]
    return made


def _ms(fn) -> float:
    times = []
    for k in range(REPEATS):
        started = time.perf_counter()
        fn(k)
        times.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(times), 3)


def model_figures(n: int) -> dict:
    from dataclasses import replace

    from PySide6.QtCore import Qt

    from ui.models.caseload_model import COL_BEST, CaseloadFilter, CaseloadModel

    lines = rows(n)
    model = CaseloadModel()
    model.set_rows(lines)
    model.listed(1)  # the by-id index made, as the window's first open does
    step = max(1, n // REPEATS)
    figures = {"clients": n}
    figures["update_in_place_ms"] = _ms(lambda k: model.update_client(replace(model.all_rows()[k * step % n], case_count=9)))
    figures["update_renamed_ms"] = _ms(lambda k: model.update_client(replace(lines[k * step % n], name=f"Aaa {k:03d}")))
    next_id = [n + 1]

    def add(_k):
        model.update_client(replace(lines[0], id=next_id[0], name=f"Zzz {next_id[0]}"))
        next_id[0] += 1

    figures["update_added_ms"] = _ms(add)

    def remove(k):
        model.remove_client(model.all_rows()[(k * step + 7) % len(model.all_rows())].id)
        model.update_client(replace(model.all_rows()[k], case_count=8))

    figures["remove_ms"] = _ms(remove)
    sorted_model = CaseloadModel()
    sorted_model.sort(COL_BEST, Qt.SortOrder.AscendingOrder)
    sorted_model.set_rows(lines)
    sorted_model.set_filter(CaseloadFilter(ids=frozenset(r.id for r in lines if r.id % 3)))
    figures["update_in_place_sorted_ms"] = _ms(
        lambda k: sorted_model.update_client(replace(sorted_model.all_rows()[k * step % n], case_count=7)))
    return figures


def main(argv=None) -> int:
    import json

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--window", metavar="CASELOAD", help="also time File > Delete client in a window on this caseload file")
    args = parser.parse_args(argv)
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    figures = model_figures(args.clients)
    if args.window:
        figures.update(window_figures(args.window))
    print(json.dumps(figures))
    del app
    return 0


def window_figures(path: str) -> dict:
    """File > Delete client, the question answered Yes, on the caseload file at `path` (a copy
    is worked on), and the list's line updated after it as a save does."""
    import shutil
    import tempfile
    from pathlib import Path
    from unittest import mock

    from PySide6.QtWidgets import QApplication

    from db.repository import Repository
    from ui.main_window import MainWindow
    from ui.models.caseload_model import person_keys

    with tempfile.TemporaryDirectory(prefix="clinic-bench-") as tmp:
        db = Path(tmp) / "caseload.sqlite"
        shutil.copy(path, db)
        repo = Repository.open(db, user="benchmark")
        window = MainWindow(repo, db, automatic_backups=False)
        window.show()
        lines = repo.list_clients()
        window.caseload.show_rows(lines, person_keys(lines))  # as the window's read on a worker gives them
        window._list_version = repo.data_version()
        QApplication.processEvents()
        times, stored = [], []
        deleting = repo.delete_client

        def timed_delete(*args, **kwargs):  # the storage's part, told apart from the window's
            started = time.perf_counter()
            try:
                return deleting(*args, **kwargs)
            finally:
                stored.append((time.perf_counter() - started) * 1000)

        repo.delete_client = timed_delete
        listed, removing = [], window.client_removed

        def timed_removal(*args):  # the list's part: its line, the counts, the event filter, the status
            started = time.perf_counter()
            try:
                return removing(*args)
            finally:
                listed.append((time.perf_counter() - started) * 1000)

        window.client_removed = timed_removal  # connected when the client page is made, at the first delete
        with mock.patch("ui.main_window.ask_delete_client", return_value=True):
            for k in range(10):
                client_id = window.caseload.model.all_rows()[k * 997 % len(window.caseload.model.all_rows())].id
                window.caseload.select_client(client_id)
                started = time.perf_counter()
                window.delete_client()
                QApplication.processEvents()
                times.append((time.perf_counter() - started) * 1000)
        # A line followed from another desk: one client's phone and aliases changed there (the
        # line changed in place, as most changes are), the window come back to.
        followed = []
        window._list_version, window._audit_seen = repo.data_version(), repo.changes_since(None)[0]  # as a load notes them
        with Repository.open(db, user="desk-2") as desk_2:
            for k in range(10):
                client = desk_2.get_client(window.caseload.model.all_rows()[k * 9973 + 5].id)
                client.phone = f"555-{k:04d}"
                client.aliases = [*client.aliases, f"Alias {k}"]
                desk_2.save_client(client)
                started = time.perf_counter()
                window._follow_other_desks()
                followed.append((time.perf_counter() - started) * 1000)
                assert window.caseload.model.listed(client.id).name == client.name and window._audit_seen == repo.changes_since(None)[0]
        window.undo_stack.clear()
        window.close()
        repo.close()
    own = [t - s for t, s in zip(times, stored)]
    return {"delete_window_ms": round(statistics.median(times), 1), "delete_window_max_ms": round(max(times), 1),
            "delete_storage_ms": round(statistics.median(stored), 1), "delete_window_own_ms": round(statistics.median(own), 1),
            "delete_window_own_max_ms": round(max(own), 1), "delete_list_ms": round(statistics.median(listed), 2),
            "delete_list_max_ms": round(max(listed), 2), "follow_one_line_ms": round(statistics.median(followed), 2)}


if __name__ == "__main__":
    raise SystemExit(main())
