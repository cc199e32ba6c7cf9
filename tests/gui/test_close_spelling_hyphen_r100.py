"""R100-02: "Garsia-Lopez" typed for a caller named María José García-López: the empty list
offered no spelling (P97-02 asked the hyphenated word whole); it now offers "García-Lopez", and its
button finds her."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from clinic_app.model import Client
from tests.gui.conftest import show_active
from ui.models.caseload_model import ClientIdRole

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_r100_02_a_hyphenated_surname_spelled_as_heard_is_offered_and_found(qtbot, window, repo):
    maria = repo.add_client(Client(name="María José García-López"))
    repo.add_client(Client(name="Rosa Paz"))
    window.load()
    window.resize(1280, 800)
    show_active(qtbot, window)
    view = window.caseload
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(view.search, "Garsia-Lopez")
    view.apply_filters()
    assert view.proxy.rowCount() == 0
    assert "Spelled close to it: “García-Lopez” (Enter searches “García-Lopez”)." in view.empty_label.text()
    assert view.close_spelling.isVisibleTo(view) and view.close_spelling.text() == "Search “García-Lopez”"
    qtbot.mouseClick(view.close_spelling, Qt.MouseButton.LeftButton)
    assert [view.proxy.index(row, 0).data(ClientIdRole) for row in range(view.proxy.rowCount())] == [maria]
