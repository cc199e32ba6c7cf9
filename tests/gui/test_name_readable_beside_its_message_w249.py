"""W249: a volunteer's 2016 laptop, 1366 x 768 at 125% (1093 x 614 for Qt), the window not
maximized or the program's text made larger: New client's Name field sat beside its "The client
needs a name" in the client pane's least width, and was squeezed to 71 pixels (six letters of a
name) while the message wrapped onto five lines (J216's narrow New client pane)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from tests.gui.test_intake_large_font_s100 import program_font

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")

# 1366 x 768 at 125%, less the window's frame and title bar and a taskbar (ui.screen_fit.FRAME).
LAPTOP_125_HEIGHT = 614 - 40 - 38


def _name_room(qtbot, window, width: int):
    window.resize(width, LAPTOP_125_HEIGHT)
    qtbot.waitUntil(lambda: window.size().width() == width)
    window.new_client()
    record = window.client_view.record
    qtbot.waitUntil(lambda: record.person.name.isVisible())
    QApplication.processEvents()
    return record


@pytest.mark.parametrize("points, width", [(None, 784), (15, 800)])
def test_w249_01_a_new_clients_name_field_holds_a_name_beside_or_under_its_label(qtbot, repo, points, width):
    """A name is read in the field as it is typed: at least 14 letters of it, whether the
    window is narrow or the text large.  Where there is no room beside the label, the label
    goes over the field (as the case form's do, S80-04), and the message beside it is whole
    on at most three lines (it was five)."""
    from tests.gui.conftest import window_of_this_font

    with program_font(points or QApplication.font().pointSizeF()):
        window = window_of_this_font(qtbot, repo, width, LAPTOP_125_HEIGHT)
        record = _name_room(qtbot, window, width)
        _name_readable(record, points)


def _name_readable(record, points) -> None:
    name, message = record.person.name, record.person.rows["name"].message
    assert message.isVisible() and message.text() == "The client needs a name"
    assert name.width() >= name.fontMetrics().horizontalAdvance("Alejandra Vill")
    assert message.height() <= 3 * message.fontMetrics().lineSpacing() + 4
    # Nothing of the pane scrolls sideways to show it.
    pane = record._pane_scrolls[0]
    assert pane.horizontalScrollBar().maximum() == 0
