"""Prop 64 (HS 11361.8): marijuana offenses before 2016-11-09, age, grams and plants,
the felony kept for super-strike and registrant priors, routes, automatic review."""

from __future__ import annotations

import pytest

from clinic_app.model import Person

from engine_builders import D, custody_case, probation_case, row, run, status

ADULT = Person(dob=D("1982-02-01"))


def weed(section, *, level="felony", offense="2010-06-15", grams=None, plants=None, start="2010-10-05", end="2013-10-05", status="completed"):
    case = probation_case(section, code="HS", level=level, kind="formal", start=start, end=end, status=status)
    conv = case.convictions[0]
    conv.offense_date = D(offense) if offense else None
    conv.cannabis_grams = grams
    conv.cannabis_plants = plants
    return case


def test_possession_for_sale_by_an_adult_is_redesignated():
    d = row(run(weed("11359"), person=ADULT), "prop64")
    assert (d.status, d.mode) == ("eligible", "mandatory")
    assert any("11359(b)" in r.cite for r in d.reasons)
    assert any("CR-400" in s for s in d.next_steps)
    # CR-401 is the proof of service, filed after serving the prosecutor (audit finding)
    assert any("serve it on the prosecutor" in s and "proof of service (form CR-401)" in s for s in d.next_steps)
    assert any("11361.9" in r.cite for r in d.reasons)  # automatic review: check first


def test_the_doj_review_is_said_as_done_only_after_it_was_due():
    # Oracle check O19-04: screened for a day in 2018, the result said DOJ had already
    # reviewed the conviction under AB 1793 (in force 2019-01-01, its list due 2019-07-01).
    # Oracle check O20-05: before AB 1793 was in force the review is not said at all (the bill
    # was not yet law in 2018-06); between 2019-01-01 and 2019-07-01 it is said as to come.
    before = row(run(weed("11359"), person=ADULT, as_of="2018-12-31"), "prop64")
    early = row(run(weed("11359"), person=ADULT, as_of="2019-01-01"), "prop64")
    late = row(run(weed("11359"), person=ADULT, as_of="2019-07-01"), "prop64")
    assert before.status == early.status == late.status == "eligible"
    assert not any("11361.9" in r.cite or "AB 1793" in r.text for r in before.reasons)
    assert not any("may already have been granted" in r.text for r in early.reasons)
    assert any("due by 2019-07-01" in r.text and r.cite == "HS 11361.9" for r in early.reasons)
    assert not any("RAP sheet" in s for s in early.next_steps + before.next_steps)
    assert any("may already have been granted" in r.text for r in late.reasons)
    assert "automatic review" in late.next_steps[0]


@pytest.mark.parametrize("offense, expected", [("2016-11-08", "eligible"), ("2016-11-09", "not_applicable"), ("2016-11-10", "not_applicable")])
def test_only_conduct_before_2016_11_09(offense, expected):
    case = weed("11359", offense=offense, start="2017-03-01", end="2019-03-01")
    assert status(run(case, person=ADULT), "prop64")[0] == expected


def test_later_conviction_without_offense_date_needs_it():
    case = weed("11359", offense=None, start="2017-03-01", end="2019-03-01")
    d = row(run(case, person=ADULT), "prop64")
    assert d.status == "needs_review"
    assert d.missing_facts == ["convictions[A1].offense_date"]


def test_small_possession_by_an_adult_is_dismissed_and_sealed():
    d = row(run(weed("11357(b)", level="infraction", grams=10), person=ADULT), "prop64")
    assert d.status == "eligible"
    assert any("dismiss" in s for s in d.next_steps)


def test_large_misdemeanor_possession_by_an_adult_gains_nothing():
    assert status(run(weed("11357(c)", level="misdemeanor", grams=60), person=ADULT), "prop64")[0] == "not_eligible"


def test_infraction_possession_under_21_gains_nothing():
    young = Person(dob=D("1992-01-01"))  # 18 on the offense date
    assert status(run(weed("11357(b)", level="infraction", grams=10), person=young), "prop64")[0] == "not_eligible"


@pytest.mark.parametrize(
    "dob, expect_word",
    [("1989-06-16", "infraction"), ("1989-06-15", "lawful")],  # 21st birthday the day after / on the offense date
)
def test_six_plants_lawful_from_the_21st_birthday(dob, expect_word):
    d = row(run(weed("11358", plants=6), person=Person(dob=D(dob))), "prop64")
    assert d.status == "eligible"
    assert any(expect_word in r.text for r in d.reasons)


def test_more_than_six_plants_is_a_misdemeanor_now():
    d = row(run(weed("11358", plants=20), person=ADULT), "prop64")
    assert d.status == "eligible"
    assert any("11358(c)" in r.cite for r in d.reasons)


def super_strike_prior():
    return custody_case("664/187", id="P", code="PC", judgment="2001-03-01", release="2008-05-01", supervision_end="2011-05-01")


def test_super_strike_prior_keeps_the_felony():
    d = row(run(super_strike_prior(), weed("11360(a)"), person=ADULT), "prop64")
    assert d.status == "not_eligible"
    assert any("11360(a)(3)(A)" in r.cite for r in d.reasons)
    # The bar is said, not the rule it is an exception to (readability finding R15-09: the
    # row said "the felony can be redesignated" above "no Prop 64 redesignation").
    assert not any("can be redesignated" in r.text for r in d.reasons)
    assert "super-strike" in d.reasons[1].text
    assert "28.5 g or less, given away or transported without pay" in d.reasons[-1].text
    assert any(s.startswith("Ask the client whether it was 28.5 g or less") for s in d.next_steps)


def test_registrant_keeps_the_felony_where_the_duty_stood_at_the_offense():
    registrant = Person(dob=D("1982-02-01"), registrant_290=True)
    earlier = probation_case("314(1)", id="R", start="2005-01-10", end="2007-01-10")  # registrable, before 2010
    assert status(run(earlier, weed("11359"), person=registrant), "prop64", case="A", conv="A1")[0] == "not_eligible"
    # Registered today, no registrable conviction before the offense in the record: asked.
    d = row(run(weed("11359"), person=registrant), "prop64")
    assert d.status == "needs_review" and any("at the time of this offense" in r.text for r in d.reasons)


def test_a_conviction_after_the_offense_is_no_prior_for_prop_64():
    """Review finding: a 2020 attempted murder kept a 2010 possession-for-sale a felony; the
    law asks what the offense would have been "at the time of the offense" (11361.8(a))."""
    later = custody_case("664/187", id="P", code="PC", judgment="2020-03-01", release="2024-05-01", supervision_end="2025-05-01")
    assert status(run(later, weed("11359"), person=ADULT), "prop64")[0] == "eligible"


def test_conduct_now_lawful_is_dismissed_even_with_a_super_strike_prior():
    assert status(run(super_strike_prior(), weed("11358", plants=4), person=ADULT), "prop64")[0] == "eligible"


def test_still_serving_is_a_petition_to_recall():
    case = weed("11359", start="2015-01-01", end="2027-01-01", status="active", offense="2014-06-01")
    d = row(run(case, person=ADULT), "prop64")
    assert d.status == "eligible"
    assert any("(a)-(b)" in r.cite for r in d.reasons)


def test_unknown_age_and_amount_still_eligible_with_both_routes_said():
    d = row(run(weed("11357(a)", level="felony")), "prop64")
    assert d.status == "eligible"


def test_former_11357_b_without_an_age_is_relief_either_way():
    """Oracle finding: former 11357(b) fixes the amount (28.5 g or less), so relief is open
    at any age (dismissal at 21 or older, redesignation under 21); it had asked for the
    amount and the age and answered review."""
    d = row(run(weed("11357(b)", level="misdemeanor")), "prop64")
    assert (d.status, d.mode, d.missing_facts) == ("eligible", "mandatory", [])
    assert "Possessing 28.5 g or less is now lawful for a person 21 or older (dismissal and sealing) and an infraction under 21 (redesignation)" in d.reasons[1].text
    # With the age the route is one, and the amount is said as the section fixes it.
    adult = row(run(weed("11357(b)", level="misdemeanor"), person=ADULT), "prop64")
    assert adult.reasons[1].text.startswith("Possessing 28.5 g or less is now lawful for a person 21 or older, so")


def test_a_sentence_that_may_still_be_running_names_both_routes():
    """Oracle finding: parole with no recorded end gave only the completed-sentence
    application, where Prop 47 says both routes."""
    case = custody_case("11359", id="A", code="HS", judgment="2016-06-01", release="2018-01-01", supervision="parole", supervision_end=None)
    case.convictions[0].offense_date = D("2016-01-01")
    d = row(run(case, person=ADULT, as_of="2026-11-15"), "prop64")
    assert (d.status, d.confidence) == ("eligible", "M")
    assert any(r.text.startswith("The record does not show whether the sentence is completed") for r in d.reasons)
    assert not any(r.text.startswith("For a completed sentence") for r in d.reasons)
    assert any("a petition for recall and resentencing if not" in s for s in d.next_steps)


def test_other_offenses_are_not_applicable():
    assert status(run(probation_case("11350(a)", code="HS", level="felony")), "prop64")[0] == "not_applicable"
    assert status(run(probation_case("459/460(b)", level="felony")), "prop64")[0] == "not_applicable"


def test_felony_with_unknown_amount_names_both_routes():
    d = row(run(weed("11360(a)"), person=ADULT), "prop64")
    assert d.status == "eligible"
    assert any("dismiss and seal" in s and "redesignate" in s for s in d.next_steps)
    d = row(run(weed("11360(a)", grams=100), person=ADULT), "prop64")
    assert not any("dismiss and seal" in s for s in d.next_steps)


def test_cultivation_with_a_super_strike_prior_and_no_plant_count_asks_for_it():
    """6 plants or fewer is lawful outright for an adult whatever the priors (HS 11362.1(a)(3)),
    so the missing count decides: needs_review naming it, not a firm no."""
    d = row(run(super_strike_prior(), weed("11358"), person=ADULT), "prop64")
    assert (d.status, d.missing_facts) == ("needs_review", ["convictions[A1].cannabis_plants"])
    counted = row(run(super_strike_prior(), weed("11358", plants=20), person=ADULT), "prop64")
    assert counted.status == "not_eligible"


def test_adult_misdemeanor_possession_with_no_amount_asks_for_it():
    """Up to 28.5 g it is now lawful (dismissal); above, still a misdemeanor (nothing): the
    amount decides, so it is asked for."""
    d = row(run(weed("11357(c)", level="misdemeanor"), person=ADULT), "prop64")
    assert (d.status, d.missing_facts) == ("needs_review", ["convictions[A1].cannabis_grams"])
    assert row(run(weed("11357(c)", level="misdemeanor", grams=20), person=ADULT), "prop64").status == "eligible"
    assert row(run(weed("11357(c)", level="misdemeanor", grams=40), person=ADULT), "prop64").status == "not_eligible"


def test_an_amount_that_contradicts_former_11357_b_is_asked_about():
    d = row(run(weed("11357(b)", level="misdemeanor", grams=29), person=ADULT), "prop64")
    assert d.status == "needs_review" and "check the amount" in d.reasons[-1].text
    assert row(run(weed("11357(b)", level="misdemeanor", grams=20), person=ADULT), "prop64").status == "eligible"


@pytest.mark.parametrize("grams", [None, 50])
def test_o24b_03_a_pair_of_11357_subdivisions_asks_which_one_whatever_the_order(grams):
    """O24B-03: HS 11357(b) and (c) screen alike in the catalog, so "11357(b)/(c)" was read as
    (b) and "11357(c)/(b)" as (c); with 50 grams one was a question and the other not eligible."""
    answers = set()
    for written in ("11357(b)/(c)", "11357(c)/(b)"):
        d = row(run(weed(written, level="misdemeanor", grams=grams)), "prop64")
        assert d.status == "needs_review"
        assert f"HS {written} names two offenses (" in d.reasons[0].text
        assert "is the conviction for HS 11357(" in d.next_steps[0]
        answers.add(d.status)
    assert answers == {"needs_review"}


def test_s25_14_a_pair_of_11357_subdivisions_both_eligible_is_answered_whatever_the_order():
    """S25-14: with 10 grams HS 11357(b) and (c) give the same answer, so the pair is answered,
    the same whichever way round it is typed (O24B-03), saying it names two offenses."""
    for written in ("11357(b)/(c)", "11357(c)/(b)"):
        d = row(run(weed(written, level="misdemeanor", grams=10)), "prop64")
        assert (d.status, d.mode) == ("eligible", "mandatory") and not d.missing_facts
        assert d.reasons[0].text.startswith(f"HS {written} names two offenses (")
        assert "the answer here is the same whichever it is" in d.reasons[0].text


def test_an_amount_the_record_gives_is_checked_in_a_step_not_named_missing():
    """F26-06, S27-01: with the record giving 50 g under former 11357(b) (28.5 g or less), the
    amount was named among the missing facts (asked, after F26-06, as a check of it); the
    record gives it, so a step checks it and nothing is missing."""
    d = row(run(weed("11357(b)", level="misdemeanor", grams=50), person=ADULT), "prop64")
    assert d.status == "needs_review" and d.missing_facts == []
    assert d.next_steps == ["Check the record, then screen again: Conviction A1: The record gives 50 g of cannabis: is that the right amount (in grams)? Where to look: the police report or the plea form."]
    # With no amount in the record, it is still asked for, as a missing fact.
    d = row(run(weed("11357(c)", level="misdemeanor"), person=ADULT), "prop64")
    assert d.missing_facts == ["convictions[A1].cannabis_grams"]
    assert "How much cannabis was involved (in grams)?" in d.next_steps[0]


def test_a_plant_count_the_record_gives_is_not_missing_where_only_the_age_decides():
    """S27-01: HS 11358 with 4 plants, a super-strike prior and no date of birth named the plant
    count among the missing facts (and asked to check it), though only the age decides
    whether growing them is lawful outright; the reason said "the record does not show that"."""
    d = row(run(super_strike_prior(), weed("11358", plants=4)), "prop64")
    assert d.status == "needs_review"
    assert d.missing_facts == ["person.dob"]
    assert d.next_steps == ["Ask the client, then screen again: What is the person's date of birth?"]
    assert "Growing 4 plants (not more than 6) is lawful outright for a person 21 or older" in d.reasons[-1].text
    assert d.reasons[-1].text.endswith("the record does not give the age.")
    # With no count either, both are missing.
    d = row(run(super_strike_prior(), weed("11358")), "prop64")
    assert d.missing_facts == ["convictions[A1].cannabis_plants", "person.dob"]
