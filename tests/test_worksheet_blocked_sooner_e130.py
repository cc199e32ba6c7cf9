"""E130-04: the filing worksheet of the client on probation for a battery, whose petty theft's
dismissal waits on it, said under the theft "Blocked for now - Dismissal after probation (PC
1203.4), PC 484: blocked until 2027-09-16: The person is on probation in case 24CR01234 through
2027-09-15." and no more: which petition follows the early-termination request was not said,
though the screening's step for the theft is to end that probation early (PC 1203.3).  Said
under "Read this first" where a bar blocks several results, it was said nowhere where it
blocks one.  The blocked line now says what to do."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.model import Client, Conviction, Person
from tests.test_worksheet_closed_by_law_x127 import AS_OF, _probation, worksheet_of

pytestmark = pytest.mark.pdf


def test_e130_04_the_blocked_line_says_what_to_do(tmp_path):
    battery = Conviction(id="A1", section="242", level="misdemeanor", conviction_date=date(2024, 9, 16))
    theft = Conviction(id="B1", section="484", level="misdemeanor", conviction_date=date(2022, 6, 1))
    running = _probation("24CR01234", battery, "summary", date(2027, 9, 15))
    running.sentence.completed = False
    running.sentence.probation.status = "active"
    client = Client(name="Rosa Testprob", person=Person(dob=date(1990, 4, 2), us_citizen=True),
                    cases=[running, _probation("22CR05678", theft, "summary", date(2024, 6, 1))])
    assert AS_OF < date(2027, 9, 15)
    theft_sheet = worksheet_of(client, tmp_path).split("Case 22CR05678 ", 1)[1]
    assert ("PC 484: blocked until 2027-09-16: The person is on probation in case 24CR01234 through 2027-09-15. What to "
            "do: Ask the court to end probation early (PC 1203.3) in case 24CR01234; relief can follow once it ends. "
            "(PC 1203.4(a)(1))") in theft_sheet, theft_sheet
