"""Choosing every line of a large caseload: how long the window is held.

    PYTHONPATH=. python -m benchmarks.bench_choosing CASELOAD.sqlite [--times N] [--profile STEP]

The real window (ui.main_window.MainWindow) on Qt's offscreen platform, on CASELOAD as it is
(`clinic-app demo --clients 20000`; a re-screen is not needed: the list reads the lines as
stored).  Each step starts from every line chosen by Ctrl+A (but the first two) and is timed
from the key, or the change, until the window's events are all served again:

  ctrl_a           Ctrl+A on the list, the keyboard on its first line, one line chosen
  search_key       a letter typed in the search box (and the typing pause's narrowing), all chosen
  filter           the Language filter changed to Spanish (and back, the second figure), all chosen
  shift_end        Shift+End from the first line (the table's End: the line's last cell)
  ctrl_shift_end   Ctrl+Shift+End from the first line: every line down to the last chosen
  sort             a header's sort (by Name, then back by Date of birth), all chosen, until the
                   new order is shown (from 20,000 lines it is made on a worker)
  menu_count       the Caseload menu's "Handouts for the N clients chosen" named again, as on
                   every change of the choice
  ctrl_space       Ctrl+Down, Ctrl+Space: the second line taken out of the choice, all others kept
  down             Down alone after Ctrl+A: back to one line chosen

It prints each step's times in ms (the median and every run), then one JSON line.
`--profile STEP` runs cProfile over that step's runs and prints the calls that took longest:
which Python calls Qt makes per line.  Rerun the same command before and after a change.
"""

from __future__ import annotations

import cProfile
import json
import os
import pstats
import statistics
import sys
import tempfile
import time
from pathlib import Path


def child(db_path: Path, times: int, profile: str | None) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from db.repository import Repository
    from ui.app import make_app, settle
    from benchmarks.bench_client_open import window_with_its_list

    app = make_app()
    repo = Repository.open(db_path)
    window = window_with_its_list(app, repo, db_path)
    settle(app, 5)
    view = window.caseload
    table = view.table
    figures: dict[str, list[float]] = {}
    profiler = cProfile.Profile() if profile else None

    def key(widget, code, modifiers=Qt.KeyboardModifier.NoModifier, text: str = "") -> None:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, code, modifiers, text))

    def first_line_alone() -> None:
        view.search.clear()
        view.apply_filters()
        table.setFocus()
        key(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
        view.select_client(view.proxy.index(0, 0).data(Qt.ItemDataRole.UserRole + 2))
        settle(app, 3)

    def all_chosen() -> None:
        first_line_alone()
        key(table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        settle(app, 3)
        assert len(view.chosen_rows()) == view.proxy.rowCount()

    def timed(step: str, before, action) -> None:
        for _ in range(times):
            before()
            if profiler is not None and profile == step:
                profiler.enable()
            started = time.perf_counter()
            action()
            settle(app, 3)
            ms = (time.perf_counter() - started) * 1000
            if profiler is not None:
                profiler.disable()
            figures.setdefault(step, []).append(round(ms, 1))

    timed("ctrl_a", first_line_alone, lambda: key(table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier))

    def search_key() -> None:
        view.search.setFocus()
        key(view.search, Qt.Key.Key_G, text="g")
        view.apply_filters()  # what the typing pause's timer runs

    timed("search_key", all_chosen, search_key)
    spanish = view.language.findData("es")

    def filter_there_and_back() -> None:
        started = time.perf_counter()
        view.language.setCurrentIndex(spanish)
        settle(app, 3)
        figures.setdefault("filter_to_spanish", []).append(round((time.perf_counter() - started) * 1000, 1))
        view.language.setCurrentIndex(0)

    timed("filter", all_chosen, filter_there_and_back)
    timed("shift_end", first_line_alone, lambda: key(table, Qt.Key.Key_End, Qt.KeyboardModifier.ShiftModifier))
    timed("ctrl_shift_end", first_line_alone,
          lambda: key(table, Qt.Key.Key_End, Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier))
    columns = iter([0, 1] * times)

    def sort() -> None:
        shown: list[bool] = []
        view.model.sorted_shown.connect(lambda: shown.append(True))
        view.sort_by(next(columns))
        while not shown:
            app.processEvents()
            time.sleep(0.001)
        view.model.sorted_shown.disconnect()
        view.model.sorted_shown.connect(view._chosen_in_view)

    timed("sort", all_chosen, sort)
    timed("menu_count", all_chosen, window._name_chosen_action)

    def one_line_taken_out() -> None:
        key(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)  # the keyboard moved, the choice kept
        key(table, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier, " ")

    timed("ctrl_space", all_chosen, one_line_taken_out)
    assert len(view.chosen_rows()) == view.proxy.rowCount() - 1, (len(view.chosen_rows()), table.currentIndex().row())
    timed("down", all_chosen, lambda: key(table, Qt.Key.Key_Down))
    chosen = len(view.chosen_rows())
    assert chosen == 1, chosen
    if profiler is not None:
        stats = pstats.Stats(profiler, stream=sys.stderr)
        stats.sort_stats("tottime").print_stats(25)
    result = {"clients": view.proxy.rowCount(), **figures}
    window.close()
    repo.close()
    return result


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 0
    times = int(argv[argv.index("--times") + 1]) if "--times" in argv else 3
    profile = argv[argv.index("--profile") + 1] if "--profile" in argv else None
    # On a copy: the window writes its settings and may write the caseload (its backups).
    import shutil

    with tempfile.TemporaryDirectory(prefix="bench_choosing_") as work:
        os.environ["HOME"] = work
        os.environ["XDG_CONFIG_HOME"] = str(Path(work) / "config")
        os.environ["XDG_DATA_HOME"] = str(Path(work) / "data")
        copy = Path(work) / "caseload.sqlite"
        shutil.copyfile(argv[0], copy)
        figures = child(copy, times, profile)
    print(f"caseload: {argv[0]} ({figures['clients']:,} clients on the list)")
    for step, runs in figures.items():
        if step != "clients":
            print(f"  {step:>18}: median {statistics.median(runs):8.1f} ms   runs {runs}")
    print(json.dumps(figures))
    sys.stdout.flush()
    os._exit(0)  # PySide's teardown adds seconds no user waits for


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
