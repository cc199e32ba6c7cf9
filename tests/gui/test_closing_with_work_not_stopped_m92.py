"""M92: closing the window while a long job is inside one call that cannot look for Cancel.

Closing asks every task to stop (ui.tasks).  Work that checks for Cancel ends at once; work inside
one long call (a SQLite statement, a ReportLab page, a file on a slow drive) cannot look until it
returns.  The window waited for it on its own thread (`threading.Event.wait`, 30 s per task):
frozen, silent, then gone; `ui.app.run` waited up to 30 s more with no window, and the worker's
end printed "RuntimeError: Signal source has been deleted" (T84, M89 measured).  Now the window
waits with its events served; after half a second a dialog names the work, closes itself when it
has ended, and offers "Close anyway" (Enter, Escape)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from db.repository import Repository
from tests.gui.conftest import probation_client
from tests.gui.test_closing_work_t84 import run_the_program
from ui import tasks

EXPORT = "Exporting 1,200 clients"


def _stuck_until(release: threading.Event):
    """A job inside one long call: it never looks at Cancel, and ends when the test says.  Its
    `began` is set once it runs on its thread: closing takes back work not begun yet (H94-02)."""
    began = threading.Event()

    def job(_ctx):
        began.set()
        release.wait(15)  # bounded: the code before M92 waited here on the window's thread
        return "finished"

    job.began = began
    return job


def _when_finishing_shown(act, window) -> list[QProgressDialog]:
    """Once closing's dialog is up, `act(dialog)`; the dialog, as it was seen.  Looked for while
    `window` lives: a look left by a test whose dialog never came (none expected) went on into
    the next tests, and pressed Close anyway on their dialogs before they saw it (H94-02)."""
    seen: list[QProgressDialog] = []
    looking = QTimer(window)

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not (isinstance(dialog, QProgressDialog) and dialog.isVisible()
                and dialog.accessibleName() == "Finishing before closing"):
            return
        looking.stop()
        seen.append(dialog)
        act(dialog)

    looking.timeout.connect(look)
    looking.start(20)
    return seen


def _beating() -> tuple[QTimer, list[int]]:
    """A timer of the window's thread: how often it fired says whether events were served."""
    beats: list[int] = []
    beat = QTimer()
    beat.timeout.connect(lambda: beats.append(1))
    beat.start(50)
    return beat, beats


def test_closing_names_the_work_still_running_and_closes_once_it_has_ended(qtbot, window):
    """An export stuck in one long call, its Cancel pressed, then the window closed: the window
    froze 30 s with nothing said.  A dialog now names the export while the window is still served,
    and the window closes by itself as soon as the export has ended."""
    release = threading.Event()
    job = _stuck_until(release)
    task, progress = tasks.run_with_progress(window, EXPORT, job)
    assert job.began.wait(5)
    progress.cancel()  # Cancel pressed: the dialog goes, the export has not stopped
    beat, beats = _beating()
    said: list[str] = []

    def read_then_release(dialog) -> None:
        said.append(dialog.labelText())
        QTimer.singleShot(300, release.set)  # the long call returns

    seen = _when_finishing_shown(read_then_release, window)
    assert window.close() is True
    beat.stop()
    assert seen, "no dialog said what closing waited for"
    assert said[0].startswith(f"Finishing before closing: {EXPORT}...")
    assert "Close anyway" in said[0]
    assert len(beats) >= 5  # served while it waited (0 beats before M92)
    assert task.finished.is_set() and not tasks.left_running()
    assert not seen[0].isVisible()
    assert not window.isVisible()


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Escape])
def test_close_anyway_closes_now_and_the_work_is_never_heard_from(qtbot, window, key):
    """Enter presses Close anyway, the dialog's one button; Escape does too (it is what the
    close asked for: the work was told to stop already).  The window closes while the work still
    runs; its end, later, is delivered to no one (the window it would speak to has gone)."""
    release = threading.Event()
    heard: list[object] = []
    job = _stuck_until(release)
    task = tasks.run_unseen(job, on_done=heard.append, on_failed=lambda *args: heard.append(args),
                            what="The hourly automatic backup")
    assert job.began.wait(5)
    seen = _when_finishing_shown(lambda dialog: qtbot.keyClick(dialog, key), window)
    try:
        assert window.close() is True
        assert seen and not window.isVisible()
        assert not task.finished.is_set()  # closed without waiting for it
        assert tasks.left_running()
        tasks.stop_all(timeout_s=0)  # the ends of tests (conftest) do not wait for it either
        assert not task.finished.is_set()
    finally:
        release.set()
    assert task.finished.wait(5)
    qtbot.wait(100)
    assert heard == []
    assert not tasks.left_running()


def test_work_that_stops_at_once_shows_no_dialog(qtbot, window):
    """Work that looks for Cancel ends within the moment closing gives it: nothing is asked."""
    release = threading.Event()

    def checks(ctx):
        while not release.wait(0.01):
            ctx.check()

    shown: list[QProgressDialog] = _when_finishing_shown(lambda dialog: dialog.cancel(), window)
    task = tasks.run_unseen(checks, on_done=lambda _result: None, on_failed=lambda *_args: None)
    try:
        assert window.close() is True
        assert task.finished.is_set()
        qtbot.wait(50)
        assert shown == []
    finally:
        release.set()


# The whole program's part of closing anyway (M92, U93, H94's child programs): once the
# "Finishing before closing" dialog is up, the script's `seen_when_asked(dialog)` prints what its
# test checks at that moment, and Close anyway is pressed.
PRESS_CLOSE_ANYWAY = """
def press_close_anyway():
    dialog = QApplication.activeModalWidget()
    if dialog is None or dialog.accessibleName() != "Finishing before closing":
        QTimer.singleShot(20, press_close_anyway)
        return
    seen_when_asked(dialog)
    dialog.findChild(QPushButton).click()
"""


STUCK_WRITE = """
import sys, threading
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton
from db.repository import Repository
from ui import app, tasks
from ui.main_window import MainWindow
from tests.gui.conftest import probation_client

close = MainWindow.closeEvent
writing = threading.Event()

def stuck_import(_ctx):
    # An import inside one long statement: its transaction begun, a client written, not committed.
    with Repository.open(Path(sys.argv[1]), create=False) as repo:
        with repo.db.conn:
            repo.db.conn.execute("UPDATE clients SET name = 'Half Written' WHERE id = 1")
            writing.set()
            threading.Event().wait(90)

def seen_when_asked(dialog):
    print("asked:", dialog.labelText().splitlines()[0], flush=True)
""" + PRESS_CLOSE_ANYWAY + """

def closed_with_an_import_running(window, event):
    tasks.run_with_progress(window, "Importing clients", stuck_import)[1].cancel()
    writing.wait(20)
    QTimer.singleShot(0, press_close_anyway)
    close(window, event)

MainWindow.closeEvent = closed_with_an_import_running
sys.exit(app.run(Path(sys.argv[1]), screenshot=Path(sys.argv[2])))
"""


def test_the_program_ends_without_the_work_closed_without_and_keeps_nothing_of_it(tmp_path):
    """`clinic-app` closed (Close anyway) while an import is inside a write it cannot stop: the
    program waited for the worker's thread as it ended (30 s in `run`, then Qt's pool for as long
    as the work took, with no window), then printed a RuntimeError.  It now ends at once, exit 0,
    the caseload closed, and the write never committed is not in it."""
    db = tmp_path / "c.sqlite"
    with Repository.open(db) as repo:
        repo.add_client(probation_client("Cora Closing"))
    shot = tmp_path / "shot.png"
    result = run_the_program(STUCK_WRITE, tmp_path, str(db), str(shot), timeout=60)  # the stuck write would take 90 s
    assert result.returncode == 0, result.stderr
    assert "asked: Finishing before closing: Importing clients..." in result.stdout
    assert "RuntimeError" not in result.stderr
    assert shot.is_file()
    with Repository.open(db, create=False) as repo:
        assert [client.name for client in repo.list_clients()] == ["Cora Closing"]
        assert repo.db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
