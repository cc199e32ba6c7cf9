"""Prop 47 (PC 1170.18): offenses, value tests, disqualifying priors, routes, the deadline."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.model import Case, Conviction, Person, ReliefGranted

from engine_builders import D, conviction, custody_case, probation_case, row, run, status


def drug_case(**kw) -> Case:
    """HS 11350(a) felony, formal probation 2012-2015 completed (public case S05)."""
    kw.setdefault("start", "2012-07-11")
    kw.setdefault("end", "2015-07-11")
    return probation_case("11350(a)", code="HS", level="felony", kind="formal", **kw)


def theft_case(section="487(a)", value=500, *, code="PC", offense="2013-05-01", **kw) -> Case:
    case = probation_case(section, code=code, level="felony", kind="formal", start="2013-09-01", end="2016-09-01", wobbler=True, **kw)
    case.convictions[0].value_dollars = value
    case.convictions[0].offense_date = D(offense) if offense else None
    return case


@pytest.mark.parametrize(
    "as_of, mode",
    [("2022-11-03", "mandatory"), ("2022-11-04", "mandatory"), ("2022-11-05", "good_cause"), ("2026-11-15", "good_cause")],
)
def test_deadline_2022_11_04_then_good_cause(as_of, mode):
    d = row(run(drug_case(), as_of=as_of), "prop47")
    assert (d.status, d.mode) == ("eligible", mode)
    assert any("1170.18(j)" in r.cite for r in d.reasons)


@pytest.mark.parametrize(
    "as_of, deadline",
    [("2016-06-01", "2017-11-04"), ("2016-12-31", "2017-11-04"), ("2017-01-01", "2022-11-04"), ("2017-01-02", "2022-11-04")],
)
def test_before_ab_2765_the_deadline_was_three_years_from_prop_47(as_of, deadline):
    """Oracle check O20-05: screened for 2016, the answer gave AB 2765's deadline
    (2022-11-04), which took effect on 2017-01-01; on that day the deadline was 2017-11-04."""
    d = row(run(drug_case(), as_of=as_of), "prop47")
    assert (d.status, d.mode) == ("eligible", "mandatory")
    assert f"File by {deadline}, the Prop 47 filing deadline." in d.next_steps
    assert any(f"timely through {deadline}" in r.text for r in d.reasons)
    assert d.confidence == ("M" if deadline == "2017-11-04" else "H")


def test_completed_sentence_is_an_application_to_redesignate():
    d = row(run(drug_case()), "prop47")
    assert any("(f)-(g)" in r.cite for r in d.reasons)
    assert any("redesignate" in s for s in d.next_steps)
    assert any("1170.18(k)" in r.cite for r in d.reasons)  # no firearm rights restored
    assert d.confidence == "H"


def test_still_serving_is_a_petition_to_resentence():
    case = drug_case(start="2013-01-10", end="2027-01-10", status="active")
    d = row(run(case), "prop47")
    assert d.status == "eligible"
    assert any("(a)-(b)" in r.cite for r in d.reasons)
    assert any("resentence" in s for s in d.next_steps)


def test_misdemeanor_and_other_offenses_are_not_applicable():
    assert status(run(probation_case("11350(a)", code="HS", level="misdemeanor")), "prop47")[0] == "not_applicable"
    assert status(run(probation_case("211", level="felony")), "prop47")[0] == "not_applicable"
    assert status(run(probation_case("484(a)/488")), "prop47")[0] == "not_applicable"


def test_felony_reduced_under_17b_is_already_a_misdemeanor():
    case = theft_case()
    case.convictions[0].relief_granted = [ReliefGranted("pc17b", D("2017-01-05"))]
    assert status(run(case), "prop47")[0] == "not_applicable"


@pytest.mark.parametrize("value, expected", [(949, "eligible"), (950, "eligible"), (951, "not_eligible"), (3000, "not_eligible")])
def test_value_950_or_less(value, expected):
    assert status(run(theft_case(value=value)), "prop47")[0] == expected


def test_the_value_reason_reads_as_a_sentence():
    # Oracle check O19-09: "so this a bad check is a Prop 47 offense".
    texts = [r.text for value in (400, 3000) for r in row(run(theft_case("476a", value=value)), "prop47").reasons]
    assert any("not more than $950, so this bad check is a Prop 47 offense." in t for t in texts)
    assert any("more than $950, so this bad check is not a Prop 47 offense." in t for t in texts)


def test_missing_value_needs_review_naming_the_field():
    d = row(run(theft_case(value=None)), "prop47")
    assert d.status == "needs_review"
    assert d.missing_facts == ["convictions[A1].value_dollars"]


def test_wobbler_with_imposition_suspended_mentions_17b():
    case = theft_case("496(a)", value=400, imposition_suspended=True)
    d = row(run(case), "prop47")
    assert d.status == "eligible"
    assert any("17(b)" in r.cite for r in d.reasons)


@pytest.mark.parametrize(
    "hours, value, expected, missing",
    [
        (True, 600, "eligible", []),
        (False, 600, "not_eligible", []),
        (None, 600, "needs_review", ["convictions[A1].open_business_hours"]),
        (True, None, "needs_review", ["convictions[A1].value_dollars"]),
        (True, 1200, "not_eligible", []),
    ],
)
def test_second_degree_burglary_is_shoplifting_only_in_open_business_hours(hours, value, expected, missing):
    case = theft_case("459/460(b)", value=value)
    case.convictions[0].open_business_hours = hours
    d = row(run(case), "prop47")
    assert d.status == expected
    assert d.missing_facts == missing


def test_first_degree_burglary_is_not_shoplifting():
    case = theft_case("459/460(a)", value=100)
    case.convictions[0].open_business_hours = True
    assert status(run(case), "prop47")[0] == "not_eligible"


def test_registrant_is_disqualified():
    d = row(run(drug_case(), person=Person(registrant_290=True)), "prop47")
    assert d.status == "not_eligible"
    assert "1170.18(i)" in d.reasons[0].cite


def test_super_strike_prior_in_another_case_disqualifies():
    prior = custody_case("664/187", id="P", code="PC", judgment="2001-03-01", release="2008-05-01", supervision_end="2011-05-01")
    d = row(run(prior, drug_case()), "prop47")
    assert d.status == "not_eligible"
    assert any("664/187" in r.text for r in d.reasons)


@pytest.mark.parametrize("section", ["664/12022.53(d)/187", "664/187/12022.53(d)"])
def test_o24_09_an_attempted_murder_with_its_enhancement_written_first_is_still_a_super_strike(section):
    """O24-09: "664/12022.53(d)/187" was matched to PC 187, but its number was read from the
    first part, 12022.53, so the attempted murder was no homicide and no super-strike, and
    Prop 47 was eligible; written "664/187/12022.53(d)" it was barred."""
    prior = custody_case(section, id="P", code="PC", judgment="2001-03-01", release="2008-05-01", supervision_end="2011-05-01")
    assert status(run(prior, drug_case()), "prop47")[0] == "not_eligible"


def test_o24b_02_a_prior_naming_two_offenses_is_asked_about_only_where_one_could_bar():
    """O24B-02: a prior "HS 11377/11364" gave "Check that ... is not a super-strike or a
    registration offense; the offense catalog does not know it", though the catalog knows
    both and neither bars; a prior "PC 187/245(a)(1)" gave the same note and an eligible
    answer, though if it is the murder, 1170.18(i) bars Prop 47."""
    neither = custody_case("11377/11364", id="P", code="HS", judgment="2001-03-01", release="2008-05-01", supervision_end="2011-05-01")
    d = row(run(neither, drug_case()), "prop47")
    assert (d.status, d.confidence) == ("eligible", "H") and not any("catalog" in r.text for r in d.reasons)
    murder = custody_case("187/245(a)(1)", id="P", code="PC", judgment="2001-03-01", release="2008-05-01", supervision_end="2011-05-01")
    d = row(run(murder, drug_case()), "prop47")
    assert d.status == "needs_review" and d.missing_facts == ["cases[P].convictions[P1].section"]
    assert "The record shows PC 187/245(a)(1) in case P (convicted 2001-03-01, Los Angeles County), which is a super-strike or PC 290 registration offense only if the conviction is for PC 187; the record does not say." in [r.text for r in d.reasons]


def test_an_attempt_of_a_non_homicide_super_strike_does_not_disqualify():
    prior = custody_case("664/219", id="P", code="PC", judgment="2001-03-01", release="2004-05-01", supervision_end="2006-05-01")
    assert status(run(prior, drug_case()), "prop47")[0] == "eligible"


def test_offense_after_prop47_took_effect_is_not_eligible():
    case = theft_case(value=300, offense="2014-11-05")
    assert status(run(case), "prop47")[0] == "not_eligible"
    case = theft_case(value=300, offense="2014-11-04")
    assert status(run(case), "prop47")[0] == "eligible"


def test_conviction_after_prop47_without_offense_date_needs_it():
    case = drug_case(start="2015-02-01", end="2018-02-01")
    d = row(run(case), "prop47")
    assert d.status == "needs_review"
    assert "convictions[A1].offense_date" in d.missing_facts


def test_vc_10851_needs_review_unless_over_950():
    assert status(run(theft_case("10851(a)", code="VC", value=500)), "prop47")[0] == "needs_review"
    assert status(run(theft_case("10851(a)", code="VC", value=5000)), "prop47")[0] == "not_eligible"


def test_unknown_section_needs_review_naming_it():
    case = Case(id="A", convictions=[Conviction(id="A1", section="9999", level="felony", conviction_date=date(2012, 1, 1))])
    d = row(run(case), "prop47")
    assert d.status == "needs_review"
    assert "PC 9999" in d.reasons[0].text


def test_case_from_another_state_is_not_applicable():
    case = drug_case()
    case.jurisdiction = "NV"
    assert status(run(case), "prop47")[0] == "not_applicable"


def test_an_attempted_registration_offense_still_disqualifies():
    # PC 290(c) covers attempts, so 664/288.5 is a registration offense.
    prior = custody_case("664/288.5", id="P", code="PC", judgment="2001-03-01", release="2004-05-01", supervision_end="2006-05-01")
    assert status(run(prior, drug_case()), "prop47")[0] == "not_eligible"


def test_a_conviction_after_as_of_does_not_count_as_a_prior():
    later = custody_case("187", id="P", code="PC", judgment="2024-03-01", release=None, supervision=None, supervision_end=None)
    assert status(run(later, drug_case(), as_of="2020-01-01"), "prop47")[0] == "eligible"
    assert status(run(later, drug_case(), as_of="2024-06-01"), "prop47")[0] == "not_eligible"


@pytest.mark.parametrize("remedy", ["prop47", "prop64"])
def test_felony_redesignated_under_prop_47_or_64_has_nothing_left_for_17b(remedy):
    case = theft_case()
    case.sentence.imposition_suspended = True
    d = row(run(case), "pc17b")
    assert d.status == "eligible"  # a wobbler felony on a completed grant: 17(b) is open
    case.convictions[0].relief_granted = [ReliefGranted(remedy, D("2016-01-05"))]
    d = row(run(case), "pc17b")
    assert d.status == "not_applicable"
    assert "already been reduced" in d.reasons[0].text and "1170.18(k)" in d.reasons[0].cite


def test_forgery_with_identity_theft_is_outside_the_950_rule():
    """PC 473(b): not for a person convicted of both forgery and identity theft (PC 530.5)."""
    forgery = theft_case("473(a)", 500)
    assert row(run(forgery), "prop47").status == "needs_review"  # what was forged (below)
    both = theft_case("473(a)", 500)
    both.convictions.append(conviction("530.5(a)", level="felony", convicted="2013-09-01", id="A2"))
    d = row(run(both), "prop47")
    assert d.status == "not_eligible" and d.reasons[-1].cite == "PC 473(b)"
    elsewhere = theft_case("530.5(a)", None, id="B")
    d = row(run(theft_case("473(a)", 500), elsewhere), "prop47")
    assert (d.status, d.confidence) == ("needs_review", "M")



@pytest.mark.parametrize("section", ["470(d)", "473(a)", "475(a)", "476"])
def test_forgery_under_950_asks_what_was_forged(section):
    """Audit finding: PC 473(b) caps only forgery of a check, bond, bank bill, note, cashier's
    check, traveler's check or money order; a forged deed or ID of $600 is no Prop 47 offense,
    and the request has no field for the paper."""
    d = row(run(theft_case(section, 600)), "prop47")
    assert (d.status, d.confidence) == ("needs_review", "M")
    assert any("reaches only forgery of a check" in r.text and r.cite == "PC 473(b)" for r in d.reasons)
    assert "is a Prop 47 offense only if what was forged is one of the papers PC 473(b) names" in d.reasons[0].text
    assert row(run(theft_case(section, 2000)), "prop47").status == "not_eligible"  # over $950 decides it


@pytest.mark.parametrize("section, confidence", [("503", "M"), ("532", "M"), ("484e(d)", "M"), ("487(a)", "H"), ("496(a)", "H")])
def test_theft_sections_the_rules_do_not_list_are_m(section, confidence):
    """Audit finding: 484e, 503 and 532 are Prop 47 offenses by court decisions the rules
    file does not list; 487 is named in PC 490.2's own text, 496 in the rules."""
    d = row(run(theft_case(section, 600)), "prop47")
    assert (d.status, d.confidence) == ("eligible", confidence)


def test_dismissal_after_reduction_follows_the_sentence():
    """Review finding: 'ask for dismissal under PC 1203.4 or 1203.4a' was said of a prison
    case, which neither reaches; and the reduction may close the 1203.41 route."""
    prison = custody_case("11350(a)", judgment="2012-03-01", release="2013-03-01", supervision_end="2014-03-01")
    steps = row(run(prison), "prop47").next_steps
    assert not any("1203.4 or 1203.4a" in step for step in steps)
    assert any("PC 1203.41 may reach its prison term" in step for step in steps)
    on_probation = row(run(drug_case()), "prop47").next_steps
    assert on_probation[-1] == "Once reduced, ask for dismissal under PC 1203.4 as well."


def test_automatic_relief_after_a_redesignated_prison_term_is_an_open_question():
    """Review finding: 1203.425 said 'Probation was revoked' of a prison case redesignated
    under Prop 47; which path reaches a misdemeanor with a prison term is unsettled.  Where
    the felony path's four years have passed, both readings give relief (P46-01): eligible,
    the question said; where they have not, the attorney's question."""
    from clinic_app.model import ReliefGranted

    prison = custody_case("11350(a)", judgment="2012-03-01", release="2013-03-01", supervision_end="2014-03-01")
    prison.convictions[0].relief_granted = [ReliefGranted("prop47", D("2016-01-01"))]
    d = row(run(prison), "pc1203_425")
    assert (d.status, d.confidence) == ("eligible", "M")
    assert "revoked" not in d.reasons[0].text and "open question" in d.reasons[0].text and "both readings give relief" in d.reasons[0].text
    recent = custody_case("11350(a)", judgment="2020-03-01", release="2021-03-01", supervision_end="2023-03-01")
    recent.convictions[0].relief_granted = [ReliefGranted("prop47", D("2024-01-01"))]
    d = row(run(recent), "pc1203_425")
    assert (d.status, d.confidence) == ("needs_review", "L")
    assert "revoked" not in d.reasons[0].text and "open question" in d.reasons[0].text


def test_a_super_strike_entered_after_the_prop_47_conviction_bars_it_at_m_saying_so():
    """Oracle note O18 4.1: ca-rules 3.8 says "a prior super strike"; 1170.18(i) bars a person
    who "has" one, read as at the petition.  Said, at M, where it came later."""
    from engine_builders import no_probation_case, probation_case, row, run

    drugs = probation_case("11350(a)", code="HS", level="felony", kind="formal", start="2012-03-01", end="2015-03-01")
    later = no_probation_case("664/187", id="B", level="felony", judgment="2016-05-01")
    d = row(run(drugs, later, as_of="2026-11-30"), "prop47")
    assert (d.status, d.confidence) == ("not_eligible", "M")
    assert d.reasons[-1].text.startswith("It came after this conviction")
    earlier = no_probation_case("664/187", id="B", level="felony", judgment="2008-05-01")
    d = row(run(drugs, earlier, as_of="2026-11-30"), "prop47")
    assert (d.status, d.confidence) == ("not_eligible", "H") and not d.reasons[-1].text.startswith("It came after")


def test_o24_04_a_fact_without_a_field_is_not_sent_to_be_found_and_screened_again():
    """O24-04: a VC 10851 worth $600 (whether it was taken for good, the record cannot say)
    was told "Find the missing facts ... then screen again", with no fact missing; screening
    again could never settle it."""
    d = row(run(theft_case("10851", 600, code="VC")), "prop47")
    assert d.status == "needs_review" and d.missing_facts == []
    assert not any("screen again" in step and "missing facts" in step for step in d.next_steps)
    assert any("screening again will not settle it" in step for step in d.next_steps)
    # With the value missing too, both are said: that fact can be found, the other cannot.
    d = row(run(theft_case("10851", None, code="VC")), "prop47")
    # S27-05: the fact is asked, with where it is found, as other remedies ask theirs.
    assert d.next_steps[0] == "Find out, then screen again: Conviction A1: What was the value of the property (in dollars)? Where to look: the police report or the plea form."
    assert "screening again will not settle it" in d.next_steps[1]


def test_s25_08_a_second_degree_burglary_written_degree_first_asks_the_shoplifting_facts():
    """S25-08: "460(b)/459" was "a Prop 47 offense, but the engine has no rule for its value or
    facts" (its number read as 460); it is a 459/460(b), and the 459.5 facts are asked."""
    d = row(run(probation_case("460(b)/459", level="felony", kind="formal", start="2012-03-02", end="2015-03-02")), "prop47")
    assert d.status == "needs_review"
    assert "convictions[A1].open_business_hours" in d.missing_facts and "convictions[A1].value_dollars" in d.missing_facts


def test_s25_09_both_degrees_written_are_not_read_as_residential_burglary():
    """S25-09: "459/460(a)/(b)" was not_eligible for Prop 47 as first-degree burglary."""
    d = row(run(probation_case("459/460(a)/(b)", level="felony", kind="formal", start="2012-03-02", end="2015-03-02")), "prop47")
    assert d.status == "needs_review"
    assert "is the conviction for PC 459/460(a) or PC 459/460(b)?" in d.next_steps[0]


@pytest.mark.parametrize("section, level", [("273.5(a)/245(a)(4)", "misdemeanor"), ("99999", "misdemeanor"), ("99999", "infraction")])
def test_s25_12_a_misdemeanor_the_catalog_cannot_name_is_no_felony_to_reduce(section, level):
    """S25-12: a misdemeanor "273.5(a)/245(a)(4)" (or a section the catalog does not know) was
    needs_review for Prop 47, "is the conviction for PC 273.5(a) or PC 245(a)(4)?", though
    Prop 47 reduces felonies only, whatever the offense."""
    d = row(run(probation_case(section, level=level)), "prop47")
    assert d.status == "not_applicable"
    assert "Prop 47 reduces felonies only" in d.reasons[0].text


def test_s25_12_a_felony_the_catalog_cannot_name_is_still_asked_about():
    d = row(run(probation_case("99999", level="felony", kind="formal")), "prop47")
    assert d.status == "needs_review"


def test_l67_03_the_attorney_s_step_names_the_fact_the_record_has_no_field_for():
    """L67-03 (public case S19): after "Find out, then screen again: ... What was the value of
    the property (in dollars)? On what date was the offense committed?", the next words were
    "An attorney reads the police report ... for the fact named above, which the record has no
    field for; screening again will not settle it": read aloud, "the fact named above" was the
    value or the date, which the record has fields for.  The step names its own fact."""
    d = row(run(theft_case("10851", None, code="VC")), "prop47")
    assert d.next_steps[1] == ("An attorney reads the police report, the charging papers and the plea transcript to learn "
                               "whether the vehicle was taken for good (a theft) or only driven, which the record has no field "
                               "for; screening again will not settle it.")
    d = row(run(theft_case("473(a)", 500)), "prop47")
    assert d.next_steps == ["An attorney reads the police report, the charging papers and the plea transcript to learn "
                            "what was forged, which the record has no field for; screening again will not settle it."]
