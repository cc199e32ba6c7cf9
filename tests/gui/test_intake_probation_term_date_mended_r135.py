"""R135-01: "PROB 3 YRS" typed in intake's "Until:" is counted from the conviction date and the
message echoes that date (V132-03).  An attorney who read the echo, saw the date mistyped and put it
right, left the end counted from the wrong one: 2012-03-14 mended to 2013-03-14 saved a three-year
grant ending 2015-03-14, a two-year one.  The end is now counted again from the date mended; a
term typed before any date is counted once the date is typed; an end typed by hand stays."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import type_intake_case

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _saved(repo, dialog, number):
    case = next(case for case in repo.get_client(dialog.client.id).cases if case.case_number == number)
    return case.convictions[0].conviction_date, case.sentence.probation.end


def _type(qtbot, field, text):
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Tab)


def test_r135_01_the_conviction_date_mended_after_the_term_counts_it_again(qtbot, repo, started_intake):
    type_intake_case(qtbot, started_intake, "LA012345-01", "03-14-2012", offense="PC 148(A)(1)", enter=False)
    _type(qtbot, started_intake.probation_end, "PROB 3 YRS")
    assert started_intake.probation_end.text() == "2015-03-14"
    _type(qtbot, started_intake.conviction.date, "03-14-2013")
    assert started_intake.probation_end.text() == "2016-03-14"
    assert "3 years from the conviction date 2013-03-14, so 2016-03-14" in started_intake.case_message.text()
    started_intake.probation_end.setFocus()
    qtbot.keyClick(started_intake.probation_end, Qt.Key.Key_Return)
    assert _saved(repo, started_intake, "LA012345-01") == (date(2013, 3, 14), date(2016, 3, 14))


def test_r135_01_a_term_typed_before_the_date_is_counted_when_the_date_is(qtbot, repo, started_intake):
    qtbot.keyClicks(started_intake.case_number, "BA123456")
    _type(qtbot, started_intake.conviction.offense, "PC 148(A)(1)")
    _type(qtbot, started_intake.probation_end, "36 MOS")
    assert started_intake.probation_end.text() == "36 MOS"
    _type(qtbot, started_intake.conviction.date, "06-02-2014")
    assert started_intake.probation_end.text() == "2017-06-02"
    assert "3 years from the conviction date 2014-06-02, so 2017-06-02" in started_intake.case_message.text()


def test_r135_01_an_end_typed_over_the_day_counted_is_the_attorneys(qtbot, repo, started_intake):
    type_intake_case(qtbot, started_intake, "LA012345-01", "03-14-2012", offense="PC 148(A)(1)", enter=False)
    _type(qtbot, started_intake.probation_end, "PROB 3 YRS")
    _type(qtbot, started_intake.probation_end, "2015-09-01")
    _type(qtbot, started_intake.conviction.date, "03-14-2013")
    assert started_intake.probation_end.text() == "2015-09-01"
