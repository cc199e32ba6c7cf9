"""R101-01: A99-01's tip, shown beside the control the keyboard comes to, was to go "at the next
key", as the mouse's goes when the mouse moves; but Qt's tip goes at a key on macOS alone.  At
intake on Windows or Linux, Alt+F to the fines showed "The fines the court ordered, in all (not
what is left to pay)" under the field, and it stayed there as "500" was typed, its ten seconds and
more, over the line below.  And a fast typist's next key, pressed before the Tab is let go, had
the tip shown after the typing began.  The tip now goes at the next key (not a modifier), and a
key pressed before the Tab is let go shows none; the tip of a control come to and left alone is
shown as before (A99's tests)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip

from tests.gui.conftest import show_active
from ui.forms import FINES_ORDERED_TIP

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")

FINES_TIP = FINES_ORDERED_TIP


def _at_intake(qtbot, window, monkeypatch, at_the_table) -> None:
    """Ctrl+I's intake from the window (whose filters show the tips), a client started, then
    `at_the_table(dialog)`; Alt+D (Done) after, what was typed discarded."""
    from ui.intake import IntakeDialog

    monkeypatch.setattr("ui.intake.ask_unadded_case", lambda _parent, problem, where: "discard")
    window.load()
    show_active(qtbot, window)
    failed: list[BaseException] = []

    def in_it() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, IntakeDialog):
            QTimer.singleShot(10, in_it)
            return
        try:
            show_active(qtbot, dialog)
            qtbot.keyClicks(dialog.name, "Rosa Paz")
            qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)
            qtbot.keyClicks(dialog.dob, "4/12/1981")
            qtbot.keyClick(dialog.dob, Qt.Key.Key_Return)
            assert dialog.client is not None
            at_the_table(dialog)
        except BaseException as error:  # said after the dialog is closed, not lost in Qt's loop
            failed.append(error)
        finally:
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)

    QTimer.singleShot(0, in_it)
    qtbot.keyClick(window.caseload.table, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    if failed:
        raise failed[0]


def test_r101_01_the_tip_goes_as_the_field_is_typed_in(qtbot, window, monkeypatch):
    def at_the_table(dialog) -> None:
        QToolTip.hideText()
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
        assert dialog.fines.hasFocus()
        assert QToolTip.isVisible() and QToolTip.text() == FINES_TIP  # A99-01's, as before
        qtbot.keyClick(dialog.fines, Qt.Key.Key_5)
        # Qt's own hiding (0.3 s), as the mouse's tip goes; before, it stayed 10 s and more.
        qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=2000)
        qtbot.keyClicks(dialog.fines, "00")
        assert dialog.fines.text() == "500" and not QToolTip.isVisible()
        # A modifier is not the next key: the tip of the control come to stays for it.
        qtbot.keyClick(dialog.fines, Qt.Key.Key_Tab)
        assert dialog.fines_paid.hasFocus() and QToolTip.text() == dialog.fines_paid.toolTip()
        QTest.keyPress(dialog.fines_paid, Qt.Key.Key_Shift)
        QTest.keyRelease(dialog.fines_paid, Qt.Key.Key_Shift)
        assert QToolTip.isVisible() and QToolTip.text() == dialog.fines_paid.toolTip()

    _at_intake(qtbot, window, monkeypatch, at_the_table)


def test_r101_01_a_key_pressed_before_the_tab_is_let_go_shows_no_tip(qtbot, window, monkeypatch):
    def at_the_table(dialog) -> None:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
        qtbot.keyClicks(dialog.fines, "500")
        qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=12000)  # the fines' tip gone
        # Tab down, "0" down, Tab up, "0" up: a fast typist's hands, rolling over.
        QTest.keyPress(dialog.fines, Qt.Key.Key_Tab)
        assert dialog.fines_paid.hasFocus()
        QTest.keyPress(dialog.fines_paid, Qt.Key.Key_0)
        QTest.keyRelease(dialog.fines_paid, Qt.Key.Key_Tab)
        assert not QToolTip.isVisible()
        QTest.keyRelease(dialog.fines_paid, Qt.Key.Key_0)
        assert dialog.fines_paid.text() == "0" and not QToolTip.isVisible()

    _at_intake(qtbot, window, monkeypatch, at_the_table)
