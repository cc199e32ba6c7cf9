"""A paralegal's day on a big caseload, on the real window (offscreen), step by step.

    python -m benchmarks.bench_day CASELOAD.sqlite [--repeat N] [--json OUT]

Make the caseload once (minutes at 100,000 clients), then run this as often as needed:

    python -m clinic_app demo --db big.sqlite --clients 100000
    python -m clinic_app rescreen --db big.sqlite
    QT_QPA_PLATFORM=offscreen python -m benchmarks.bench_day big.sqlite

The steps: open the caseload (to a usable list), search by a whole name, a partial name
and a case number, sort by each column both ways, filter by event / outcome / the ticks,
open a client, edit and save, undo, a rename, a delete and its undo, a new client and its
undo, the event report, a handout preview, one client
re-screened (opening a client whose stored result is by older rules).  For each step, the
median and the worst of the longest time the window was held: a QTimer heartbeat ticks
every 5 ms, and the longest gap between ticks (or between the step's start and the first
tick) is the time nothing could be clicked or painted.

The file is written to (an edit, its undo, one client's screening): run it on a copy.
Not a test: figures vary with the machine; nothing here passes or fails.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path


class Heartbeat:
    """The longest time the event loop did not run, while `held()` is watching."""

    def __init__(self, app):
        from PySide6.QtCore import QTimer

        self.app = app
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.longest = 0.0
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def held(self, step: Callable[[], object], done: Callable[[], bool] | None = None, settle_s: float = 0.05) -> tuple[float, float]:
        """Run `step` (as a click would), then let the loop run until `done()` and `settle_s`
        more; return (wall ms until done, longest ms held)."""
        self.app.processEvents()
        self.last = start = time.perf_counter()
        self.longest = 0.0
        step()
        while done is not None and not done():
            self.app.processEvents()
            time.sleep(0.001)
        wall = time.perf_counter() - start
        until = time.perf_counter() + settle_s
        while time.perf_counter() < until:
            self.app.processEvents()
            time.sleep(0.001)
        self._tick()
        return wall * 1000, self.longest * 1000


def day(db_path: Path, repeat: int) -> dict:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from benchmarks.run import peak_rss_mb
    from db.repository import Repository
    from ui.app import make_app
    from ui.main_window import MainWindow

    app = make_app()
    # A synthetic record the forms hold back (a condition "completed" after today) would ask,
    # in a modal box, before its edit is discarded: answered "discard", as a user would.
    import ui.client_view

    ui.client_view.ask_discard = lambda _parent, _problem, _where: True
    beat = Heartbeat(app)
    figures: dict[str, list[float]] = {}
    walls: dict[str, list[float]] = {}

    def note(name: str, wall_held: tuple[float, float]) -> None:
        print(f"{name}: {wall_held[0]:.0f} ms, held {wall_held[1]:.0f} ms", file=sys.stderr, flush=True)
        walls.setdefault(name, []).append(wall_held[0])
        figures.setdefault(name, []).append(wall_held[1])

    box: dict = {}

    def start() -> None:
        box["repo"] = Repository.open(db_path)
        window = MainWindow(box["repo"], db_path)
        window.resize(1360, 820)
        window.caseload_loaded.connect(lambda: box.setdefault("loaded", True))
        window.show()
        window.load_in_background()
        box["window"] = window

    note("open_to_list", beat.held(start, lambda: "loaded" in box, settle_s=0.3))
    repo, window = box["repo"], box["window"]
    view = window.caseload
    rows = view.model.all_rows()
    rnd = random.Random(11)
    samples = rnd.sample(rows, min(repeat, len(rows)))
    figures_meta = {"clients": len(rows)}

    def type_text(text: str, name: str) -> None:
        view.search.clear()
        view.apply_filters()
        for ch in text:
            def key(ch=ch) -> None:
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(view.search, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
            note(f"{name}_key", beat.held(key, settle_s=0.0))
            note(f"{name}_narrow", beat.held(view.apply_filters, settle_s=0.0))  # what the typing pause runs

    for row in samples:
        type_text(row.name.split()[-1], "search_name")
        type_text(row.name.split()[-1][:3], "search_partial")
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    numbers = [n for (n,) in conn.execute("SELECT case_number FROM cases WHERE case_number IS NOT NULL AND client_id IN (%s)"
                                          % ",".join(str(r.id) for r in samples))]
    for number in numbers[:repeat]:
        type_text(number, "search_case_number")
    view.search.clear()
    view.apply_filters()

    # A click on each column's header, twice (one way, then the other), as the mouse does it:
    # QTableView.sortByColumn would sort twice (Qt sorts again when the indicator was set).
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    # A big caseload's sort runs on a worker (P29B-03): each step lasts until the list shows
    # the new order (no sort on a worker in older versions).
    sorting = getattr(view.model, "sorting", lambda: False)
    header = view.table.horizontalHeader()
    for column in [*range(1, view.model.columnCount()), 0]:
        at = QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2, header.height() // 2)
        for _ in range(2):
            note(f"sort_col{column}", beat.held(lambda: QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at),
                                                lambda: not sorting()))
    if header.sortIndicatorOrder() != Qt.SortOrder.AscendingOrder:
        view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    while sorting():
        app.processEvents()
        time.sleep(0.001)

    for i in range(1, min(view.event.count(), repeat + 1)):
        note("filter_event", beat.held(lambda: view.event.setCurrentIndex(i)))
        note("filter_event_back", beat.held(lambda: view.event.setCurrentIndex(0)))
    for i in range(1, view.outcome.count()):
        note("filter_outcome", beat.held(lambda: view.outcome.setCurrentIndex(i)))
        note("filter_outcome_back", beat.held(lambda: view.outcome.setCurrentIndex(0)))
    for box_widget in (view.outstanding, view.review):
        note("filter_tick", beat.held(lambda: box_widget.setChecked(True)))
        note("filter_tick_back", beat.held(lambda: box_widget.setChecked(False)))

    for row in samples:
        note("open_client", beat.held(lambda: window.open_client(row.id)))
        cv = window.client_view
        phone = cv.record.person.phone

        saved: list[bool] = []

        def edit_and_save() -> None:
            phone.setText((phone.text() or "") + "1")
            saved.append(cv.save())
        note("edit_save", beat.held(edit_and_save))
        if saved[-1]:  # a record the forms hold back (a problem to fix first) would ask before Undo
            note("undo", beat.held(lambda: window._step_history(True)))
        else:
            print(f"client {row.id}: not saved: {cv.problems()}", file=sys.stderr, flush=True)
        note("back_to_list", beat.held(window.show_caseload))

    # A rename, a delete and its undo, a new client and its undo: each changes the counts at a
    # glance (the possible duplicates, the clients screened by older rules).  The delete's
    # question is answered "Delete client", as a user would.
    import ui.main_window

    ui.main_window.ask_delete_client = lambda _parent, _client: True
    for row in samples:
        window.open_client(row.id)
        cv = window.client_view
        name = cv.record.person.name

        def rename() -> None:
            name.setText(name.text() + " Jr")
            saved.append(cv.save())
        note("rename_save", beat.held(rename))
        if saved[-1]:
            note("undo", beat.held(lambda: window._step_history(True)))
        note("delete_client", beat.held(window.delete_client))
        note("undo_delete", beat.held(lambda: window._step_history(True)))
        window.show_caseload()
    for _ in samples:
        window.new_client()
        cv = window.client_view
        cv.record.person.name.setText("Nueva Clienta Prueba")
        note("new_client_save", beat.held(cv.save))
        note("undo_new_client", beat.held(lambda: window._step_history(True)))
        window.show_caseload()

    # The event report: its counting runs on a worker; the dialog is shown, not exec()'d.
    from ui import report_dialog as report_module

    shown: list = []
    original_exec = report_module.ReportDialog.exec
    report_module.ReportDialog.exec = lambda self: (self.show(), shown.append(self))[-1] and 0
    for i in (0, 1):
        view.event.setCurrentIndex(i)
        shown.clear()
        note("event_report", beat.held(window.show_report, lambda: bool(shown)))
        for dialog in shown:
            dialog.close()
    report_module.ReportDialog.exec = original_exec
    view.event.setCurrentIndex(0)

    from ui.handout_dialog import HandoutDialog

    for row in samples[:5]:
        window.open_client(row.id)
        cv = window.client_view
        made: list = []

        def preview() -> None:
            dialog = HandoutDialog(repo, cv.client, cv.screening, today=cv.today, parent=cv)
            dialog.show()
            made.append(dialog)
        note("handout_preview", beat.held(preview, lambda: made[0].ready))  # held while its pages are made
        for dialog in made:
            dialog.wait_for_pages()
            dialog.close()
            dialog.deleteLater()
    window.show_caseload()

    # One client re-screened: their stored result made one of older rules, then opened.
    for row in samples[:5]:
        write = sqlite3.connect(db_path)
        write.execute("UPDATE screenings SET rules_version = '0-older' WHERE id = (SELECT MAX(id) FROM screenings WHERE client_id = ?)", (row.id,))
        write.commit()
        write.close()
        note("rescreen_one", beat.held(lambda: window.open_client(row.id)))
        window.show_caseload()

    out: dict = {**figures_meta}
    for name, held in figures.items():
        out[name] = {"median_held_ms": round(statistics.median(held), 1), "worst_held_ms": round(max(held), 1),
                     "median_wall_ms": round(statistics.median(walls[name]), 1), "n": len(held)}
    out["peak_rss_mb"] = peak_rss_mb()
    window.close()
    repo.close()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path, help="the caseload file (a copy: the day writes to it)")
    parser.add_argument("--repeat", type=int, default=5, help="clients sampled per step (default 5)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = day(args.db, args.repeat)
    text = json.dumps(out, indent=1)
    print(text, flush=True)
    if args.json:
        args.json.write_text(text)
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # as bench_ui: PySide's teardown adds seconds no user waits for
