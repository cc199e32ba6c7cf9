"""S215-04: a felony sentenced to county jail under PC 1170(h) as a straight term (no supervision
after it, "None (confirmed)"), its release day not recorded, had an empty Checklist and nothing
outstanding on the caseload line, while the screening asked "On what date was the person released
from custody?" for PC 1203.41, 1203.425 and the certificate.  The Checklist now says "Release from
custody: date unknown", the caseload's outstanding "release date", and the handout asks the
client for the day they got out: not "Finish your sentence", said to a man out for eleven years."""

from __future__ import annotations

from datetime import date

import pytest
from handout_clients import CLINIC, screened

from clinic_app.checklist import checklist_view, waiting_for
from clinic_app.handouts.compose import compose
from clinic_app.model import Case, Client, Conviction, Custody, Person, Sentence

TODAY = date(2026, 12, 7)


def _dario(custody: Custody, kind: str = "county_jail_1170h") -> Client:
    when = date(2014, 6, 10)
    return Client(name="Dario Fuentes", person=Person(dob=date(1990, 4, 2)), cases=[Case(
        id="c1", case_number="BA412345", convictions=[Conviction(id="c1-1", section="11352", code="HS", level="felony",
                                                                 conviction_date=when)],
        sentence=Sentence(type=kind, judgment_date=when, custody=custody))])


def test_s215_04_the_checklist_asks_the_release_day_of_a_straight_term():
    items, outstanding, _dues = checklist_view(_dario(Custody(supervision="none")), TODAY)
    assert [(i.label, i.done) for i in items] == [("Release from custody: date unknown", False)]
    assert outstanding == ["release date"]
    assert waiting_for("release date") == "custody or supervision"


def test_s215_04_a_supervision_recorded_after_it_stands_for_the_release():
    # Its end is what the waits count from, and the supervision line already asks it if unknown.
    items, outstanding, _dues = checklist_view(_dario(Custody(supervision="parole", supervision_end=date(2013, 2, 1)),
                                                      "state_prison"), TODAY)
    assert [i.label for i in items] == ["Parole ended 2013-02-01"]
    assert outstanding == []


@pytest.mark.parametrize(("lang", "words", "not_said"), [
    ("en", "Find out the day you got out of custody. Tell the clinic.", "Finish your sentence"),
    ("es", "Averigüe qué día salió de la cárcel o de la prisión. Avísele a la clínica.", "Termine de cumplir"),
])
def test_s215_04_the_handout_asks_the_day_they_got_out(lang, words, not_said):
    client = _dario(Custody(supervision="none"))
    tasks = [task.text for task in compose(client, screened(client), CLINIC, lang=lang).section("checklist").blocks]
    assert any(words in text for text in tasks), tasks
    assert not any(not_said in text for text in tasks), tasks


def test_s215_04_custody_a_request_gave_a_probation_case_asks_no_release_day():
    client = _dario(Custody(supervision="none"))
    client.cases[0].sentence.type = "probation"
    items, outstanding, _dues = checklist_view(client, TODAY)
    assert "release date" not in outstanding
    assert all(i.label != "Release from custody: date unknown" for i in items)


@pytest.mark.parametrize(("lang", "words", "not_said"), [
    ("en", "Finish your sentence. Tell the clinic when it is done.", "got out"),
    ("es", "Termine de cumplir su sentencia. Avísele a la clínica cuando termine.", "salió"),
])
def test_r223_03_a_term_recorded_not_completed_is_told_to_finish_not_asked_the_day_they_got_out(lang, words, not_said):
    # The Record tab's "Sentence completed: No", its release day blank: S215-04 asked the day the
    # client "got out", where the record says the term is still being served (the engine too
    # reads it in custody or not known, not released).
    client = _dario(Custody(supervision="none"))
    client.cases[0].sentence.completed = False
    items, outstanding, _dues = checklist_view(client, TODAY)
    assert [(i.label, i.done) for i in items] == [("Sentence not yet completed", False)]
    assert outstanding == ["sentence"]
    tasks = [task.text for task in compose(client, screened(client), CLINIC, lang=lang).section("checklist").blocks]
    assert any(words in text for text in tasks), tasks
    assert not any(not_said in text for text in tasks), tasks
