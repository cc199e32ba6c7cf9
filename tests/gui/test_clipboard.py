"""What the program copies is taken off the clipboard when it quits (V28-02)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from clinic_app.report import Report
from ui.report_dialog import ReportDialog


def _quit() -> None:
    """What QApplication says as the program quits (the test goes on running)."""
    QApplication.instance().aboutToQuit.emit()


def test_the_copied_report_is_cleared_from_the_clipboard_when_the_program_quits(qtbot):
    """The event report's Copy left its text on the clipboard after Clinic Desk quit, for the
    next person at a shared laptop to paste anywhere (the counts of an event can point to a
    person, E27B-07).  Quitting now clears it, if the clipboard still holds it."""
    clipboard = QGuiApplication.clipboard()
    dialog = ReportDialog(Report(event="Compton fair", clients=1, screened=1))
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert clipboard.text().startswith("Clinic event: Compton fair")
    _quit()
    assert clipboard.text() == ""


def test_what_was_copied_since_is_left_on_the_clipboard(qtbot):
    """Something the user copied after the report (here, or in another program) is theirs:
    quitting leaves it."""
    clipboard = QGuiApplication.clipboard()
    dialog = ReportDialog(Report(event="Pomona fair"))
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    clipboard.setText("an address the user copied")
    _quit()
    assert clipboard.text() == "an address the user copied"
    clipboard.clear()
