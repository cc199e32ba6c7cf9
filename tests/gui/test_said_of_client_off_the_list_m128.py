"""M128-02: back on the caseload list, "1 result marked reviewed by attorney. Edit > Undo takes the
review back." stays while the list shows the client it was said of (K111-01); T127 searched the
list for another name, which found nobody, and the words of the client left stood over it, of a
client the list did not show.  Searched or filtered off the list, the client's words are taken
away; what the list says of itself is said as before."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import show_active
from tests.gui.test_opened_from_review_queue_u93 import _stored
from tests.gui.test_status_bar_said_of_whom_k111 import REVIEWED, _one_result_reviewed

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _searched(qtbot, window, text: str, shown: int) -> None:
    search = window.caseload.search
    search.setFocus()
    search.clear()
    qtbot.keyClicks(search, text)
    qtbot.waitUntil(lambda: window.caseload.model.rowCount() == shown and window.caseload._searched == text)


def test_m128_02_a_search_that_leaves_the_client_off_the_list_takes_their_words_away(qtbot, window, repo, monkeypatch):
    _one_result_reviewed(qtbot, window, repo, monkeypatch)
    _searched(qtbot, window, "Alejandra", 1)  # still on the list: still said
    assert window.statusBar().currentMessage().startswith(REVIEWED)
    _searched(qtbot, window, "Mariah Testwok", 0)  # nobody: not of anyone the list shows
    assert not window.statusBar().currentMessage().startswith(REVIEWED)
    _searched(qtbot, window, "Alejandra", 1)  # not brought back: it was of a moment gone
    assert not window.statusBar().currentMessage().startswith(REVIEWED)


def test_m128_02_back_on_a_list_whose_search_no_longer_finds_the_client(qtbot, window, repo, monkeypatch):
    """Found by "Alejandra", opened, renamed Alexandra and saved: back on the list (Ctrl+L), the
    search shows nobody, and "Saved: Alexandra Orozco" is not said over it, but why she is not shown."""
    _stored(window, repo, "Alejandra Orozco")
    window.load()
    show_active(qtbot, window)
    _searched(qtbot, window, "Alejandra", 1)
    qtbot.keyClick(window.caseload.search, Qt.Key.Key_Return)  # opens the one found
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.client_view)
    name = window.client_view.record.person.name
    name.setFocus()
    name.selectAll()
    qtbot.keyClicks(name, "Alexandra Orozco")
    qtbot.keyClick(name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Alexandra" in window.statusBar().currentMessage())
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.caseload)
    assert window.caseload.model.rowCount() == 0
    # Not the save's words, but why the list is empty, which the words above it do not say aloud (A257-02).
    assert window.statusBar().currentMessage() == (
        "Alexandra Orozco is not in the list now: the search and filters leave them out (Showing 0 of 1 client).")
