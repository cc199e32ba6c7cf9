"""R71-01 in the window: Ctrl+F and "Rosa Paz 3-2-85", a short last name and a date of birth
with dashes, read since E70-01 as a court's prefix and a case number ("CR 12-3-45"), left the
list empty; it lists Rosa Paz born that day again, not her namesake born another."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import probation_client
from ui.models.caseload_model import COL_NAME

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_r71_01_the_search_box_finds_a_short_name_with_a_dashed_birth(qtbot, window, repo):
    for dob, number in ((date(1985, 3, 2), "BA100001"), (date(1990, 7, 4), "BA100002")):
        rosa = probation_client("Rosa Paz", case_number=number)
        rosa.person.dob = dob
        repo.add_client(rosa)
    window.load()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.caseload.search, "Rosa Paz 3-2-85")
    proxy = window.caseload.proxy
    qtbot.waitUntil(lambda: proxy.rowCount() == 1)
    assert proxy.index(0, COL_NAME).data().startswith("Rosa Paz")
    qtbot.keyClick(window.caseload.search, Qt.Key.Key_Return)
    view = window.client_view
    qtbot.waitUntil(lambda: view.client is not None and window.pages.currentWidget() is view)
    assert view.client.person.dob == date(1985, 3, 2)
