"""T61: the engine read against ca-rules.md, remedy by remedy (legal review).

Each test quotes the rule it holds the engine to, and failed on the code before its fix."""

from __future__ import annotations

from clinic_app.model import ReliefGranted

from engine_builders import D, no_probation_case, row, run


# ---- T61-01: PC 17(b)(1) after a judgment with no probation and no custody ----


def test_t61_01_a_felony_wobbler_judged_without_probation_or_custody_is_not_offered_a_reduction():
    """ca-rules.md 3.7 [H]: a wobbler "becomes a misdemeanor 'for all purposes': (b)(1) after a
    judgment imposing punishment other than state prison or 1170(h) jail".  The reduction is
    the judgment's own effect, not a discretionary request: a record saying "felony" beside a
    judgment of no probation and no custody contradicts itself, and which fact is wrong decides
    every remedy.  It had answered eligible, discretionary, "Ask for the reduction on form
    CR-180", as if the court had something to decide."""
    d = row(run(no_probation_case("496(a)", level="felony", judgment="2020-02-10")), "pc17b")
    assert d.status == "needs_review"
    assert d.confidence == "M"
    assert d.missing_facts == []  # the record gives both facts; one of them is wrong
    said = " ".join(r.text for r in d.reasons)
    assert "misdemeanor for all purposes by itself" in said
    assert any(r.cite == "PC 17(b)(1)" for r in d.reasons)
    assert not any("CR-180" in s for s in d.next_steps)
    assert any("record the conviction as a misdemeanor" in s for s in d.next_steps)


def test_t61_01_probation_granted_with_imposition_suspended_is_still_the_courts_choice():
    """ca-rules.md 3.7: "(b)(3) when probation is granted without imposition of sentence, either
    at the grant or on application later": discretionary, unchanged by T61-01."""
    from engine_builders import probation_case

    case = probation_case("496(a)", level="felony", kind="formal", imposition_suspended=True, start="2016-03-02", end="2019-03-02")
    d = row(run(case), "pc17b")
    assert (d.status, d.mode) == ("eligible", "discretionary")


def test_t61_01_a_reduction_the_record_shows_granted_is_left_as_it_was():
    case = no_probation_case("496(a)", level="felony", judgment="2020-02-10")
    case.convictions[0].relief_granted = [ReliefGranted("pc17b", D("2020-06-01"))]
    assert row(run(case), "pc1203_4a").status == "eligible"
