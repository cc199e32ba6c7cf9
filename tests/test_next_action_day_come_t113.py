"""T113-02, in the domain: a line's Next action once the day its last screening waited for has
come ("Blocked until", "Eligible on", or "Nothing available" to be screened again on a day)."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.line_action import next_action_in_full, next_action_said
from db.repository import ClientRow

DAY = date(2027, 3, 8)


@pytest.mark.parametrize("best, best_date, was", [("eligible_on", DAY, "File on 2027-03-08"),
                                                  ("blocked", DAY, "Screen again on 2027-03-08"),
                                                  ("nothing_available", None, "Screen again on 2027-03-08")])
def test_the_day_waited_for_come_says_screen_again(best, best_date, was):
    row = ClientRow(1, "Bea March", None, 1, None, "en", best=best, best_date=best_date, next_action_date=DAY,
                    outstanding=["probation to 2027-03-08"])
    assert next_action_said(row, date(2027, 3, 7))[0].full == was
    said, day = next_action_said(row, DAY)
    assert said == ("Screen again: 2027-03-08 has come", "Screen again", None) and day == DAY  # sorted by its day
    assert next_action_in_full(row, date(2027, 7, 5)) == (
        "Screen again: 2027-03-08 has come, the day the last screening waited for: its answer may have changed. "
        "Next date on the record: 2027-03-08 (probation to 2027-03-08)")
