"""The results a review of several will mark, read by keyboard (V100): Ctrl+A on a client's
Eligibility tab and Alt+D asked one note for 15 results, listed in a box twelve lines high
that was no stop for the keyboard at all, so an attorney at the keys saw the first twelve and
signed for three never shown (only a mouse wheel scrolled it)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from tests.gui.conftest import show_active  # noqa: E402

FIFTEEN = "\n".join(f"Case BA1000{n:02d}, PC 459: Dismissal after probation (PC 1203.4): Needs review" for n in range(1, 16))


def test_v100_01_alt_r_goes_to_the_results_and_the_arrows_read_the_last_of_them(qtbot):
    from ui.eligibility_view import ReviewDialog

    dialog = ReviewDialog("A. Attorney", FIFTEEN, count=15)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    assert QApplication.focusWidget() is dialog.note  # the note first, as before
    bar = dialog.what.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0  # the last lines out of sight
    qtbot.keyClick(dialog, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.what
    qtbot.keyClick(dialog.what, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() == bar.maximum()
    qtbot.keyClick(dialog.what, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() == 0
    # Alt+N back to the note; the list is still no Tab stop on the way from the note to the name.
    qtbot.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.note
    qtbot.keyClick(dialog.note, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.reviewer
