"""H428-01: a client out of state prison since 2017, the parole after it not known at intake
(Sentence "State prison", Release day typed, "Supervision until" left blank).  The Eligibility
tab said PC 1203.41 needs "the parole or PRCS discharge date", but the Checklist showed only
"Released from custody 2017-06-15", ticked, "Nothing left to do", and the client's handout gave
no step to find that day.  The Checklist now asks the parole or PRCS end, the caseload's
outstanding names it, and the handout asks the client for it in both languages."""

from __future__ import annotations

from datetime import date

import pytest
from handout_clients import CLINIC, screened

from clinic_app.checklist import checklist_view, waiting_for
from clinic_app.handouts.compose import compose
from clinic_app.model import Case, Client, Conviction, Custody, Person, Sentence

TODAY = date(2026, 12, 7)


def _darnell(custody: Custody, kind: str = "state_prison") -> Client:
    when = date(2015, 3, 2)
    return Client(name="Darnell Testwood", person=Person(dob=date(1980, 3, 12)), cases=[Case(
        id="c1", case_number="BA410001", convictions=[Conviction(id="c1-1", section="11352(a)", code="HS",
                                                                 level="felony", conviction_date=when)],
        sentence=Sentence(type=kind, judgment_date=when, custody=custody))])


def test_h428_01_the_checklist_asks_the_parole_end_after_a_prison_release():
    items, outstanding, _dues = checklist_view(_darnell(Custody(release_date=date(2017, 6, 15))), TODAY)
    assert [(i.label, i.done) for i in items] == [("Released from custody 2017-06-15", True),
                                                  ("Parole or PRCS after release: end date unknown", False)]
    assert outstanding == ["parole or prcs end date"]
    assert waiting_for(outstanding[0]) == "custody or supervision"


@pytest.mark.parametrize("custody", [
    Custody(release_date=date(2017, 6, 15), supervision="none"),  # confirmed: none followed
    Custody(release_date=date(2017, 6, 15), supervision="parole", supervision_end=date(2019, 6, 15)),
    Custody(release_date=date(2027, 6, 15)),  # still in custody: its release is what is said
])
def test_h428_01_asked_only_where_nothing_of_it_is_recorded_and_the_client_is_out(custody):
    items, outstanding, _dues = checklist_view(_darnell(custody), TODAY)
    assert all("Parole or PRCS" not in i.label for i in items)
    assert "parole or prcs end date" not in outstanding


def test_h428_01_a_county_jail_term_has_no_parole_to_ask():
    items, outstanding, _dues = checklist_view(_darnell(Custody(release_date=date(2017, 6, 15)), "county_jail_1170h"), TODAY)
    assert [i.label for i in items] == ["Released from custody 2017-06-15"]
    assert outstanding == []


@pytest.mark.parametrize(("lang", "words"), [
    ("en", "Find out the day your parole (or other supervision after prison) ends, or the day it ended. Tell the clinic."),
    ("es", "Averigüe qué día termina su libertad bajo palabra (u otra supervisión después de salir de prisión), "
           "o qué día terminó. Avísele a la clínica."),
])
def test_h428_01_the_handout_asks_the_client_for_the_parole_end(lang, words):
    client = _darnell(Custody(release_date=date(2017, 6, 15)))
    tasks = [task.text for task in compose(client, screened(client), CLINIC, lang=lang).section("checklist").blocks]
    assert any(words in text for text in tasks), tasks
