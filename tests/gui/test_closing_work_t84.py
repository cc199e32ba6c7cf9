"""T84: work started while the window closes, that nothing waited for.

Closing stops every task (ui.tasks.finish_all), then waits for the closing backup in a nested
event loop.  That loop served the window's queued events and timers as if it were still open:
a list read delivered then showed its rows and started the read of the pairs put right, the
build-ahead's timer built the client page and started the read-ahead worker.  Nothing waited
for those workers: `clinic-app --screenshot` ended with one still running, which emitted after
Python and Qt had deleted its signals (exit 70, "RuntimeError" from Task.run, seen under load)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer

from db.repository import Repository
from tests.gui.conftest import TODAY, probation_client
from ui import tasks

CLOSING_BACKUP = "_back_up_before_closing"


def _started_while_closing(monkeypatch) -> list[str]:
    """The work functions of the tasks started after closing stopped every task (with
    tasks.finish_all, since M92)."""
    started: list[str] = []
    closing: list[bool] = []
    finish_all, start = tasks.finish_all, tasks.Task.start

    def finish_all_noted(*args, **kwargs):
        closing.append(True)
        return finish_all(*args, **kwargs)

    def start_noted(task):
        if closing:
            started.append(task.fn.__qualname__)
        start(task)

    monkeypatch.setattr(tasks, "finish_all", finish_all_noted)
    monkeypatch.setattr(tasks.Task, "start", start_noted)
    return started


def _slow_closing_backup(monkeypatch, seconds: float) -> None:
    """The closing backup, on its worker, takes `seconds` (a large caseload, a loaded machine)."""
    import db.backup

    backup_rotating = db.backup.backup_rotating

    def slow(db):
        time.sleep(seconds)
        return backup_rotating(db)

    monkeypatch.setattr(db.backup, "backup_rotating", slow)


def _window(qtbot, repo):
    from ui.main_window import MainWindow

    window = MainWindow(repo, today=TODAY)  # automatic backups on, as clinic-app starts it
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


def _closed(window) -> None:
    assert window.close() is True
    window.undo_stack.clear()  # as the window fixture does: its commands outlive no window


def test_a_list_read_delivered_during_the_closing_backup_starts_no_work(qtbot, repo, monkeypatch):
    """The window closed just after its list was read, the answer not yet delivered (the program
    quit at once, a test's end): queued, it was delivered in the closing backup's wait, shown in
    the closing window, and started the read of the pairs put right after every task had been
    stopped.  (A read still running when closing stops it ends cancelled, and says nothing.)"""
    repo.add_client(probation_client("Cora Closing"))  # changed since its last backup (none)
    window = _window(qtbot, repo)
    started = _started_while_closing(monkeypatch)
    _slow_closing_backup(monkeypatch, 0.5)
    shown: list[bool] = []
    window.caseload_loaded.connect(lambda: shown.append(True))
    window.load_in_background()
    assert window._list_task.finished.wait(10)  # read, its answer queued for the window
    _closed(window)
    assert started == [f"MainWindow.{CLOSING_BACKUP}.<locals>.job"]
    assert shown == []
    tasks.stop_all()


def test_the_build_ahead_due_during_the_closing_backup_starts_no_work(qtbot, repo, monkeypatch):
    """The window closed soon after its list was shown (`clinic-app --screenshot` closes it as soon
    as its picture is saved): the build-ahead's timer, due 0.4 s after the list, fired in the
    closing backup's wait, built the client page and started the read-ahead worker, still
    running as the program ended."""
    repo.add_client(probation_client("Cora Closing"))
    window = _window(qtbot, repo)
    started = _started_while_closing(monkeypatch)
    _slow_closing_backup(monkeypatch, 1.5)  # longer than the build-ahead's wait and its steps
    shown: list[bool] = []
    window.caseload_loaded.connect(lambda: shown.append(True))
    window.caseload_loaded.connect(lambda: QTimer.singleShot(0, lambda: closed.append(window.close())))
    closed: list[bool] = []
    window.load_in_background()
    qtbot.waitUntil(lambda: bool(closed), timeout=20_000)
    assert closed == [True] and shown == [True]
    window.undo_stack.clear()
    assert started == [f"MainWindow.{CLOSING_BACKUP}.<locals>.job"]
    assert window.client_view is None  # no page built for a closed window
    tasks.stop_all()


LATE_WORK = """
import sys, time
from pathlib import Path
from ui import app, tasks
from ui.main_window import MainWindow

close = MainWindow.closeEvent

def closed_then_more_work(window, event):
    close(window, event)
    def late(_ctx):
        time.sleep(1.0)  # still running as run() returns
        return "done after the window"
    tasks.run_unseen(late, on_done=lambda _result: None, on_failed=lambda *_args: None)

MainWindow.closeEvent = closed_then_more_work
sys.exit(app.run(Path(sys.argv[1]), screenshot=Path(sys.argv[2])))
"""


def test_the_program_ends_after_work_started_once_its_window_closed(tmp_path):
    """Whatever still starts work once the window is closed (T84-01 closed the ways seen), the
    program's end waits for it: `clinic-app --screenshot` ended with a worker running, which
    emitted into signals Python and Qt had deleted meanwhile, and the run exited 70 with a
    RuntimeError from Task.run instead of 0."""
    db = tmp_path / "c.sqlite"
    with Repository.open(db) as repo:
        repo.add_client(probation_client("Cora Closing"))
    shot = tmp_path / "shot.png"
    result = run_the_program(LATE_WORK, tmp_path, str(db), str(shot), timeout=120)
    assert result.returncode == 0, result.stderr
    assert "RuntimeError" not in result.stderr
    assert shot.is_file()


def run_the_program(script: str, tmp_path: Path, *args: str, timeout: float) -> subprocess.CompletedProcess:
    """`script` (given `args`) run as the whole program runs, in a Python of its own: offscreen,
    this checkout's code, its home and settings in `tmp_path`; what it printed, and how it ended."""
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root), "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / ".config"),
           "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, env=env, cwd=root,
                          timeout=timeout)
