"""R127-03: L126-01 gave the Record tab's "Conditions (classes, programs, community service)" and
"Diversion or deferred entry of judgment" boxes their whole title as a tooltip, for when the pane
is narrow and the title shorter.  A box's tooltip is every field's in it that has none (Qt passes
the mouse's rest up): at every width, the mouse resting on the Condition field, "Add condition",
Plea entered or the Program drop-down popped up the box's title.  The whole title is now the
shorter title's tooltip only."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionGroupBox, QToolTip, QWidget

from tests.gui.test_case_pane_fits_667_l126 import _case_pane
from tests.gui.test_intake_large_font_s100 import LAPTOP_200, laptop_200, program_font  # noqa: F401 - a fixture

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _tip_over(qtbot, widget: QWidget, pos: QPoint | None = None) -> str:
    """The tooltip the mouse resting on `widget` (at `pos`, else its middle) pops up."""
    QToolTip.hideText()  # hidden a moment later, not at once
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
    pos = pos or QPoint(widget.width() // 2, widget.height() // 2)
    QApplication.sendEvent(widget, QHelpEvent(QEvent.Type.ToolTip, pos, widget.mapToGlobal(pos)))
    return QToolTip.text() if QToolTip.isVisible() else ""


def _boxes(form):
    return form.conditions_box, form.program_kind.parentWidget().parentWidget()


def _fields_without_a_tip(box) -> list[QWidget]:
    return [w for w in box.findChildren(QWidget) if w.isVisible() and not w.toolTip()]


def _assert_no_field_pops_up_the_title(qtbot, box) -> None:
    for field in _fields_without_a_tip(box):
        if shiboken6.isValid(field):  # a row's label remade meanwhile
            assert _tip_over(qtbot, field) == "", (box.title(), type(field).__name__)


def test_r127_03_with_the_room_no_field_of_the_boxes_pops_up_their_title(qtbot, window, repo):
    _scroll, form = _case_pane(qtbot, window, repo, 1280, 760)
    for box in _boxes(form):
        assert box.title() == box.whole
        _assert_no_field_pops_up_the_title(qtbot, box)


def test_r127_03_narrow_the_shorter_title_pops_up_the_whole_and_its_fields_do_not(qtbot, window, repo, laptop_200):
    with program_font(12):
        _scroll, form = _case_pane(qtbot, window, repo, LAPTOP_200.width(), LAPTOP_200.height())
        for box in _boxes(form):
            assert box.title() == box.shorter
            option = QStyleOptionGroupBox()
            box.initStyleOption(option)
            label = box.style().subControlRect(QStyle.ComplexControl.CC_GroupBox, option, QStyle.SubControl.SC_GroupBoxLabel, box)
            assert _tip_over(qtbot, box, label.center()) == box.whole
            _assert_no_field_pops_up_the_title(qtbot, box)
