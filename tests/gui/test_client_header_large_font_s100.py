"""S100-04: a client opened with a larger font (10.5 to 12 pt, Windows' "Make text bigger") on a
1366 x 768 laptop at 200% scaling (the window 667 x 344): the header's row (Caseload, the name,
the best outcome at its least, Save, Handout) asked 732 pixels (805 at 12 pt), and the window
grew past the screen's edge, Save and Handout off it.  The outcome goes under the row where the
row has not the room for it; with room it stays beside the name, as before."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QRect, QSize

from tests.gui.conftest import TODAY, probation_client
from tests.gui.laid_out import laid_out
from tests.gui.test_intake_large_font_s100 import LAPTOP_200, font_12  # noqa: F401 - font_12: a fixture

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def laptop_window(qtbot, repo):
    """The main window at the laptop's size, shown, its caseload loaded."""
    from ui.main_window import MainWindow

    window = MainWindow(repo, today=TODAY, automatic_backups=False)
    qtbot.addWidget(window)
    window.resize(LAPTOP_200)
    window.show()
    qtbot.waitExposed(window)
    window.load()
    return window


def _window(qtbot, repo):
    window = laptop_window(qtbot, repo)
    client = probation_client("Alejandra Gutiérrez Flores", probation_end=date(2022, 5, 1))
    window.open_client(repo.add_client(client))
    qtbot.waitUntil(lambda: "Eligible" in window.client_view.outcome.text())
    laid_out()
    return window


def _inside(widget, window) -> bool:
    return widget.isVisible() and window.rect().contains(QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size()))


def test_s100_04_with_a_larger_font_the_client_window_stays_on_a_laptop_at_200_percent(qtbot, repo, font_12, monkeypatch):
    # The laptop's screen (the tests' offscreen one is 800 x 800), as F63's tests give it.
    monkeypatch.setattr("ui.screen_fit.room", lambda _widget: LAPTOP_200)
    window = _window(qtbot, repo)
    view = window.client_view
    assert window.width() <= LAPTOP_200.width(), window.width()
    assert window.minimumSizeHint().width() <= LAPTOP_200.width(), window.minimumSizeHint()
    for widget in (view.back, view.title, view.save_button, view.handout_button, view.outcome):
        assert _inside(widget, window), widget
    # The outcome under the row, whole: as high as its words at its width, over the tabs.
    outcome = view.outcome
    assert outcome.height() >= outcome.heightForWidth(outcome.width())
    assert outcome.mapTo(window, outcome.rect().bottomLeft()).y() < view.tabs.mapTo(window, view.tabs.rect().topLeft()).y()
    assert outcome.mapTo(window, outcome.rect().topLeft()).y() > view.save_button.mapTo(window, view.save_button.rect().topLeft()).y()
    # On a screen with room, it goes back beside the name.
    monkeypatch.setattr("ui.screen_fit.room", lambda _widget: QSize(1350, 730))
    window.resize(1200, 700)
    qtbot.waitUntil(lambda: window.width() == 1200)
    qtbot.wait(50)
    row = view.layout().itemAt(0).layout()
    assert row.indexOf(outcome) >= 0
    assert outcome.mapTo(window, outcome.rect().topLeft()).y() < view.tabs.mapTo(window, view.tabs.rect().topLeft()).y()
    assert outcome.geometry().left() > view.title.geometry().right()
