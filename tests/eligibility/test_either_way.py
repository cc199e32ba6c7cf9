"""S25-14: a count naming two offenses is answered where every offense it names gives the
same answer (status, relief, day), and asked about, as before, where they differ."""

from __future__ import annotations

import pytest

from engine_builders import custody_case, no_probation_case, probation_case, row, run, topics

SAME = "PC 273.5(a)/245(a)(4) names two offenses (PC 273.5(a) and PC 245(a)(4)), and the record does not say which one the conviction is for; the answer here is the same whichever it is."


def test_a_misdemeanor_273_5_or_245a4_is_dismissed_under_1203_4_without_asking_which():
    """S25-14: neither PC 273.5(a) nor PC 245(a)(4) is a 1203.4(b) exclusion, so the count was
    asked "is the conviction for PC 273.5(a) or PC 245(a)(4)?" for nothing."""
    d = row(run(probation_case("273.5(a)/245(a)(4)")), "pc1203_4")
    one = row(run(probation_case("273.5(a)")), "pc1203_4")
    assert (d.status, d.mode, d.date) == ("eligible", "mandatory", None) == (one.status, one.mode, one.date)
    assert [(r.text, r.cite) for r in d.reasons] == [(SAME, "PC 1203.4")] + [(r.text, r.cite) for r in one.reasons]
    assert d.next_steps == one.next_steps and not d.missing_facts and d.confidence == one.confidence


@pytest.mark.parametrize(
    ("as_of", "status", "day", "confidence"),
    [("2027-02-09", "eligible_on", "2027-02-11", "H"), ("2027-02-10", "eligible_on", "2027-02-11", "M"), ("2027-02-11", "eligible", None, "H")],
)
def test_the_waiting_year_of_1203_4a_is_given_for_the_pair_as_for_either_offense(as_of, status, day, confidence):
    """The day before, of and after the year PC 1203.4a waits from judgment: the pair gets
    the day and the confidence each offense alone gets."""
    d = row(run(no_probation_case("273.5(a)/245(a)(4)", judgment="2026-02-10"), as_of=as_of), "pc1203_4a")
    for part in ("273.5(a)", "245(a)(4)"):
        alone = row(run(no_probation_case(part, judgment="2026-02-10"), as_of=as_of), "pc1203_4a")
        assert (alone.status, alone.mode, alone.date, alone.confidence) == (d.status, d.mode, d.date, d.confidence)
    assert (d.status, str(d.date) if d.date else None, d.confidence) == (status, day, confidence)
    assert d.reasons[0].text == SAME and not d.missing_facts


def test_a_pair_the_remedy_tells_apart_is_still_asked_which_one():
    """PC 288(c)(1) is a 1203.4(b) exclusion and PC 647(b) is not: the question stays, word
    for word."""
    d = row(run(probation_case("288(c)(1)/647(b)")), "pc1203_4")
    assert d.status == "needs_review" and d.confidence == "L"
    assert d.reasons[0].text == "PC 288(c)(1)/647(b) names two offenses (PC 288(c)(1) and PC 647(b)), and nothing in the record says which one the conviction is for; this remedy depends on what the offense is."
    assert d.missing_facts == ["convictions[A1].section"]
    assert d.next_steps == ["Check the abstract of judgment or the minute order: is the conviction for PC 288(c)(1) or PC 647(b)? Record that one section and screen again."]


def test_a_reason_said_of_one_offense_names_the_count_as_written():
    """Prop 64 for "HS 11350/11550": each reading says its section is not a marijuana offense;
    the answer says so of the count, not of HS 11350 alone."""
    d = row(run(probation_case("11350/11550", code="HS")), "prop64")
    assert d.status == "not_applicable"
    assert [r.text for r in d.reasons][1:] == ["HS 11350/11550 is not a marijuana offense that Prop 64 changed."]


def test_a_misdemeanor_count_naming_a_sex_offense_is_not_ruled_out_of_a_certificate_as_a_misdemeanor():
    """S25C-01: a misdemeanor qualifies for a certificate of rehabilitation if it is a PC 290
    offense (PC 4852.01(c)); the gate read a two-offense count as no sex offense, so
    "311.4/243.4" (a 290 offense whichever it is) and "314/647(b)" were "not applicable: this
    is a misdemeanor".  The first now gets each offense's answer, the second asks which one."""
    both = row(run(probation_case("311.4/243.4")), "cor")
    alone = row(run(probation_case("243.4")), "cor")
    assert (both.status, both.confidence) == (alone.status, alone.confidence) == ("not_eligible", "M")
    assert both.reasons[0].text.endswith("the answer here is the same whichever it is.")
    assert [r.text for r in both.reasons[1:]] == [r.text for r in alone.reasons]
    one = row(run(probation_case("314/647(b)")), "cor")
    assert one.status == "needs_review" and one.missing_facts == ["convictions[A1].section"]
    assert "PC 314 or PC 647(b)" in one.next_steps[0]
    none = row(run(probation_case("11350/11550", code="HS")), "cor")
    assert (none.status, [r.text for r in none.reasons]) == ("not_applicable", ["A certificate of rehabilitation is for felonies (and misdemeanor sex offenses dismissed under PC 1203.4); this is a misdemeanor."])


def test_a_drug_count_naming_two_offenses_is_not_asked_the_age_for_1203_45():
    """S25C-02: PC 1203.45(c) bars every Health and Safety Code Division 10 offense at any age,
    and each of HS 11350(a) and 11351 alone is "not eligible" without a date of birth; the pair
    was asked the date of birth for nothing.  A pair of which only one is barred still asks."""
    d = row(run(probation_case("11350(a)/11351", code="HS")), "pc1203_45")
    alone = row(run(probation_case("11351", code="HS")), "pc1203_45")
    assert (d.status, d.confidence, d.missing_facts) == (alone.status, alone.confidence, []) == ("not_eligible", "H", [])
    assert [r.text for r in d.reasons][1:] == ["Health and Safety Code Division 10 (drug) offenses cannot be sealed under PC 1203.45."]
    assert d.reasons[0].text.endswith("the answer here is the same whichever it is.")
    one = row(run(probation_case("243.4/484(a)")), "pc1203_45")  # sexual battery is barred, theft is not
    assert one.status == "needs_review" and one.missing_facts == ["person.dob"]


def test_automatic_relief_does_not_ask_about_a_count_whose_offenses_it_leaves_out_neither():
    """S25C-03: PC 1203.425's probation path asked whether automatic relief covers "HS
    11350/11550" ("it may be a DUI, a VC 42002.1 misdemeanor, or an offense PC 1203.4(b)
    excludes"), though it is neither whichever it is; each alone is eligible.  A count one of
    whose offenses requires PC 290 registration ("314/647(b)") still asks which one."""
    d = row(run(probation_case("11350/11550", code="HS")), "pc1203_425")
    for part in ("11350", "11550"):
        alone = row(run(probation_case(part, code="HS")), "pc1203_425")
        assert (d.status, d.mode, d.date, d.confidence) == (alone.status, alone.mode, alone.date, alone.confidence) == ("eligible", "automatic", None, "M")
        assert [r.text for r in d.reasons] == [r.text for r in alone.reasons]
    asked = row(run(probation_case("314/647(b)")), "pc1203_425")
    assert asked.status == "needs_review" and "names two offenses" in asked.reasons[-1].text


def _beside_a_burglary(section: str):
    """Case B: a 2019 felony burglary (a Prop 47 question of its own); case A: `section`."""
    burglary = custody_case("459", id="B", code="PC", judgment="2019-06-01", release="2020-06-01", supervision_end="2021-06-01")
    return run(burglary, probation_case(section, id="A", start="2020-01-01", end="2023-01-01"))


def test_a_count_in_another_case_that_bars_prop_47_whichever_it_is_is_a_bar_not_a_question():
    """S25C-04: "PC 261/286(c)" in case A is a super-strike whichever it is (PC 667(e)(2)(C)), as
    each alone bars Prop 47 for case B (PC 1170.18(i)); it was asked which one it is, and B's
    Prop 47 was "needs review".  One only part of which bars ("288(a)/647(b)") is still asked."""
    d = row(_beside_a_burglary("261/286(c)"), "prop47", "B", "B1")
    alone = row(_beside_a_burglary("286(c)"), "prop47", "B", "B1")
    assert (d.status, d.confidence, d.missing_facts) == (alone.status, alone.confidence, alone.missing_facts) == ("not_eligible", "M", [])
    assert "The record shows a super-strike conviction: PC 261/286(c) in case A (convicted 2020-01-01, Los Angeles County)." in [r.text for r in d.reasons]
    asked = row(_beside_a_burglary("288(a)/647(b)"), "prop47", "B", "B1")
    assert asked.status == "needs_review" and "cases[A].convictions[A1].section" in asked.missing_facts


def test_a_count_in_another_case_requiring_registration_whichever_it_is_keeps_automatic_relief_in_question():
    """S25C-05: "PC 311.4/243.4" requires PC 290 registration whichever it is, and with either
    offense alone in case A, case B's automatic relief is "needs review" (registration bars it:
    PC 1203.425(a)(1)(B)(i)); with the count, B was eligible, "No PC 290 registration ... shows
    in the record".  A count only one of whose offenses requires it is reported, not changed."""
    def b_row(section):
        return row(run(probation_case("484(a)/488", id="B"), probation_case(section, id="A", level="felony")), "pc1203_425", "B", "B1")

    d, alone = b_row("311.4/243.4"), b_row("243.4")
    assert (d.status, d.confidence, d.missing_facts) == (alone.status, alone.confidence, alone.missing_facts) == ("needs_review", "M", ["person.registrant_290"])
    assert d.reasons[-1].text == "PC 311.4/243.4 normally requires PC 290 registration whichever offense it is, which bars automatic relief; the record says the person does not register (a duty that ended under PC 290.5?)."


def test_a_count_in_another_case_that_may_require_registration_is_asked_about_for_automatic_relief():
    """S25C-06: with "PC 314/647(b)" in case A (indecent exposure requires PC 290 registration,
    prostitution does not), case B's automatic relief was eligible, "No PC 290 registration
    ... shows in the record"; with PC 314 alone it is "needs review".  Which one it is is asked."""
    s = run(probation_case("484(a)/488", id="B"), probation_case("314/647(b)", id="A", level="felony"))
    d = row(s, "pc1203_425", "B", "B1")
    assert (d.status, d.missing_facts) == ("needs_review", ["cases[A].convictions[A1].section"])
    assert d.reasons[-1].text == "PC 314/647(b) names two offenses (PC 314 and PC 647(b)), and the record does not say which one the conviction is for; if it is PC 314, it requires or may require PC 290 registration, which would bar automatic relief."
    assert d.next_steps == ["Check the abstract of judgment or the minute order: is PC 314/647(b) in case A (convicted 2015-03-02, Los Angeles County) for PC 314 or PC 647(b)? Record that one section and screen again."]
    assert row(run(probation_case("484(a)/488", id="B"), probation_case("647(b)", id="A", level="felony")), "pc1203_425", "B", "B1").status == "eligible"


def test_the_firearm_note_of_a_count_is_given_where_every_offense_it_names_gives_it():
    """S25C-07: a misdemeanor "HS 11377(a)/11364" was told to "check whether it is on the PC
    29805 ten-year firearm list", though neither offense is and each alone gets "No state
    firearm ban"; a count one of whose offenses is on the list still says to check."""
    said = topics(run(probation_case("11377(a)/11364", code="HS")))["firearms"]
    assert said == topics(run(probation_case("11364", code="HS")))["firearms"] == ["No state firearm ban follows from this misdemeanor (it is not on the PC 29805 list). [PC 29805]"]
    mixed = topics(run(probation_case("273.5(a)/245(a)(4)")))["firearms"]
    assert mixed == ["PC 273.5(a)/245(a)(4) names two offenses (PC 273.5(a) and PC 245(a)(4)), and the record does not say which one the conviction is for: check whether it is on the PC 29805 ten-year firearm list. [PC 29805]"]
