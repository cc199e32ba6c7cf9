"""Benchmark section: the desktop workspace on real widgets, offscreen.

    ui_start_to_list_s    process start to a usable caseload list (a fresh subprocess), of which
    ui_start_open_caseload_s  opening the file (Repository.open, with SQLite's quick_check), and
    ui_start_list_s           reading the list on a worker thread and showing it
    ui_start_put_right_s  from the same start until the pairs of a name put right on a laptop,
                          read on a worker after the list is shown, are in "Possible duplicates"
    ui_filter_median_ms   per keystroke in the search box: the key, the full-text query, the
    ui_filter_p95_ms      list narrowed and repainted (the 150 ms typing pause is not counted)
    ui_client_open_ms     median time to open a client (record, checklist, screening, history)
    ui_handout_open_ms    median time the window is held opening a client's handout preview
    ui_handout_pages_ms   median time until its pages are shown (made on a worker, P28-02)
    ui_rescreen_s         the whole caseload re-screened from the UI, with the progress dialog
    ui_peak_rss_mb        peak memory of that UI process

Everything runs in one child process (`python -m benchmarks.bench_ui DB`) so that the
start-up time and the memory are the program's own, not the harness's.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(ctx) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "benchmarks.bench_ui", str(ctx.db_path)], cwd=ROOT, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert child.stdout is not None
    ready = child.stdout.readline()
    start_to_list = time.perf_counter() - started
    if not ready.startswith("READY"):
        raise SystemExit(f"bench_ui: the window did not start: {ready}{child.stderr.read() if child.stderr else ''}")
    out, err = child.communicate(timeout=3600)
    if child.returncode != 0:
        raise SystemExit(f"bench_ui: child failed:\n{err}")
    figures = json.loads(out.strip().splitlines()[-1])
    return {"ui_start_to_list_s": round(start_to_list, 2), **figures}


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def child(db_path: Path) -> int:
    """The measured program: open the window, type in the search box, open clients, re-screen."""
    from datetime import date

    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from benchmarks.run import peak_rss_mb
    from db.repository import Repository
    from ui.app import make_app, settle
    from ui.main_window import MainWindow
    from ui.tasks import rescreen_caseload

    app = make_app()
    t = time.perf_counter()
    repo = Repository.open(db_path)  # includes SQLite's quick_check of the whole file
    open_s = time.perf_counter() - t
    window = MainWindow(repo, db_path)
    window.resize(1360, 820)
    loaded: list[bool] = []
    window.caseload_loaded.connect(lambda: loaded.append(True))
    counted: list[float] = []
    window.put_right_counted.connect(lambda: counted.append(time.perf_counter()))
    t = time.perf_counter()
    window.show()
    window.load_in_background()  # as `clinic-app` starts
    while not loaded:
        app.processEvents()
        time.sleep(0.002)
    settle(app, 3)
    list_s = time.perf_counter() - t
    while not counted:
        app.processEvents()
        time.sleep(0.002)
    put_right_s = counted[0] - t
    print("READY", flush=True)

    view = window.caseload
    rows = view.model.all_rows()
    rnd = random.Random(7)
    samples = rnd.sample(rows, min(25, len(rows)))
    per_key: list[float] = []
    for row in samples:
        view.search.clear()
        view.apply_filters()
        for ch in row.name.split()[-1][:5]:
            t = time.perf_counter()
            # A real key event (any letter, accented too), as the keyboard would send it.
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(view.search, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
            view.apply_filters()  # what the typing-pause timer runs
            app.processEvents()
            per_key.append((time.perf_counter() - t) * 1000)
    view.search.clear()
    view.apply_filters()

    opens: list[float] = []
    for row in samples[:15]:
        t = time.perf_counter()
        window.open_client(row.id)
        app.processEvents()
        opens.append((time.perf_counter() - t) * 1000)
    # The handout preview of five of those clients, each opened first, as Ctrl+P opens it
    # (the dialog's own exec() left out: it waits for the user).
    from ui.handout_dialog import HandoutDialog

    held: list[float] = []
    pages: list[float] = []
    for row in samples[:5]:
        window.open_client(row.id)
        app.processEvents()
        client_view = window.client_view
        t = time.perf_counter()
        dialog = HandoutDialog(repo, client_view.client, client_view.screening, today=client_view.today, parent=client_view)
        dialog.show()
        held.append((time.perf_counter() - t) * 1000)
        dialog.wait_for_pages()
        pages.append((time.perf_counter() - t) * 1000)
        dialog.close()
        dialog.deleteLater()
    window.show_caseload()

    done: list[int] = []
    t = time.perf_counter()
    rescreen_caseload(window, db_path, date.today(), on_done=done.append)
    while not done:
        app.processEvents()
        time.sleep(0.005)
    rescreen_s = time.perf_counter() - t
    figures = {
        "ui_start_open_caseload_s": round(open_s, 2),  # part of ui_start_to_list_s: Repository.open
        "ui_start_list_s": round(list_s, 2),  # part of ui_start_to_list_s: list read in the background, shown
        "ui_start_put_right_s": round(put_right_s, 2),  # the put-right pairs counted, after the list (L47-01)
        "ui_filter_median_ms": round(statistics.median(per_key), 1),
        "ui_filter_p95_ms": round(_pct(per_key, 0.95), 1),
        "ui_client_open_ms": round(statistics.median(opens), 1),
        "ui_handout_open_ms": round(statistics.median(held), 1),
        "ui_handout_pages_ms": round(statistics.median(pages), 1),
        "ui_rescreen_s": round(rescreen_s, 2),
        "ui_peak_rss_mb": peak_rss_mb(),
    }
    print(json.dumps(figures), flush=True)
    window.close()
    repo.close()
    return 0


if __name__ == "__main__":
    code = child(Path(sys.argv[1]))
    sys.stdout.flush()
    # Skip interpreter teardown: the figures are out, and PySide's garbage collection at
    # exit adds seconds (and noise) that no user waits for.
    os._exit(code)
