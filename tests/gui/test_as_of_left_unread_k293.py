"""K293-02: As of (Re-screen whole caseload, the Eligibility tab, the handout preview) left by Tab
or by a click while it held a day it could not read ("2/29/2027", "12/31/26") put the day before
back with no word, where Enter said why (Q289-02): the paralegal saw the old day and went on,
and a click on Re-screen re-screened the caseload for it.  Leaving now says why in Enter's words,
at the box and aloud, keeps the typing to be mended, and Re-screen waits for a day it can read."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QToolTip, QVBoxLayout, QWidget

from ui.forms import AsOfDateEdit
from ui.tasks import ask_as_of

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")

TODAY = date(2026, 12, 7)
NO_SUCH_DAY = "Not a date: there is no 2/29/2027 (February 2027 has 28 days)"
SHORT_YEAR = "Not a date: write the year with its four digits, not “26”"  # K293-03


def test_k293_02_re_screen_left_by_tab_and_clicked_waits_for_a_day_it_can_read(qtbot, announcements):
    seen = []

    def typed_in_the_dialog():
        dialog = QApplication.activeModalWidget()
        try:
            typed(dialog)
        finally:
            if dialog.isVisible():  # a step failed: no test left waiting on the dialog
                dialog.reject()

    def typed(dialog):
        picker = dialog.findChild(AsOfDateEdit)
        re_screen = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        dialog.activateWindow()  # offscreen no window manager does: focus moves only in a window active
        picker.setFocus()
        qtbot.waitUntil(picker.hasFocus)
        qtbot.keyClicks(picker, "2/29/2027")
        qtbot.keyClick(picker, Qt.Key.Key_Tab)
        qtbot.waitUntil(QToolTip.isVisible)
        seen.append((picker.text(), picker.date().toPython(), QToolTip.text(), [said for _, said, _ in announcements]))
        announcements.clear()
        qtbot.mouseClick(re_screen, Qt.MouseButton.LeftButton)
        seen.append((QApplication.activeModalWidget() is dialog, QApplication.focusWidget() in (picker, picker.lineEdit()),
                     picker.text(), [said for _, said, _ in announcements]))
        qtbot.keyClicks(picker, "2/28/2027")  # over the typing kept, chosen whole
        qtbot.keyClick(picker, Qt.Key.Key_Return)

    QTimer.singleShot(0, typed_in_the_dialog)
    assert ask_as_of(None, TODAY) == date(2027, 2, 28)
    assert seen == [
        ("2/29/2027", TODAY, NO_SUCH_DAY, [NO_SUCH_DAY]),
        (True, True, "2/29/2027", [NO_SUCH_DAY]),
    ]


def test_k293_02_a_box_left_by_a_click_keeps_the_typing_and_screens_for_no_day(qtbot, announcements):
    window = QWidget()
    box, elsewhere = AsOfDateEdit(TODAY), QLineEdit()
    layout = QVBoxLayout(window)
    layout.addWidget(box)
    layout.addWidget(elsewhere)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    days = []
    box.day_changed.connect(days.append)
    window.activateWindow()  # offscreen no window manager does: focus moves only in a window active
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClicks(box, "12/31/26")
    qtbot.mouseClick(elsewhere, Qt.MouseButton.LeftButton)
    assert (box.text(), box.toolTip(), days) == ("12/31/26", SHORT_YEAR, [])
    assert [said for _, said, _ in announcements] == [SHORT_YEAR]
    qtbot.keyClick(elsewhere, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)  # back, to mend it
    qtbot.waitUntil(box.hasFocus)
    assert (box.text(), box.lineEdit().selectedText()) == ("12/31/26", "12/31/26")
    qtbot.keyClick(box, Qt.Key.Key_Backspace)  # mended from its end
    qtbot.keyClick(box, Qt.Key.Key_Backspace)
    assert box.text() == "12/31/"
    qtbot.keyClicks(box, "2026")
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert (box.text(), days, box.toolTip()) == ("2026-12-31", [date(2026, 12, 31)], AsOfDateEdit.TIP)


def test_r301_01_the_eligibility_tab_says_its_answers_are_still_of_the_day_before(qtbot, window, repo):
    """The Eligibility tab's As of left holding "2/29/2027" (K293-02 keeps the typing) showed it
    over the answers of the day before, with no word but the box's own tooltip: a paralegal
    read them as February's.  A line above them says whose day they are, until a day is taken."""
    from tests.gui.test_checklist_keyboard import open_on_tab, two_cases

    view, _client_id = open_on_tab(qtbot, window, repo, two_cases(), 2)  # Eligibility
    as_of, day_before = view.eligibility.as_of, view.eligibility.as_of_date()
    as_of.setFocus()
    qtbot.waitUntil(as_of.hasFocus)
    qtbot.keyClicks(as_of, "2/29/2027")
    qtbot.keyClick(as_of, Qt.Key.Key_Tab)
    note = view.eligibility.as_of_note
    assert (as_of.text(), note.isVisibleTo(view.eligibility), note.text()) == (
        "2/29/2027", True, f"The answers below are still those as of {day_before.isoformat()}. {NO_SUCH_DAY}.")
    showing = view.eligibility.showing
    showing.setCurrentIndex(1)  # a stored result, which says its own day: the line goes
    assert (showing.currentIndex(), note.isVisibleTo(view.eligibility)) == (1, False)
    showing.setCurrentIndex(0)  # "Screened now" again, still of the day before
    assert note.isVisibleTo(view.eligibility)
    as_of.setFocus()
    qtbot.waitUntil(as_of.hasFocus)
    qtbot.keyClicks(as_of, "2/28/2027")  # over the typing kept, chosen whole
    qtbot.keyClick(as_of, Qt.Key.Key_Return)
    assert (view.eligibility.as_of_date(), note.isVisibleTo(view.eligibility)) == (date(2027, 2, 28), False)


def test_k304_01_the_list_says_its_newly_eligible_are_still_of_the_day_before(qtbot, window):
    """The day beside Newly eligible left holding "2/29/2027" counted (and, the button down,
    listed) the clients since the day before, said by its tooltip alone.  R301-01's line says so
    under the counts, in its words, until a day is taken."""
    caseload = window.caseload
    since, note = caseload.newly_since, caseload.newly_since_note
    day_before = caseload.newly_eligible_since()
    since.setFocus()
    qtbot.waitUntil(since.hasFocus)
    qtbot.keyClicks(since, "2/29/2027")
    qtbot.keyClick(since, Qt.Key.Key_Tab)
    still = f"are still those since {day_before.isoformat()}. {NO_SUCH_DAY}."
    assert (since.text(), note.isVisibleTo(caseload), note.text()) == (
        "2/29/2027", True, f"The clients counted as newly eligible {still}")
    caseload.newly_eligible_button.click()  # the list shows them now: said so
    assert (caseload.newly_eligible_button.isChecked(), note.text()) == (True, f"The clients listed as newly eligible {still}")
    since.setFocus()
    qtbot.waitUntil(since.hasFocus)
    qtbot.keyClicks(since, "11/9/2026")  # over the typing kept, chosen whole
    qtbot.keyClick(since, Qt.Key.Key_Return)
    assert (caseload.newly_eligible_since(), note.isVisibleTo(caseload)) == (date(2026, 11, 9), False)
