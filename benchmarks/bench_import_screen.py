"""File > Import clients at a county's size, both steps, in a real (offscreen) window: not a
section of run.py and not a test, figures only, to compare before and after a change to
ui.tasks.import_dialog's second step (screening the clients imported, A34-01).

    QT_QPA_PLATFORM=offscreen PYTHONPATH=. python -m benchmarks.bench_import_screen [--clients N ...] [--no-cancel]

For each N (default 10,000 and 50,000): N synthetic clients (clinic_app.demo) in a laptop's
caseload, written by `clinic-app export --all` (kept in --work, default /tmp/bench_import,
and reused), then imported by File > Import clients into a new, empty caseload in a window:

    import_s              the first step (reading the file, adding the clients)
    screen_s              the second step (screening the clients imported), to its message
    screen_ms_per_client  screen_s / N
    progress_updates      how many times the second step's bar moved
    progress_max_gap_s    the longest the bar stood still in the second step (its start included)
    cancel_s              Cancel pressed half-way through the second step, to the message saying
                          it stopped (a second import, into another new caseload; --no-cancel skips it)
    cancel_screened       how many clients that stopped import kept screened
    rescreen_s            the same caseload's Caseload > Re-screen (ui.tasks.rescreen_job: db.rescreen,
                          worker processes) as of the next day, from its copy made to its end
    rescreen_ms_per_client

The machine's cores are printed first: the re-screen path uses every usable one.
"""

from __future__ import annotations

import argparse
import shutil
import time
from datetime import date, timedelta
from pathlib import Path

TODAY = date(2026, 11, 20)


def export_file(work: Path, n: int) -> Path:
    """The export of N synthetic clients (made once, then reused)."""
    from clinic_app.cli import main as cli
    from clinic_app.demo import generate_clients
    from db.repository import Repository

    out = work / f"clients-{n}.jsonl"
    if out.exists():
        return out
    laptop = work / f"laptop-{n}.sqlite"
    for stale in work.glob(f"laptop-{n}.sqlite*"):
        stale.unlink()
    with Repository.open(laptop, user="benchmark") as repo:
        repo.add_clients(generate_clients(n, seed=36))
    assert cli(["export", "--db", str(laptop), "--all", "--out", str(out)]) == 0
    return out


class Watched:
    """Every progress dialog the window opens, with when its task's signals reached the UI."""

    def __init__(self):
        self.runs: list[dict] = []

    def install(self):
        import ui.tasks
        from PySide6.QtCore import Qt

        real = ui.tasks.run_with_progress

        def watched(parent, title, fn, **kwargs):
            run = {"title": title, "started": time.perf_counter(), "progress": [], "ended": None, "how": None}
            self.runs.append(run)
            task, dialog = real(parent, title, fn, **kwargs)
            run["task"], run["dialog"] = task, dialog

            def progress(done, total, _text):
                run["progress"].append((time.perf_counter(), done, total))

            def ended(how):
                run["ended"], run["how"] = time.perf_counter(), how

            task.signals.progress.connect(progress, Qt.ConnectionType.QueuedConnection)
            task.signals.done.connect(lambda *_a: ended("done"), Qt.ConnectionType.QueuedConnection)
            task.signals.failed.connect(lambda *_a: ended("failed"), Qt.ConnectionType.QueuedConnection)
            task.signals.cancelled.connect(lambda: ended("cancelled"), Qt.ConnectionType.QueuedConnection)
            return task, dialog

        ui.tasks.run_with_progress = watched
        return real


def wait_until(app, ready, timeout_s: float = 3600.0) -> None:
    limit = time.perf_counter() + timeout_s
    while not ready():
        app.processEvents()
        time.sleep(0.002)
        if time.perf_counter() > limit:
            raise TimeoutError("the window did not finish in time")


def import_into_window(app, source: Path, caseload: Path, *, cancel_half_way: bool) -> dict:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    import ui.tasks
    from db.repository import Repository
    from ui.main_window import MainWindow

    told: list[str] = []
    QMessageBox.information = staticmethod(lambda parent, title, text, *a: told.append(text))
    QFileDialog.getOpenFileName = staticmethod(lambda *a, **k: (str(source), ""))
    watch = Watched()
    real = watch.install()
    figures: dict = {}
    try:
        with Repository.open(caseload, user="benchmark") as repo:
            window = MainWindow(repo, today=TODAY, automatic_backups=False)
            window.resize(1280, 800)
            window.show()
            window.load()
            app.processEvents()
            window.import_action.trigger()
            wait_until(app, lambda: len(watch.runs) >= 2 or (watch.runs and watch.runs[0]["ended"] and told))
            first, second = watch.runs[0], watch.runs[1]
            figures["import_s"] = first["ended"] - first["started"]
            if cancel_half_way:
                wait_until(app, lambda: second["progress"] and second["progress"][-1][1] * 2 >= second["progress"][-1][2] > 0)
                pressed = time.perf_counter()
                from PySide6.QtWidgets import QPushButton

                second["dialog"].findChild(QPushButton).click()  # its Cancel button
                wait_until(app, lambda: bool(told))
                figures["cancel_s"] = time.perf_counter() - pressed
                figures["cancel_how"] = second["how"]
                total = repo.db.conn.execute("SELECT COUNT(DISTINCT client_id) FROM screenings").fetchone()[0]
                figures["cancel_screened"] = total
                figures["cancel_said"] = told[-1].split("\n\n")[-1][:120]
            else:
                wait_until(app, lambda: bool(told))
                steps = [second["started"]] + [at for at, _d, _t in second["progress"]] + [second["ended"]]
                figures["screen_s"] = second["ended"] - second["started"]
                figures["progress_updates"] = len(second["progress"])
                figures["progress_max_gap_s"] = max(b - a for a, b in zip(steps, steps[1:]))
                figures["screened"] = repo.db.conn.execute("SELECT COUNT(DISTINCT client_id) FROM screenings").fetchone()[0]
                # The same clients by the whole-caseload re-screen (a day later, so every row is new).
                done: list[int] = []
                ui.tasks.rescreen_caseload(window, caseload, TODAY + timedelta(days=1), on_done=done.append)
                third = watch.runs[2]
                wait_until(app, lambda: third["ended"] is not None)
                counted = [at for at, _d, total in third["progress"] if total > 0]
                figures["rescreen_s"] = third["ended"] - counted[0]
                figures["rescreen_with_copy_s"] = third["ended"] - third["started"]
                figures["rescreen_stored"] = done[0] if done else third["how"]
            ui.tasks.stop_all()
            window.close()
            window.deleteLater()
            app.processEvents()
    finally:
        ui.tasks.run_with_progress = real
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, nargs="+", default=[10_000, 50_000])
    parser.add_argument("--work", type=Path, default=Path("/tmp/bench_import"))
    parser.add_argument("--no-cancel", action="store_true")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from db.rescreen import usable_cores

    app = QApplication.instance() or QApplication([])
    args.work.mkdir(parents=True, exist_ok=True)
    print(f"usable_cores {usable_cores()}")
    for n in args.clients:
        source = export_file(args.work, n)
        runs = [("", False)] + ([] if args.no_cancel else [("-cancel", True)])
        for suffix, cancel in runs:
            caseload = args.work / f"office-{n}{suffix}.sqlite"
            for stale in args.work.glob(f"office-{n}{suffix}.sqlite*"):
                stale.unlink() if stale.is_file() else shutil.rmtree(stale)
            figures = import_into_window(app, source, caseload, cancel_half_way=cancel)
            if "screen_s" in figures:
                figures["screen_ms_per_client"] = 1000 * figures["screen_s"] / n
                figures["rescreen_ms_per_client"] = 1000 * figures["rescreen_s"] / n
            for key, value in figures.items():
                shown = f"{value:.3f}" if isinstance(value, float) else value
                print(f"{n} {key} {shown}", flush=True)


if __name__ == "__main__":
    main()
