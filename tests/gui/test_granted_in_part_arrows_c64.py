"""C64-03: "Granted in part..." reached with the arrow keys, then cancelled, left the Ruling on
"Withdrawn", a ruling nobody chose: the arrows pass each ruling on the way (Granted, Denied,
Withdrawn), and Cancel put back the last one passed, not the ruling the petition had.  Leaving
the box then saved the petition as withdrawn."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.test_petition_counts_y55 import two_counts
from tests.gui.test_petition_granted_in_part_h63 import WHOLE, _answer_dialog, _open

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_granted_in_part_cancelled_after_the_arrows_puts_back_the_ruling_the_petition_had(qtbot, window, repo):
    client = two_counts("Flecha Abajo")
    client.cases[0].petitions = [WHOLE]
    client_id, form = _open(window, repo, client)
    (row,) = form.petitions.rows
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    seen: list = []
    _answer_dialog(qtbot, seen, lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Escape))
    row.ruling.setFocus()
    assert row.ruling.currentText() == "Not yet"
    for _ in range(4):  # Granted, Denied, Withdrawn, Granted in part...
        qtbot.keyClick(row.ruling, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: len(seen) == 1)
    qtbot.waitUntil(lambda: row.ruling.currentText() != "Granted in part...")
    assert row.ruling.currentText() == "Not yet"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # the box left: the row saved as shown
    assert repo.get_client(client_id).cases[0].petitions == [WHOLE]
