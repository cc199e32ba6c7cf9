"""S80-06: opening demo clients at 200% (the client window 667 x 344) printed "Error calling
Python override of QLayout::setGeometry() ... ZeroDivisionError: division by zero" from the
flow layout of a count's row: a line whose items are all at their width already (none asks more
than its least), given less room than that, divided the room left by the width they ask beyond
their least, 0.  Laid out in such a line, the items now keep their least widths, as they would
with any room short."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QLabel, QWidget

from ui.flow_layout import FlowLayout

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


class _AtItsLeast(QLabel):
    """A label whose least width is the width it asks (as a check box or a button)."""

    def minimumSizeHint(self):  # noqa: N802 - Qt's name
        return self.sizeHint()


def test_a_line_narrower_than_its_items_at_their_least_is_laid_out_at_their_least(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = FlowLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    box = _AtItsLeast("Trafficking / IPV related")
    layout.addWidget(box)
    least = box.minimumSizeHint().width()
    assert box.sizeHint().width() == least  # nothing more to give it
    layout.setGeometry(QRect(0, 0, least - 20, 30))  # raised ZeroDivisionError
    assert box.geometry().width() == least
