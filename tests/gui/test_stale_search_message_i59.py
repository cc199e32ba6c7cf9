"""I59-03: "2 clients match “Ana”: choose one with the arrow keys..." stayed in the status bar
for its 8 seconds after another search was typed, under a list that no longer showed those two."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import probation_client

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_i59_a_new_search_takes_away_what_the_list_said_of_the_last(qtbot, window, repo):
    for name, number in (("Ana Uno", "BA1"), ("Ana Dos", "BA2"), ("Beto Tres", "BA3")):
        repo.add_client(probation_client(name, case_number=number))
    window.load()
    search = window.caseload.search
    search.setFocus()
    qtbot.keyClicks(search, "Ana")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    said = "2 clients match “Ana”: choose one with the arrow keys, then Enter opens it."
    assert window.statusBar().currentMessage() == said
    search.setFocus()
    search.selectAll()
    qtbot.keyClicks(search, "Bet")
    assert window.statusBar().currentMessage() == ""  # at once, not 8 s later
    # Another message (not the list's) is not taken away by typing.
    window.statusBar().showMessage("Saved a backup", 8000)
    qtbot.keyClicks(search, "o")
    assert window.statusBar().currentMessage() == "Saved a backup"
