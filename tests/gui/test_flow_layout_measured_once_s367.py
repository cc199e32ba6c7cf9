"""S367-01: building the main window asked the caseload's two rows of filters (ui.flow_layout.
FlowLayout) their size hint and least size 18 times, each answer asking every group again, and
each lay-out asked a label-and-field group its least width three times.  The two sizes are now
kept until Qt invalidates the layout, as its height for a width is (E97-01) and as Qt's own box
layouts keep theirs, and a lay-out measures each group once.  Where the row changes, or the
window is made narrower or wider, it is laid out as a row made new at that width would be."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

import ui.flow_layout
from ui.flow_layout import FlowLayout

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")

WORDS = (("Disposition date:", 180), ("Sentence:", 180), ("Level:", 120), ("Petition for:", 240))


def _row(qtbot, words=WORDS):
    holder = QWidget()
    qtbot.addWidget(holder)
    outer = QVBoxLayout(holder)  # a row inside the page's layout, as the case form's are
    row = FlowLayout()
    outer.addLayout(row)
    widgets = []
    for title, least in words:
        label, field = QLabel(title), QLineEdit()
        field.setMinimumWidth(least)
        row.add_group(label, field, folds=True)
        widgets += [label, field]
    return holder, row, widgets


def test_its_size_hint_and_least_size_are_measured_once_until_the_row_changes(qtbot, monkeypatch):
    holder, row, widgets = _row(qtbot)
    holder.show()
    qtbot.waitExposed(holder)
    measured: list[str] = []
    real = FlowLayout._shown
    monkeypatch.setattr(FlowLayout, "_shown", lambda self: measured.append("items") or real(self))
    row.invalidate()  # as Qt does before it lays a page out again
    hint, least = row.sizeHint(), row.minimumSize()
    assert [row.sizeHint() for _ in range(5)] == [hint] * 5
    assert [row.minimumSize() for _ in range(5)] == [least] * 5
    assert len(measured) == 2  # twelve before
    # A label's words longer, as a page laid out again after it asks: its LayoutRequest served.
    widgets[0].setText("Disposition date, as on the docket or the minute order of the sentencing:")
    QApplication.processEvents()
    assert row.minimumSize().width() > least.width()
    assert row.sizeHint().width() > hint.width()
    asked = len(measured)
    assert [row.sizeHint() for _ in range(5)] == [row.sizeHint()] * 5
    assert len(measured) == asked


class _Counted(QHBoxLayout):
    """A group's box layout that counts the times it is asked its least size."""

    asked = 0

    def minimumSize(self):  # noqa: N802 - Qt's name
        _Counted.asked += 1
        return super().minimumSize()


def test_a_lay_out_asks_each_group_its_least_width_once(qtbot, monkeypatch):
    monkeypatch.setattr(ui.flow_layout, "QHBoxLayout", _Counted)
    _holder, row, _widgets = _row(qtbot)
    _Counted.asked = 0
    row.heightForWidth(2000)  # one line, side by side
    assert _Counted.asked == len(WORDS)  # three times each before
    row.invalidate()  # measured again (S367-02 keeps the sizes until then)
    _Counted.asked = 0
    row.setGeometry(QRect(0, 0, 200, 400))  # each folded, its label over its field
    assert _Counted.asked == len(WORDS)  # three times each before


def _places(widgets) -> list[tuple[int, int, int, int]]:
    return [widget.geometry().getRect() for widget in widgets]


@pytest.mark.parametrize("width", [2000, 700, 450, 300, 200, 2000])
def test_a_row_resized_is_laid_out_as_a_row_made_at_that_width(qtbot, width):
    """One row resized from width to width (its sizes kept between) against a row made new at
    each: the same lines, folds and places."""
    holder, row, widgets = _row(qtbot)
    holder.show()
    qtbot.waitExposed(holder)
    for before in (2000, 300, 900):
        holder.resize(before, 400)
        QApplication.processEvents()
    holder.resize(width, 400)
    QApplication.processEvents()
    fresh_holder, fresh, fresh_widgets = _row(qtbot)
    fresh_holder.resize(width, 400)
    fresh_holder.show()
    qtbot.waitExposed(fresh_holder)
    QApplication.processEvents()
    assert _places(widgets) == _places(fresh_widgets)
    assert row.heightForWidth(width) == fresh.heightForWidth(width)
    assert (row.sizeHint(), row.minimumSize()) == (fresh.sizeHint(), fresh.minimumSize())


def test_its_groups_are_measured_once_over_every_width_asked_until_the_row_changes(qtbot, monkeypatch):
    """S367-02: each width asked (the page's, its scroll area's with and without its bar) and
    then the placing at one of them measured every group again: 34 lay-outs in a test's window."""
    monkeypatch.setattr(ui.flow_layout, "QHBoxLayout", _Counted)
    holder, row, widgets = _row(qtbot)
    heights = {width: row.heightForWidth(width) for width in (2000, 900, 450, 300)}
    row.setGeometry(QRect(0, 0, 300, heights[300]))
    row.invalidate()  # as Qt does before it lays a page out again
    _Counted.asked = 0
    assert {width: row.heightForWidth(width) for width in (2000, 900, 450, 300)} == heights
    row.setGeometry(QRect(0, 0, 300, heights[300]))
    assert _Counted.asked == len(WORDS)  # five times each before
    assert heights[300] > heights[2000]  # folded at 300, on one line at 2000
    # A group hidden, and the page laid out again: measured again, without it.
    holder.show()
    qtbot.waitExposed(holder)
    widgets[0].hide()
    widgets[1].hide()
    QApplication.processEvents()
    assert row.heightForWidth(300) < heights[300]
