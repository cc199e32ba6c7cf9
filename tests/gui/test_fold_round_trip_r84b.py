"""R84b-03: a case row's label and field folded (S83-02: "Petition for:" over its remedy box at
200%) stayed folded when the window was made wide again the second time: at 1280 x 800, after
667 x 344, 1280 x 800 and 667 x 344, each petition's "Petition for:" stood 14 pixels high over a
box 349 wide, the box 20 pixels down a row one line high, cut off under the next row.  The group
of the two, placed unfolded where it had stood before, was not laid out again (a box layout
given the rectangle it had does nothing), and kept the folded places."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QLabel

from tests.gui.laid_out import laid_out
from tests.gui.test_case_form_rows_fold_s83 import LAPTOP_200, _open, _petition_client

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _resize(qtbot, window, size):
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().toTuple() == size)
    laid_out()


def _label_of(row):
    (title,) = [lab for lab in row.findChildren(QLabel) if lab.buddy() is row.remedy]
    return title


def _beside(row) -> bool:
    title = _label_of(row)
    middle = title.mapTo(row, QPoint(0, 0)).y() + title.height() // 2
    top = row.remedy.mapTo(row, QPoint(0, 0)).y()
    return top <= middle <= top + row.remedy.height()


def _over(row) -> bool:
    title = _label_of(row)
    return title.mapTo(row, QPoint(0, 0)).y() + title.height() <= row.remedy.mapTo(row, QPoint(0, 0)).y()


@pytest.mark.parametrize("narrow, wide", [(LAPTOP_200, (1280, 800)), ((700, 500), (900, 600))])
def test_a_petition_s_label_folds_and_unfolds_each_time_the_window_is_resized(qtbot, window, repo, narrow, wide):
    record = _open(qtbot, window, repo, _petition_client(), wide)
    qtbot.waitUntil(lambda: record.case_form.petitions.rows[0].remedy.isVisible())
    rows = record.case_form.petitions.rows
    for _round in range(3):
        _resize(qtbot, window, narrow)
        assert all(_over(row) for row in rows)
        _resize(qtbot, window, wide)
        assert all(_beside(row) for row in rows), [(_label_of(r).geometry(), r.remedy.geometry()) for r in rows]
        for row in rows:
            # the box whole inside its row, the label its full height
            assert row.remedy.mapTo(row, QPoint(0, 0)).y() + row.remedy.height() <= row.height()
            assert _label_of(row).height() >= _label_of(row).sizeHint().height()
