"""PC 851.93 automatic arrest relief: 1-, 3- and 6-year waits, dismissals, acquittals,
diversion, the SB 731 version (2023-07-01) and the 1973 start."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from engine_builders import D, probation_case, row, run
from test_pc851_91 import arrest

ONE = timedelta(days=1)


def auto(*cases, as_of="2026-11-15", case="A"):
    return row(run(*cases, as_of=as_of), "pc851_93", case=case, conv=None)


@pytest.mark.parametrize(
    "make, first",
    [
        (lambda: arrest(when="2026-06-01"), date(2027, 6, 2)),  # (B) misdemeanor, one calendar year
        (lambda: arrest(level="felony", when="2023-08-01", offenses=[("HS", "11350(a)")]), date(2026, 8, 2)),  # (C)(i) 3 years
    ],
)
def test_waits_day_before_day_and_day_after(make, first):
    before = auto(make(), as_of=first - ONE)
    assert (before.status, before.mode, before.date) == ("eligible_on", "automatic", first)
    # The day before the first safe day is the anniversary itself: "verify" (ca-rules.md 0).
    assert any("anniversary" in r.text for r in before.reasons)
    assert not any("anniversary" in r.text for r in auto(make(), as_of=first - 2 * ONE).reasons)
    for day in (first, first + ONE):
        d = auto(make(), as_of=day)
        assert (d.status, d.mode) == ("eligible", "automatic")


def test_a_serious_felony_s_maximum_term_decides_between_three_and_six_years():
    """(C)(i) 3 years, (C)(ii) 6 if punishable by 8 years or more: the catalog has no maximum
    terms, so past the 3-year date the term decides (oracle finding: 6 was given as certain)."""
    def screened(as_of):
        return auto(arrest(level="felony", when="2020-08-01", offenses=[("PC", "211")]), as_of=as_of)

    three, six = date(2023, 8, 2), date(2026, 8, 2)
    before = screened(three - 2 * ONE)
    assert (before.status, before.mode, before.date) == ("eligible_on", "automatic", six)
    assert any("If the maximum term is under 8 years, relief is due after 3 years, from 2023-08-02." == r.text for r in before.reasons)
    for day in (three, six - ONE):
        d = screened(day)
        assert (d.status, d.confidence) == ("needs_review", "M")
        assert "relief was due after 3 years, from 2023-08-02, and DOJ may already have granted it; if it is 8 years or more, it is due from 2026-08-02" in d.reasons[-1].text
        assert d.next_steps[:2] == ["Look up the maximum term of PC 211.", 'Get the client\'s RAP sheet (Live Scan) and look for "relief granted" on this arrest.']  # F26B-03
    for day in (six, six + ONE):
        assert (screened(day).status, screened(day).mode) == ("eligible", "automatic")


def test_a_murder_arrest_is_an_attorney_s_question_as_its_petition_is_barred():
    d = auto(arrest(level="felony", when="2010-01-01", offenses=[("PC", "187(a)")]))
    assert (d.status, d.confidence) == ("needs_review", "M")
    assert "no limitations period" in d.reasons[0].text


@pytest.mark.parametrize("outcome", ["acquitted", "diversion_completed", "dismissed"])
def test_acquittal_diversion_and_misdemeanor_dismissal_at_once(outcome):
    d = auto(arrest(outcome, when="2026-10-01"))
    assert (d.status, d.mode) == ("eligible", "automatic")
    assert any("RAP sheet" in s for s in d.next_steps)
    assert any("851.93(a)(1)" in r.cite for r in d.reasons)  # never say it has happened


@pytest.mark.parametrize("as_of, expected", [("2023-06-30", "not_eligible"), ("2023-07-01", "eligible")])
def test_sb731_reaches_arrests_before_2021(as_of, expected):
    assert auto(arrest("dismissed", when="2019-04-01"), as_of=as_of).status == expected


def test_before_sb731_felony_arrests_go_to_an_attorney():
    case = arrest(level="felony", when="2021-03-01", offenses=[("HS", "11350(a)")])
    assert auto(case, as_of="2023-06-30").status == "needs_review"
    assert auto(case, as_of="2024-03-02").status == "eligible"


def test_arrests_before_1973_are_not_covered():
    d = auto(arrest("acquitted", when="1972-12-31"))
    assert d.status == "not_eligible"
    assert auto(arrest("acquitted", when="1973-01-01")).status == "eligible"


def test_no_charges_without_arrest_date_needs_it():
    d = auto(arrest(when=None))
    assert (d.status, d.missing_facts) == ("needs_review", ["cases[A].arrest_date"])


def test_conviction_and_pending_cases_are_not_applicable():
    assert auto(probation_case()).status == "not_applicable"
    assert auto(arrest("pending", when="2026-08-20", level="felony")).status == "not_applicable"


def test_a_felony_charged_then_dismissed_is_for_an_attorney():
    """ca-rules.md 3.11 names a dismissed misdemeanor (A) and a felony arrest with "no
    proceedings" for 3 or 6 years (C): whether a felony charge filed and then dismissed is
    left out, or counts once the years pass with no conviction, it does not settle.  It was
    answered not_eligible at [H] (oracle check O19-01); the petition stays the sure way."""
    d = auto(arrest("dismissed", level="felony", when="2020-08-01", offenses=[("HS", "11377(a)")]))
    assert (d.status, d.confidence) == ("needs_review", "L")
    assert "not settled" in d.reasons[-1].text and d.reasons[-1].cite == "PC 851.93(a)(2)(A), (C)"
    # The petition is open here, and its own steps name the form (X28-01).
    assert "Petition to seal the arrest instead: see the steps for PC 851.91 seal the arrest." in d.next_steps
    assert auto(arrest("dismissed", when="2026-06-01")).status == "eligible"  # (A) misdemeanor


def test_a_felony_among_the_arrest_offenses_makes_it_a_felony_arrest():
    """The record says misdemeanor, but one offense is a felony: the felony's 3-year
    period governs (every offense's limitations period must have run)."""
    mixed = arrest(when="2024-06-01", offenses=[("PC", "484(a)")])
    mixed.arrest_offenses.append(type(mixed.arrest_offenses[0])(code="PC", section="459/460(b)", level="felony"))
    d = auto(mixed)
    assert (d.status, d.date) == ("eligible_on", date(2027, 6, 2))


def test_no_851_91_petition_is_offered_before_it_existed():
    """Review finding: on 2017-12-31 the way out named a petition that began 2018-01-01."""
    from clinic_app.model import Case

    old = Case(id="A", outcome="no_charges_filed", arrest_date=D("2016-05-01"), arrest_level="misdemeanor", convictions=[])
    d = row(run(old, as_of="2017-12-31"), "pc851_93", conv=None)
    assert d.status == "not_eligible" and d.next_steps == ["A petition to seal the arrest (PC 851.91) becomes available on 2018-01-01 (SB 393): screen again on or after that day."]
    # From that day the petition is open, and its own steps name form CR-409 (X28-01).
    assert row(run(old, as_of="2018-01-01"), "pc851_91", conv=None).status == "eligible"
    assert row(run(old, as_of="2018-01-01"), "pc851_93", conv=None).next_steps == ["Petition to seal the arrest instead: see the steps for PC 851.91 seal the arrest."]


def test_diversion_completed_but_recorded_as_dismissed_is_path_d():
    """Review finding: a DEJ completed (program.completed_on) on a case recorded as 'dismissed'
    was read as an ordinary felony dismissal, not eligible, while 1203.43 said it was completed."""
    from clinic_app.model import Case, Program

    dej = Case(id="A", outcome="dismissed", arrest_date=D("2014-03-01"), arrest_level="felony", convictions=[], program=Program(kind="dej", plea_entered=True, completed_on=D("2016-05-01")))
    s = run(dej)
    assert row(s, "pc851_93", conv=None).status == "eligible"
    assert any("completed diversion" in r.text for r in row(s, "pc851_93", conv=None).reasons)
    assert row(s, "pc851_91", conv=None).status == "eligible"


def test_before_sb_731_an_older_arrest_is_told_when_the_law_reaches_it():
    """Oracle finding O22-08: on 2023-06-30 an arrest of 2019 was "not eligible" for automatic
    relief with no word that SB 731 reaches it the next day (1203.425 says so of a conviction)."""
    from clinic_app.model import ArrestOffense, Case

    rec = Case(id="A", outcome="no_charges_filed", arrest_date=D("2019-02-01"), arrest_level="misdemeanor",
               arrest_offenses=[ArrestOffense(section="602", code="PC", level="misdemeanor")], convictions=[])
    eve = row(run(rec, as_of="2023-06-30"), "pc851_93", conv=None)
    assert eve.status == "not_eligible"
    assert eve.next_steps[-1] == "The law changes on 2023-07-01 (SB 731): screen again on or after that day."
    assert row(run(rec, as_of="2023-07-01"), "pc851_93", conv=None).status == "eligible"
    # Before 1973 the new law does not reach it either: no such step.
    old = Case(id="A", outcome="no_charges_filed", arrest_date=D("1972-02-01"), arrest_level="misdemeanor", convictions=[])
    assert not any(s.startswith("The law changes") for s in row(run(old, as_of="2023-06-30"), "pc851_93", conv=None).next_steps)


def test_f26b_03_an_arrest_under_review_checks_the_rap_sheet_in_the_eligible_answer_s_words():
    """F26B-03: a felony charged then dismissed (under review) said "An attorney decides;
    check the RAP sheet for "relief granted"", where an eligible arrest says "Get the client's
    RAP sheet (Live Scan) and look for "relief granted" on this arrest"."""
    review = auto(arrest("dismissed", level="felony", when="2020-08-01", offenses=[("HS", "11377(a)")]))
    eligible = auto(arrest("dismissed", when="2026-06-01"))
    assert review.status == "needs_review" and eligible.status == "eligible"
    check = "Get the client's RAP sheet (Live Scan) and look for \"relief granted\" on this arrest."
    assert check in eligible.next_steps
    assert review.next_steps[:2] == ["An attorney decides the open question above.", check]
