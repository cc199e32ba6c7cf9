"""B70-03: the status bar grew a line or two for as long as a long message lasted (B65-02's
wrapping), pushing the caseload list up by a row at 200% and back down when the message went
(8 to 30 s later), under the user's eyes and mouse.  The bar is now always two lines high; a
longer message ends there in "...", and is whole in the label's tooltip, in its accessible
name, and in View > Whole status message (Ctrl+M)."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.gui.conftest import probation_client

LONG = ("Re-screened 200 clients as of 2026-12-04. 3 became eligible now: “Newly eligible” above the list shows them. "
        "The caseload as it was before this re-screen is kept in /home/clinic/Clinic Desk/backups/"
        "caseload-before-rescreen-20261204-132513-500392.sqlite.")


def test_a_long_message_leaves_the_list_where_it_was_and_ends_in_an_ellipsis(qtbot, window, repo):
    repo.add_client(probation_client("Ana Peña"))
    window.load()
    window.resize(660, 500)  # a laptop's window at 200%
    bar, table = window.statusBar(), window.caseload.table
    qtbot.waitUntil(lambda: window.width() == 660)
    QApplication.processEvents()
    before = (bar.geometry(), table.geometry())

    bar.showMessage(LONG * 3)
    QApplication.processEvents()
    assert (bar.geometry(), table.geometry()) == before
    label = bar.message
    assert label.isVisible() and label.cut()
    shown = super(type(label), label).text()  # what is painted
    # "..." and where the rest is (X72-01).
    assert shown.endswith("\u2026 (Ctrl+M for more)") and LONG.startswith(shown.partition("\u2026")[0].rstrip()[:60])
    assert label.text() == LONG * 3
    said = QAccessible.queryAccessibleInterface(label)
    assert said.text(QAccessible.Text.Name) == LONG * 3  # a screen reader still has all of it

    bar.showMessage("Saved: Ana Peña, phone")
    QApplication.processEvents()
    assert (bar.geometry(), table.geometry()) == before
    assert not label.cut() and super(type(label), label).text() == "Saved: Ana Peña, phone"
    bar.clearMessage()
    QApplication.processEvents()
    assert (bar.geometry(), table.geometry()) == before

    # The caseload's own line is held to the same lines: a long one (a long path) no taller.
    window.status.setText("Caseload " + "/very/long/folder" * 40 + ": 1 client")
    QApplication.processEvents()
    assert (bar.geometry(), table.geometry()) == before and window.status.cut()


def test_ctrl_m_shows_the_whole_message_the_bar_cut_short(qtbot, window, repo):
    repo.add_client(probation_client("Ana Peña"))
    window.load()
    window.resize(660, 500)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    window.statusBar().showMessage(LONG, 30_000)
    QApplication.processEvents()
    assert window.statusBar().message.cut()
    read = []

    def in_box() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, in_box)
            return
        read.append(box.text())
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, in_box)
    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(read))
    assert LONG in read[0]
    assert window.status.text() in read[0]  # the caseload's own line too
