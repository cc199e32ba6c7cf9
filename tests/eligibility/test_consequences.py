"""Consequences per conviction: what a dismissal does not change, each with its citation."""

from __future__ import annotations

from clinic_app.model import Person, ReliefGranted

from engine_builders import D, custody_case, money, probation_case, run, topics


def test_felony_firearm_ban_survives_dismissal_and_17b_would_lift_it():
    rec = probation_case("459/460(b)", level="felony", kind="formal", imposition_suspended=True)
    t = topics(run(rec))["firearms"][0]
    assert "lifetime state and federal ban" in t and "PC 29800(a)(1)" in t and "17(b)" in t


def test_straight_felony_does_not_mention_17b():
    rec = probation_case("11350(a)", code="HS", level="felony", kind="formal")
    assert "17(b)" not in topics(run(rec))["firearms"][0]


def test_29805_ten_year_ban_runs_from_the_conviction_date():
    running = topics(run(probation_case("242", start="2026-03-01", end="2027-03-01", status="active")))["firearms"][0]
    ended = topics(run(probation_case("242", start="2010-03-01", end="2011-03-01")))["firearms"][0]
    assert "runs through 2036-03-01, its tenth anniversary: no firearm before 2036-03-02" in running and "PC 29805(a)" in running
    assert "ended on 2020-03-01" in ended


def test_no_firearm_ban_for_a_misdemeanor_off_the_list():
    t = topics(run(probation_case()))["firearms"][0]
    assert t.startswith("No state firearm ban")


def test_federal_domestic_violence_ban():
    t = " ".join(topics(run(probation_case("243(e)(1)")))["firearms"])
    assert "18 USC 922(g)(9)" in t


def test_jury_service_felony_while_on_supervision():
    rec = custody_case(judgment="2021-03-01", release="2024-06-01", supervision="prcs", supervision_end=None)
    t = topics(run(rec))["jury"][0]
    assert "cannot serve on a jury" in t and "CCP 203(a)(10)" in t


def test_jury_service_barred_by_supervision_in_another_case():
    """Public case S57: an old felony (case P), and PRCS running in case A: no jury now."""
    old = custody_case("211", id="P", code="PC", judgment="2010-01-01", release="2013-01-01", supervision_end="2016-01-01")
    on_prcs = custody_case(judgment="2021-03-01", release="2024-06-01", supervision="prcs", supervision_end=None)
    t = topics(run(old, on_prcs), case="P", conv="P1")["jury"][0]
    assert "cannot serve on a jury now" in t and "PRCS" in t and "case A" in t
    assert "does not bar jury service now" not in t


def test_jury_service_not_barred_by_misdemeanor_probation_elsewhere():
    old = custody_case("211", id="P", code="PC", judgment="2010-01-01", release="2013-01-01", supervision_end="2016-01-01")
    misdemeanor = probation_case(start="2026-01-01", end="2027-01-01", status="active")
    t = topics(run(old, misdemeanor), case="P", conv="P1")["jury"][0]
    assert t.startswith("This felony does not bar jury service now")


def test_no_17b_hint_when_a_prison_term_was_imposed_and_suspended():
    """Public case S43 (People v. Wood): 17(b) is not available, so the firearm line must not
    promise that a reduction would lift the ban."""
    rec = probation_case("496(a)", level="felony", kind="formal", imposition_suspended=False, wobbler=True)
    assert "17(b)" not in topics(run(rec))["firearms"][0]


def test_peace_officer_line_names_17b_only_for_a_wobbler():
    straight = topics(run(probation_case("11350(a)", code="HS", level="felony", kind="formal")))["peace_officer"][0]
    wobbler = topics(run(probation_case("459/460(b)", level="felony", kind="formal")))["peace_officer"][0]
    assert "Gov. Code 1029" in straight and "17(b)" not in straight
    assert "17(b)" in wobbler


def test_prop47_felony_is_told_a_reduction_keeps_the_gun_ban():
    low = topics(run(probation_case("11350(a)", code="HS", level="felony", kind="formal")))["firearms"][0]
    theft = probation_case("496(a)", level="felony", kind="formal", wobbler=True)
    theft.convictions[0].value_dollars = 3000
    over_950 = topics(run(theft))["firearms"][0]
    assert "Prop 47 reduction would not restore firearm rights" in low and "PC 1170.18(k)" in low
    assert "Prop 47" not in over_950


def test_infraction_is_not_called_a_misdemeanor():
    t = topics(run(probation_case("415", level="infraction")))["firearms"][0]
    assert "infraction" in t and "misdemeanor" not in t


def test_jury_service_felony_based_registrant():
    rec = probation_case("288(a)", level="felony", kind="formal", start="2008-04-01", end="2013-04-01")
    t = topics(run(rec, person=Person(registrant_290=True)))["jury"][0]
    assert "CCP 203(a)(11)" in t


def test_misdemeanor_has_no_jury_consequence():
    assert "jury" not in topics(run(probation_case()))


def test_dmv_and_dui_prior():
    t = topics(run(probation_case("23152(a)", code="VC", start="2021-08-01", end="2025-08-01")))
    assert "VC 13555" in t["dmv"][0]
    assert any("VC 23540" in p for p in t["prior"])


def test_registration_continues():
    rec = probation_case("288(a)", level="felony", kind="formal")
    assert "PC 290.007" in topics(run(rec, person=Person(registrant_290=True)))["registration"][0]


def test_every_conviction_can_still_be_a_prior():
    assert "PC 1203.4(a)(1)" in topics(run(probation_case()))["prior"][0]


def test_serious_felony_stays_a_strike():
    rec = custody_case("211", code="PC", judgment="2015-01-20", release="2017-01-20", supervision_end="2018-07-20")
    assert any("strike" in p for p in topics(run(rec))["prior"])


def test_immigration_referral_when_not_a_citizen_or_unknown():
    assert "immigration" not in topics(run(probation_case(), person=Person(us_citizen=True)))
    no = topics(run(probation_case(), person=Person(us_citizen=False)))["immigration"][0]
    unknown = topics(run(probation_case(), person=Person(us_citizen=None)))["immigration"][0]
    assert "not a US citizen" in no and "PC 1473.7" in no and "INA 101(a)(48)(A)" in no
    assert unknown.startswith("Citizenship is unknown")


def test_restitution_stays_owed():
    rec = probation_case(money=money(restitution_ordered=900, restitution_paid=100))
    assert "$800" in topics(run(rec))["restitution"][0]


def test_felony_bars_peace_officer_work():
    rec = probation_case("459/460(b)", level="felony", kind="formal", imposition_suspended=True)
    assert "Gov. Code 1029" in topics(run(rec))["peace_officer"][0]
    assert "peace_officer" not in topics(run(probation_case()))


def test_a_1203_45_sealing_replaces_the_disclosure_duty():
    """ca-rules.md 3.13: sealed under 1203.45, the conviction is deemed not to have occurred."""
    dismissed = probation_case("488", start="2008-01-15", end="2009-01-15")
    dismissed.convictions[0].relief_granted = [ReliefGranted("pc1203_4", None)]
    sealed = probation_case("488", start="2008-01-15", end="2009-01-15")
    sealed.convictions[0].relief_granted = [ReliefGranted("pc1203_4", None), ReliefGranted("pc1203_45", None)]
    assert "must still be disclosed" in topics(run(dismissed))["disclosure"][0]
    t = topics(run(sealed))["disclosure"]
    assert len(t) == 1 and "deemed not to have occurred" in t[0] and "PC 1203.45(a)" in t[0]


def test_17b_hint_for_a_29805_wobbler_names_the_ten_year_ban():
    """ca-rules.md 3.7: a reduced 245 is a PC 29805 misdemeanor, so a ten-year ban follows."""
    rec = probation_case("245(a)(4)", level="felony", kind="formal", start="2018-06-01", end="2021-06-01", imposition_suspended=True, wobbler=True)
    s = run(rec)
    t = topics(s)["firearms"][0]
    assert "17(b) reduction" in t and "ten-year state ban (PC 29805)" in t and "until 2028-06-01" in t
    assert "PC 29805(a)" in t
    reduction = [r for r in s.results if r.remedy == "pc17b"][0]
    assert any("PC 29805" in r.cite and "ten-year" in r.text for r in reduction.reasons)


def test_jury_registrant_because_of_a_felony_in_another_case():
    """Public case S51: registration comes from the felony 288(a) in case P; every felony of
    the record then says the person cannot serve (CCP 203(a)(11))."""
    sex_offense = probation_case("288(a)", id="P", level="felony", kind="formal", start="2008-04-01", end="2013-04-01")
    other = probation_case("459/460(b)", level="felony", kind="formal", start="2015-03-02", end="2018-03-02")
    t = topics(run(sex_offense, other, person=Person(registrant_290=True)))["jury"][0]
    assert "cannot serve on a jury" in t and "PC 288(a)" in t and "CCP 203(a)(11)" in t
    assert "does not bar" not in topics(run(sex_offense, other, person=Person(registrant_290=True)))["jury"][0]
    # Without registration on the record, the PC 288(a) felony that normally requires it is a
    # doubt to check, as the registration line says, not a settled "does not bar" (E64-02).
    assert topics(run(sex_offense, other))["jury"][0] == (
        "PC 288(a), a felony in this record, normally requires PC 290 registration, but the record says the person does not register (check): "
        "if they must register because of it, they cannot serve on a jury; otherwise this felony alone does not bar jury service. [CCP 203(a)(11) (SB 310)]"
    )


def test_disclosure_of_an_offense_1203_4_b_bars_from_dismissal_presumes_no_dismissal():
    t = topics(run(probation_case("288(a)", level="felony", kind="formal", start="2008-04-01", end="2013-04-01")))["disclosure"][0]
    assert "as dismissed" not in t and "PC 1203.4(b) rules out dismissing it by petition, so" in t and "it stays a conviction" in t
    assert "as dismissed" in topics(run(probation_case()))["disclosure"][0]


def test_17b_hint_for_a_273_5_felony_since_2019_names_the_lifetime_ban():
    """ca-rules.md 4.5: a misdemeanor 273.5 convicted on or after 2019-01-01 carries a lifetime
    state ban (PC 29805(b)), so a reduction does not end the ban."""
    rec = probation_case("273.5(a)", level="felony", kind="formal", start="2020-01-01", end="2023-01-01", imposition_suspended=True, wobbler=True)
    s = run(rec)
    t = topics(s)["firearms"][0]
    assert "lifetime state ban (PC 29805(b))" in t and "PC 29805(b)" in t.split("[")[-1]
    reduction = [r for r in s.results if r.remedy == "pc17b"][0]
    assert any("PC 29805(b)" in r.cite and "lifetime" in r.text for r in reduction.reasons)
    before_2019 = probation_case("273.5(a)", level="felony", kind="formal", start="2017-01-01", end="2020-01-01", imposition_suspended=True, wobbler=True)
    assert "ten-year state ban" in topics(run(before_2019))["firearms"][0]


# ---- A consequences review (as a clinic attorney would read them) --------------------------

from datetime import date  # noqa: E402

from clinic_app.model import Case, Money, Sentence  # noqa: E402

from engine_builders import conviction, no_probation_case, row  # noqa: E402


def _granted(case, remedy, when="2020-01-01"):
    case.convictions[0].relief_granted = [ReliefGranted(remedy, date.fromisoformat(when) if when else None)]
    return case


def test_a_vacated_conviction_leaves_nothing_of_a_conviction():
    # ca-rules.md 4.5 "Vacatur: no conviction remains, so no prohibition from it"; section 5, Vacated.
    rec = _granted(probation_case("11351", code="HS", level="felony", kind="formal"), "pc1473_7")
    s = run(rec, person=Person(us_citizen=False))
    t = topics(s)
    assert set(t) == {"vacated", "disclosure", "immigration"}
    assert "Vacated under PC 1473.7 on 2020-01-01: no conviction remains" in t["vacated"][0]
    assert "SF-86" in t["disclosure"][0] and "as dismissed" not in t["disclosure"][0]
    assert "Matter of Pickering" in t["immigration"][0]
    # and no remedy offers to dismiss, reduce or seal what is no longer there
    for d in s.results:
        if d.conviction == "A1" and d.remedy != "pc1473_7":
            assert d.status == "not_applicable", d
            assert "vacated under PC 1473.7" in d.reasons[0].text
    assert row(s, "pc1473_7").reasons[0].cite == "The client's record (relief already granted)"  # words, not a field name (O19-06)


def test_a_236_14_vacatur_keeps_victim_restitution_owed():
    rec = _granted(probation_case("647(b)", money=Money(restitution_ordered=500, restitution_paid=100)), "pc236_14")
    t = topics(run(rec))
    assert "not forgiven" in t["restitution"][0] and "$400" in t["restitution"][0]
    assert "prior" not in t and "firearms" not in t


def test_a_misdemeanor_is_never_called_a_strike():
    for section in ("245(a)(1)", "422(a)"):
        misdemeanor = " ".join(topics(run(probation_case(section)))["prior"])
        felony = " ".join(topics(run(probation_case(section, level="felony", kind="formal")))["prior"])
        assert "strike" not in misdemeanor, section
        assert "stays a strike, even if later reduced under PC 17(b)" in felony, section


def test_a_straight_felony_strike_does_not_mention_17b():
    t = " ".join(topics(run(custody_case("211", code="PC")))["prior"])
    assert "stays a strike." in t and "17(b)" not in t


def test_prop64_redesignated_felony_firearms_is_an_open_question_not_a_ban():
    rec = _granted(probation_case("11359", code="HS", level="felony", kind="formal"), "prop64", None)
    t = topics(run(rec))["firearms"][0]
    assert "unsettled" in t and "HS 11361.8(h)" in t
    assert "lifetime state and federal ban" not in t


def test_jury_line_names_the_bar_and_when_it_ends():
    rec = custody_case(judgment="2021-03-01", release="2024-06-01", supervision="prcs", supervision_end="2027-06-01")
    t = topics(run(rec))["jury"][0]
    assert "cannot serve on a jury now: they are on post-release community supervision (PRCS) through 2027-06-01" in t
    assert "CCP 203(a)(10)" in t


def test_jury_line_says_when_the_record_cannot_tell_whether_supervision_ended():
    # Formal probation with no end date: 1203.4 asks for it, and jury service must not be promised.
    rec = probation_case("11378", code="HS", level="felony", kind="formal", start="2024-01-10", end=None, status=None)
    t = topics(run(rec))["jury"][0]
    assert t.startswith("The record does not show whether the person is still on probation.")  # its own case unnamed (S27B-02)
    assert "does not bar jury service now" not in t


def test_jury_counts_felony_parole_from_another_state():
    ca = probation_case("11350(a)", code="HS", level="felony", kind="formal")
    nv = custody_case(id="B", supervision_end=None, release="2025-01-01", judgment="2023-01-01")
    nv.jurisdiction = "NV"
    t = topics(run(ca, nv))["jury"][0]
    assert "does not bar jury service now" not in t


def test_261_5d_reduced_under_17b_disclosure_leaves_the_dismissal_open():
    rec = _granted(probation_case("261.5(d)", level="felony", kind="formal"), "pc17b", "2019-01-01")
    s = run(rec)
    assert row(s, "pc1203_4").status == "needs_review"
    t = topics(s)["disclosure"][0]
    assert "no dismissal would change that" not in t and "unsettled" in t


def test_a_misdemeanor_261_5_is_not_called_undismissable():
    t = topics(run(probation_case("261.5(c)")))["disclosure"][0]
    assert "no dismissal would change that" not in t


def test_immigration_names_what_helps_and_the_pre_2011_possession_window():
    person = Person(us_citizen=False)
    old = _granted(probation_case("11350(a)", code="HS", level="felony", kind="formal", start="2009-03-01", end="2010-03-01"), "pc1203_4", "2012-01-01")
    t = topics(run(old, person=person))["immigration"][0]
    assert "PC 1016.5" in t and "PC 1203.43" in t
    assert "before 2011-07-14" in t and "Nunez-Reyes" in t
    recent = probation_case("11350(a)", code="HS", level="felony", kind="formal", start="2012-03-01", end="2013-03-01")
    assert "before 2011-07-14" not in topics(run(recent, person=person))["immigration"][0]


def test_242_misdemeanor_gets_the_conditional_federal_domestic_violence_caution():
    t = " ".join(topics(run(probation_case("242")))["firearms"])
    assert "runs through" in t or "ended on" in t
    assert "If the victim was a spouse, partner or family member" in t and "18 USC 922(g)(9)" in t
    felony = " ".join(topics(run(probation_case("245(a)(1)", level="felony", kind="formal", imposition_suspended=False)))["firearms"])
    assert "922(g)(9)" not in felony  # a felony has its own lifetime ban (and 17(b) is closed here)


def test_wet_reckless_counts_as_a_dui_prior_in_one_line():
    t = topics(run(probation_case("23103.5", code="VC")))["prior"]
    assert len(t) == 1 and "wet reckless" in t[0] and "VC 23540" in t[0]
    dui = topics(run(probation_case("23152(a)", code="VC")))["prior"]
    assert len(dui) == 1 and "DUI case" in dui[0] and "used against them as a prior conviction" in dui[0]


def test_an_out_of_state_felony_still_bars_firearms():
    nv = Case(id="B", jurisdiction="NV", convictions=[conviction("NRS 205.060", level="felony", id="B1")], sentence=Sentence(type="state_prison"))
    t = topics(run(probation_case(), nv), case="B", conv="B1")
    assert list(t) == ["firearms"] and "another state or a federal court (NV)" in t["firearms"][0]
    nv_misdemeanor = Case(id="C", jurisdiction="NV", convictions=[conviction("NRS 200.481", id="C1")])
    assert topics(run(nv_misdemeanor), case="C", conv="C1") == {}


def test_registration_line_follows_the_record():
    rec = probation_case("311.11(a)", level="felony", kind="formal")
    not_registered = topics(run(rec, person=Person(registrant_290=False)))["registration"][0]
    registered = topics(run(rec, person=Person(registrant_290=True)))["registration"][0]
    assert "the record says the person does not register: check" in not_registered
    assert registered.startswith("Sex-offender registration continues")


def test_peace_officer_line_speaks_of_the_reduction_the_record_shows():
    reduced = _granted(probation_case("245(a)(1)", level="felony", kind="formal"), "pc17b", "2021-05-05")
    t = topics(run(reduced))["peace_officer"][0]
    assert t.startswith("Reduced to a misdemeanor under PC 17(b) on 2021-05-05") and "unsettled" in t
    prop47 = _granted(probation_case("11350(a)", code="HS", level="felony", kind="formal"), "prop47")
    assert "Redesignated a misdemeanor under Prop 47" in topics(run(prop47))["peace_officer"][0]
    # 17(b) cannot be had after a state prison term: not mentioned
    prison = custody_case("273.5(a)", code="PC")
    assert "17(b)" not in topics(run(prison))["peace_officer"][0]


def test_a_traffic_infraction_is_not_called_dismissible():
    t = topics(run(no_probation_case("22350", code="VC", level="infraction")))["disclosure"][0]
    assert "as dismissed" not in t and "PC 1203.4a(d)" in t


def test_a_case_convicted_after_the_screening_day_has_no_case_level_remedy_either():
    rec = probation_case(start="2015-03-02", end="2018-03-02")
    s = run(rec, as_of="2010-01-01")
    assert {d.status for d in s.results} == {"not_applicable"}
    assert row(s, "pc1203_3", conv=None).reasons[0].text.startswith("The conviction is dated after the day")


def test_disclosure_cites_the_dismissal_statute_of_the_sentence():
    assert "[PC 1203.4(a)(1); PC 1203.425; SF-86 section 22; USCIS Form N-400]" in topics(run(probation_case()))["disclosure"][0]
    assert "[PC 1203.4a; PC 1203.425; SF-86 section 22; USCIS Form N-400]" in topics(run(no_probation_case()))["disclosure"][0]
    jail = topics(run(custody_case("11378", type="county_jail_1170h", supervision=None, supervision_end=None)))["disclosure"][0]
    assert "IHSS provider enrollment" in jail and "[PC 1203.41; PC 1203.425; SF-86 section 22; USCIS Form N-400]" in jail
    # and so does the prior line
    assert topics(run(no_probation_case()))["prior"][0].endswith("[PC 1203.4a]")
    assert topics(run(custody_case("11378", type="county_jail_1170h", supervision=None, supervision_end=None)))["prior"][0].endswith("[PC 1203.41]")


def test_disclosure_says_what_sealing_still_open_would_change():
    # Under 18 at the offense (dob 2000-01-01, convicted at 17): PC 1203.45 is open.
    person = Person(dob=date(2000, 1, 1))
    rec = probation_case("484(a)/488", start="2017-06-01", end="2018-06-01")
    rec.convictions[0].offense_date = date(2017, 3, 1)
    s = run(rec, person=person)
    assert row(s, "pc1203_45").status not in ("not_eligible", "not_applicable")
    assert "Once sealed under PC 1203.45 it is deemed not to have occurred" in topics(s)["disclosure"][0]


def test_jury_line_gives_the_doubt_when_ab1950_may_have_ended_felony_probation():
    # judgment not final on 2021-01-01 (People v. Quinn); a term ordered from 2021 on stands
    rec = probation_case("459/460(b)", level="felony", kind="formal", start="2020-12-15", end="2023-12-15", status="active")
    t = topics(run(rec, as_of="2023-10-01"))["jury"][0]  # past the capped end 2022-12-15, before the ordered end
    assert "AB 1950 caps felony probation at 2 years" in t and "cannot serve on a jury" in t
    assert "CCP 203(a)(9)-(10)" in t


def test_felony_firearms_line_flags_the_open_prop64_question():
    rec = probation_case("11359", code="HS", level="felony", kind="formal", start="2012-01-10", end="2014-01-10")
    s = run(rec)
    assert row(s, "prop64").status not in ("not_eligible", "not_applicable")
    t = topics(s)["firearms"][0]
    assert "Whether Prop 64 relief (a redesignation, or a dismissal and sealing) would lift it is unsettled" in t and "HS 11361.8(h)" in t


# ---- A legal review of the consequences layer (requests in /tmp/review-conseq) -------------


def test_disclosure_of_a_conviction_no_petition_reaches_stays_a_conviction():
    """Review r25: PC 261(a)(2), state prison, a registrant: 1203.41 ((a)(6)), 1203.42 and
    1203.425 are all ruled out, so nothing will dismiss it; what is left is a certificate of
    rehabilitation (ca-rules.md 3.17)."""
    rec = custody_case("261(a)(2)", code="PC", judgment="2005-03-01", release="2012-01-01", supervision_end="2015-01-01")
    s = run(rec, person=Person(registrant_290=True))
    assert {row(s, r).status for r in ("pc1203_41", "pc1203_42", "pc1203_425")} == {"not_eligible"}
    t = topics(s)["disclosure"][0]
    assert "as dismissed" not in t and "No petition can dismiss it, so it stays a conviction" in t
    assert "certificate of rehabilitation" in t and "PC 1203.41(a)(6)" in t and "PC 4852.01" in t
    # the same prison term without registration can be dismissed under 1203.41
    assert "as dismissed" in topics(run(custody_case("459/460(b)", code="PC")))["disclosure"][0]


def test_disclosure_applies_the_exclusions_of_the_sentences_own_dismissal_statute():
    """Review r01/r01b: a misdemeanor PC 311.11 or 311.2 without probation goes to PC 1203.4a,
    whose exclusions (1203.4a(d)) do not name it; PC 1203.4(b)'s list is for probation."""
    for section in ("311.11(a)", "311.2(a)"):
        s = run(no_probation_case(section, judgment="2018-03-01"))
        assert row(s, "pc1203_4a").status == "eligible", section
        t = topics(s)["disclosure"][0]
        assert "as dismissed" in t and "PC 1203.4(b)" not in t, section
        # with probation, 1203.4(b) rules it out
        assert "PC 1203.4(b) rules out dismissing it by petition" in topics(run(probation_case(section)))["disclosure"][0]
    # 1203.4a(d)'s own list: a VC 2800 misdemeanor without probation
    t = topics(run(no_probation_case("2800", code="VC", judgment="2018-03-01")))["disclosure"][0]
    assert "PC 1203.4a(d) rules out dismissing it by petition, so" in t and "it stays a conviction" in t and "PC 1203.4(b)" not in t
    # a prison term goes to 1203.41, which has no such list: the screening decides, and says why
    t = topics(run(custody_case("288(a)", code="PC", judgment="2005-03-01", release="2012-01-01", supervision_end="2015-01-01"), person=Person(registrant_290=True)))["disclosure"][0]
    assert "stays a conviction" in t and "PC 1203.4(b)" not in t and "PC 1203.41(a)(6)" in t


def test_disclosure_of_an_excluded_offense_names_automatic_relief_where_the_screening_leaves_it_open():
    """Review r11b: VC 2800 is within VC 42002.1, so 1203.4(b) rules out a petition; whether
    1203.425 reaches it is an open question (ca-rules.md 8.3), which the line must not close."""
    s = run(probation_case("2800", code="VC", start="2021-03-01", end="2022-03-01"))
    assert row(s, "pc1203_4").status == "not_eligible" and row(s, "pc1203_425").status == "needs_review"
    t = topics(s)["disclosure"][0]
    assert "PC 1203.4(b) rules out dismissing it by petition, so unless automatic relief under PC 1203.425 reaches it (an open question), it stays a conviction" in t
    assert "PC 1203.425" in t.split("[")[-1]
    # where 1203.425 is ruled out too (a registrant), the line stays flat
    s = run(probation_case("288(a)", level="felony", kind="formal", start="2008-04-01", end="2013-04-01"), person=Person(registrant_290=True))
    assert row(s, "pc1203_425").status == "not_eligible"
    assert "automatic relief" not in topics(s)["disclosure"][0]


def test_sealing_and_dismissal_leave_the_sf86_and_immigration_forms():
    """Review r08, r08b: 1203.45 sealing is no exception to the SF-86 (ca-rules.md 4.9 [H]: state
    relief of any kind) and immigration forms ask "even if sealed" (4.8); a dismissal neither."""
    sealed = probation_case("594(b)(2)(A)", start="2010-03-01", end="2011-03-01")
    sealed.convictions[0].relief_granted = [ReliefGranted("pc1203_45", date(2020, 1, 10))]
    t = topics(run(sealed))["disclosure"][0]
    assert "deemed not to have occurred" in t and "SF-86" in t and "immigration forms" in t and "even if sealed" in t
    assert "SF-86 section 22" in t.split("[")[-1]
    # sealing still open: what it would change, and what it would not
    person = Person(dob=date(2000, 1, 1))
    rec = probation_case("484(a)/488", start="2017-06-01", end="2018-06-01")
    rec.convictions[0].offense_date = date(2017, 3, 1)
    t = topics(run(rec, person=person))["disclosure"][0]
    assert "Once sealed under PC 1203.45 it is deemed not to have occurred, but the SF-86 and immigration forms still call for it" in t
    assert "no longer applies" not in t
    # a dismissal: the SF-86 and immigration forms still ask (review finding: the list read as
    # complete without them, and sealing then seemed to add a duty)
    dismissed = topics(run(probation_case()))["disclosure"][0]
    assert "Federal security-clearance (SF-86) and immigration (USCIS, such as the N-400) forms ask even about cleared records: disclose it there too." in dismissed
    # In short sentences (readability finding R15-20: one sentence of 60 words).
    assert max(len(x.split()) for x in dismissed.split("[")[0].split(". ")) <= 30


def test_after_a_vacatur_the_cautious_disclosures_are_not_said_as_certain():
    """Review r07, r09b, r09: ca-rules.md 5's Vacated column is [L] "conservative: disclose" for a
    peace-officer, public-office, Lottery and licensing application, [H] for the SF-86; an open
    236.14 vacatur must not promise that nothing is left to disclose."""
    for remedy in ("pc1473_7", "pc236_14"):
        t = topics(run(_granted(probation_case("647(b)"), remedy, "2021-01-10")))
        assert "disclosure duty" not in t["vacated"][0] and "neither a firearm ban nor a prior" in t["vacated"][0]
        d = t["disclosure"][0]
        assert "immigration forms and a federal security-clearance form (SF-86)" in d
        assert "peace-officer" in d and "cautious" in d and "unsettled" in d
    rec = probation_case("647(b)", start="2019-01-10", end="2020-01-10")
    rec.convictions[0].trafficking_related = True
    s = run(rec)
    assert row(s, "pc236_14").status == "eligible"
    d = topics(s)["disclosure"][0]
    assert "no longer applies" not in d and "Once vacated under PC 236.14" in d and "SF-86" in d.split("Once vacated")[1]


def test_jury_line_is_not_certain_where_the_level_of_the_probation_is_unknown():
    """Review r02: the person reports probation (person.on_supervision) and no case shows it,
    so whether it is felony probation (CCP 203(a)(10)) is unknown: say so, not "does not bar"."""
    prison = custody_case("459/460(a)", code="PC", judgment="2010-03-01", release="2012-01-01", supervision_end="2014-01-01")
    t = topics(run(prison, person=Person(on_supervision="probation")))["jury"][0]
    assert "does not bar jury service now" not in t
    assert "the record does not show whether it is felony probation: if it is, they cannot serve on a jury" in t
    assert "CCP 203(a)(10)" in t
    # reported parole is felony supervision whatever the case: certain
    assert "cannot serve on a jury now" in topics(run(prison, person=Person(on_supervision="parole")))["jury"][0]


def test_jury_line_for_a_registrant_whose_registrable_offense_is_not_in_the_record():
    """Review r12, r29: registration bars jury service only if it is for a felony (ca-rules.md
    4.7); with no registrable offense in the record that is unknown, not ruled out."""
    jail = custody_case("459/460(b)", code="PC", type="county_jail_1170h", judgment="2012-03-01", release="2013-01-01", supervision=None, supervision_end=None)
    t = topics(run(jail, person=Person(registrant_290=True)))["jury"][0]
    assert "does not bar jury service now" not in t
    assert "the record does not show the offense it is for: if that is a felony, they cannot serve on a jury" in t and "CCP 203(a)(11)" in t
    # a registrable misdemeanor in the record explains the registration: no felony basis
    misdemeanor = probation_case("243.4(e)(1)", id="B", start="2009-07-11", end="2010-07-11")
    t = topics(run(jail, misdemeanor, person=Person(registrant_290=True)))["jury"][0]
    assert t.startswith("This felony does not bar jury service now")


def test_jury_line_reads_probation_in_a_reduced_case_as_misdemeanor_probation():
    """Review r26: the felony in case B was reduced under 17(b), a misdemeanor for all purposes
    (ca-rules.md 3.7), so its probation is not felony probation (CCP 203(a)(10))."""
    prison = custody_case("459/460(a)", code="PC", judgment="2010-03-01", release="2012-01-01", supervision_end="2014-01-01")
    reduced = _granted(probation_case("496(a)", id="B", level="felony", kind="formal", start="2025-06-01", end="2027-06-01", status="active", imposition_suspended=True), "pc17b", "2026-01-10")
    t = topics(run(prison, reduced))["jury"][0]
    assert t.startswith("This felony does not bar jury service now")
    # not reduced: felony probation, no jury service until it ends
    felony = probation_case("496(a)", id="B", level="felony", kind="formal", start="2025-06-01", end="2027-06-01", status="active", imposition_suspended=True)
    assert "cannot serve on a jury now: they are on probation in case B" in topics(run(prison, felony))["jury"][0]


def test_firearm_line_for_a_section_pc_29805_lists_only_in_part():
    """Review r03: PC 29805 lists 490.2 only where the property was a firearm (ca-rules.md 4.5),
    so neither "no ban" nor a flat ban is right; likewise a bare 148 (only 148(d) is listed)
    or 26100 (only (b) and (d)), where the subdivision written would decide it."""
    t = topics(run(probation_case("490.2", start="2020-03-01", end="2021-03-01")))["firearms"]
    assert len(t) == 1 and "only if the property taken was a firearm" in t[0] and "runs through 2030-03-01, its tenth anniversary (no firearm before 2030-03-02" in t[0]
    assert "not on the PC 29805 list" not in t[0] and "PC 29805(a)" in t[0]
    bare = topics(run(probation_case("148", start="2020-03-01", end="2021-03-01")))["firearms"][0]
    assert "only if it was under PC 148(d)" in bare
    assert topics(run(probation_case("148(a)(1)")))["firearms"][0].startswith("No state firearm ban")
    assert "only if it was under PC 26100(b) or (d)" in topics(run(probation_case("26100", start="2020-03-01", end="2021-03-01")))["firearms"][0]
    assert topics(run(probation_case("26100(b)", start="2020-03-01", end="2021-03-01")))["firearms"][0].startswith("A ten-year state firearm ban from the conviction date runs through 2030-03-01")


def test_17b_hint_for_a_felony_273_5_or_245_names_the_federal_domestic_violence_ban():
    """Review r28: a reduction makes the offense a misdemeanor crime of domestic violence where
    the victim was a spouse, partner or family member (ca-rules.md 4.5): said, conditionally."""
    for section in ("273.5(a)", "245(a)(4)"):
        rec = probation_case(section, level="felony", kind="formal", start="2020-01-01", end="2023-01-01", imposition_suspended=True, wobbler=True)
        t = topics(run(rec))["firearms"][0]
        assert "If the victim was a spouse, partner or family member, the reduced misdemeanor would also carry the federal lifetime domestic-violence ban" in t, section
        assert "18 USC 922(g)(9)" in t.split("[")[-1], section
    # no reduction to be had, no such line
    assert "922(g)(9)" not in topics(run(probation_case("459/460(b)", level="felony", kind="formal", imposition_suspended=True)))["firearms"][0]


def test_pre_2011_possession_window_only_for_a_first_offense_without_a_probation_violation():
    """Review r10, r10b: ca-rules.md 4.8 [M]: the Lujan-Armendariz window is for a first
    simple-possession offense, and a dismissal does not help if probation was violated."""
    person = Person(us_citizen=False)
    violated = probation_case("11377(a)", code="HS", start="2009-03-01", end="2012-03-01", violations=[("2010-05-01", "reinstated")])
    assert "Lujan-Armendariz" not in topics(run(violated, person=person))["immigration"][0]
    first = probation_case("11377(a)", code="HS", start="2006-03-01", end="2007-03-01")
    second = probation_case("11350(a)", id="B", code="HS", start="2009-03-01", end="2010-03-01")
    s = run(first, second, person=person)
    assert "Lujan-Armendariz" in topics(s)["immigration"][0]
    assert "Lujan-Armendariz" not in topics(s, case="B", conv="B1")["immigration"][0]


def test_jury_line_counts_the_parole_that_follows_custody():
    """Review finding: 'serving a sentence ... through 2030-06-14. Once that ends, this felony
    alone does not bar jury service', though parole for the same felony runs to 2033."""
    held = custody_case("211", code="PC", judgment="2024-01-10", release="2030-06-14", supervision="parole", supervision_end="2033-06-14")
    t = topics(run(held))["jury"][0]
    assert "cannot serve on a jury until 2033-06-15" in t and "Once that ends" not in t
    assert "CCP 203(a)(9)-(10)" in t


def test_disclosure_of_a_misdemeanor_count_in_a_prison_case_follows_1203_4a():
    """Review finding: a misdemeanor count of a prison case was told 'or IHSS provider
    enrollment' and cited PC 1203.41, a felony route that does not fit it."""
    rec = custody_case("11378", judgment="2019-01-01", release="2020-01-01", supervision="none", supervision_end=None)
    rec.convictions.append(conviction("148(a)(1)", convicted="2019-01-01", id="A2"))
    line = topics(run(rec), conv="A2")["disclosure"][0]
    assert "IHSS" not in line and "PC 1203.41" not in line
    felony = topics(run(rec))["disclosure"][0]
    assert "a State Lottery contract or IHSS provider enrollment" in felony and " or a State Lottery contract or" not in felony


def test_disclosure_of_a_fire_camp_infraction_follows_the_open_1203_4b():
    """Metamorphic finding: 1203.4b open for a VC infraction in a fire-camp client's prison
    case, yet 'No petition can dismiss this infraction' (only 1203.4a(d) was consulted)."""
    rec = custody_case("459", code="PC", judgment="2020-02-01", release="2023-01-15", supervision="parole", supervision_end="2024-01-15")
    rec.convictions.append(conviction("12500(a)", code="VC", level="infraction", convicted="2020-02-01", id="A2"))
    s = run(rec, person=Person(fire_camp=True))
    assert row(s, "pc1203_4b", conv="A2").status == "eligible"
    line = topics(s, conv="A2")["disclosure"][0]
    assert "as dismissed" in line and "No petition can dismiss" not in line


def test_jury_line_counts_parole_to_follow_custody_even_with_no_end_date():
    """Review finding: 'through 2028-06-01. Once that ends, this felony alone does not bar
    jury service', though parole (no end date recorded) follows the release."""
    held = custody_case("211", code="PC", judgment="2024-01-10", release="2028-06-01", supervision="parole", supervision_end=None)
    t = topics(run(held))["jury"][0]
    assert "will be on parole" in t and "while these last" in t and "Once that ends" not in t


def test_jury_line_hedges_a_felony_whose_sentence_is_not_recorded():
    """Review finding: 'This felony does not bar jury service now' of a 2026 PC 211 with no sentence."""
    from clinic_app.model import Case

    unknown = Case(id="A", convictions=[conviction("211", level="felony", convicted="2026-06-01")], sentence=None)
    t = topics(run(unknown))["jury"][0]
    assert t.startswith("The record does not show the sentence.") and "(check)" in t


def test_dui_prior_line_gives_the_ten_year_look_back_dates():
    """Review finding: a 2005 DUI was told it 'still counts as a prior in a later DUI case
    (ten-year look-back)', a window that closed years ago (VC 23540: offense to offense).
    The tenth anniversary is inside it (Civ. Code 10, as the firearm line counts; oracle 17:
    the line had ended a day early)."""
    old = probation_case("23152(a)", code="VC", start="2011-02-01", end="2014-02-01")
    old.convictions[0].offense_date = date(2011, 12, 1)
    t = topics(run(old))["prior"][0]
    assert "but the ten-year look-back in which a dismissed DUI still counts as a prior in a later DUI case ended on 2021-12-01" in t
    recent = probation_case("23152(a)", code="VC", start="2022-02-01", end="2025-02-01")
    recent.convictions[0].offense_date = date(2021, 12, 1)
    assert "a prior in a later DUI case committed through 2031-12-01, ten years from this offense" in topics(run(recent))["prior"][0]
    # Without the offense date, the conviction's gives a bound, said as one (readability
    # finding R15-04: "about 2031-...(counted from the conviction ...), ten years from this offense").
    recent.convictions[0].offense_date = None
    t = topics(run(recent))["prior"][0]
    assert "committed within ten years of this offense: through 2032-02-01 at the latest (counted from the conviction; the offense date, earlier, is not recorded)" in t
    assert "about" not in t
    old.convictions[0].offense_date = None
    assert "look-back in which a dismissed DUI still counts as a prior in a later DUI case ended by 2021-02-01 (ten years from the offense, which came before the conviction)" in topics(run(old))["prior"][0]


def test_prior_line_of_a_conviction_no_petition_can_dismiss_says_nothing_of_dismissal():
    """Review finding: 'even after dismissal' beside 'PC 1203.4(b) rules out dismissing it'."""
    excluded = probation_case("288(a)", level="felony", kind="formal", start="2010-01-10", end="2015-01-10")
    lines = topics(run(excluded))
    assert "rules out dismissing it" in lines["disclosure"][0]
    assert lines["prior"][0].startswith("If the person is ever charged with another crime, it can still be used against them as a prior conviction.")


def test_prop47_redesignated_firearm_line_does_not_open_with_felony_conviction():
    rec = probation_case("11350(a)", code="HS", level="felony", kind="formal", start="2012-07-11", end="2015-07-11")
    rec.convictions[0].relief_granted = [ReliefGranted("prop47", date(2016, 1, 5))]
    t = topics(run(rec))["firearms"][0]
    assert t.startswith("Redesignated a misdemeanor under Prop 47, but the felony firearm ban stays")


def test_17b_hint_says_a_past_ten_year_ban_is_over():
    rec = probation_case("245(a)(1)", level="felony", kind="formal", wobbler=True, start="2010-03-01", end="2013-03-01")
    rec.sentence.imposition_suspended = True
    t = topics(run(rec))["firearms"][0]
    assert "the ten-year misdemeanor ban (PC 29805), counted from the conviction date, already ended on 2020-03-01." in t
    assert "would then run" not in t


def test_2615d_reduced_disclosure_says_it_stays_a_conviction_until_dismissed():
    rec = probation_case("261.5(d)", level="felony", kind="formal", wobbler=True, start="2012-01-10", end="2015-01-10")
    rec.convictions[0].relief_granted = [ReliefGranted("pc17b", date(2016, 1, 5))]
    t = topics(run(rec))["disclosure"][0]
    assert "Until then it stays a misdemeanor conviction" in t and "SF-86" in t


def test_a_vacated_case_still_names_an_unexpired_protective_order():
    rec = probation_case("273.5(a)", start="2020-01-10", end="2023-01-10")
    rec.protective_order_until = date(2031, 3, 1)
    rec.convictions[0].relief_granted = [ReliefGranted("pc1473_7", date(2025, 5, 1))]
    t = topics(run(rec))["protective_order"][0]
    assert "until 2031-03-01: treat it as in force until a court ends it in writing" in t


def test_a_protective_order_is_cited_to_every_dismissal_statute_not_an_unverified_pinpoint():
    """Audit finding: ca-rules 2.5 puts AB 1281 in 1203.4, 1203.4a, 1203.41, 1203.42 and
    1203.425 [M], and 8 rates the subdivision letters [L]."""
    rec = probation_case("273.5(a)", start="2020-01-10", end="2023-01-10")
    rec.protective_order_until = date(2031, 3, 1)
    (c,) = [c for c in run(rec).consequences if c.topic == "protective_order"]
    assert c.cite == "PC 1203.4; PC 1203.4a; PC 1203.41; PC 1203.42; PC 1203.425 (AB 1281, from 2022-01-01)"



def test_a_17b_reduction_recorded_on_a_prison_count_is_doubted_not_taken_at_its_word():
    """Readability finding R18-01: PC 17(b)(1) rules out a reduction after a state prison or
    1170(h) sentence; read as granted, the report told a person in prison that the state
    felony firearm ban no longer applied, and dropped 1203.41."""
    for kind in ("state_prison", "county_jail_1170h"):
        rec = custody_case("594(a)", code="PC", type=kind, judgment="2020-03-01", release="2021-03-01", supervision="none", supervision_end=None, wobbler=True)
        rec.convictions[0].relief_granted = [ReliefGranted("pc17b", date(2024, 4, 12))]
        s = run(rec)
        d = row(s, "pc17b")
        assert (d.status, d.confidence) == ("needs_review", "M")
        assert "17(b) is not available after such a sentence" in d.reasons[0].text and "2024-04-12" in d.reasons[0].text
        assert d.next_steps[0].startswith("Get the minute order of the reduction in this case:")
        firearms = topics(s)["firearms"][0]
        assert firearms.startswith("Felony conviction: a lifetime state and federal ban") and "17(b)" not in firearms
        assert row(s, "pc1203_41").status != "not_applicable"
    # On probation the reduction stands (17(b)(3)).
    granted = probation_case("594(a)", level="felony", kind="formal", wobbler=True)
    granted.convictions[0].relief_granted = [ReliefGranted("pc17b", date(2019, 1, 10))]
    s = run(granted)
    assert row(s, "pc17b").status == "not_applicable" and "already granted" in row(s, "pc17b").reasons[0].text
    assert "Reduced under PC 17(b)" in topics(s)["firearms"][0]


def test_a_registrant_s_jury_line_says_registration_outlasts_custody():
    """Readability finding R18-16: 'once that ends, this felony alone does not bar jury
    service' was said to a registrant (CCP 203(a)(11))."""
    held = custody_case("211", code="PC", judgment="2024-01-10", release="2028-06-01", supervision="parole", supervision_end=None)
    jury = topics(run(held, person=Person(registrant_290=True)))["jury"][0]
    assert "if the PC 290 registration rests on a felony, it still bars jury service while it lasts" in jury
    assert "this felony alone does not bar" not in jury and "(a)(11)" in jury
    plain = topics(run(held))["jury"][0]
    assert "this felony alone does not bar jury service" in plain


def test_every_row_of_a_count_whose_17b_is_doubted_is_at_most_m():
    """Metamorphic finding M18-07: the rows that rest on reading the count as a felony still
    claimed H."""
    rec = custody_case("594(a)", code="PC", judgment="2020-03-01", release="2021-03-01", supervision="none", supervision_end=None, wobbler=True)
    rec.convictions[0].relief_granted = [ReliefGranted("pc17b", date(2024, 4, 12))]
    rows = [d for d in run(rec).results if d.conviction == "A1"]
    assert rows and all(d.confidence in ("M", "L") for d in rows)


def test_a_federal_case_reads_as_a_court_outside_california():
    """O21-06: "This case is from federal, not a California court"."""
    fed = Case(id="B", jurisdiction="federal", convictions=[conviction("18 USC 1343", level="felony", id="B1")], sentence=Sentence(type="state_prison"))
    d = row(run(fed), "pc1203_41", case="B", conv="B1")
    assert d.status == "not_applicable"
    assert d.reasons[0].text.startswith("This case is from a court outside California (federal);")


def test_a_273_5_of_unknown_date_names_the_lifetime_ban_too():
    """O21-14: PC 29805(b) bans a 273.5 misdemeanor convicted since 2019-01-01 for life; with no
    conviction date the line (and the 17(b) row) said only "a ten-year state firearm ban"."""
    case = probation_case("273.5(a)", start="2020-03-01", end="2023-03-01")
    case.convictions[0].conviction_date = None
    line = topics(run(case))["firearms"][0]
    assert "for life if it was convicted on or after 2019-01-01, or for ten years" in line
    felony = probation_case("273.5(a)", level="felony", kind="formal", start="2020-03-01", end="2023-03-01", imposition_suspended=True)
    felony.convictions[0].conviction_date = None
    s = run(felony)
    assert "for life if it was convicted on or after 2019-01-01" in topics(s)["firearms"][0]
    assert any("for life if it was convicted on or after 2019-01-01" in r.text for r in row(s, "pc17b").reasons)


def test_o23_08_a_490_2_petty_theft_written_before_488_keeps_its_firearm_question():
    """Oracle finding O23-08: "490.2/488" was read as PC 488 and told "No state firearm ban
    follows from this misdemeanor", where 490.2 is on the PC 29805 list if the property
    taken was a firearm (ca-rules.md 4.5); "488/490.2" said so."""
    for written in ("490.2/488", "488/490.2"):
        t = topics(run(probation_case(written, start="2019-03-02", end="2021-03-02"), as_of="2026-11-30"))["firearms"]
        assert t[0].startswith("PC 29805 lists this offense only if the property taken was a firearm: then a ten-year state firearm ban runs through 2029-03-02"), written


def test_o23_13_a_felony_written_666_first_is_petty_theft_with_a_prior_a_wobbler():
    """Oracle finding O23-13: a felony "666/484" was matched to PC 484 and told it was "a
    straight felony, not a wobbler, so it cannot be reduced under PC 17(b)", with no 17(b)
    note beside the firearm ban; "484/666" was read right."""
    from engine_builders import row

    for written in ("666/484", "484/666"):
        s = run(probation_case(written, level="felony", kind="formal", start="2019-03-02", end="2021-03-02"), as_of="2026-11-30")
        assert row(s, "pc17b").status == "needs_review", written  # a wobbler: whether imposition was suspended
        assert "A PC 17(b) reduction to a misdemeanor would lift the state felony ban." in topics(s)["firearms"][0], written


def test_o23_16_a_strike_already_reduced_is_not_told_if_later_reduced():
    """O23-16: a serious felony reduced under 17(b) in 2021 read "it stays a strike, even if
    later reduced under PC 17(b)", as if the reduction were still to come."""
    rec = probation_case("245(a)(1)", level="felony", kind="formal", start="2018-03-02", end="2020-03-02")
    assert "As a serious or violent felony it stays a strike, even if later reduced under PC 17(b). [PC 667(d)(1); PC 1170.12(b)(1)]" in topics(run(rec, as_of="2026-11-30"))["prior"]
    rec.convictions[0].relief_granted = [ReliefGranted("pc17b", D("2021-01-05"))]
    assert "As a serious or violent felony it stays a strike, even though it was reduced under PC 17(b). [PC 667(d)(1); PC 1170.12(b)(1)]" in topics(run(rec, as_of="2026-11-30"))["prior"]


def test_c39_01_registration_line_asks_where_the_row_registers_only_on_a_subdivision():
    """A bare PC 311.2 registers only under (b), (c) or (d) (PC 290(c)); 311.2(a), adult
    matter, never does. The line said "normally requires sex-offender registration" of every
    311.2; it now says what decides it, and 311.2(a) has no registration line at all."""
    bare = topics(run(probation_case("311.2"), person=Person(registrant_290=False)))["registration"]
    assert len(bare) == 1 and "normally requires" not in bare[0]
    assert "only if it was under PC 311.2(b), (c) or (d)" in bare[0] and "the record does not say" in bare[0]
    assert "Any duty to register continues after a dismissal." in bare[0]
    assert "registration" not in topics(run(probation_case("311.2(a)"), person=Person(registrant_290=False)))
    # A row whose flag keeps "not registrable" but registers on a fact says so too (it said nothing).
    trafficking = topics(run(probation_case("236.1", level="felony", kind="formal"), person=Person(registrant_290=False)))["registration"][0]
    assert "only if the trafficking was for a sex offense or of a minor" in trafficking
    # A row that registers for certain keeps its line.
    certain = topics(run(probation_case("311.11(a)", level="felony", kind="formal"), person=Person(registrant_290=False)))["registration"][0]
    assert certain.startswith("This offense normally requires sex-offender registration")
