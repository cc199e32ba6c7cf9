"""R128-03: X127-03 printed, under a case with nothing to file, each relief the screening calls
not eligible whose steps name what is left.  A relief that is only not yet open was said as if
closed: a 2012 felony PC 29800(a)(1) (a felon with a gun; probation completed) of a client on probation in a 2025 case read
"Dismissal ... blocked until 2028-11-25 by the probation in case 25CR00777" and under it
"Certificate of rehabilitation (PC 4852.01), PC 29800(a)(1): not eligible: ... Ask for the PC 1203.4
dismissal first", the dismissal the line above says must wait.  Only relief closed for a count
none of whose relief waits is said so."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.model import Client, Conviction, Person
from tests.test_worksheet_closed_by_law_x127 import _probation, worksheet_of

pytestmark = pytest.mark.pdf


def test_r128_03_a_case_waiting_on_probation_is_not_said_closed(tmp_path):
    firearm = Conviction(id="A1", section="29800(a)(1)", level="felony", conviction_date=date(2012, 3, 5))
    newer = Conviction(id="B1", section="273.5(a)", level="felony", conviction_date=date(2025, 11, 25))
    waiting = _probation("25CR00777", newer, "formal", date(2028, 11, 24))
    waiting.sentence.completed = False
    waiting.sentence.probation.status = "active"
    client = Client(name="Prueba Espera", person=Person(dob=date(1980, 5, 1), us_citizen=True),
                    cases=[_probation("BA200222", firearm, "formal", date(2015, 3, 5)), waiting])
    old = worksheet_of(client, tmp_path).split("Case BA200222 ", 1)[1].split("Case 25CR00777 ", 1)[0]
    assert "Nothing to file for this case now." in old
    assert "blocked until" in old  # the wait, said once, as before
    assert "Certificate of rehabilitation" not in old, old
    assert "not eligible" not in old
