"""H360-03: a phone intake kept what the client knew only by its year ("around 2012", "probation
three years", "another arrest, around 2015") in the client's notes, the days left blank.  On the
next call the paralegal opened her record: the case's Convicted:, Probation end and Arrest date
boxes were blank, reading "YYYY-MM-DD, MM-DD-YYYY" as if nothing had been told, the years in
three lines of a small Notes box on the other pane.  A blank date whose year (or month and
year) the client told at intake now says it in its box, "told: 2012, no day", and a screen
reader hears it; a date with nothing told reads as before."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.checklist import checklist
from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence
from tests.gui.conftest import open_on_record, show_active
from ui.forms import DATE_PLACEHOLDER

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")

NOTES = ("Case 1 (no case number): conviction date 2012, the year alone (the day was not known at intake).\n"
         "Case 1 (no case number): probation end 2015, the year alone (the day was not known at intake).\n"
         "Case 2 (no case number): arrest date March 2015, the month and year alone (the day was not known at intake).")


def _marisol() -> Client:
    convicted = Case(id="c1", county="Los Angeles", convictions=[Conviction(id="c1-1", section="487", level=None)],
                     sentence=Sentence(type="probation", probation=Probation()))
    arrested = Case(id="c2", county="Los Angeles", outcome="no_charges_filed", convictions=[])
    return Client(name="Marisol Duda", person=Person(dob=date(1984, 5, 3)), notes=NOTES, cases=[convicted, arrested])


def test_h360_03_a_blank_date_says_the_year_the_client_told(qtbot, window, repo):
    show_active(qtbot, window)
    _client_id, form = open_on_record(window, repo, _marisol())
    (count,) = form.convictions.rows
    assert count.date.text() == "" and count.date.placeholderText() == "told: 2012, no day"
    assert form.probation_end.placeholderText() == "told: 2015, no day"
    assert "The client told 2015 at intake; the day is not known." in form.probation_end.accessibleDescription()
    # Nothing told of the case's arrest: as before.
    assert form.arrest_date.placeholderText() == DATE_PLACEHOLDER
    window.client_view.record.cases.setCurrentRow(1)
    assert form.case.id == "c2"
    assert form.arrest_date.placeholderText() == "told: March 2015, no day"
    assert form.probation_end.placeholderText() == DATE_PLACEHOLDER
    assert "told" not in form.probation_end.accessibleDescription()


def test_r362_02_a_year_counted_from_a_term_is_not_said_as_told(qtbot, window, repo):
    """R362-02: the end of probation intake counted from "PROB 3 YRS" and "around 2012" (R362-01)
    read "told: 2015, no day" and "The client told 2015 at intake", and the Checklist "(the
    client told the year alone: 2015)": she told three years, never 2015."""
    client = _marisol()
    client.notes = client.notes.replace(
        "probation end 2015, the year alone (the day was not known at intake).",
        "probation end 2015, the year alone (the day was not known at intake; counted from “PROB 3 YRS”, 3 years from "
        "a conviction in 2012: the client did not give this year).")
    show_active(qtbot, window)
    _client_id, form = open_on_record(window, repo, client)
    assert form.probation_end.placeholderText() == "counted: 2015, no day"
    described = form.probation_end.accessibleDescription()
    assert "Counted at intake from the term of probation the client told: 2015; the day is not known." in described
    assert "The client told 2015" not in described
    assert form.convictions.rows[0].date.placeholderText() == "told: 2012, no day"  # told, as before
    labels = [item.label for item in checklist(client, date(2026, 12, 7)) if item.kind == "probation"]
    assert labels == ["Probation: end date unknown (the client told a term of probation, counted to end in 2015)"]
