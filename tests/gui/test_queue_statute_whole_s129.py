"""S129-01: the attorney's queue (Review needed) at its narrowest, a 1366 x 768 laptop at 200%
(the Next action column at its least, beside the name): what each client has to review was cut
by Qt at "To review: PC 1203.…", the statute halved (1203.4, 1203.41 or 1203.425?), at 12 pt
and at the default font alike.  It now says the results without "To review: " (every line of
the queue is one) and is cut at a word's end: "PC 1203.4 …", the whole words the tooltip."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from tests.gui.test_intake_large_font_s100 import LAPTOP_200, font_12  # noqa: F401 - a fixture
from tests.gui.test_review_queue_at_200_l126 import _queue
from ui.models.caseload_model import COL_NEXT

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _painted(view, row: int) -> str:
    """The words the Next action cell is painted with, as its delegate makes them."""
    index = view.proxy.index(row, COL_NEXT)
    option = QStyleOptionViewItem()
    view.table.initViewItemOption(option)
    option.rect = view.table.visualRect(index)
    view.next_action_delegate.initStyleOption(option, index)
    return option.text


@pytest.mark.parametrize("large", [True, False], ids=["12 pt", "default font"])
def test_s129_01_the_queue_at_its_narrowest_keeps_the_statute_whole(qtbot, repo, request, monkeypatch, large):
    if large:
        request.getfixturevalue("font_12")
    monkeypatch.setattr("ui.screen_fit.room", lambda _widget: LAPTOP_200)
    view = _queue(qtbot, repo, LAPTOP_200.width(), LAPTOP_200.height())
    view.review.setChecked(True)
    qtbot.wait(50)
    assert view.table.horizontalHeader().sectionSize(COL_NEXT) == view._least[COL_NEXT]  # its narrowest
    whole = view.proxy.index(0, COL_NEXT).data()
    assert whole.startswith("To review: PC 1203.4 dismissal, ")
    for row in range(view.proxy.rowCount()):
        assert _painted(view, row) == "PC 1203.4 \u2026"
    assert whole in view.proxy.index(0, COL_NEXT).data(Qt.ItemDataRole.ToolTipRole)


def test_s129_01_with_room_the_queue_says_its_words_whole(qtbot, repo):
    view = _queue(qtbot, repo, 1280, 760)
    view.review.setChecked(True)
    qtbot.wait(50)
    header = view.table.horizontalHeader()
    header.resizeSection(COL_NEXT, view.table.fontMetrics().horizontalAdvance(view.proxy.index(0, COL_NEXT).data()) + 40)
    assert _painted(view, 0) == view.proxy.index(0, COL_NEXT).data()
