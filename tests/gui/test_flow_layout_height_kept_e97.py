"""E97-01: opening a client asked each wrapping row of the case form (ui.flow_layout.FlowLayout)
its height for a width ~90 times, over the same few widths, and each answer laid the whole row
out again.  The height for a width is now kept until Qt invalidates the layout, as Qt's own box
and grid layouts keep theirs; a row whose fields change (words, one hidden or shown) gives the
new height, as before."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWidget

from ui.flow_layout import FlowLayout

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _row(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    outer = QVBoxLayout(holder)  # a row inside the page's layout, as the case form's are
    row = FlowLayout()
    outer.addLayout(row)
    label, field = QLabel("Disposition date:"), QLineEdit()
    field.setMinimumWidth(180)
    row.add_group(label, field, folds=True)
    other_label, other = QLabel("Sentence:"), QLineEdit()
    other.setMinimumWidth(180)
    row.add_group(other_label, other, folds=True)
    return holder, row, label, other_label, other


def test_the_height_for_a_width_is_laid_out_once_until_the_row_changes(qtbot, monkeypatch):
    _holder, row, *_ = _row(qtbot)
    laid_out: list[bool] = []
    real = FlowLayout._lay_out
    monkeypatch.setattr(FlowLayout, "_lay_out", lambda self, rect, move: laid_out.append(move) or real(self, rect, move))
    first = row.heightForWidth(300)
    assert [row.heightForWidth(300) for _ in range(5)] == [first] * 5
    assert laid_out == [False]  # laid out six times before
    row.heightForWidth(900)
    assert laid_out == [False, False]
    row.invalidate()
    assert row.heightForWidth(300) == first
    assert laid_out == [False, False, False]


def test_a_row_whose_fields_change_gives_its_new_height(qtbot):
    """Asked once Qt has laid the page out again after the change (its LayoutRequest served),
    as the page's layout asks: before that, Qt's own box layouts in the row (a label with its
    field) answer with the sizes they had, cache or not."""
    holder, row, label, other_label, other = _row(qtbot)

    def changed() -> None:
        QApplication.processEvents()

    holder.resize(700, 200)
    holder.show()
    qtbot.waitExposed(holder)
    one_line = row.heightForWidth(700)
    narrow = row.heightForWidth(250)  # each group on a line of its own, folded
    assert narrow > one_line
    # Words longer than the line: the label's group folds, and the row is taller at 700.
    label.setText("Disposition date, as on the docket or the minute order of the sentencing:")
    changed()
    assert row.heightForWidth(700) > one_line
    label.setText("Disposition date:")
    changed()
    assert row.heightForWidth(700) == one_line
    # One group hidden: at 250 a line less.
    other_label.hide()
    other.hide()
    changed()
    assert row.heightForWidth(250) < narrow
    other_label.show()
    other.show()
    changed()
    assert row.heightForWidth(250) == narrow
