"""PC 851.91 arrest sealing: limitations periods, acquittal, diversion, the DV pattern rule,
the 2018-01-01 start, and case scope."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from clinic_app.model import ArrestOffense, Case

from engine_builders import D, probation_case, row, run

ONE = timedelta(days=1)


def arrest(outcome="no_charges_filed", *, id="A", when="2026-06-01", level="misdemeanor", offenses=()) -> Case:
    return Case(
        id=id,
        outcome=outcome,
        arrest_date=D(when) if when else None,
        arrest_level=level,
        arrest_offenses=[ArrestOffense(section=s, code=c, level=level) for c, s in offenses],
        convictions=[],
    )


def sealing(*cases, as_of="2026-11-15", case="A"):
    return row(run(*cases, as_of=as_of), "pc851_91", case=case, conv=None)


@pytest.mark.parametrize(
    "make, first",
    [
        (lambda: arrest(when="2026-06-01"), date(2027, 6, 2)),  # misdemeanor: 1 year (PC 802)
        (lambda: arrest(when="2024-02-29"), date(2025, 3, 1)),  # leap day
        (lambda: arrest(level="felony", when="2022-03-10", offenses=[("HS", "11350(a)")]), date(2025, 3, 11)),  # 3 years (PC 801)
        (lambda: arrest("dismissed", when="2025-03-10"), date(2026, 3, 11)),  # dismissed: refiling possible until then
    ],
)
def test_limitations_period_day_before_day_and_day_after(make, first):
    before = sealing(make(), as_of=first - ONE)
    assert (before.status, before.mode, before.date) == ("eligible_on", "mandatory", first)
    for day in (first, first + ONE):
        d = sealing(make(), as_of=day)
        assert (d.status, d.mode) == ("eligible", "mandatory")
        # Said as the last day of the period, not "ran out before" the first day after it.
        assert any(f"The time to file charges ran out at the end of {(first - ONE).isoformat()} at the latest" in r.text for r in d.reasons)


def test_acquittal_is_eligible_at_once():
    d = sealing(arrest("acquitted", when="2026-10-01"))
    assert (d.status, d.mode) == ("eligible", "mandatory")
    assert any("CR-409" in s for s in d.next_steps)
    assert any("15 days" in s for s in d.next_steps)


def test_completed_diversion_is_eligible():
    assert sealing(arrest("diversion_completed", when="2026-01-01")).status == "eligible"


def test_violent_felony_may_have_no_limitations_period():
    d = sealing(arrest(level="felony", when="2010-01-01", offenses=[("PC", "211")]))
    assert d.status == "needs_review"
    assert "PC 799" in d.reasons[0].cite


def test_felony_without_arrest_offenses_needs_them():
    d = sealing(arrest(level="felony", when="2010-01-01"))
    assert d.status == "needs_review"
    assert d.missing_facts == ["cases[A].arrest_offenses"]


def test_missing_level_and_missing_date_need_review():
    d = sealing(arrest(level=None))
    assert (d.status, d.missing_facts) == ("needs_review", ["cases[A].arrest_level"])
    d = sealing(arrest(when=None))
    assert (d.status, d.missing_facts) == ("needs_review", ["cases[A].arrest_date"])


def test_unknown_arrest_offense_needs_review_naming_it():
    d = sealing(arrest(level="felony", when="2010-01-01", offenses=[("PC", "99999")]))
    assert d.status == "needs_review"
    assert "PC 99999" in d.reasons[0].text


def dv_conviction(id, when):
    case = probation_case("243(e)(1)", id=id, start=when, end=None, status="completed")
    return case


def test_dv_arrest_with_a_pattern_is_discretionary():
    dv_arrest = arrest("dismissed", when="2024-01-10", offenses=[("PC", "273.5(a)")])
    record = [dv_conviction("B", "2021-05-01"), dv_conviction("C", "2023-02-01"), dv_arrest]
    d = sealing(*record)
    assert (d.status, d.mode) == ("eligible", "discretionary")
    assert any("851.91(c)(2)" in r.cite for r in d.reasons)


def test_dv_arrest_without_a_pattern_is_a_matter_of_right():
    # two convictions more than 3 years apart: no pattern
    dv_arrest = arrest("dismissed", when="2024-01-10", offenses=[("PC", "273.5(a)")])
    d = sealing(dv_conviction("B", "2012-05-01"), dv_conviction("C", "2018-02-01"), dv_arrest)
    assert (d.status, d.mode) == ("eligible", "mandatory")


def test_pattern_does_not_matter_for_a_non_dv_arrest():
    other = arrest("dismissed", when="2024-01-10", offenses=[("PC", "602")])
    d = sealing(dv_conviction("B", "2021-05-01"), dv_conviction("C", "2023-02-01"), other)
    assert d.mode == "mandatory"


def test_unrecorded_arrest_offense_with_a_pattern_asks_what_the_arrest_was_for():
    """Matter of right or the court's discretion turns on whether this arrest was for DV,
    child abuse or elder abuse (PC 851.91(c)(2)); the record leaves it out."""
    unknown = arrest("dismissed", when="2024-01-10")
    d = sealing(dv_conviction("B", "2021-05-01"), dv_conviction("C", "2023-02-01"), unknown)
    assert (d.status, d.missing_facts) == ("needs_review", ["cases[A].arrest_offenses"])
    assert any("does not say what this arrest was for" in r.text and r.cite == "PC 851.91(c)(2)" for r in d.reasons)


def test_unrecorded_arrest_offense_without_a_pattern_stays_a_matter_of_right():
    d = sealing(dv_conviction("B", "2012-05-01"), dv_conviction("C", "2018-02-01"), arrest("dismissed", when="2024-01-10"))
    assert (d.status, d.mode) == ("eligible", "mandatory")


@pytest.mark.parametrize("as_of, expected", [("2017-12-31", "not_eligible"), ("2018-01-01", "eligible")])
def test_petition_exists_from_2018_01_01(as_of, expected):
    assert sealing(arrest("acquitted", when="2016-05-01"), as_of=as_of).status == expected


def test_conviction_and_pending_cases_are_not_applicable():
    assert sealing(probation_case()).status == "not_applicable"
    assert sealing(arrest("pending", when="2026-08-20", level="felony")).status == "not_applicable"


def test_case_from_another_state_is_not_applicable():
    case = arrest("acquitted", when="2020-01-01")
    case.jurisdiction = "federal"
    assert sealing(case).status == "not_applicable"


def test_a_case_that_ended_after_as_of_is_not_screened_yet():
    case = arrest("acquitted", when="2024-01-01")
    case.disposition_date = D("2025-02-01")
    assert sealing(case, as_of="2025-01-31").status == "not_applicable"
    assert sealing(case, as_of="2025-02-01").status == "eligible"


def test_a_felony_among_the_offenses_of_a_misdemeanor_arrest_sets_the_period():
    """Review request A91b: arrest_level says misdemeanor, but PC 459/460(b), a felony, is
    one of the offenses; its 3-year period (PC 801) must have run too."""
    mixed = arrest("dismissed", when="2024-06-01", offenses=[("PC", "484(a)")])
    mixed.arrest_offenses.append(ArrestOffense(section="459/460(b)", code="PC", level="felony"))
    d = sealing(mixed)
    assert (d.status, d.date) == ("eligible_on", date(2027, 6, 2))


def test_a_serious_felony_s_maximum_term_decides_between_three_and_six_years():
    """Where the maximum term is not known (a bare PC 245: 4 years under (a)(1), 9 under (b)), a
    serious felony may have one under 8 years (3 years, PC 801) or of 8 or more (6, PC 800).
    Review finding: a PC 245(a)(1) arrest (at most 4 years) got 'eligible on' six years out;
    oracle finding: once the 3-year date was past, that later date was still given as the
    answer (3 years late for a burglary)."""
    def screened(as_of):
        return sealing(arrest(level="felony", when="2020-03-10", offenses=[("PC", "245")]), as_of=as_of)

    three, six = date(2023, 3, 11), date(2026, 3, 11)
    before = screened(three - ONE)  # before either date: the later one, the earlier said beside it
    assert (before.status, before.date) == ("eligible_on", six)
    assert any("the 3-year period ends on 2023-03-10: an attorney may confirm the earlier date" in r.text for r in before.reasons)
    for day in (three, three + ONE, six - ONE):  # between them: the term decides
        d = screened(day)
        assert (d.status, d.confidence) == ("needs_review", "M")
        assert "the 3-year period ended on 2023-03-10 and the petition can be filed now; if it is 8 years or more, from 2026-03-11" in d.reasons[-1].text
        assert d.next_steps == ["Look up the maximum term of PC 245: under 8 years, file the petition (form CR-409, with a proposed order on form CR-410) now; 8 years or more, file it from 2026-03-11 if no charge is filed by then."]
    for day in (six, six + ONE):
        d = screened(day)
        assert (d.status, d.mode) == ("eligible", "mandatory")
        assert any(f"The time to file charges ran out at the end of {(six - ONE).isoformat()} at the latest" in r.text for r in d.reasons)


def test_a_known_maximum_term_gives_one_date():
    """Oracle check O19-02: first-degree burglary is punishable by at most 6 years (PC 461(a)),
    so the 3-year period of PC 801 applies, not the 6 of PC 800 with a hedge; 245(b) (up to 9
    years) is 6 years, said as certain.  Enhancements do not count (PC 805(a))."""
    burglary = arrest(level="felony", when="2020-03-10", offenses=[("PC", "459/460(a)")])
    d = sealing(burglary, as_of=date(2023, 3, 10))
    assert (d.status, d.date) == ("eligible_on", date(2023, 3, 11))
    assert any("at most 6 years (under 8)" in r.text and "PC 461(a)" in r.cite and "PC 805(a)" in r.cite for r in d.reasons)
    assert not any("3-year period" in r.text for r in d.reasons)
    assert sealing(burglary, as_of=date(2023, 3, 11)).status == "eligible"
    semiautomatic = sealing(arrest(level="felony", when="2020-03-10", offenses=[("PC", "245(b)")]), as_of=date(2023, 3, 11))
    assert (semiautomatic.status, semiautomatic.date) == ("eligible_on", date(2026, 3, 11))
    assert any("up to 9 years" in r.text and "PC 800" in r.cite for r in semiautomatic.reasons)
    # An attempt is punished by half the term: the table is not used for it.
    attempt = sealing(arrest(level="felony", when="2020-03-10", offenses=[("PC", "664/459/460(a)")]), as_of=date(2023, 3, 10))
    assert attempt.date == date(2026, 3, 11)


def test_a_felony_that_is_not_serious_is_counted_by_its_known_term_too():
    """HS 11353 (furnishing narcotics to a minor, up to 9 years) is not serious, and only
    serious felonies were looked up in the term table: it was counted at 3 years (PC 801),
    when PC 800 gives 6."""
    furnishing = arrest(level="felony", when="2020-03-10", offenses=[("HS", "11353")])
    for day in (date(2023, 3, 11), date(2026, 3, 10)):
        d = sealing(furnishing, as_of=day)
        assert (d.status, d.date) == ("eligible_on", date(2026, 3, 11))
    assert any("up to 9 years" in r.text and "HS 11353" in r.cite and "PC 800" in r.cite for r in d.reasons)
    assert sealing(furnishing, as_of=date(2026, 3, 11)).status == "eligible"
    # Evading causing death (VC 2800.3(b), up to 10 years; oracle check O20-02) is 6 years too;
    # written without its subdivision ((a) is up to 7) the two dates are given and asked about.
    evading = arrest(level="felony", when="2020-03-10", offenses=[("VC", "2800.3(b)")])
    assert sealing(evading, as_of=date(2023, 3, 11)).date == date(2026, 3, 11)
    bare = sealing(arrest(level="felony", when="2020-03-10", offenses=[("VC", "2800.3")]), as_of=date(2023, 3, 11))
    assert (bare.status, bare.confidence) == ("needs_review", "M")
    assert any("The arrest was for VC 2800.3: charges could be filed for 6 years if its maximum term is 8 years or more" in r.text for r in bare.reasons)
    # A felony the table does not know stays at 3 years, as most felonies are.
    theft = sealing(arrest(level="felony", when="2020-03-10", offenses=[("PC", "487(a)")]), as_of=date(2023, 3, 11))
    assert theft.status == "eligible"


def test_a_murder_arrest_can_never_be_sealed_by_petition_unless_acquitted():
    """ca-rules.md 3.10 [H]: not eligible if any charge has no statute of limitations (murder)."""
    d = sealing(arrest(level="felony", when="2010-01-01", offenses=[("PC", "187(a)")]))
    assert (d.status, d.confidence) == ("not_eligible", "H")
    assert "no limitations period" in d.reasons[0].text and "PC 799" in d.reasons[0].cite
    assert sealing(arrest("acquitted", level="felony", when="2010-01-01", offenses=[("PC", "187(a)")])).status == "eligible"
    # An attempt is not murder: an attorney checks (premeditated attempts carry life, PC 664(a)).
    assert sealing(arrest(level="felony", when="2010-01-01", offenses=[("PC", "664/187(a)")])).status == "needs_review"


def test_a_survivor_is_told_236_14_reaches_arrests_too():
    """Review finding: ca-rules 3.16, 236.14 vacates arrests as well as convictions; FORMAT
    screens it per conviction, so an arrest-only case said nothing of it."""
    from clinic_app.model import Person

    d = row(run(arrest("dismissed", when="2024-01-10"), person=Person(trafficking_survivor=True)), "pc851_91", conv=None)
    assert any("PC 236.14 can also vacate an arrest" in step for step in d.next_steps)
    assert not any("236.14" in step for step in sealing(arrest("dismissed", when="2024-01-10")).next_steps)


def _five_arrests(section, code="PC"):
    """Five dismissed arrests 150 days apart (2019-2020): a pattern if they were abuse."""
    days = ["2019-01-10", "2019-06-09", "2019-11-06", "2020-04-04", "2020-09-01"]
    return [arrest("dismissed", id="ABCDE"[i], when=day, offenses=[(code, section)]) for i, day in enumerate(days)]


def test_child_abuse_arrests_written_with_the_code_after_make_the_pattern():
    """Metamorphic finding: "273a PC" was not read as PC 273a, and sealing was a matter of right."""
    assert sealing(*_five_arrests("273a PC"), as_of="2026-11-15").mode == "discretionary"
    assert sealing(*_five_arrests("273a"), as_of="2026-11-15").mode == "discretionary"


def test_sections_the_catalog_does_not_know_that_could_make_a_pattern_are_asked_about():
    d = sealing(*_five_arrests("99999"), as_of="2026-11-15")
    assert (d.status, d.confidence) == ("needs_review", "M")
    assert any("The offense catalog does not know some sections of this record" in r.text for r in d.reasons)
    # two unknown arrests can make no pattern of arrests (5 needed): a matter of right
    assert sealing(*_five_arrests("99999")[:2], as_of="2026-11-15").mode == "mandatory"


@pytest.mark.parametrize("outcome, level, years", [("no_charges_filed", "misdemeanor", 1), ("dismissed", "misdemeanor", 1), ("no_charges_filed", "felony", 3)])
def test_the_anniversary_that_ends_the_limitations_period_says_verify_as_other_remedies_do(outcome, level, years):
    """Oracle finding O22-06: on the anniversary (ca-rules.md section 0: "verify") 851.93 and
    the other waiting periods said so and 851.91 did not; the day before and after say nothing."""
    rec = arrest(outcome, when="2022-03-01", level=level, offenses=[("PC", "602" if level == "misdemeanor" else "459")])
    anniversary = date(2022 + years, 3, 1)
    # "At the latest": the period runs from the offense, on or before the arrest (O23-06).
    # Said of the screening date, not "today"/"tomorrow": the engine has no clock (O23-20).
    verify = "The screening date is exactly the anniversary of the arrest: charges can still be filed that day, and the period runs out at the end of it at the latest (it runs from the offense, on or before the arrest), so the first safe day to file is the day after it: verify."
    for day, status, said in ((anniversary - ONE, "eligible_on", False), (anniversary, "eligible_on", True), (anniversary + ONE, "eligible", False)):
        d = row(run(rec, as_of=day), "pc851_91", conv=None)
        assert d.status == status, day
        assert d.date == (anniversary + ONE if status == "eligible_on" else None)
        assert any(r.text == verify for r in d.reasons) is said, day


def test_o24_07_a_two_offense_arrest_section_is_not_called_missing_from_the_catalog():
    """O24-07: "HS 11350/11550" on an arrest was said to be "not in the offense catalog",
    though both sections are in it: the count names two, and the record does not say which."""
    d = sealing(arrest(level="felony", when="2010-01-01", offenses=[("HS", "11350/11550")]))
    assert d.status == "needs_review"
    assert "HS 11350/11550 names two offenses (HS 11350 and HS 11550), and the record does not say which one the arrest is for, so its limitations period cannot be told." in d.reasons[0].text
    assert "is not in the offense catalog" in sealing(arrest(level="felony", when="2010-01-01", offenses=[("PC", "99999")])).reasons[0].text


def test_o24b_05_the_pattern_reason_does_not_call_a_two_offense_arrest_unknown_to_the_catalog():
    """O24B-05: beside a pattern of DV convictions, an arrest for "HS 11350/11550" was said to
    be a section "the offense catalog does not know", though both are in it (as O24-07).
    (Since S25-13 an arrest for "PC 273.5/245(a)(4)", which may be abuse, is asked so.)"""
    two = arrest("dismissed", when="2024-01-10", offenses=[("PC", "273.5/245(a)(4)")])
    d = sealing(dv_conviction("B", "2021-05-01"), dv_conviction("C", "2023-02-01"), two)
    said = " ".join(r.text for r in d.reasons)
    assert "does not know PC 273.5/245(a)(4)" not in said
    assert ("PC 273.5/245(a)(4) names two offenses (PC 273.5 and PC 245(a)(4)), and the record does not say which one the arrest is for; "
            "the record shows a pattern of domestic violence, child abuse or elder abuse (2 such convictions, 2 such arrests): if this arrest was for one of those") in said
    unknown = arrest("dismissed", when="2024-01-10", offenses=[("PC", "99999")])
    said = " ".join(r.text for r in sealing(dv_conviction("B", "2021-05-01"), dv_conviction("C", "2023-02-01"), unknown).reasons)
    assert "The offense catalog does not know PC 99999, and the record shows a pattern" in said  # a section truly unknown: unchanged


@pytest.mark.parametrize("written", ["243(e)(1)/(d)", "243(d)/(e)(1)"])
def test_o24b_03_a_pair_with_one_dv_subdivision_is_asked_about_whatever_the_order(written):
    """O24B-03: an arrest for "243(e)(1)/(d)" was domestic violence (243(e), PC 851.91(c)(2))
    and "243(d)/(e)(1)" was not, by the order typed: sealing was discretionary one way round."""
    two = arrest("dismissed", when="2024-01-10", offenses=[("PC", written)])
    d = sealing(dv_conviction("B", "2021-05-01"), dv_conviction("C", "2023-02-01"), two)
    assert (d.status, d.mode) == ("needs_review", None)
    assert f"PC {written} names two offenses (" in d.reasons[-1].text
    assert "and the record does not say which one the arrest is for; the record shows a pattern of domestic violence" in d.reasons[-1].text
    # convictions written so are no sure pattern either way round: whether they make one is asked
    convictions = [probation_case(written, id=i, start=day, end=None, status="completed") for i, day in (("B", "2021-05-01"), ("C", "2023-02-01"))]
    d = sealing(*convictions, arrest("dismissed", when="2024-01-10", offenses=[("PC", "273.5(a)")]))
    assert (d.status, d.mode) == ("needs_review", None)
    assert "if they were for domestic violence, child abuse or elder abuse, the record would show a pattern" in d.reasons[-1].text


@pytest.mark.parametrize("written", ["243(e)(1)/(d)", "273.5/245(a)(4)"])
def test_s25_05_counts_that_may_be_abuse_are_asked_about_by_which_one_not_called_unknown(written):
    """S25-05: two convictions "243(e)(1)/(d)" (asked elsewhere "is the conviction for PC
    243(e)(1) or PC 243(d)?") made the reason "The offense catalog does not know some sections
    of this record", and "273.5/245(a)(4)" was counted as abuse though it may be a 245(a)(4),
    so sealing was at the court's discretion as a sure pattern.  Each count is now named with
    its question, and its section is the missing fact."""
    convictions = [probation_case(written, id=i, start=day, end=None, status="completed") for i, day in (("B", "2021-05-01"), ("C", "2023-02-01"))]
    d = sealing(*convictions, arrest("dismissed", when="2024-01-10", offenses=[("PC", "273.5(a)")]))
    assert (d.status, d.mode) == ("needs_review", None)
    said = d.reasons[-1].text
    assert "does not know" not in said
    assert said.startswith(f"PC {written} in case B (convicted 2021-05-01, Los Angeles County) names two offenses (")
    assert f"PC {written} in case C (convicted 2023-02-01, Los Angeles County) names two offenses (" in said
    assert said.endswith("if they were for domestic violence, child abuse or elder abuse, the record would show a pattern of them, and sealing would be in the court's discretion rather than a matter of right.")
    assert d.missing_facts == ["cases[B].convictions[B1].section", "cases[C].convictions[C1].section"]


def test_s25_13_an_arrest_naming_two_offenses_neither_of_them_abuse_is_sealed_as_of_right():
    """S25-13: beside a pattern of DV convictions, an arrest for "HS 11350/11550" was asked "if
    this arrest was for one of those", though neither offense is domestic violence, child abuse
    or elder abuse (PC 851.91(c)(2)): sealing is a matter of right, as for HS 11350 alone."""
    pattern = (dv_conviction("B", "2021-05-01"), dv_conviction("C", "2023-02-01"))
    d = sealing(*pattern, arrest("dismissed", when="2024-01-10", offenses=[("HS", "11350/11550")]))
    alone = sealing(*pattern, arrest("dismissed", when="2024-01-10", offenses=[("HS", "11350")]))
    assert (d.status, d.mode, d.date) == (alone.status, alone.mode, alone.date) == ("eligible", "mandatory", None)
    said = " ".join(r.text for r in d.reasons)
    assert "pattern" not in said and "one of those" not in said
    assert [r.text for r in d.reasons] == [r.text for r in alone.reasons]


def test_s25_05_two_offense_counts_neither_of_them_abuse_make_no_pattern():
    """S25-05: convictions for "HS 11350/11550" counted as sections that might be abuse."""
    convictions = [probation_case("11350/11550", code="HS", id=i, start=day, end=None, status="completed") for i, day in (("B", "2021-05-01"), ("C", "2023-02-01"))]
    d = sealing(*convictions, arrest("dismissed", when="2024-01-10", offenses=[("PC", "273.5(a)")]))
    assert (d.status, d.mode) == ("eligible", "mandatory")


def test_e40_01_a_petition_under_review_names_its_form_and_the_worksheet_files_it_there():
    """E40-01: an arrest-sealing result under review had steps naming no form ("An attorney
    decides...", "Find out..."), so the filing worksheet listed it under "No form named in the
    screening's steps", though the petition is always CR-409 with a CR-410 order (ca-rules.md
    3.10 [H]).  Every 851.91 result whose route is the petition names both."""
    from clinic_app.model import Client, Person
    from clinic_app.worksheet.compose import compose

    pattern = [dv_conviction("B", "2021-05-01"), dv_conviction("C", "2023-02-01")]
    records = [
        [arrest(level=None)],  # felony or misdemeanor unknown
        [arrest(when=None)],  # no arrest date
        [arrest(level="felony", when="2010-01-01")],  # offenses unknown
        [arrest(level="felony", when="2010-01-01", offenses=[("PC", "99999")])],
        [*pattern, arrest("dismissed", when="2024-01-10")],  # DV pattern: was this arrest DV?
    ]
    for cases in records:
        s = run(*cases, as_of="2026-11-15")
        d = row(s, "pc851_91", case="A", conv=None)
        assert d.status == "needs_review", cases
        assert any("CR-409" in step and "CR-410" in step for step in d.next_steps), d.next_steps
        # The case left blank is headed by what the record holds, after its key (B84-01).
        sheet = next(c for c in compose(Client("Sam Example", Person(), cases, id=1), s).cases if c.label.split(" (")[0] == "A")
        assert [g.form for g in sheet.groups if any("851.91" in f.remedy for f in g.filings)] == ["CR-409"]
