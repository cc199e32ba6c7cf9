"""X162-04: a client remembered a burglary as "March 1994", month and year, no day.  Intake
took a year alone ("1994", E70-03) but refused "3/1994" as no date, and its message sent the
volunteer to the year alone: the month he gave, where a docket search starts, was lost.  A
month and year ("3/1994", "1994-03", "March 1994") is now taken as a year alone is: no day
guessed (the screening asks it), and the month and year kept in the notes, which the filing
worksheet prints under the case; the handout's card says the year.  (Rae, intake's started
client, was born in 1988: her case is of 2009.)"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from clinic_app import years_alone
from tests.gui.conftest import type_intake_case

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


@pytest.mark.parametrize("typed", ["3/2009", "03/2009", "2009-03", "March 2009", "mar 2009"])
def test_x162_04_a_conviction_month_and_year_is_taken_no_day_guessed(qtbot, repo, started_intake, typed):
    intake = started_intake
    type_intake_case(qtbot, intake, "", typed, offense="459")

    stored = repo.get_client(intake.client.id)
    case = stored.cases[0]
    assert (case.disposition_date, case.convictions[0].conviction_date) == (None, None)
    assert stored.notes == ("Case 1 (no case number): conviction date March 2009, the month and year alone "
                            "(the day was not known at intake).")
    assert intake.case_message.text() == ("Case 1 added and screened. Conviction date March 2009: what is known is kept "
                                          "in the client's notes; the day is left blank, for the screening to ask.")
    assert years_alone.said_of(stored, case) == ["conviction date March 2009, the month and year alone "
                                                 "(the day was not known at intake)"]
    assert years_alone.year_given(stored, case, "conviction date") == 2009


@pytest.mark.parametrize("typed", ["13/2019", "0/2019", "Marzo 2019"])
def test_x162_04_no_month_is_no_date(qtbot, repo, started_intake, typed):
    intake = started_intake
    type_intake_case(qtbot, intake, "21M05678", typed, offense="484")
    assert intake.client.cases == []
    assert intake.case_message.text().startswith("Convicted: Not a date")
