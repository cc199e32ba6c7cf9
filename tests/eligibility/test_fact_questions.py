"""Missing facts as questions: each engine path has a plain question, said once in the text report."""

from __future__ import annotations

import re
from datetime import date

from clinic_app.demo import DEMO_AS_OF, generate_clients
from clinic_app.eligibility import screen
from clinic_app.eligibility.fact_questions import question, where_to_look
from clinic_app.eligibility.result import places_to_look
from clinic_app.eligibility.text_report import render_text
from clinic_app.model import Case, Person
from clinic_app.screening_format import read_request
from tests.public_cases import public_cases

from engine_builders import conviction, probation_case, row, run

CASES = public_cases()


def flat(text: str) -> str:
    return " ".join(text.split())


def test_a_path_becomes_its_question():
    assert question("person.dob") == "What is the person's date of birth?"
    assert question("sentence.probation.end") == "On what date does (or did) probation end?"


def test_a_fact_of_another_case_or_of_a_conviction_says_whose():
    assert question("cases[C2].sentence.completed") == "Case C2: Has every part of the sentence (jail, fines, other terms) been completed?"
    assert question("convictions[A1].value_dollars") == "Conviction A1: What was the value of the property (in dollars)?"
    assert question("cases[B].convictions[B1].offense_date") == "Case B, conviction B1: On what date was the offense committed?"


def test_an_unknown_path_is_shown_as_it_is():
    assert question("person.favourite_colour") == "person.favourite_colour"
    assert question("cases[C2].nonsense") == "cases[C2].nonsense"


def _missing_paths():
    """Every missing-fact path the engine gives on the public cases and 3,000 demo clients."""
    paths = set()
    for case in CASES:
        req = read_request(case["request"])
        for d in screen(req.person, req.cases, req.as_of).results:
            paths.update(d.missing_facts)
    for client in generate_clients(3000, seed=11):
        for d in screen(client.person, client.cases, DEMO_AS_OF).results:
            paths.update(d.missing_facts)
    # Arrests the record says little of (oracle check O19-06: "cases[A].arrest_date" reached
    # the reader as the path): no level, then a level and no date.
    person = Person(dob=date(1980, 1, 1))
    for facts in ({}, {"arrest_level": "misdemeanor"}, {"arrest_level": "felony"}):
        arrest = Case(id="A", outcome="dismissed", disposition_date=date(2018, 1, 1), **facts)
        for d in screen(person, [arrest], date(2026, 11, 1)).results:
            paths.update(d.missing_facts)
    return paths


def test_every_missing_fact_the_engine_names_has_a_question():
    paths = _missing_paths()
    assert len({re.sub(r"\[[^\]]*\]", "[]", p) for p in paths}) >= 8  # the sample reaches many kinds
    unasked = sorted(p for p in paths if question(p) == p)
    assert unasked == []
    # ... and a place to look for the answer (readability finding R17-13).
    assert sorted(p for p in paths if where_to_look(p) is None) == []


def test_the_step_for_a_missing_fact_says_where_to_look():
    assert where_to_look("cases[A].sentence.custody.supervision_end").startswith("CDCR for parole, the probation department")
    assert where_to_look("person.dob") == "ask the client"
    assert where_to_look("sentence.judgment_date") == "the sentencing minute order or the court docket"
    assert where_to_look("no.such.field") is None
    # The engine's default step for a review with missing facts names the source.
    case = probation_case(start="2019-01-10", end=None, status=None)
    d = row(run(case), "pc1203_4")
    assert d.status == "needs_review"
    assert d.next_steps[0].startswith("Find out, then screen again: ") and "Where to look: the court docket or the probation department." in d.next_steps[0]


def test_the_report_asks_each_missing_fact_once_naming_every_result_it_settles():
    # No date of birth: PC 1203.45 needs it for both counts of the case.
    a = probation_case(id="A", start="2015-03-02", end="2018-03-02")
    a.convictions.append(conviction("242", convicted="2015-03-02", id="A2"))
    person = Person(dob=None)
    s = run(a, person=person)
    assert sum("person.dob" in d.missing_facts for d in s.results) == 2
    text = render_text(s, person, [a])
    assert text.count("What is the person's date of birth?") == 1
    section = flat(text.split("CASE A")[0])
    assert "Facts to find out" in section
    assert "For: PC 1203.45 seal (under 18) (A1 and A2)." in section
    # The request path is the JSON's, not the reader's (readability finding R17-14).
    assert "[person.dob]" not in text and "person.dob" not in section


def test_no_date_of_birth_is_asked_where_another_case_rules_out_sealing_anyway():
    # ca-rules.md 3.13: more than one conviction bars PC 1203.45, whatever the age.
    a = probation_case(id="A", start="2015-03-02", end="2018-03-02")
    b = probation_case("242", id="B", start="2016-01-05", end="2017-01-05")
    s = run(a, b, person=Person(dob=None))
    for case, conv in (("A", "A1"), ("B", "B1")):
        d = row(s, "pc1203_45", case=case, conv=conv)
        assert d.status == "not_eligible" and "person.dob" not in d.missing_facts
        assert "generally for a single conviction" in d.reasons[0].text


def test_no_section_when_nothing_is_missing():
    person = Person(dob=date(1980, 1, 1))
    a = probation_case()
    s = run(a, person=person)
    assert not any(d.missing_facts for d in s.results)
    assert "Facts to find out" not in render_text(s, person, [a])


def test_a_question_names_the_case_and_count_as_the_reader_knows_them():
    path = "cases[c2].convictions[c2-1].offense_date"
    assert question(path) == "Case c2, conviction c2-1: On what date was the offense committed?"
    assert question(path, {"c2": "5CJ07777"}, {"c2-1": "VC 12500(a)"}) == "Case 5CJ07777, conviction VC 12500(a): On what date was the offense committed?"
    assert question("person.dob", {"c2": "5CJ07777"}) == "What is the person's date of birth?"


def test_o24_02_the_registration_question_is_asked_of_the_screening_date_not_today():
    """O24-02: the PC 290 question said "today" of a screening of any day (the engine has no
    clock; O23-20 and O23C-01 worded the rest relative to the screening date)."""
    rec = probation_case("243.4(a)", start="2022-03-02", end="2023-03-02")
    s = run(rec, as_of="2026-11-30")
    assert row(s, "pc1203_425").missing_facts == ["person.registrant_290"]
    text = flat(render_text(s, Person(), [rec]))
    assert "Is the person required to register as a sex offender (PC 290) on the screening date?" in text
    assert "today" not in text


def test_a_place_to_look_is_named_once_across_the_facts_of_one_step():
    """F26-01: the amount and the offense date of a marijuana count sent the paralegal to
    "the police report or the plea form; the complaint or the police report"."""
    # Both missing (S27-01: an amount the record gives is checked in a step of its own).
    case = probation_case("11357(c)", code="HS", start="2015-02-01", end="2017-02-01")
    d = row(run(case, as_of="2026-12-01", person=Person(dob=date(1990, 4, 2))), "prop64")
    assert {"convictions[A1].cannabis_grams", "convictions[A1].offense_date"} <= set(d.missing_facts)
    step = d.next_steps[0]
    assert "Where to look: " in step and step.count("the police report") == 1
    assert "the police report or the plea form; the complaint" in step
    # A source listed with commas stays whole: its "or" is not always between places.
    assert places_to_look(["CDCR for parole, the probation department for PRCS or mandatory supervision, or the RAP sheet", "the RAP sheet or the arrest report"]) == [
        "CDCR for parole, the probation department for PRCS or mandatory supervision, or the RAP sheet", "the RAP sheet or the arrest report"]
    assert places_to_look(["the court docket", "the court docket or the probation department"]) == ["the court docket", "the probation department"]
