"""H113-03: a RAP sheet's two dismissed San Bernardino cases typed in read "FSB1500777 · dismissed"
and "MSB2000123 · dismissed" in the Record tab's list of cases, where a convicted case beside
them reads "BA330001 · convicted · PC 459": the paralegal matching the list against the paper
had only the court numbers to go by, and an arrest's offense typed on the case form showed
nowhere but in it.  A numbered case without a conviction is listed with what the arrest was for,
as a convicted one with its counts ("FSB1500777 · dismissed · PC 273.5"); one with nothing
recorded of it reads as before ("BA100001 · no charges filed", F83-03)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from clinic_app.model import ArrestOffense, Case, Client, Conviction, Person
from tests.gui.conftest import add_row_by_keyboard, open_on_record, show_active

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _listed(record) -> list[str]:
    return [record.cases.item(i).text() for i in range(record.cases.count())]


def test_h113_03_a_numbered_dismissal_is_listed_with_what_the_arrest_was_for(qtbot, window, repo):
    client = Client(name="Dana Okafor", person=Person(dob=date(1988, 3, 14)), cases=[
        Case(id="c1", case_number="BA330001", disposition_date=date(2008, 5, 2),
             convictions=[Conviction(id="c1-1", section="459", level="felony", conviction_date=date(2008, 5, 2))]),
        Case(id="c2", outcome="dismissed", case_number="FSB1500777", county="San Bernardino", arrest_date=date(2015, 2, 2),
             arrest_offenses=[ArrestOffense(section="273.5")]),
        Case(id="c3", outcome="dismissed", case_number="MSB2000123", county="San Bernardino", arrest_date=date(2020, 1, 15))])
    _client_id, form = open_on_record(window, repo, client)
    show_active(qtbot, window)
    record = window.client_view.record
    assert _listed(record) == ["BA330001 · convicted · PC 459", "FSB1500777 · dismissed · PC 273.5",  # was "· dismissed"
                               "MSB2000123 · dismissed"]
    # What the arrest was for, typed on the case form, shows in the list once saved.
    record.cases.setCurrentRow(2)
    row = add_row_by_keyboard(qtbot, form.arrest_offenses)
    qtbot.keyClicks(row.section, "647(f)")
    qtbot.keyClick(row.section, Qt.Key.Key_Tab)
    assert _listed(record)[2] == "MSB2000123 · dismissed · PC 647(f)"
    assert record.cases.item(2).toolTip() == "MSB2000123 · dismissed · PC 647(f)"
