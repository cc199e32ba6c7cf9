"""R75-05: the mouse wheel turned over a choice box of the case form that is not being edited
("Sentence", "Level") scrolls the case form, not the box (W21-22, ui.wheel).  Since X74-01 the
case form's scroll area lies inside the Record page's own (PageScroll), and at 200% both
scroll: the turn was handed to the nearest, the case form's, and where it could go no further
the page did not move, though a turn over a label beside the box scrolled it (Qt hands a turn
its scroll area did not take to the one around it, but not a turn sent on by the program).  The
turn now goes to the nearest scroll area that can still go that way."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from tests.gui.test_client_window_fits_200_x74 import _open_at_200
from ui.page_scroll import PageScroll

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _open_both_scrolling(qtbot, window, repo):
    """The X74 client at 200%, the window at its least height: since S80-01 the Record page
    fits 667 x 344 without scrolling (its panes scroll); shorter, it scrolls as well."""
    view = _open_at_200(qtbot, window, repo)
    window.resize(window.width(), window.minimumSizeHint().height())
    (page,) = view.record.findChildren(PageScroll)
    qtbot.waitUntil(lambda: page.verticalScrollBar().maximum() > 0)
    return view


def _turn(widget, notches: int) -> None:
    """A wheel turn over `widget`, `notches` down (negative: up), as the pointer over it gives."""
    at = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(at, QPointF(widget.mapToGlobal(at.toPoint())), QPoint(0, 0), QPoint(0, -120 * notches),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_r75_05_a_turn_over_a_box_scrolls_the_page_where_the_case_form_can_go_no_further(qtbot, window, repo):
    view = _open_both_scrolling(qtbot, window, repo)
    record = view.record
    (page,) = record.findChildren(PageScroll)
    form, outer = record.case_scroll.verticalScrollBar(), page.verticalScrollBar()
    assert outer.maximum() > 0 and form.maximum() > 0  # at 200% both scroll
    box = record.case_form.sentence_type
    assert not box.hasFocus()
    choice = box.currentIndex()
    form.setValue(form.maximum())  # the case form at its foot
    outer.setValue(0)
    _turn(box, 1)
    assert outer.value() > 0  # the page went on down
    assert form.value() == form.maximum()
    assert box.currentIndex() == choice  # the box itself never took the turn
    # Up: the case form first, as long as it can.
    _turn(box, -1)
    assert form.value() < form.maximum()


def _natural_turn(widget, notches: int) -> None:
    """`_turn` on a system set to "natural" scrolling (a Mac, a touchpad): Qt gives the turn its
    scrolling way in the delta, as for any other turn, and marks it inverted; a scroll area
    reads the delta alone (R76-01)."""
    at = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(at, QPointF(widget.mapToGlobal(at.toPoint())), QPoint(0, 0), QPoint(0, -120 * notches),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, True)
    QApplication.sendEvent(widget, event)


def test_r76_01_natural_scrolling_goes_on_to_the_page_as_any_other_turn(qtbot, window, repo):
    """With "natural" scrolling on, the turn is marked inverted, and R75-05 read it as going the
    other way: at the case form's foot a turn down over "Sentence" was handed to the case form,
    which could go no further down, and nothing moved, as before R75-05; a turn up at the form's
    top went to the form too, and the page did not move up."""
    view = _open_both_scrolling(qtbot, window, repo)
    record = view.record
    (page,) = record.findChildren(PageScroll)
    form, outer = record.case_scroll.verticalScrollBar(), page.verticalScrollBar()
    assert outer.maximum() > 0 and form.maximum() > 0
    box = record.case_form.sentence_type
    assert not box.hasFocus()
    choice = box.currentIndex()
    form.setValue(form.maximum())
    outer.setValue(0)
    _natural_turn(box, 1)
    assert outer.value() > 0  # the page went on down
    assert form.value() == form.maximum()
    form.setValue(0)
    outer.setValue(outer.maximum())
    _natural_turn(box, -1)
    assert outer.value() < outer.maximum()  # and up, where the form is at its top
    assert form.value() == 0
    assert box.currentIndex() == choice
