"""Enter in Caseload > Report's window (K350-01): A333-04 made Enter in the Period and Language
boxes choose, never copy; in the report's text Enter still went on to Copy, the window's default
button, and put the report on the clipboard over what the user had there.  Enter on a button
presses that button; in the text it copies nothing and says how to copy."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from clinic_app.report import Report
from tests.gui.conftest import show_active
from ui.report_dialog import ReportDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _shown(qtbot, **kwargs) -> ReportDialog:
    dialog = ReportDialog(Report(event=None, clients=3, screened=3, counted_on=date(2026, 12, 7)), **kwargs)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    return dialog


def _enter_on(qtbot, widget) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_k350_01_enter_on_a_button_presses_it_and_in_the_text_copies_nothing(qtbot, monkeypatch, tmp_path):
    dialog = _shown(qtbot)
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("the user's own words")
    _enter_on(qtbot, dialog.text)
    assert clipboard.text() == "the user's own words"
    assert dialog.said.text() == "Enter copies nothing here: Copy (Alt+C) puts the report on the clipboard."
    assert dialog.isVisible() and dialog.text.hasFocus()
    # No button drawn as the one Enter presses from the text.
    assert not any(button.isDefault() for button in dialog.findChildren(type(dialog.copy_button)))
    offered = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: offered.append(args) or ("", ""))
    _enter_on(qtbot, dialog.save_button)  # Save saves: its file chooser, nothing copied
    assert len(offered) == 1 and clipboard.text() == "the user's own words"
    _enter_on(qtbot, dialog.copy_button)
    assert clipboard.text().startswith("Whole caseload") and dialog.said.text().startswith("Copied the report")
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    _enter_on(qtbot, close)
    assert not dialog.isVisible() and len(offered) == 1
    clipboard.clear()


def test_r340_a_click_on_copy_within_the_pause_copies_the_period_the_box_shows(qtbot):
    """A click on Copy within the half-second pause after an arrow step in the Period box copies
    the period the box shows, counted first (A333-01's promise, tried by keys alone, R340)."""
    counted = []

    def recount(period, language):
        counted.append(period)
        return {"period": period, "petitions": {"filed": 0, "clients": 0}}

    dialog = _shown(qtbot, recount=recount)
    dialog.period.setFocus()
    qtbot.waitUntil(dialog.period.hasFocus)
    qtbot.keyClick(dialog.period, Qt.Key.Key_Down)  # This quarter (2026-10-01 to 2026-12-31)
    assert not counted  # within the pause: not counted yet
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert counted == [(date(2026, 10, 1), date(2026, 12, 31))]
    copied = QGuiApplication.clipboard().text()
    assert "Petitions filed 2026-10-01 to 2026-12-31: 0" in copied, copied
    assert dialog.said.text().startswith("Copied the report")
    QGuiApplication.clipboard().clear()
