"""Alt+Left goes back to the caseload when it is pressed, not a moment later (C64-02).

Alt+Left was the "← Caseload" button's own shortcut, which clicks the button as a mouse
would, a tenth of a second later.  A paralegal going from one client to the next typed
Alt+Left, Ctrl+F and the next name: Ctrl+F in that tenth of a second went to the search
box, then the late click put the keyboard on the list, and the name typed went to the list
(choosing a line by its first letters), not to the search box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import open_on_record, probation_client

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def _key(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_alt_left_shows_the_caseload_at_once(qtbot, window, repo):
    repo.add_client(probation_client("Bea Bravo"))
    open_on_record(window, repo, probation_client("Ana Abad"))
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    window.client_view.tabs.tabBar().setFocus()
    _key(qtbot, Qt.Key.Key_Left, ALT)
    assert window.pages.currentWidget() is window.caseload
    assert window.caseload.table.hasFocus()


def test_a_name_typed_right_after_alt_left_and_ctrl_f_stays_in_the_search_box(qtbot, window, repo):
    repo.add_client(probation_client("Bea Bravo"))
    open_on_record(window, repo, probation_client("Ana Abad"))
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    window.client_view.tabs.tabBar().setFocus()
    _key(qtbot, Qt.Key.Key_Left, ALT)
    _key(qtbot, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(QApplication.focusWidget(), "Bea")
    qtbot.wait(300)  # longer than the button's animated click took to come
    search = window.caseload.search
    assert search.hasFocus() and search.text() == "Bea"
