"""Q289-02: "Re-screen the caseload" asked As of, and the paralegal planning for a leap day typed
"2/29/2027" (no such day) and Enter: the box put back the day it showed and its Enter answered
the dialog, so every client was re-screened for today, with not a word of the day typed.  The
same with "12/31/26" (the year cut short).  Enter on a day the box cannot read now says why, as
a date field says it, and answers nothing: the dialog waits for a day."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from ui.forms import AsOfDateEdit
from ui.tasks import ask_as_of

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")

TODAY = date(2026, 12, 7)


def test_q289_02_a_day_no_calendar_has_is_said_and_the_re_screen_waits_for_a_day(qtbot, announcements):
    seen = []

    def typed_in_the_dialog():
        picker = QApplication.activeModalWidget().findChild(AsOfDateEdit)
        for typed in ("2/29/2027", "12/31/26"):
            picker.setFocus()
            qtbot.keyClicks(picker, typed)
            qtbot.keyClick(picker, Qt.Key.Key_Return)
            seen.append((QApplication.activeModalWidget() is not None, picker.text(), [said for _, said, _ in announcements]))
            announcements.clear()
        qtbot.keyClicks(picker, "2/28/2027")
        qtbot.keyClick(picker, Qt.Key.Key_Return)

    QTimer.singleShot(0, typed_in_the_dialog)
    assert ask_as_of(None, TODAY) == date(2027, 2, 28)
    assert seen == [
        (True, "2/29/2027", ["Not a date: there is no 2/29/2027 (February 2027 has 28 days)"]),
        (True, "12/31/26", ["Not a date: write the year with its four digits, not “26”"]),  # K293-03
    ]


def test_r292_01_each_form_the_as_of_box_is_told_to_take_reads_as_that_day(qtbot, announcements):
    """Q289-02's refusal said a date field's forms, "2021-03-02, 3/2/2021 or March 2 2021": in
    Re-screen whole caseload's As of, "March 2 2027" typed as told was read by the box's sections
    as 2202-07-07, and its Enter re-screened the caseload as of that day.  Each form it names
    now, typed and Enter, is the day it names."""
    box = AsOfDateEdit(TODAY)
    qtbot.addWidget(box)
    box.show()
    box.setFocus()
    qtbot.keyClicks(box, "2/29/202")  # a digit short
    qtbot.keyClick(box, Qt.Key.Key_Return)
    ((_, said, _),) = announcements
    assert said.startswith("Not a date: write it as ")
    forms = said.removeprefix("Not a date: write it as ").replace(", ", " or ").split(" or ")
    read = {}
    for form in forms:
        box.setFocus()
        box.lineEdit().selectAll()
        qtbot.keyClicks(box, form)
        qtbot.keyClick(box, Qt.Key.Key_Return)
        read[form] = box.date().toString("yyyy-MM-dd")
    assert read == dict.fromkeys(forms, "2021-03-02")
