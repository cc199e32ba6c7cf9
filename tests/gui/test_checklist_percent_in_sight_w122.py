"""W122-03: on the Checklist tab at 200% with large text (15 pt), a window 784 wide (R120-03's
laptop as it lays out), each condition's percentage beside its bar was cut at the page's right
edge: the page was 779 pixels wide in a tab of 748, the bars keeping 115 pixels each for a text
they do not show.  The bars are shorter where the page lacks the room; the percentages whole,
the page no wider than the tab.  With the room, the bars are as long as before."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QLabel, QProgressBar

from tests.gui.test_checklist_finish_by_b118 import on_probation
from tests.gui.test_checklist_finish_by_large_font_r120 import large_font  # noqa: F401 - a fixture

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _checklist(qtbot, window, repo, width: int, client=None):
    """The Checklist tab of `client` (on_probation's by default), the window `width` wide."""
    window.load()
    window.open_client(repo.add_client(client or on_probation()))
    view = window.client_view
    view.tabs.setCurrentIndex(1)
    window.resize(width, 688)
    qtbot.waitUntil(lambda: window.width() == width)
    qtbot.wait(50)
    return view.checklist


def _percentages(page) -> list[QLabel]:
    return [label for label in page.findChildren(QLabel) if label.text().endswith("%") and label.isVisible()]


def test_w122_03_at_200_percent_each_percentage_reads_whole_beside_its_bar(qtbot, window, repo, large_font):
    checklist = _checklist(qtbot, window, repo, 784)
    page, port = checklist.page, checklist.viewport()
    assert page.width() <= port.width(), (page.width(), port.width())  # no scrolling sideways
    shown = _percentages(page)
    assert sorted(label.text() for label in shown) == ["40%", "50%", "81%"]
    for label in shown:
        place = QRect(label.mapTo(port, QPoint(0, 0)), label.size())
        assert port.rect().contains(place), (label.text(), place, port.rect())
        assert label.width() >= label.fontMetrics().horizontalAdvance(label.text())


def test_w122_03_with_room_the_bars_are_as_long_as_before(qtbot, window, repo):
    checklist = _checklist(qtbot, window, repo, 1280)
    bars = [bar for bar in checklist.page.findChildren(QProgressBar) if bar.isVisible()]
    assert len(bars) == 3
    assert [bar.width() for bar in bars] == [bar.sizeHint().width() for bar in bars]  # 95 at 9 pt, as before
