"""R120-03: B118-02's "26 to go; finish by 2028-03-01, probation's last day (465 days left)"
stood beside the condition's tick: on a laptop at 200% with large text (15 pt) the words were a
column seven lines tall, and the count's bar was pushed past the page's right edge, out of
sight.  They are said under the tick, on a line of their own."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QLabel, QProgressBar

from tests.gui.test_checklist_finish_by_b118 import on_probation
from tests.gui.test_intake_large_font_s100 import LAPTOP_200

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


@pytest.fixture
def large_font(qapp):
    was = QApplication.font()
    font = QApplication.font()
    font.setPointSizeF(15)
    QApplication.setFont(font)
    yield font
    QApplication.setFont(was)


def test_r120_03_what_is_left_and_by_when_leaves_the_count_and_its_bar_in_sight_at_200_percent(qtbot, window, repo, large_font):
    window.load()
    window.open_client(repo.add_client(on_probation()))
    view = window.client_view
    view.tabs.setCurrentIndex(1)
    window.resize(LAPTOP_200.width(), 2 * LAPTOP_200.height())
    qtbot.wait(50)
    page, port = view.checklist.page, view.checklist.viewport()
    words = next(label for label in page.findChildren(QLabel) if label.text().startswith("26 to go"))
    assert words.isVisible()
    assert words.height() <= 2 * words.fontMetrics().lineSpacing() + 4, words.height()  # a line or two, not a column
    bar = next(bar for bar in page.findChildren(QProgressBar) if bar.accessibleName().startswith("52-week"))
    for shown in (bar, view.checklist.control("c1", "count", 0)):
        assert port.rect().contains(QRect(shown.mapTo(port, QPoint(0, 0)), shown.size())), shown
    tick = view.checklist.control("c1", "tick", 0)
    assert tick.accessibleDescription() == "26 to go; finish by 2028-03-01, probation's last day (465 days left)"  # heard as before
