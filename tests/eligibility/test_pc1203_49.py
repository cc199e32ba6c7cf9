"""PC 1203.49: a trafficking victim's 647(b) conviction after completed probation."""

from __future__ import annotations

from datetime import timedelta

import pytest

from clinic_app.model import Person

from engine_builders import D, no_probation_case, probation_case, row, run

SURVIVOR = Person(trafficking_survivor=True)
ONE = timedelta(days=1)


def relief(*cases, person=SURVIVOR, as_of="2026-11-15"):
    return row(run(*cases, person=person, as_of=as_of), "pc1203_49")


def test_completed_probation_is_discretionary():
    d = relief(probation_case("647(b)", start="2016-03-01", end="2019-03-01"))
    assert (d.status, d.mode) == ("eligible", "discretionary")
    assert any("CR-180" in s for s in d.next_steps)


@pytest.mark.parametrize("as_of, expected", [("2027-03-01", "eligible_on"), ("2027-03-02", "eligible"), ("2027-03-03", "eligible")])
def test_probation_end_day_before_day_and_after(as_of, expected):
    case = probation_case("647(b)", start="2026-03-01", end="2027-03-01", status=None)
    d = relief(case, as_of=as_of)
    assert d.status == expected
    if expected == "eligible_on":
        assert d.date == D("2027-03-02")


def test_o24_11_running_probation_names_the_day_it_ends_as_1203_4_does():
    """O24-11: "Probation ends on the record's dates, so the petition can be filed from
    2027-03-02" named neither the end date nor where the day came from; 1203.4 names both."""
    case = probation_case("647(b)", start="2026-03-01", end="2027-03-01", status=None)
    s = run(case, person=SURVIVOR, as_of="2026-11-15")
    said = [r.text for r in row(s, "pc1203_49").reasons]
    assert "Probation is still running and ends on 2027-03-01; the petition can be filed from the next day, 2027-03-02." in said
    assert "Probation is still running and ends on 2027-03-01; relief is available from the next day, 2027-03-02." in [r.text for r in row(s, "pc1203_4").reasons]


def test_the_reason_says_what_the_record_holds():
    """A survivor flag on the person is not a finding about this conviction: the attorney
    confirms the link; a conviction marked trafficking-related says so."""
    flagged_person = relief(probation_case("647(b)", start="2016-03-01", end="2019-03-01")).reasons[0].text
    case = probation_case("647(b)", start="2016-03-01", end="2019-03-01")
    case.convictions[0].trafficking_related = True
    marked = relief(case, person=Person()).reasons[0].text
    assert "attorney to confirm" in flagged_person and "reports it resulted" not in flagged_person
    assert "record marks it" in marked


def test_other_sections_and_non_survivors_not_applicable():
    assert relief(probation_case("484(a)/488")).status == "not_applicable"
    assert relief(probation_case("647(b)"), person=Person()).status == "not_applicable"


def test_without_probation_an_attorney_decides():
    d = relief(no_probation_case("647(b)", judgment="2018-01-01"))
    assert (d.status, d.confidence) == ("needs_review", "L")


@pytest.mark.parametrize("written", ["647(f)/(b)", "647(b)/(f)", "647(f)/647(b)", "647(b)/647(f)"])
def test_o24b_03_a_pair_of_647_subdivisions_asks_which_one_whatever_the_order(written):
    """O24B-03: PC 647(b) and 647(f) screen alike in the catalog, so a pair was read as one of
    them by the order typed: "647(b)/(f)" got PC 1203.49, "647(f)/(b)" was not applicable."""
    d = relief(probation_case(written, start="2016-03-01", end="2019-03-01"))
    assert d.status == "needs_review"
    first, second = ("PC 647(f)", "PC 647(b)") if written.startswith("647(f)") else ("PC 647(b)", "PC 647(f)")
    assert f"names two offenses ({first} and {second}), and nothing in the record says which one the conviction is for" in d.reasons[0].text
    assert d.next_steps == [f"Check the abstract of judgment or the minute order: is the conviction for {first} or {second}? Record that one section and screen again."]
    assert d.missing_facts == ["convictions[A1].section"]


def test_o24b_03_a_pair_within_647_b_or_outside_it_is_answered():
    assert relief(probation_case("647(b)/647", start="2016-03-01", end="2019-03-01")).status == "eligible"  # the section adds nothing
    assert relief(probation_case("647(f)/(a)", start="2016-03-01", end="2019-03-01")).status == "not_applicable"


def test_o24b_03_facts_to_find_out_asks_which_subdivision():
    from clinic_app.eligibility.text_report import render_text

    case = probation_case("647(f)/(b)", start="2016-03-01", end="2019-03-01")
    text = " ".join(render_text(run(case, person=SURVIVOR), SURVIVOR, [case]).split())
    assert "Conviction A1: Is the conviction for PC 647(f) or PC 647(b)? (PC 647(f)/(b) names two offenses;" in text


@pytest.mark.parametrize("served", [None, True, False])
def test_f26_04_revoked_probation_is_asked_as_the_attorney_question_it_is(served):
    """F26-04: after a revocation the reason said "the record does not show whether it
    ended", though the record shows how it ended; with the later sentence marked served it
    read the revoked probation as completed (eligible).  Whether a revoked probation is
    "completed" is the attorney's question (ca-rules.md 3.16): said plainly, needs_review."""
    case = probation_case("647(b)", start="2016-03-01", end="2019-03-01", status="revoked")
    case.sentence.completed = served
    d = relief(case)
    assert (d.status, d.confidence) == ("needs_review", "L")
    said = [r.text for r in d.reasons]
    assert "Probation was revoked and not reinstated. PC 1203.49 is for a person who has completed probation; whether a revoked probation counts is an open question an attorney decides." in said
    assert not any("does not show whether it ended" in t for t in said)
    assert d.next_steps[-1] == "An attorney decides whether the revoked probation counts as completed for PC 1203.49 before anything is filed."
    assert d.missing_facts == (["cases[A].sentence.completed"] if served is None else [])
