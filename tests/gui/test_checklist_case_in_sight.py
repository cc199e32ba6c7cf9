"""A141-01 starts the keyboard on the first control of the case the Checklist's "Still to do" line
names and scrolls it into sight; but scrolled only as far as that control, the case it belongs to
sat at the view's foot, its title and first lines above the fold or cut, and the view above it full
of other cases with nothing left: a sighted paralegal saw a tick with no case named.  The case's
box now starts at the top of the view (or as near as keeps the control in sight)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QGroupBox

from tests.gui.test_checklist_starts_where_left_a141 import _old_classes_done, _opened
from tests.long_record import long_record
from ui.client_view import TAB_CHECKLIST

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _case_box(widget) -> QGroupBox:
    while not isinstance(widget, QGroupBox):
        widget = widget.parentWidget()
    return widget


@pytest.mark.parametrize("height", [500, 700])
def test_the_case_with_items_left_starts_at_the_top_of_the_view(qtbot, window, repo, height):
    view = _opened(qtbot, window, repo, _old_classes_done(long_record()))
    window.resize(900, height)
    qtbot.keyClick(view.record.person.name, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    assert view.tabs.currentIndex() == TAB_CHECKLIST
    checklist = view.checklist
    focus = QApplication.focusWidget()
    box = _case_box(focus)
    assert box.title().startswith("Case 24M08080")
    top = box.mapTo(checklist.viewport(), QPoint(0, 0)).y()
    bar = checklist.verticalScrollBar()
    assert top >= 0  # the case's title is in sight
    assert top <= 12 or bar.value() == bar.maximum()  # at the top, unless the page ends first
    bottom = focus.mapTo(checklist.viewport(), QPoint(0, focus.height())).y()
    assert bottom <= checklist.viewport().height()  # and its first control still in sight
