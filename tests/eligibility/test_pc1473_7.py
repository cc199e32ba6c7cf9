"""PC 1473.7: a referral for every conviction of a person who is not a citizen (or whose
citizenship is unknown), unless still in criminal custody."""

from __future__ import annotations

import pytest

from clinic_app.model import Person

from engine_builders import D, probation_case, row, run


def drug_plea(**kw):
    """Public case S50: HS 11351, formal probation 2015-2018 completed."""
    kw.setdefault("start", "2015-04-06")
    kw.setdefault("end", "2018-04-06")
    return probation_case("11351", code="HS", level="felony", kind="formal", **kw)


def vacate(*cases, citizen=False, as_of="2026-11-15"):
    return row(run(*cases, person=Person(us_citizen=citizen), as_of=as_of), "pc1473_7")


def test_noncitizen_out_of_custody_is_referred():
    d = vacate(drug_plea())
    assert (d.status, d.mode) == ("eligible", "discretionary")
    assert "immigration attorney" in d.next_steps[0]
    assert any("Pickering" in r.cite for r in d.reasons)


def test_citizen_not_applicable():
    assert vacate(drug_plea(), citizen=True).status == "not_applicable"


def test_unknown_citizenship_needs_review():
    d = vacate(drug_plea(), citizen=None)
    assert (d.status, d.missing_facts) == ("needs_review", ["person.us_citizen"])


def test_still_on_probation_is_blocked_until_it_ends():
    d = vacate(drug_plea(start="2025-01-15", end="2027-01-15", status="active"))
    assert (d.status, d.date) == ("blocked", D("2027-01-16"))


@pytest.mark.parametrize("as_of, expected", [("2016-12-31", "not_eligible"), ("2017-01-01", "eligible")])
def test_effective_2017_01_01(as_of, expected):
    assert vacate(drug_plea(start="2012-04-06", end="2015-04-06"), as_of=as_of).status == expected


@pytest.mark.parametrize("as_of, expected", [("2027-01-15", "blocked"), ("2027-01-16", "eligible"), ("2027-01-17", "eligible")])
def test_custody_ends_day_before_day_and_after(as_of, expected):
    assert vacate(drug_plea(start="2025-01-15", end="2027-01-15", status=None), as_of=as_of).status == expected


def test_custody_unknown_needs_review_naming_the_fact():
    """Review request V73d: released onto parole in 2015, no end date recorded: whether the
    person is still in custody decides between this motion and habeas."""
    from engine_builders import custody_case

    d = vacate(custody_case("11378", judgment="2013-01-01", release="2015-01-01", supervision_end=None))
    assert (d.status, d.missing_facts) == ("needs_review", ["cases[A].sentence.custody.supervision_end"])
    assert any("immigration attorney" in s.lower() for s in d.next_steps)


def test_custody_then_parole_is_blocked_until_parole_ends():
    """Found by rescreening demo clients on each recheck date: 'recheck on' the release day,
    and on that day blocked again until parole ends."""
    from engine_builders import custody_case

    held = custody_case("11378", judgment="2024-01-10", release="2027-02-03", supervision="parole", supervision_end="2028-02-21")
    d = vacate(held)
    assert (d.status, d.date) == ("blocked", D("2028-02-22"))
    assert "custody, then parole" in " ".join(r.text for r in d.reasons)


def test_probation_marked_active_past_its_end_is_asked_not_blocked():
    d = vacate(probation_case(start="2023-01-10", end="2025-01-10", status="active"))
    assert (d.status, d.missing_facts) == ("needs_review", [])  # given, checked (S27B-01)
    assert any(step.startswith("Check the record, then screen again: The record marks probation active, but its end date 2025-01-10 has passed") for step in d.next_steps)


@pytest.mark.parametrize("as_of, status, expected", [("2027-06-01", "active", "needs_review"), ("2027-06-02", "active", "needs_review"), ("2027-06-03", "completed", "eligible")])
def test_s25_06_probation_in_another_case_is_criminal_custody_too(as_of, status, expected):
    """S25-06: "a person no longer in criminal custody" (ca-rules.md 3.15) was read of this
    case's sentence only: a client on probation in another case through 2027-06-02 was told
    the motion "may be made" now.  That probation is said; S28-04: whether it stops the motion
    is an open question (the rules say nothing of custody on another conviction), so an
    attorney decides it, where it had been "blocked" until that probation ended."""
    other = probation_case("484(a)/488", id="B", start="2025-06-02", end="2027-06-02", status=status)
    d = vacate(drug_plea(), other, as_of=as_of)
    assert d.status == expected
    if expected == "needs_review":
        assert (d.date, d.confidence) == (None, "L")
        assert d.reasons[0].text == "The person is on probation in case B (PC 484(a)/488, convicted 2025-06-02, Los Angeles County) through 2027-06-02."
        assert d.reasons[1].text.startswith("Whether custody on another conviction stops a motion on this one is an open question an attorney decides")
        assert "immigration attorney" in d.next_steps[0]


def test_s25_06_parole_the_person_reports_is_criminal_custody():
    d = row(run(drug_plea(), person=Person(us_citizen=False, on_supervision="parole")), "pc1473_7")
    assert d.status == "needs_review"  # S28-04: an open question, not a block
    assert any("on parole" in r.text for r in d.reasons)


def test_s25_06_a_pending_charge_alone_is_not_custody():
    d = row(run(drug_plea(), person=Person(us_citizen=False, pending_charges=True)), "pc1473_7")
    assert d.status == "eligible"


def test_f26b_02_a_sentence_not_known_to_be_over_is_asked_as_the_other_results_ask_it():
    """F26B-02: one case's steps asked one fact two ways: "Find out whether the sentence,
    including any supervision, is over, then screen again" (1473.7) and "Has every part of the
    sentence (jail, fines, other terms) been completed?" (1203.425).  Both ask the question."""
    from engine_builders import no_probation_case

    case = no_probation_case("23103", code="VC", level="infraction", judgment="2012-01-01")
    case.sentence.completed = None
    s = run(case, person=Person(us_citizen=False), as_of="2026-11-15")
    d, automatic = row(s, "pc1473_7"), row(s, "pc1203_425")
    assert d.missing_facts == ["cases[A].sentence.completed"]
    step = "Find out, then screen again: Has every part of the sentence (jail, fines, other terms) been completed? Where to look: the court docket, and ask the client."
    assert d.next_steps[-1] == step
    assert step in automatic.next_steps
