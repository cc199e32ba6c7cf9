"""Flags a fact the record may not hold decides (the catalog's `depends_on`): the engine asks.

Catalog review finding: a bare PC 245 was a serious felony for certain, closing automatic
relief, although 245(a)(4) (force alone) is serious only with great bodily injury; a bare 459
was not serious, although first-degree burglary is.  Where only the subdivision or degree
would decide, the answer is needs_review naming the fact, or a hedged consequence.
"""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.eligibility.fact_questions import question
from clinic_app.eligibility.depends_on import FACT_STEP, FACT_STEP_PLAIN, SUBDIVISION_STEP
from clinic_app.model import ArrestOffense, Case, Person, ReliefGranted

from engine_builders import custody_case, probation_case, row, run, status, topics

D = date.fromisoformat


# State prison, parole ended 2019: automatic relief's felony path (II) is open in late 2026
# unless the offense is serious, violent or registrable (PC 1203.425(a)(1)(B)(iv)(II)).
def _prison(section):
    return custody_case(section, code="PC", judgment="2016-06-01", release="2018-06-01", supervision_end="2019-06-01")


def _jail(section):
    return custody_case(section, code="PC", type="county_jail_1170h", judgment="2016-06-01", release="2018-06-01", supervision=None, supervision_end=None)


@pytest.mark.parametrize(
    "section, status",
    [
        ("245", "needs_review"),  # which subdivision?
        ("245(a)(4)", "needs_review"),  # was great bodily injury personally inflicted?
        ("245(a)(1)", "not_eligible"),  # a deadly weapon: serious
        ("459", "needs_review"),  # which degree?
        ("459/460(a)", "not_eligible"),
        ("459/460(b)", "eligible"),
    ],
)
def test_automatic_relief_felony_path_asks_what_the_catalog_cannot_say(section, status):
    d = row(run(_prison(section)), "pc1203_425")
    assert d.status == status, [r.text for r in d.reasons]
    if status == "needs_review":
        assert d.confidence == "M"
        assert f"PC {section} is a serious or violent felony only if " in d.reasons[0].text
        assert any("abstract of judgment" in step for step in d.next_steps)
        if section == "245(a)(4)":
            # a fact of the case, not a subdivision: asking for the section could never settle it (legal review)
            assert d.missing_facts == [] and d.next_steps == [FACT_STEP]
        else:
            assert d.missing_facts == ["convictions[A1].section"] and d.next_steps == [SUBDIVISION_STEP]
            assert question(d.missing_facts[0]).startswith("Conviction A1: What code section is it, with its subdivision or degree")


def test_a_county_jail_term_says_the_felony_was_not_serious():
    """Legal review: PC 1170(h)(3) sends a current serious or violent felony to state prison,
    so a county-jail term under 1170(h) settles the question, for an offense 1170(h) reaches
    at all (second legal review: no 245 is a county-jail felony, so the term proves nothing)."""
    d = row(run(_jail("459")), "pc1203_425")
    assert (d.status, d.mode) == ("eligible", "automatic")
    assert any("which PC 1170(h)(3) does not allow for one, so it was not" in r.text for r in d.reasons)
    assert row(run(_jail("245(a)(4)")), "pc1203_425").status == "needs_review"


def test_245a1_before_2012_asks_whether_a_weapon_was_used():
    """Legal review: until 2012 245(a)(1) also covered force likely to produce great bodily
    injury (now 245(a)(4)), which is serious only with great bodily injury personally inflicted."""
    before = custody_case("245(a)(1)", code="PC", judgment="2011-06-01", release="2012-06-01", supervision_end="2013-06-01")
    before.convictions[0].offense_date = date(2011, 2, 1)
    d = row(run(before), "pc1203_425")
    assert (d.status, d.confidence) == ("needs_review", "M")
    assert "a deadly weapon was used (not only force likely to produce great bodily injury" in d.reasons[0].text
    after = _prison("245(a)(1)")  # 2016: the row decides (serious)
    assert row(run(after), "pc1203_425").status == "not_eligible"


def test_the_strike_line_is_hedged_where_the_degree_is_unknown():
    bare = topics(run(probation_case("459", level="felony", kind="formal")))["prior"]
    assert any("It is a serious or violent felony only if it was first-degree (residential) burglary, PC 460(a); if so, it stays a strike, even if later reduced under PC 17(b)." in t for t in bare)
    second = topics(run(probation_case("459/460(b)", level="felony", kind="formal")))["prior"]
    assert not any("strike" in t for t in second)
    first = topics(run(probation_case("459/460(a)", level="felony", kind="formal")))["prior"]
    assert any(t.startswith("As a serious or violent felony it stays a strike") for t in first)


def test_17b_says_a_reduced_strike_stays_one_only_if_it_is_one():
    d = row(run(probation_case("245(a)(4)", level="felony", kind="formal", imposition_suspended=True)), "pc17b")
    assert d.status == "eligible"
    assert any(r.text == "If great bodily injury was personally inflicted (PC 1192.7(c)(8)), it is a serious or violent felony, which stays a strike even if reduced." for r in d.reasons)
    bare = row(run(probation_case("245", level="felony", kind="formal", imposition_suspended=True)), "pc17b")
    assert bare.status == "needs_review"  # 245(a)(3), (b)-(d) are straight felonies
    weapon = row(run(probation_case("245(a)(1)", level="felony", kind="formal", imposition_suspended=True)), "pc17b")
    assert any(r.text == "A reduced serious or violent felony still counts as a strike." for r in weapon.reasons)


def test_1203_42_asks_whether_a_pre_realignment_prison_term_was_for_a_strike():
    old = custody_case("459", code="PC", judgment="2008-03-01", release="2010-03-01", supervision_end="2011-03-01")
    d = row(run(old), "pc1203_42")
    assert (d.status, d.confidence) == ("needs_review", "M")
    assert "is a serious or violent felony only if it was first-degree (residential) burglary" in d.reasons[0].text
    # no 245 is a county-jail felony: that decides it, whatever the subdivision (second legal review)
    never = row(run(custody_case("245", code="PC", judgment="2008-03-01", release="2010-03-01", supervision_end="2011-03-01")), "pc1203_42")
    assert never.status == "not_eligible" and "not punishable in county jail" in never.reasons[0].text
    assert row(run(custody_case("245(a)(2)", code="PC", judgment="2008-03-01", release="2010-03-01", supervision_end="2011-03-01")), "pc1203_42").status == "not_eligible"


def test_236_14_asks_whether_a_bare_sex_offense_section_is_violent():
    case = probation_case("286", level="felony", kind="formal")
    case.convictions[0].trafficking_related = True
    d = row(run(case, person=Person()), "pc236_14")
    assert (d.status, d.confidence) == ("needs_review", "M")
    assert "is a violent felony only if it was under PC 286(c) or (d)" in d.reasons[0].text


@pytest.mark.parametrize(
    "section, said",
    [
        ("490.2", "PC 29805 lists this offense only if the property taken was a firearm"),
        ("148", "PC 29805 lists this offense only if it was under PC 148(d)"),
        ("26100", "PC 29805 lists this offense only if it was under PC 26100(b) or (d)"),
    ],
)
def test_the_firearm_list_in_part_comes_from_the_catalog(section, said):
    (line,) = topics(run(probation_case(section, start="2020-03-01", end="2021-03-01")))["firearms"]
    assert line.startswith(said)


def test_1203_42_counts_only_felony_priors():
    """Legal review: PC 1170(h)(3) names a prior serious or violent *felony*; a misdemeanor
    245(a)(1) was "a prior serious felony"."""
    prior = probation_case("245(a)(1)", id="P", start="2003-03-02", end="2006-03-02")
    prison = custody_case("11351", id="A", judgment="2008-05-01", release="2010-01-01", supervision_end="2011-01-01")
    assert row(run(prior, prison), "pc1203_42").status == "eligible"
    felony_prior = probation_case("245(a)(2)", id="P", level="felony", kind="formal", start="2003-03-02", end="2006-03-02")
    assert row(run(felony_prior, prison), "pc1203_42").status == "not_eligible"
    # before 2012 a felony 245(a)(1) may have been force alone: asked
    old_force = probation_case("245(a)(1)", id="P", level="felony", kind="formal", start="2003-03-02", end="2006-03-02")
    assert row(run(old_force, prison), "pc1203_42").status == "needs_review"


def test_1203_42_asks_whether_a_bare_368_was_a_county_jail_theft():
    d = row(run(custody_case("368", code="PC", judgment="2008-03-01", release="2010-03-01", supervision_end="2011-03-01")), "pc1203_42")
    assert (d.status, d.confidence) == ("needs_review", "M")
    assert "is punishable in county jail under PC 1170(h) only if it was theft, embezzlement, forgery or fraud under PC 368(d) or (e)" in d.reasons[0].text


def test_a_prior_whose_paragraph_decides_the_prop_47_bar_is_asked_about():
    """Legal review: a former 262 is a super-strike only under (a)(1) or (a)(4); "not eligible
    (H), a super-strike conviction" was said of any 262."""
    drugs = probation_case("11350(a)", code="HS", level="felony", kind="formal", start="2010-03-01", end="2013-03-01")
    drugs.convictions[0].offense_date = date(2010, 1, 5)
    prior = probation_case("262", id="B", level="felony", kind="formal", start="1999-01-01", end="2002-01-01")
    d = row(run(drugs, prior), "prop47")
    assert (d.status, d.confidence) == ("needs_review", "M")
    assert any(r.text.startswith("The record shows PC 262 in case B (convicted 1999-01-01, Los Angeles County), which is a super-strike or PC 290 registration offense only if it was under former PC 262(a)(1) or (a)(4)") for r in d.reasons)
    assert "cases[B].convictions[B1].section" in d.missing_facts
    certain = probation_case("261(a)(2)", id="B", level="felony", kind="formal", start="1999-01-01", end="2002-01-01")
    assert row(run(drugs, certain), "prop47").status == "not_eligible"


def test_17b_straight_felony_confidence_follows_the_public_cases():
    """S23, S36a, S50 (11378, 11351: still straight felonies) rate it H; S05, S07 (11350, 11359,
    whose levels Prop 47 and Prop 64 changed) M (legal review)."""
    def d(section):
        return row(run(probation_case(section, code="HS", level="felony", kind="formal", imposition_suspended=True)), "pc17b")

    assert (d("11378").status, d("11378").confidence) == ("not_eligible", "H")
    assert (d("11350(a)").status, d("11350(a)").confidence) == ("not_eligible", "M")


def test_evading_without_reckless_driving_keeps_the_mandatory_route():
    """Legal review: VC 2800.1 is a one-point offense (VC 12810(f)), outside 1203.4(c)'s (a)-(e)."""
    d = row(run(probation_case("2800.1", code="VC", start="2016-01-01", end="2019-01-01")), "pc1203_4")
    assert (d.status, d.mode, d.confidence) == ("eligible", "mandatory", "H")


@pytest.mark.parametrize("section, named", [("286", "PC 286(c)"), ("289", "PC 289(j)")])
def test_a_certificate_of_rehabilitation_asks_about_a_bare_sex_offense_section(section, named):
    """Metamorphic finding: a bare 286 after prison was "eligible", though 4852.01(d) bars 286(c)."""
    d = row(run(custody_case(section, code="PC", judgment="2010-06-01", release="2012-06-01", supervision_end="2013-06-01")), "cor")
    assert (d.status, d.confidence) == ("needs_review", "M")
    assert d.reasons[0].text == f"PC {section} in this case bars a certificate of rehabilitation only if it was under {named}; the record does not say."
    assert d.missing_facts == ["cases[A].convictions[A1].section"]


def test_the_disclosure_line_of_a_bare_excluded_section_does_not_presume_a_dismissal():
    rec = probation_case("286", level="felony", kind="formal", start="2010-01-01", end="2013-01-01")
    (line,) = topics(run(rec))["disclosure"]
    assert line.startswith("PC 1203.4(b) rules out dismissing it only if it was under PC 286(c). If it is dismissed, it must still be disclosed")
    # a misdemeanor cannot be the excluded subdivision: 286(c) is a felony (legal review)
    assert row(run(probation_case("286", start="2010-01-01", end="2013-01-01")), "pc1203_4").status == "eligible"


def test_a_subdivision_the_catalog_lacks_is_not_asked_for_again():
    """Legal review: a record naming 286(b)(1) was asked for its section; now the catalog has
    that row, and a subdivision it still lacks is left to an attorney, not asked again."""
    assert row(run(probation_case("286(b)(1)", level="felony", kind="formal", start="2010-01-01", end="2013-01-01")), "pc1203_4").status == "eligible"
    d = row(run(_prison("26100(a)")), "pc1203_425")
    assert d.status == "needs_review" and d.missing_facts == []
    assert d.next_steps == ["The offense catalog has no row for PC 26100(a): an attorney reads what it names against the fact named above."]


def test_a_condition_asked_by_date_is_not_answered_from_a_cache_of_another_day():
    """The consequences and 1203.425's question are cached by section: a 245(a)(1) of 2016
    screened first must not decide the strike line of one of 2009 (it did, in one process)."""
    def strike_line(convicted):
        rec = probation_case("245(a)(1)", level="felony", kind="formal", start=convicted, end="2020-01-01")
        return next(t for t in topics(run(rec))["prior"] if "strike" in t)

    assert strike_line("2016-03-01").startswith("As a serious or violent felony it stays a strike")
    assert strike_line("2009-03-01").startswith("It is a serious or violent felony only if a deadly weapon was used")
    assert strike_line("2016-03-01").startswith("As a serious or violent felony it stays a strike")


# ---- second legal review ------------------------------------------------------------------


@pytest.mark.parametrize("section", ["286", "289", "12021", "286(e)"])
def test_17b_asks_about_a_sex_offense_or_firearm_section_with_wobbler_subdivisions(section):
    d = row(run(probation_case(section, level="felony", kind="formal", imposition_suspended=True)), "pc17b")
    assert (d.status, d.confidence) == ("needs_review", "M")


def test_17b_says_a_custody_sentence_closes_it_before_asking_the_subdivision():
    d = row(run(_prison("459")), "pc17b")
    assert d.status == "not_eligible" and "state prison sentence" in d.reasons[0].text


def test_a_sb_145_subdivision_prior_is_asked_about_not_a_certain_bar():
    drugs = probation_case("11350(a)", code="HS", level="felony", kind="formal", start="2010-03-01", end="2013-03-01")
    drugs.convictions[0].offense_date = date(2010, 1, 5)
    prior = probation_case("289(h)", id="B", level="felony", kind="formal", start="2005-01-01", end="2008-01-01")
    d = row(run(drugs, prior), "prop47")
    assert (d.status, d.confidence) == ("needs_review", "M")
    assert any("only if the person was more than 10 years older than the minor" in r.text for r in d.reasons)


def test_245a1_convicted_soon_after_2012_without_an_offense_date_is_asked_about():
    """Second legal review: a 2012 conviction may be for a 2011 assault."""
    soon = custody_case("245(a)(1)", code="PC", judgment="2012-09-01", release="2014-06-01", supervision_end="2015-06-01")
    assert row(run(soon), "pc1203_425").status == "needs_review"
    later = custody_case("245(a)(1)", code="PC", judgment="2016-09-01", release="2018-06-01", supervision_end="2019-06-01")
    assert row(run(later), "pc1203_425").status == "not_eligible"


def test_a_straight_felony_row_the_catalog_marks_unverified_is_m():
    d = row(run(probation_case("26100(c)", level="felony", kind="formal", imposition_suspended=True)), "pc17b")
    assert (d.status, d.confidence) == ("not_eligible", "M")


def test_1203_42_a_prior_reduced_under_17b_is_an_open_question():
    prior = probation_case("245(a)(2)", id="P", level="felony", kind="formal", start="2003-03-02", end="2006-03-02")
    prior.convictions[0].relief_granted = [ReliefGranted("pc17b", date(2006, 6, 1))]
    prison = custody_case("11351", id="A", judgment="2008-05-01", release="2010-01-01", supervision_end="2011-01-01")
    d = row(run(prior, prison), "pc1203_42")
    assert (d.status, d.confidence) == ("needs_review", "L")
    assert any("People v. Park" in r.text for r in d.reasons)


def test_a_prison_case_is_not_told_a_17b_reduction_could_follow():
    old = custody_case("245(a)(2)", code="PC", judgment="2009-03-01", release="2011-03-01", supervision_end="2012-03-01")
    line = next(t for t in topics(run(old))["prior"] if "strike" in t)
    assert "17(b)" not in line


def test_cor_says_former_288a():
    d = row(run(custody_case("288a", code="PC", judgment="2010-06-01", release="2012-06-01", supervision_end="2013-06-01")), "cor")
    assert "only if it was under former PC 288a(c)" in d.reasons[0].text


# ---- metamorphic round 7 ------------------------------------------------------------------


def test_1203_42_for_a_felony_243d_is_a_county_jail_offense():
    d = row(run(custody_case("243(d)", code="PC", judgment="2008-03-01", release="2010-03-01", supervision_end="2011-03-01")), "pc1203_42")
    assert not any("not punishable in county jail" in r.text for r in d.reasons)


def test_an_attempt_of_a_felony_serious_only_on_a_fact_is_asked_about():
    """PC 1192.7(c)(39): an attempt of a serious felony (not an assault) is serious."""
    d = row(run(_prison("664/487")), "pc1203_425")
    assert d.status == "needs_review" and "only if the property taken was a firearm" in d.reasons[0].text


def test_a_bare_sex_offense_section_in_prison_asks_about_registration():
    """SB 145: registration for 286(b)(1) is not automatic, so a bare 286 is asked about."""
    d = row(run(_prison("286")), "pc1203_41")
    assert d.status == "needs_review" and "requires PC 290 registration only if it was not under PC 286(b)(1)" in d.reasons[0].text


def test_automatic_relief_probation_path_asks_about_a_bare_261_5_and_266h():
    felony = probation_case("261.5", level="felony", kind="formal", start="2015-01-01", end="2018-01-01")
    assert row(run(felony), "pc1203_425").status == "needs_review"
    pimping = probation_case("266h", level="felony", kind="formal", start="2015-01-01", end="2018-01-01")
    d = row(run(pimping), "pc1203_425")
    assert d.status == "needs_review" and any("only if the person pimped was a minor" in r.text for r in d.reasons)


def test_a_written_subdivision_the_catalog_lacks_is_not_said_to_be_missing_from_the_record():
    d = row(run(probation_case("148(b)", level="felony", kind="formal", imposition_suspended=True)), "pc17b")
    assert d.status == "needs_review"
    assert "the offense catalog has no row for PC 148(b) to tell" in d.reasons[0].text
    assert "the record does not say" not in d.reasons[0].text


# ---- final check of round 7 -------------------------------------------------------------


def test_a_forcible_subdivision_written_in_full_stays_a_certain_registration_bar():
    d = row(run(_prison("289(a)(1)(A)")), "pc1203_41")
    assert (d.status, d.confidence) == ("not_eligible", "H")


def test_automatic_relief_names_the_section_for_a_registration_that_turns_on_it():
    pimping = probation_case("266h", level="felony", kind="formal", start="2015-01-01", end="2018-01-01")
    d = row(run(pimping), "pc1203_425")
    assert d.missing_facts == ["cases[A].convictions[A1].section"] and d.next_steps == [SUBDIVISION_STEP]


def test_the_strike_line_of_a_subdivision_the_catalog_lacks_says_so():
    (line,) = [t for t in topics(run(_prison("26100(a)")))["prior"] if "strike" in t]
    assert "The offense catalog has no row for PC 26100(a) to tell" in line


def test_a_reduced_count_of_a_custody_case_is_not_told_17b_could_follow():
    old = custody_case("245(a)(2)", code="PC", judgment="2009-03-01", release="2011-03-01", supervision_end="2012-03-01")
    old.convictions[0].relief_granted = [ReliefGranted("pc17b", date(2013, 1, 1))]
    assert not any("later reduced under PC 17(b)" in t for ts in topics(run(old)).values() for t in ts)


# ---- registration on a fact of the case: the jury line, the certificate, 1203.45, 1203.4b ----
# (legal review: these four still read the catalog flag alone, so a bare 266h never counted
# and a 286(b)(1) under SB 145's terms always did)

_RESIDENT = Person(ca_resident_since=D("1990-01-01"))


def test_jury_line_says_registration_may_rest_on_a_felony_that_registers_only_on_a_fact():
    d = run(_prison("266h"), person=Person(registrant_290=True))
    line = " ".join(topics(d)["jury"])
    assert "PC 266h, a felony in this record, requires registration only if the person pimped was a minor" in line
    assert "If registration is for it, they cannot serve on a jury" in line and "CCP 203(a)(11)" in line
    # Not a registrant: the fact does not matter to jury service.
    assert "does not bar jury service now" in " ".join(topics(run(_prison("266h")))["jury"])
    # A section that requires registration whatever the facts: certain, as before.
    assert "cannot serve on a jury" in " ".join(topics(run(_prison("288(a)"), person=Person(registrant_290=True)))["jury"])


def test_certificate_period_asks_when_registration_decides_7_or_10_years():
    # Released 2018-06-01: 7 years ends 2025-06-02, 10 years 2028-06-02; late 2026 is between.
    d = row(run(_prison("266h"), person=_RESIDENT), "cor")
    assert d.status == "needs_review" and d.confidence == "M"
    said = " ".join(r.text for r in d.reasons)
    assert "only if the person pimped was a minor" in said and "on the 7-year reading the petition can be filed now" in said
    assert "on the 10-year reading from 2028-06-02" in said
    assert d.missing_facts == ["convictions[A1].section"]
    # After both readings' periods: nothing left to ask about the period.
    later = row(run(_prison("266h"), person=_RESIDENT, as_of="2028-07-01"), "cor")
    assert later.status == "eligible" and later.confidence == "M"
    # The catalog's written subdivision settles it.
    assert status(run(_prison("266h(b)"), person=_RESIDENT), "cor") == ("eligible_on", "discretionary", D("2028-06-02"))


def test_certificate_for_a_misdemeanor_that_may_be_a_290_sex_offense_is_asked():
    d = row(run(probation_case("653f"), person=_RESIDENT), "cor")
    assert d.status == "needs_review"
    assert "only if it is a PC 290 sex offense, and PC 653f is one only if it was soliciting a sex offense under PC 653f(c)" in d.reasons[0].text
    # A misdemeanor no fact could make registrable stays outside the chapter.
    assert row(run(probation_case("602"), person=_RESIDENT), "cor").status == "not_applicable"


def test_1203_45_asks_whether_a_minor_s_misdemeanor_required_registration():
    case = probation_case("653f", start="2000-03-02", end="2001-03-02")
    case.convictions[0].offense_date = D("1999-12-01")
    d = row(run(case, person=Person(dob=D("1982-06-01"))), "pc1203_45")
    assert d.status == "needs_review" and d.confidence == "M"
    assert "The person was 17" in d.reasons[0].text and "requires it only if it was soliciting a sex offense under PC 653f(c)" in d.reasons[0].text
    assert d.missing_facts == ["convictions[A1].section"]


def test_fire_camp_dismissal_asks_about_a_conviction_that_registers_only_on_a_fact():
    prison = _prison("459/460(b)")
    old = probation_case("266h", id="B", level="felony", kind="formal", start="2008-03-02", end="2011-03-02")
    d = row(run(prison, old, person=Person(fire_camp=True)), "pc1203_4b")
    assert d.status == "needs_review" and d.confidence == "M"
    assert d.reasons[0].text.startswith("PC 266h in case B (convicted 2008-03-02, Los Angeles County) requires PC 290 registration only if the person pimped was a minor")
    assert d.missing_facts == ["cases[B].convictions[B1].section"]
    assert row(run(prison, person=Person(fire_camp=True)), "pc1203_4b").status == "eligible"


@pytest.mark.parametrize("section, code", [("243", "PC"), ("1320", "PC"), ("11357", "HS"), ("23152(a)", "VC"), ("23152(b)", "VC")])
def test_a_felony_under_a_section_whose_felonies_are_all_wobblers_needs_no_subdivision(section, code):
    """Legal review: a felony 243 can only be 243(c) or (d), both wobblers, so asking which
    subdivision could not change the 17(b) answer (the catalog's "wobbler if felony").  A
    felony DUI is one under VC 23550/23550.5, prison or county jail up to a year (oracle 17:
    it was "a straight felony" at H)."""
    d = row(run(probation_case(section, code=code, level="felony", kind="formal", imposition_suspended=True)), "pc17b")
    assert d.status == "eligible" and d.missing_facts == []
    assert d.reasons[0].text.startswith(f"As a felony, {code} {section} is a wobbler: ")
    # The misdemeanor of the same section is no felony to reduce.
    assert row(run(probation_case(section, code=code)), "pc17b").status == "not_applicable"


def test_a_felony_under_a_section_whose_felonies_are_all_1170h_offenses_needs_no_subdivision():
    """Review finding: 1203.42 asked a felony 1320 whether it was 1320(b), the only felony
    form, punishable under PC 1170(h) (the catalog's "h_eligible if felony")."""
    def pre_realignment(section):
        return custody_case(section, code="PC", judgment="2008-06-01", release="2009-06-01", supervision_end="2010-06-01")

    d = row(run(pre_realignment("1320")), "pc1203_42")
    assert (d.status, d.mode, d.missing_facts) == ("eligible", "discretionary", [])
    assert "would now be sentenced under PC 1170(h)" in d.reasons[0].text
    # A felony 243 is still asked whether it was a serious felony (243(d) with great bodily
    # injury), but no longer whether county jail could reach it.
    battery = row(run(pre_realignment("243")), "pc1203_42")
    assert battery.status == "needs_review"
    assert [r.text for r in battery.reasons if "serious or violent felony only if" in r.text]
    assert not [r.text for r in battery.reasons if "1170(h) only if" in r.text]


def test_a_felony_148_is_still_asked_its_subdivision():
    """148(c) is a straight felony: the level does not settle it."""
    d = row(run(probation_case("148", level="felony", kind="formal", imposition_suspended=True)), "pc17b")
    assert d.status == "needs_review" and d.missing_facts == ["convictions[A1].section"]


@pytest.mark.parametrize("section", ["182", "182/211", "182(a)(1)/211"])
def test_a_conspiracy_is_asked_what_its_target_was(section):
    """Conspiracy to commit a serious felony is itself serious (PC 1192.7(c)(42)) and is
    punished like its target: the 182 row's flags fit a misdemeanor target only, and
    automatic relief had been offered for a conspiracy to commit robbery after prison."""
    d = row(run(_prison(section)), "pc1203_425")
    assert d.status == "needs_review" and d.confidence == "M"
    assert "only if the target offense was a serious felony (PC 1192.7(c)(42))" in d.reasons[0].text
    reduce = row(run(probation_case(section, level="felony", kind="formal", imposition_suspended=True)), "pc17b")
    assert reduce.status == "needs_review" and "only if the target offense was a misdemeanor or a wobbler" in reduce.reasons[0].text
    if "/" in section:
        # The target is named, not said to be missing from the catalog (oracle finding F07).
        said = " ".join(r.text for r in d.reasons) + " ".join(d.next_steps)
        assert "no row for" not in said
        assert "conspiracy's target (PC 211)" in d.reasons[0].text
        assert d.next_steps == [f"PC {section} is a conspiracy to commit PC 211: an attorney reads that target against the fact named above."]


def test_the_fact_step_gives_the_injury_example_only_where_the_fact_is_an_injury():
    """Review finding: the great-bodily-injury example was read out under an age-gap
    registration question (286(b)(1), SB 145)."""
    d = row(run(_prison("286(b)(1)"), person=_RESIDENT), "cor")
    assert d.next_steps == [FACT_STEP_PLAIN] and "bodily injury" not in d.next_steps[0]
    assert row(run(_prison("245(a)(4)")), "pc1203_425").next_steps == [FACT_STEP]


def test_o24_01_a_count_naming_two_offenses_asks_which_one():
    """O23-18 (O24-01): "HS 11350/11550" was screened as HS 11550 (its last part), eligible
    for a dismissal, with no word that the count names two offenses.  Where the offenses
    differ for the remedy (PC 288(c)(1) is a 1203.4(b) exclusion, 647(b) is not), it asks
    which (where they do not, S25-14 answers)."""
    s = run(probation_case("288(c)(1)/647(b)"))
    d = row(s, "pc1203_4")
    assert d.status == "needs_review"
    assert "PC 288(c)(1)/647(b) names two offenses (PC 288(c)(1) and PC 647(b))" in d.reasons[0].text
    assert d.next_steps == ["Check the abstract of judgment or the minute order: is the conviction for PC 288(c)(1) or PC 647(b)? Record that one section and screen again."]
    assert row(run(probation_case("647(b)")), "pc1203_4").status == "eligible"  # one offense: answered


def test_o24_01_an_enhancement_that_may_make_the_felony_serious_is_asked_not_dropped():
    """O23-18 (O24-01): "273.5/12022.7(e)" (great bodily injury) was read as a plain 273.5,
    neither serious nor violent, and automatic relief's felony path was eligible, though a
    felony with great bodily injury is both (PC 1192.7(c)(8), 667.5(c)(8))."""
    s = run(_prison("273.5/12022.7(e)"), as_of="2026-11-30")
    d = row(s, "pc1203_425")
    assert d.status == "needs_review" and "the enhancement PC 12022.7(e) written with it was found true or admitted" in d.reasons[-1].text
    assert any("only if the enhancement PC 12022.7(e)" in t for t in topics(s)["prior"])
    assert row(run(_prison("273.5"), as_of="2026-11-30"), "pc1203_425").status == "eligible"


def test_o24_05_other_rows_do_not_call_a_two_offense_count_unknown_to_the_catalog():
    """O24-05: beside the rows asking which offense "HS 11377(a)/11364" is, automatic relief and
    the firearm note said it "is not in the offense catalog", though both sections are."""
    s = run(probation_case("11377(a)/11364", code="HS", start="2022-03-11", end="2023-03-11"), as_of="2026-11-30")
    said = " ".join(r.text for r in row(s, "pc1203_425").reasons) + " ".join(topics(s)["firearms"])
    assert "not in the offense catalog" not in said
    # Neither offense raises automatic relief's open question, so none is asked (S25C-03).
    assert row(s, "pc1203_425").status == "eligible" and "whether automatic relief covers it" not in said
    assert "No state firearm ban follows from this misdemeanor (it is not on the PC 29805 list)." in said  # S25C-07: neither offense is on it
    assert "PC 99999 is not in the offense catalog" in " ".join(topics(run(probation_case("99999")))["firearms"])  # unchanged


def test_o24_08_two_subdivisions_that_differ_ask_which_one():
    """O24-08: "245(a)(1)/(a)(4)" was screened as 245(a)(1) and "245(a)(1)/245(a)(4)" as
    245(a)(4): whether the felony was serious turned on how the pair was typed."""
    for written in ("245(a)(1)/(a)(4)", "245(a)(1)/245(a)(4)"):
        d = row(run(_prison(written)), "pc1203_425")
        assert d.status == "needs_review"
        assert "names two offenses (PC 245(a)(1) and PC 245(a)(4))" in d.reasons[0].text
        assert "is the conviction for PC 245(a)(1) or PC 245(a)(4)?" in d.next_steps[0]



def test_o24b_06_an_attempt_naming_two_offenses_names_both_attempts():
    """O24B-06: "664/187/245(a)(1)" asked "is the conviction for PC 187 or PC 245(a)(1)?",
    dropping the attempt: recording PC 187 as told would screen a murder, not an attempt."""
    d = row(run(_prison("664/187/245(a)(1)")), "pc17b")  # 17(b) differs for the two (1203.41 does not: S25-14)
    assert d.status == "needs_review"
    assert "names two offenses (PC 664/187 and PC 664/245(a)(1))" in d.reasons[0].text
    assert "is the conviction for PC 664/187 or PC 664/245(a)(1)?" in d.next_steps[0]
    arrest = Case(id="B", outcome="dismissed", arrest_date=date(2010, 1, 1), arrest_offenses=[ArrestOffense(code="PC", section="664/187/245(a)(1)", level="felony")])
    said = " ".join(r.text for d in run(arrest).results if d.case == "B" for r in d.reasons)
    assert "PC 664/187/245(a)(1) names two offenses (PC 664/187 and PC 664/245(a)(1)), and the record does not say which one the arrest is for" in said
    assert "names two offenses (HS 11350 and HS 11359)" in row(run(probation_case("11350/11359", code="HS")), "prop64").reasons[0].text  # no attempt: unchanged


@pytest.mark.parametrize("written", ["245(a)(4)/245", "245/245(a)(4)"])
def test_s25_01_a_245a4_written_with_its_section_is_reduced_as_a_245a4(written):
    """S25-01: "245(a)(4)/245" was read as the bare 245, and 17(b) asked whether it was under
    (a)(1), (a)(2) or (a)(4), though the count says (a)(4); "245/245(a)(4)" was not asked."""
    s = run(probation_case(written, level="felony", kind="formal", start="2018-03-02", end="2021-03-02", imposition_suspended=True))
    assert status(s, "pc17b")[:2] == ("eligible", "discretionary")


def test_s25_02_a_245a4_written_with_its_section_is_not_said_to_have_no_row():
    """S25-02: the strike line of "245/245(a)(4)" said "the offense catalog has no row for PC
    245/245(a)(4) to tell", and the catalog reads it as its 245(a)(4) row."""
    s = run(probation_case("245/245(a)(4)", level="felony", kind="formal", start="2018-03-02", end="2021-03-02", imposition_suspended=True))
    prior = " ".join(topics(s)["prior"])
    assert "great bodily injury" in prior and "no row" not in prior


@pytest.mark.parametrize("written", ["262(a)(3)/(a)(1)", "262(a)(1)/262(a)(3)"])
def test_s25_02_two_subdivisions_read_as_one_row_ask_which_one(written):
    """S25-02: "262(a)(3)/(a)(1)" (both read as the former-262 row) was "the offense catalog
    has no row for PC 262(a)(3)/(a)(1) to tell", with an attorney to read it, while the facts to
    find out asked "is the conviction for PC 262(a)(3) or PC 262(a)(1)?"; the result now asks
    that one question itself, with the section as the missing fact."""
    s = run(probation_case(written, level="felony", kind="formal", start="2010-03-02", end="2013-03-02"))
    d = row(s, "pc1203_425")
    assert d.status == "needs_review"
    text = " ".join(r.text for r in d.reasons)
    assert "no row" not in text and "names two offenses (PC 262(a)" in text
    assert any(fact.endswith("convictions[A1].section") for fact in d.missing_facts)
    assert any("is the conviction for PC 262(a)" in step for step in d.next_steps)


def test_a_felony_serious_whatever_its_paragraph_is_not_asked_whether_it_is_serious_or_violent():
    # Former PC 262 is serious in every paragraph (1192.7(c)(3)); only violence turns on
    # (a)(1)/(a)(4).  "Serious or violent" is settled, so automatic relief's felony path
    # (1203.425(a)(1)(B)(iv)) is closed and the strike line is not hedged (C37).
    d = row(run(_prison("262")), "pc1203_425")
    assert d.status == "not_eligible", [r.text for r in d.reasons]
    assert not any("only if" in r.text for r in d.reasons)
    strike = topics(run(probation_case("262", level="felony", kind="formal")))["prior"]
    assert any(t.startswith("As a serious or violent felony it stays a strike") for t in strike)
    # violence alone is still asked where it alone decides (PC 236.14(a) excludes violent felonies)
    case = probation_case("262", level="felony", kind="formal")
    case.convictions[0].trafficking_related = True
    assert "only if it was under former PC 262(a)(1) or (a)(4)" in row(run(case, person=Person()), "pc236_14").reasons[0].text


def test_an_arrest_violent_only_on_a_fact_is_counted_by_its_term_not_sent_to_an_attorney():
    # PC 451 is violent only under (a)-(b) (667.5(c)(10)), never a life term: its arrest is
    # counted at 6 years with 3 asked (PC 800, 801), not reviewed as possibly unlimited (C37).
    from test_pc851_91 import arrest

    s = run(arrest(level="felony", when="2022-03-01", offenses=[("PC", "451")]), as_of="2026-12-02")
    sealing = row(s, "pc851_91", conv=None)
    assert not any("violent or sex offense" in r.text for r in sealing.reasons)
    assert any(r.text.startswith("The arrest was for PC 451: charges could be filed for 6 years") for r in sealing.reasons)
    robbery = run(arrest(level="felony", when="2022-03-01", offenses=[("PC", "211")]), as_of="2026-12-02")
    assert "is a violent or sex offense" in row(robbery, "pc851_91", conv=None).reasons[0].text
