"""What a user feels while the window reads its client list: does the window stall?

    PYTHONPATH=. python -m benchmarks.bench_window_stall CASELOAD.sqlite [--display :7] [--offscreen] [--switch-ms MS]

The real program (ui.app.run, on a copy of CASELOAD) under X (Xvfb: the one at DISPLAY, or one
started here), in three turns: opening it, Caseload > Re-screen whole caseload (as of today),
and File > Import clients (300 made-up clients, screened as the window screens them).  The
dialogs that wait for a person (the re-screen's day, the file to import, the message after it)
answer at once; everything else is the program's own.

It prints, for each turn:
  longest_gap_ms   the longest time the window's event loop went unserved (a 5 ms timer on
                   the window's thread, checked from the moment the list is asked for until
                   a second after the list is shown and the client page is built ahead)
  gaps_over_100ms  how many such gaps were longer than 100 ms, and the worst few, each with
                   what the window was doing then (the marks named below)
  echo_ms          keys typed in the search box meanwhile, by another process (XTest, as a
                   keyboard would), one every 100 ms: the median and the longest time from
                   the key to its letter in the box; lost: keys never shown

The marks: list asked (load_in_background), rows read (the worker's read delivered), list
shown, the worker's read of the list a part at a time, full garbage collections, build-ahead
STEP (the client page and its code, W23-15, on the window's thread), and what the build-ahead's
worker reads for the first screening and handout (offense catalog read, handout texts read,
fonts registered: marked on whichever thread reads them).
Rerun the same command before and after a change, on the same caseload.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TICK_MS = 5
KEY_EVERY_S = 0.1
TYPE_FOR_S = 4.0
AFTER_SHOWN_S = 2.5  # the client page is built ahead 0.4 s after the list shows, in steps


def _cli(*args: str) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    subprocess.run([sys.executable, "-m", "clinic_app", *args], cwd=ROOT, env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 0
    db = Path(argv[0]).resolve()
    display = argv[argv.index("--display") + 1] if "--display" in argv else os.environ.get("DISPLAY")
    work = Path(tempfile.mkdtemp(prefix="bench_stall_"))
    xvfb = None
    try:
        copy = work / "caseload.sqlite"
        shutil.copyfile(db, copy)
        source = work / "import.sqlite"
        _cli("demo", "--db", str(source), "--clients", "300")
        imported = work / "import.jsonl"
        _cli("export", "--db", str(source), "--all", "--out", str(imported))
        if not display:
            display = ":97"
            xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1600x1000x24"],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(1.0)
        env = dict(os.environ, PYTHONPATH=str(ROOT), DISPLAY=display, HOME=str(work),
                   XDG_CONFIG_HOME=str(work / "config"), XDG_DATA_HOME=str(work / "data"))
        env.pop("QT_QPA_PLATFORM", None)
        if "--offscreen" in argv:  # Qt's offscreen platform, as the tests run: no keys reach it
            env["QT_QPA_PLATFORM"] = "offscreen"
        switch = argv[argv.index("--switch-ms") + 1] if "--switch-ms" in argv else ""
        child = subprocess.run([sys.executable, "-m", "benchmarks.bench_window_stall", "--child", str(copy), str(imported), switch],
                               cwd=ROOT, env=env, capture_output=True, text=True, timeout=1800)
        if child.returncode != 0 or not child.stdout.strip():
            print(child.stdout, child.stderr, file=sys.stderr)
            return 1
        figures = json.loads(child.stdout.strip().splitlines()[-1])
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait()
        shutil.rmtree(work, ignore_errors=True)
    print(f"caseload: {db} ({figures['clients']:,} clients), switch interval {figures['switch_interval_ms']} ms")
    for turn in figures["turns"]:
        echo = turn["echo_ms"]
        print(f"{turn['turn']:>9}: longest gap {turn['longest_gap_ms']:.0f} ms, {turn['gaps_over_100ms']} gaps over 100 ms; "
              f"list shown {turn['shown_after_s']:.2f} s after asked; "
              f"echo median {echo['median']:.0f} ms, longest {echo['max']:.0f} ms, {echo['typed']} typed, {echo['lost']} lost")
        if turn["work_s"]:
            print(f"           the work before it: {turn['work_s']:.1f} s, longest gap {turn['work_longest_gap_ms']:.0f} ms")
        for gap in turn["worst"]:
            print(f"           {gap['ms']:7.0f} ms gap from +{gap['at_s']:.2f} s  during: {gap['during']}")
    print(json.dumps(figures))
    return 0


# ---- the typing process: keys as a keyboard sends them, from outside the program --------------

def typer(window_id: int, seconds: float, x: int, y: int) -> int:
    """Type 'a' and BackSpace in turn into the X window `window_id` for `seconds`, the mouse
    moving meanwhile over the list (at `x`, `y` on the screen), row to row; print
    each key's time.monotonic() (the same clock as the window's perf_counter on Linux)."""
    import ctypes

    x11 = ctypes.CDLL("libX11.so.6")
    xtst = ctypes.CDLL("libXtst.so.6")
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XStringToKeysym.restype = ctypes.c_ulong
    x11.XStringToKeysym.argtypes = [ctypes.c_char_p]
    x11.XKeysymToKeycode.restype = ctypes.c_ubyte
    x11.XKeysymToKeycode.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
    x11.XSetInputFocus.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_ulong]
    x11.XFlush.argtypes = [ctypes.c_void_p]
    xtst.XTestFakeKeyEvent.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_int, ctypes.c_ulong]
    xtst.XTestFakeMotionEvent.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_ulong]
    dpy = x11.XOpenDisplay(None)
    x11.XSetInputFocus(dpy, window_id, 2, 0)  # RevertToParent, CurrentTime: no window manager here
    x11.XFlush(dpy)
    keys = [x11.XKeysymToKeycode(dpy, x11.XStringToKeysym(name)) for name in (b"a", b"BackSpace")]
    sent: list[float] = []
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        code = keys[len(sent) % 2]
        sent.append(time.monotonic())
        xtst.XTestFakeKeyEvent(dpy, code, 1, 0)
        xtst.XTestFakeKeyEvent(dpy, code, 0, 0)
        # The mouse over the list, a row up or down: each move repaints the rows it leaves and enters.
        xtst.XTestFakeMotionEvent(dpy, -1, x, y + 30 * (len(sent) % 4), 0)
        x11.XFlush(dpy)
        time.sleep(KEY_EVERY_S)
    print("\n".join(f"{t:.6f}" for t in sent), flush=True)
    return 0


# ---- the measured program ---------------------------------------------------------------------

def child(db_path: Path, import_file: Path) -> int:
    import ui.app
    from PySide6.QtCore import QTimer, Qt
    from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

    import ui.main_window as main_window
    import ui.tasks as tasks

    ticks: list[float] = []
    marks: list[tuple[float, str]] = []
    turns: list[dict] = []
    state: dict = {"turn": None}

    def mark(text: str) -> None:
        marks.append((time.perf_counter(), text))

    # The dialogs that wait for a person answer at once.
    tasks.ask_as_of = lambda _parent, today: today
    QFileDialog.getOpenFileName = staticmethod(lambda *a, **k: (str(import_file), ""))
    QMessageBox.information = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok)

    # Marks where the window's own steps begin and end (the methods themselves unchanged).
    MainWindow = main_window.MainWindow

    def marked(name: str, label: str):
        original = getattr(MainWindow, name)

        def wrapper(self, *args, **kwargs):
            mark(f"{label} begins")
            try:
                return original(self, *args, **kwargs)
            finally:
                mark(f"{label} ends")
        setattr(MainWindow, name, wrapper)

    marked("load_in_background", "list asked")
    marked("_rows_read", "rows read")
    marked("_client_view", "client page built")
    marked("_read_put_right", "put-right read asked")

    # And the worker's read of the list, a part at a time (on its own thread).
    import db.connection
    import db.repository
    import ui.models.caseload_model as caseload_model

    def marked_in(owner, name: str, label: str) -> None:
        original = getattr(owner, name)

        def wrapper(*args, **kwargs):
            mark(f"{label} begins")
            try:
                return original(*args, **kwargs)
            finally:
                mark(f"{label} ends")
        setattr(owner, name, wrapper)

    # Python's cyclic garbage collector: a pass over the oldest objects (every row of the list
    # shown) holds every thread, the window's too.
    import gc

    def collected(phase: str, info: dict) -> None:
        if info["generation"] == 2:
            mark(f"full garbage collection {'begins' if phase == 'start' else 'ends'}")
    gc.callbacks.append(collected)
    if os.environ.get("BENCH_GC_FREEZE") == "1":
        # Tried, not the program's: the objects alive once each list is shown are left out of
        # later full collections (gc.freeze), as a remedy would.
        MainWindow._loaded = (lambda loaded: lambda self: (loaded(self), gc.freeze()))(MainWindow._loaded)

    marked_in(db.connection, "connect", "worker: connect")
    marked_in(db.repository.Repository, "list_clients", "worker: list_clients")
    marked_in(db.repository.Repository, "screening_counts", "worker: screening_counts")
    marked_in(caseload_model, "person_keys", "worker: person_keys")
    marked("_put_right_read", "put-right pairs shown")
    # What the first screening and the first handout read once per process, on the worker the
    # build-ahead starts (C63-01): its reading contends with the window's thread for Python.
    import clinic_app.catalog
    import clinic_app.handouts.fonts
    import clinic_app.handouts.texts

    marked_in(clinic_app.catalog, "load_catalog", "offense catalog read")
    marked_in(clinic_app.handouts.texts, "load_texts", "handout texts read")
    marked_in(clinic_app.handouts.fonts, "register_family", "fonts registered")

    # Each step the window puts off to a later turn of its event loop (the build-ahead's among
    # them), marked by its function's name.
    class MarkedTimer(QTimer):
        @staticmethod
        def singleShot(ms, *args):
            fn = args[-1]
            name = getattr(fn, "__name__", "step")
            if not callable(fn) or name == "<lambda>":
                return QTimer.singleShot(ms, *args)

            def step():
                label = name
                if name == "next_step":  # the build-ahead's: the step it takes is first in its list
                    steps = [c.cell_contents for c in fn.__closure__ or () if isinstance(c.cell_contents, list)]
                    label = f"build-ahead {steps[0][0].__name__}" if steps and steps[0] else name
                mark(f"{label} begins")
                try:
                    fn()
                finally:
                    mark(f"{label} ends")
            return QTimer.singleShot(ms, *args[:-1], step)
    main_window.QTimer = MarkedTimer

    original_single_shot = QTimer.singleShot

    def app_made(app) -> None:
        timer = QTimer(app)
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
        timer.start(TICK_MS)
        state["timer"] = timer

    make_app = ui.app.make_app

    def make_app_probed():
        app = make_app()
        app_made(app)
        original_single_shot(0, begin)
        return app
    ui.app.make_app = make_app_probed

    def window():
        return next(iter(main_window._open_windows))

    def begin() -> None:
        w = window()
        w.resize(1360, 820)
        w.caseload_loaded.connect(lambda: mark("list shown"))
        w.activateWindow()
        w.caseload.search.setFocus()
        w.caseload.search.textChanged.connect(lambda _t: state.setdefault("echoes", []).append(time.perf_counter()))
        start_turn("opening", asked_at=marks[0][0] if marks else time.perf_counter())

    def start_turn(name: str, asked_at: float | None = None) -> None:
        w = window()
        state.update(turn=name, echoes=[], began=asked_at or time.perf_counter(), shown=None)
        table = w.caseload.table.viewport()
        centre = table.mapToGlobal(table.rect().center())
        state["typer"] = subprocess.Popen([sys.executable, "-m", "benchmarks.bench_window_stall", "--type", str(int(w.winId())),
                                           str(TYPE_FOR_S), str(centre.x()), str(centre.y())], cwd=ROOT, stdout=subprocess.PIPE, text=True)
        w.caseload_loaded.connect(turn_shown)

    def turn_shown() -> None:
        w = window()
        w.caseload_loaded.disconnect(turn_shown)
        state["shown"] = time.perf_counter()
        original_single_shot(int(max(AFTER_SHOWN_S, TYPE_FOR_S - (state["shown"] - state["began"])) * 1000 + 300), end_turn)

    def end_turn() -> None:
        out, _ = state["typer"].communicate(timeout=60)
        sent = [float(line) for line in out.split()]
        began, shown, ended = state["began"], state["shown"], time.perf_counter()
        window_ticks = [t for t in ticks if began <= t <= ended]
        gaps = [(b - a, a) for a, b in zip(window_ticks, window_ticks[1:])]
        worst = sorted(gaps, reverse=True)[:5]

        def during(a: float, b: float) -> str:
            # What was marked in the gap, or the last mark before it.
            inside = [text for t, text in marks if a <= t <= b]
            before = [text for t, text in marks if t < a]
            return ", ".join(inside) if inside else f"(after {before[-1]})" if before else "(start)"

        echoes = state["echoes"]
        latencies = [(echo - key) * 1000 for key, echo in zip(sent, echoes)]
        work = [t for t in ticks if state.get("command_at", began) <= t <= began]
        work_gaps = [b - a for a, b in zip(work, work[1:])]
        turns.append({
            "turn": state["turn"],
            # Behind the progress dialog, before the list is asked for (the re-screen, the import).
            "work_s": round(began - state.get("command_at", began), 2),
            "work_longest_gap_ms": round(max(work_gaps) * 1000, 1) if work_gaps else 0,
            "shown_after_s": round(shown - began, 3),
            "longest_gap_ms": round(max(g for g, _ in gaps) * 1000, 1) if gaps else None,
            "gaps_over_100ms": sum(1 for g, _ in gaps if g > 0.1),
            "marks": [f"+{t - began:.3f} {text}" for t, text in marks if began <= t <= ended],
            "worst": [{"ms": round(g * 1000, 1), "at_s": round(a - began, 3), "during": during(a, a + g)} for g, a in worst],
            "echo_ms": {"typed": len(sent), "lost": max(0, len(sent) - len(echoes)),
                        "median": round(statistics.median(latencies), 1) if latencies else float("nan"),
                        "max": round(max(latencies), 1) if latencies else float("nan")},
        })
        w = window()
        w.caseload.search.clear()
        w.caseload.apply_filters()
        nxt = {"opening": "re-screen", "re-screen": "import"}.get(state["turn"])
        if nxt is None:
            figures = {"clients": w.caseload.model.rowCount(), "switch_interval_ms": sys.getswitchinterval() * 1000,
                       "turns": turns}
            print(json.dumps(figures), flush=True)
            QApplication.instance().exit(0)
            return
        state["next"] = nxt
        original_single_shot(500, run_next)

    def run_next() -> None:
        w = window()
        name = state["next"]
        state["command_at"] = time.perf_counter()
        if name == "re-screen":
            # The re-screen itself runs behind a window-modal progress dialog: its turn begins
            # when the list is asked for again, as the dialog closes.
            watch_asked(name)
            w.rescreen_all()
        else:
            watch_asked(name)
            w.import_requests()

    def watch_asked(name: str) -> None:
        seen = len(marks)

        def poll() -> None:
            asked = [t for t, text in marks[seen:] if text == "list asked begins"]
            if asked:
                start_turn(name, asked_at=asked[0])
            else:
                original_single_shot(20, poll)
        poll()

    return ui.app.run(db_path)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        if sys.argv[4:5] != [""]:  # --switch-ms: Python's switch interval tried another way
            sys.setswitchinterval(float(sys.argv[4]) / 1000)
        sys.exit(child(Path(sys.argv[2]), Path(sys.argv[3])))
    if sys.argv[1:2] == ["--type"]:
        sys.exit(typer(int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])))
    sys.exit(main(sys.argv[1:]))
