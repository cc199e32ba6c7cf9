"""S63: the client page built ahead (C63-01) after its window is closed, and built ahead twice."""

from __future__ import annotations

from PySide6.QtCore import QTimer

from tests.gui.conftest import probation_client
from ui import tasks
from ui.main_window import BUILD_AHEAD_AFTER_MS, BUILD_AHEAD_PAUSE_MS, MainWindow


def _after_the_steps_due(qtbot, ms: int) -> None:
    """Serve the event loop until a timer due after `ms` has fired (the steps' own timers,
    due before it, have fired by then)."""
    fired: list[bool] = []
    QTimer.singleShot(ms, lambda: fired.append(True))
    qtbot.waitUntil(lambda: bool(fired), timeout=10_000)


def test_a_window_closed_between_the_build_aheads_steps_builds_no_page_and_reads_nothing_ahead(qtbot, window, repo, monkeypatch):
    """S63-01: the steps now wait 30 ms apart, and the window closed between them (its
    caseload closed: a restore, the end of a test) still built the client page on it, then
    started the read-ahead worker after closing had stopped every task (tasks.stop_all), a
    worker nothing waited for."""
    read_ahead: list[MainWindow] = []
    monkeypatch.setattr(MainWindow, "_read_ahead", lambda self: read_ahead.append(self))
    build_ahead = MainWindow._build_ahead

    def first_step_then_closed(self):
        build_ahead(self)  # the first step (the page's code); the next one is due 30 ms later
        self.close()

    monkeypatch.setattr(MainWindow, "_build_ahead", first_step_then_closed)
    repo.add_client(probation_client("Ana Closed Early"))
    window.load_in_background()
    qtbot.waitUntil(lambda: window._closed_once, timeout=10_000)
    _after_the_steps_due(qtbot, BUILD_AHEAD_PAUSE_MS * 5)
    assert window.client_view is None
    assert read_ahead == []


def test_two_lists_shown_before_the_page_is_built_read_ahead_once(qtbot, window, repo, monkeypatch):
    """S63-02: each list shown before the client page was built put off a build-ahead of its
    own (the list read again soon after opening: an import, another desk's many changes), and
    each ended starting a worker: two reading the offense catalog, the texts and fonts at
    once, neither finding the other's cached, on the machine the window shares."""
    read_ahead: list[MainWindow] = []
    monkeypatch.setattr(MainWindow, "_read_ahead", lambda self: read_ahead.append(self))
    built: list[MainWindow] = []
    build_ahead = MainWindow._build_ahead
    monkeypatch.setattr(MainWindow, "_build_ahead", lambda self: built.append(self) or build_ahead(self))
    repo.add_client(probation_client("Ana Read Twice"))
    shown: list[bool] = []
    window.caseload_loaded.connect(lambda: shown.append(True))
    window.load_in_background()
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=10_000)
    window.load_in_background()  # the list read again before the build-ahead began
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=10_000)
    qtbot.waitUntil(lambda: bool(read_ahead), timeout=10_000)
    _after_the_steps_due(qtbot, BUILD_AHEAD_AFTER_MS + BUILD_AHEAD_PAUSE_MS * 5)
    assert read_ahead == [window]
    assert not tasks._running
