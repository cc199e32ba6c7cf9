"""R431-01: a row removed by its Remove was painted, for the length of its save, where the row
above it had been: a blank band the height of the removed row at the top of its box (the
Conditions box after "Remove the condition Anger management").  The save's "Saving to the
caseload file..." repaints the window at once (W22-04), before Qt had laid out the rows left;
the window is now laid out first, and painted as it now is.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt

from tests.gui.test_row_removed_said_h405 import _opened

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


class _RowsPainted(QObject):
    """Where the list's first row stands, and how tall, each time its box is painted."""

    def __init__(self, rows):
        super().__init__()
        self.rows, self.first_at = rows, []

    def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and self.rows.rows:
            self.first_at.append((self.rows.rows[0].y(), self.rows.rows[0].height()))
        return False


def test_r431_01_a_removed_row_leaves_no_band_painted_above_the_rows_left(qtbot, window, repo):
    window.resize(1100, 700)  # the Conditions box in sight, as K426's grabs showed it
    client_id, _stored = _opened(qtbot, window, repo)
    conditions = window.client_view.record.case_form.conditions
    top = (conditions.rows[0].y(), conditions.rows[1].height())  # Caltrans, where Anger management was
    painted = _RowsPainted(conditions)
    box = conditions.rows[0].parentWidget()
    box.installEventFilter(painted)
    qtbot.mouseClick(conditions.rows[0].remove, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(repo.get_client(client_id).cases[0].conditions) == 1)
    assert painted.first_at, "the box was not painted during the save"
    assert set(painted.first_at) == {top}  # never below it, nor stretched over the removed row's room
