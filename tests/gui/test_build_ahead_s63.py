"""S63: the client page built ahead (C63-01) after its window is closed."""

from __future__ import annotations

from PySide6.QtCore import QTimer

from tests.gui.conftest import probation_client
from ui.main_window import BUILD_AHEAD_PAUSE_MS, MainWindow


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

