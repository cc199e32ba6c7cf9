"""H94-02: closing listed work queued behind stuck work as if it were being finished.

The background work shares a pool of threads, one a core (two on a small laptop).  With each
thread held by work stuck in one long call (M92: a cancelled export, the hour's backup on a slow
drive), the next piece of work waits in the pool's queue.  Closing listed it in "Finishing before
closing" beside the stuck ones, "told to stop, and stops once the step it is in has ended", where
it had not begun; and had the user waited, it began once a thread was free, told to stop before
its first step, and closing waited for it too (work that does not look for Cancel, as the hour's
backup does not, ran whole).  Closing now takes work that has not begun back from the pool: it
never begins, is not listed, and is not waited for."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QThreadPool

from tests.gui.test_closing_with_work_not_stopped_m92 import _stuck_until, _when_finishing_shown
from ui import tasks


@pytest.fixture
def one_thread():
    """The pool as on a one-core machine: one stuck piece of work holds it all."""
    pool = QThreadPool.globalInstance()
    threads = pool.maxThreadCount()
    pool.setMaxThreadCount(1)
    yield pool
    pool.setMaxThreadCount(threads)


def _queued_behind_a_stuck_backup(release: threading.Event) -> tuple[tasks.Task, tasks.Task, list[str]]:
    """The hour's backup stuck in one long call, the one thread held; the list read queued behind
    it (it records whether it ever ran)."""
    ran: list[str] = []
    backup = _stuck_until(release)
    quiet = {"on_done": lambda _result: None, "on_failed": lambda *_args: None}
    stuck = tasks.run_unseen(backup, what="The hourly automatic backup", **quiet)
    assert backup.began.wait(5)  # on its thread: a moment after it is started, it may still be queued
    queued = tasks.run_unseen(lambda _ctx: ran.append("read"), what="Reading the caseload list", **quiet)
    return stuck, queued, ran


def test_closing_lists_only_the_work_running_and_drops_the_work_queued(qtbot, window, one_thread):
    release = threading.Event()
    said: list[str] = []
    stuck, queued, ran = _queued_behind_a_stuck_backup(release)
    seen = _when_finishing_shown(lambda dialog: (said.append(dialog.labelText()), qtbot.keyClick(dialog, Qt.Key.Key_Return)),
                                 window)
    try:
        assert window.close() is True
        assert seen
        assert said[0].startswith("Finishing before closing: The hourly automatic backup...")  # one, in the singular
        assert "Reading the caseload list" not in said[0]
        assert queued.finished.is_set()  # taken back: nothing will run it, nothing waits for it
    finally:
        release.set()
    assert stuck.finished.wait(5)
    qtbot.wait(200)  # the thread free again: the list read would have begun now
    assert ran == []
    assert not tasks.left_running()


def test_waited_for_the_work_running_the_work_queued_never_begins(qtbot, window, one_thread):
    """The user waits: the stuck backup ends, the window closes by itself, and the list read
    queued behind it did not begin (it began, told to stop, and closing waited for it)."""
    release = threading.Event()
    stuck, queued, ran = _queued_behind_a_stuck_backup(release)
    seen = _when_finishing_shown(lambda _dialog: release.set(), window)
    try:
        assert window.close() is True
    finally:
        release.set()
    assert seen and stuck.finished.is_set()
    qtbot.wait(200)
    assert ran == []
    assert queued not in tasks._running
