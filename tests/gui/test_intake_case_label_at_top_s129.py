"""S129-02: intake's "Case:" and its box sat centred beside the count's column: at 15 pt on a
1366 x 768 laptop at 200% the column wraps to eleven lines (557 pixels), and the case number,
typed first, sat 260 pixels below the Offense typed after it, under the fold.  Beside a column
taller than the boxes' view it sits at the top of the line, level with the Offense, as the
count's labels do; beside one the view shows whole it stays centred (S80-02 keeps it in sight
with "Case N added and screened." under box 2)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from tests.gui.test_intake_large_font_s100 import _intake, large_font, laptop_200  # noqa: F401 - fixtures

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _top(widget, dialog) -> int:
    return widget.mapTo(dialog, widget.rect().topLeft()).y()


def _middle(widget, dialog) -> int:
    return widget.mapTo(dialog, widget.rect().center()).y()


def _case_label(dialog) -> QLabel:
    return next(label for label in dialog.case_box.findChildren(QLabel) if label.buddy() is dialog.case_number)


def test_s129_02_at_15_pt_the_case_number_sits_at_the_top_beside_the_offense(qtbot, repo, large_font, laptop_200):
    dialog = _intake(qtbot, repo)
    qtbot.wait(50)
    offense = dialog._count_label(dialog.conviction.offense)
    assert dialog.conviction.height() > dialog.scroll.viewport().height()  # the count's column, taller than the view
    assert _top(dialog.case_number, dialog) == _top(offense, dialog)
    label = _case_label(dialog)
    assert abs(_middle(label, dialog) - _middle(dialog.case_number, dialog)) <= 1  # beside its box
    assert label.height() <= dialog.case_number.height()
    # Made tall enough to show the column whole, the case number is centred beside it again.
    dialog.resize(dialog.width(), dialog.height() + dialog.conviction.height())
    qtbot.waitUntil(lambda: dialog.scroll.viewport().height() > dialog.conviction.height())
    qtbot.waitUntil(lambda: abs(_middle(dialog.case_number, dialog) - _middle(dialog.conviction, dialog)) <= 1)


def test_s129_02_beside_a_column_shown_whole_the_case_number_stays_centred(qtbot, repo):
    dialog = _intake(qtbot, repo)
    dialog.resize(1100, 700)
    qtbot.wait(50)
    assert dialog.conviction.height() > 2 * dialog.case_number.height()  # three lines of the count
    assert abs(_middle(dialog.case_number, dialog) - _middle(dialog.conviction, dialog)) <= 1
    assert abs(_middle(_case_label(dialog), dialog) - _middle(dialog.case_number, dialog)) <= 1
