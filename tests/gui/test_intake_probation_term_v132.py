"""V132-03 at the table: the RAP sheet says "PROB 3 YRS", not the day probation ends.  Typed so in
"Until:" it was "End date: Not a date", and the attorney worked the day out by head from the
conviction date.  It is now counted from the conviction date (the day intake starts probation),
written in the field as the day it is, and said; Enter straight from the field adds the case
with it.  With no conviction date, the refusal says what the term is counted from."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import type_intake_case

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _ends(repo, dialog, number):
    case = next(case for case in repo.get_client(dialog.client.id).cases if case.case_number == number)
    return case.sentence.probation.end


def test_v132_03_a_term_typed_in_until_is_its_end_day(qtbot, repo, started_intake):
    assert started_intake.sentence.currentData() == "probation"
    type_intake_case(qtbot, started_intake, "LA012345-01", "03-14-2012", offense="PC 148(A)(1)", enter=False)
    until = started_intake.probation_end
    until.setFocus()
    qtbot.keyClicks(until, "PROB 3 YRS")
    qtbot.keyClick(until, Qt.Key.Key_Tab)
    assert until.text() == "2015-03-14"
    assert "3 years from the conviction date 2012-03-14, so 2015-03-14" in started_intake.case_message.text()
    until.setFocus()
    qtbot.keyClick(until, Qt.Key.Key_Return)
    assert _ends(repo, started_intake, "LA012345-01") == date(2015, 3, 14)


def test_v132_03_enter_straight_from_the_term_adds_the_case_with_its_end(qtbot, repo, started_intake):
    type_intake_case(qtbot, started_intake, "BA123456", "06-02-2014", offense="PC 148(A)(1)", enter=False)
    started_intake.probation_end.setFocus()
    qtbot.keyClicks(started_intake.probation_end, "36 mos")
    qtbot.keyClick(started_intake.probation_end, Qt.Key.Key_Return)
    assert _ends(repo, started_intake, "BA123456") == date(2017, 6, 2)


def test_v132_03_a_term_without_a_conviction_date_says_what_it_is_counted_from(qtbot, repo, started_intake):
    qtbot.keyClicks(started_intake.case_number, "BA123456")
    started_intake.conviction.offense.setFocus()
    qtbot.keyClicks(started_intake.conviction.offense, "PC 148(A)(1)")
    started_intake.probation_end.setFocus()
    qtbot.keyClicks(started_intake.probation_end, "3 yrs")
    qtbot.keyClick(started_intake.probation_end, Qt.Key.Key_Return)
    assert repo.get_client(started_intake.client.id).cases == []
    assert started_intake.case_message.text() == ("Probation end: 3 years is counted from the conviction date: type that date, "
                                          "or the day probation ends")
    assert started_intake.probation_end.text() == "3 yrs"


def test_v132_03_until_says_it_takes_the_term(started_intake):
    assert "“PROB 3 YRS”" in started_intake.probation_end.toolTip()
