"""P97-01: a client calls; Ctrl+F, the number the phone shows, Enter: their record opens.

"(626) 555-0104" typed in the search box found nobody ("No client matches"): the box took a
name, alias, case number or date of birth, and a paralegal with 3,000 clients asked the caller
to spell their name.  The box's hint now names a phone number too."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from clinic_app.model import Case, Client
from tests.gui.conftest import show_active

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


@pytest.mark.parametrize("typed", ["(626) 555-0104", "626-555-0104", "555-0104"])
def test_p97_01_the_callers_number_typed_opens_their_record(qtbot, window, repo, typed):
    caller = repo.add_client(Client(name="Darnell O'Brien", phone="(626) 555-0104", cases=[Case(id="a", case_number="BA123456")]))
    repo.add_client(Client(name="Keisha Hakobyan", phone="(213) 555-0150"))
    window.load()
    show_active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = QApplication.focusWidget()
    assert search is window.caseload.search
    assert "phone number" in search.toolTip()  # what the status bar says the box takes
    qtbot.keyClicks(search, typed)
    qtbot.keyClick(search, Qt.Key.Key_Return)
    view = window.client_view
    qtbot.waitUntil(lambda: window.pages.currentWidget() is view)
    assert view.client.id == caller
