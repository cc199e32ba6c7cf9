"""T127-01: the returning client's name misheard at the table, "Mariah Testwok" for Maria
Testwalk: the empty list offered "Search “Maria Testwalk”", but Enter in the search box did
nothing (Enter is how a match is opened), and the words said "click": the volunteer reached
for the mouse, not knowing Tab then Space pressed the button.  Enter now searches the
spelling offered, as the button does, and the words say so; a second Enter opens her."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from clinic_app.model import Client
from tests.gui.conftest import show_active

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _typed_finding_nobody(qtbot, window, typed: str):
    """The caseload list with `typed` in its search box, which finds nobody."""
    window.load()
    show_active(qtbot, window)
    view = window.caseload
    view.search.setFocus()
    qtbot.keyClicks(view.search, typed)
    qtbot.waitUntil(view.empty.isVisible)
    return view


def test_t127_01_enter_searches_the_spelling_offered_then_opens_the_client(qtbot, window, repo):
    maria = repo.add_client(Client(name="Maria Testwalk"))
    repo.add_client(Client(name="Rosa Paz"))
    view = _typed_finding_nobody(qtbot, window, "Mariah Testwok")
    assert "Spelled close to it: “Maria Testwalk” (Enter searches “Maria Testwalk”)." in view.empty_label.text()

    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert view.search.text() == "Maria Testwalk"
    assert view.proxy.rowCount() == 1 and view.search.hasFocus()

    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.client_view
    assert window.client_view.client.id == maria


def test_t127_01_enter_with_no_spelling_close_leaves_the_search_as_typed(qtbot, window, repo):
    repo.add_client(Client(name="Rosa Paz"))
    view = _typed_finding_nobody(qtbot, window, "Zzyzx")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert view.search.text() == "Zzyzx"
    assert window.pages.currentWidget() is window.caseload
