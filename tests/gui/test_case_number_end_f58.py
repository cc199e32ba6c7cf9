"""Ctrl+F, the end of a case number, Enter: the client opens on that case (F58-02)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from clinic_app.model import Case, Client

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


@pytest.mark.parametrize("typed, row, number", [("2163", 1, "24CJCF02163"), ("81162", 0, "25CJCM81162")])
def test_the_end_of_a_case_number_typed_opens_the_client_on_that_case(qtbot, window, repo, typed, row, number):
    """F58-02: the last digits of a case number off a court letter ("2163" of "24CJCF02163")
    found nobody: the list said no client matched.  Now they find the client, and Enter opens
    them on the case of that number."""
    client_id = repo.add_client(Client(name="Mina Numero", cases=[
        Case(id="a", case_number="25CJCM81162"), Case(id="b", case_number="24CJCF02163")]))
    repo.add_client(Client(name="Otto Otro", cases=[Case(id="a", case_number="BA445566")]))
    window.load()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = QApplication.focusWidget()
    assert search is window.caseload.search
    qtbot.keyClicks(search, typed)
    qtbot.keyClick(search, Qt.Key.Key_Return)
    view = window.client_view
    qtbot.waitUntil(lambda: window.pages.currentWidget() is view)
    assert view.client.id == client_id
    assert view.record.cases.currentRow() == row
    assert view.record.case_form.case_number.text() == number
