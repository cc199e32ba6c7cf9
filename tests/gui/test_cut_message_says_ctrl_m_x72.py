"""X72-01: a status bar message cut at its two lines (B70-03) says where the rest is.

With the window narrow (a laptop at 200%), the warning that what was typed is kept, not saved,
and a re-screen's result, which names the copy of the caseload kept from before it, ended in
"..." at the bar's second line, and nothing on screen said that View > Whole status message
(Ctrl+M) shows the rest: the tooltip needs the mouse (R71).  Cut, such a message now ends
"... (Ctrl+M for more)", and its accessible description says the same; a message that fits is
shown as it is, with neither.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.gui.test_open_client_follows_w33 import _elsewhere, _open, _put_on_probation
from tests.gui.test_tasks import _rescreen_nora_from_the_menu

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

MORE = "\u2026 (Ctrl+M for more)"
SAID_WHERE = "Cut short on screen: View > Whole status message (Ctrl+M) shows all of it."


def _shown(label) -> str:
    return super(type(label), label).text()  # what is painted, not the whole text


def _width(qtbot, window, width: int) -> None:
    window.resize(width, 500)
    qtbot.waitUntil(lambda: window.width() == width)
    QApplication.processEvents()


def _read_with_ctrl_m(qtbot, window) -> str:
    read = []

    def in_box() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, in_box)
            return
        read.append(box.text())
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, in_box)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(read))
    return read[0]


def test_the_typing_kept_not_saved_warning_cut_at_a_narrow_window_says_ctrl_m(qtbot, window, repo):
    client_id, view = _open(qtbot, window, repo)
    _width(qtbot, window, 660)
    view.record.person.dob.setFocus()
    view.record.person.dob.selectAll()
    qtbot.keyClicks(view.record.person.dob, "3/2/")
    _elsewhere(qtbot, window, repo, _put_on_probation(client_id))
    whole = window.statusBar().currentMessage()
    assert "What you typed is kept here, not saved" in whole
    label = window.statusBar().message
    QApplication.processEvents()
    assert label.cut()
    shown = _shown(label)
    assert shown.endswith(MORE) and whole.startswith(shown.removesuffix(MORE).rstrip())
    said = QAccessible.queryAccessibleInterface(label)
    assert said.text(QAccessible.Text.Name) == whole  # all of it, as before (B70-03)
    assert said.text(QAccessible.Text.Description) == SAID_WHERE
    assert whole in _read_with_ctrl_m(qtbot, window)  # and the key does what it says
    assert view.record.person.dob.text() == "3/2/"  # the typing still kept

    # Where it fits, the message is as it was: no "(Ctrl+M for more)", no description.
    _width(qtbot, window, 1900)
    assert not label.cut() and _shown(label) == whole
    assert said.text(QAccessible.Text.Description) == ""


def test_a_re_screen_s_kept_copy_cut_short_says_ctrl_m_and_ctrl_m_names_it(qtbot, window, repo, monkeypatch):
    _width(qtbot, window, 660)
    _rescreen_nora_from_the_menu(qtbot, window, repo, monkeypatch)
    whole = window.statusBar().currentMessage()
    kept = whole.rpartition(" is kept in ")[2].removesuffix(".")
    assert kept.endswith(".sqlite")
    label = window.statusBar().message
    QApplication.processEvents()
    shown = _shown(label)
    assert label.cut() and kept not in shown and shown.endswith(MORE)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    assert kept in _read_with_ctrl_m(qtbot, window)


def test_the_caseload_s_own_line_cut_short_says_ctrl_m_too(qtbot, window, repo):
    window.load()
    _width(qtbot, window, 660)
    window.status.setText("Caseload " + "/very/long/folder" * 40 + ": 1 client")
    QApplication.processEvents()
    assert window.status.cut() and _shown(window.status).endswith(MORE)
    window.status.setText("Caseload /tmp/caseload.sqlite: 1 client")
    QApplication.processEvents()
    assert not window.status.cut() and _shown(window.status) == "Caseload /tmp/caseload.sqlite: 1 client"
