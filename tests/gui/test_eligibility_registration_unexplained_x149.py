"""X149-03: a client who believed they must register under PC 290 had "Registered under PC 290"
ticked at intake, their record a 2016 misdemeanor PC 415 (disturbing the peace) and nothing
registrable.  The Eligibility tab said "Automatic conviction relief by DOJ (PC 1203.425): Not
eligible", "The person is required to register under PC 290, which bars automatic relief", and the
handout "You must keep registering as before", with nothing in sight asking which case the
registration is for.  The tab now asks it above the results (the "Ask the client" note), with where
to untick the box, and the text report asks it too; a registrant whose record shows the offense
(PC 647.6), or one the catalog cannot read, is not asked."""

from __future__ import annotations

from datetime import date

import pytest
from clinic_app.eligibility import screen
from clinic_app.eligibility.text_report import render_text
from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence
from tests.gui.test_eligibility_pending_case_said_j119 import _eligibility_of  # opened as J119 opens it

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")

ASKED = ("The client is marked as required to register under PC 290, but no conviction in this record requires it. "
         "Which case do they register for? If it is not entered, enter it; if they do not have to register, "
         "the results that registration closes (automatic relief, Prop 47 and others) may open.")


def _registrant(section: str, *, registrant: bool = True) -> Client:
    return Client(name="Dana Testregistro", person=Person(dob=date(1990, 1, 5), registrant_290=registrant, us_citizen=True), cases=[
        Case(id="c1", case_number="6CA00991",
             convictions=[Conviction(id="c1-1", section=section, level="misdemeanor", conviction_date=date(2016, 9, 1))],
             sentence=Sentence(type="probation", judgment_date=date(2016, 9, 1), imposition_suspended=True, completed=True,
                               probation=Probation(kind="summary", start=date(2016, 9, 1), end=date(2017, 9, 1),
                                                   status="completed"))),
    ])


def test_x149_03_a_registrant_with_nothing_registrable_is_asked_above_the_results(qtbot, window, repo):
    panel = _eligibility_of(qtbot, window, repo, _registrant("415"))
    assert panel.ask_note.isVisible()
    said = panel.ask_note.text()
    assert said == (f"Ask the client: {ASKED} To correct it, untick \u201cRegistered under PC 290\u201d on the Record tab and save."), said
    assert panel.ask_note.mapTo(panel, panel.ask_note.rect().bottomLeft()).y() < panel.table.mapTo(panel, panel.table.rect().topLeft()).y()
    assert ASKED in panel.notes_said()


@pytest.mark.parametrize("client", [_registrant("647.6"), _registrant("99999"), _registrant("415", registrant=False)],
                         ids=["registrable offense", "section the catalog does not know", "does not register"])
def test_x149_03_no_question_where_the_record_may_explain_it(qtbot, window, repo, client):
    panel = _eligibility_of(qtbot, window, repo, client)
    assert "register under PC 290" not in panel.ask_note.text()


def test_x149_03_the_text_report_asks_it_too():
    client = _registrant("415")
    report = render_text(screen(client.person, client.cases, date(2026, 12, 6)), client.person, client.cases)
    assert " ".join(report.split()).count(ASKED) == 1
