"""B91: the case titles B90 left inside another bracket, read aloud at a clinic table.

A case with no court number is titled by what its record holds, in a bracket of its own
("case B (Los Angeles County)", B86).  The certificate's later convictions, PC 1203.4(a)'s
later conviction and PC 1203.425's new felony and pending arrest put that title inside another
bracket; each now says its case after "in", outside any bracket, one thing at a time."""

from __future__ import annotations

from engine_builders import probation_case, row, run

from tests.eligibility.test_nested_brackets_b90 import _no_nested_bracket


def test_b91_01_the_certificates_later_convictions_are_listed_outside_a_bracket():
    """"A later conviction (PC 484(a)/488 in case B (Los Angeles County), 2023-10-18) may
    interrupt the period of rehabilitation; an attorney decides." (60 sentences in the demo
    caseload with every 5th client's numbers blanked), "Later convictions (...; ...) may ...",
    and "Later convictions, 17 in all (the first ...; the last ...), may ...": the sentence says
    what they may do, then the convictions, each its case and day, outside any bracket."""
    from engine_builders import conviction, probation_case
    from tests.eligibility.test_cor import cor, robbery

    later = probation_case("594(a)", id="B", start="2021-07-09", end="2022-07-09", status="completed")
    later.convictions.insert(0, conviction("21310", id="B0", convicted="2021-07-09"))
    other = probation_case("647(f)", id="C", start="2022-03-01", end="2023-03-01", status="completed")
    said = [r.text for r in cor(robbery(), later, other).reasons if "interrupt the period" in r.text]
    assert said == ["Later convictions may interrupt the period of rehabilitation: PC 21310 and PC 594(a) in case B (Los Angeles County) "
                    "on 2021-07-09; PC 647(f) in case C (Los Angeles County) on 2022-03-01. An attorney decides."], said
    one = [r.text for r in cor(robbery(), other).reasons if "interrupt the period" in r.text]
    assert one == ["A later conviction may interrupt the period of rehabilitation: PC 647(f) in case C (Los Angeles County) on 2022-03-01. "
                   "An attorney decides."], one
    # A case with a court number reads the same way.
    other.case_number = "BA123456"
    one = [r.text for r in cor(robbery(), other).reasons if "interrupt the period" in r.text]
    assert one == ["A later conviction may interrupt the period of rehabilitation: PC 647(f) in case BA123456 on 2022-03-01. An attorney decides."], one
    assert all(_no_nested_bracket(t) for t in said + one)


def test_b91_02_pc1203_4a_says_its_later_conviction_outside_a_bracket():
    """"A later conviction (PC 484(a)/488, case c6 (Los Angeles County), 2021-01-09) means the
    person has not lived ..." (51 sentences in the blanked demo caseload), "... is read as
    showing ..." and "The later conviction (PC 243(e)(1), case c3 (Los Angeles County),
    2026-03-19) is for an offense committed on ..." (6): the record's later conviction is said
    first, in a sentence of its own, then what it means."""
    from datetime import date

    from engine_builders import no_probation_case

    def said(later) -> str:
        s = run(no_probation_case("415(1)", judgment="2015-02-10"), later)
        return next(r.text for d in s.results if d.case == "A" and d.remedy == "pc1203_4a" for r in d.reasons if "later" in r.text)

    later = probation_case("647(f)", id="B", start="2016-05-09", end="2017-05-09")
    undated = said(later)
    assert undated.startswith("The record shows a later conviction: PC 647(f) in case B (Los Angeles County) on 2016-05-09. "
                              "It is read as showing the person has not lived an \"honest and upright life\" since judgment, "), undated
    later.convictions[0].offense_date = date(2016, 1, 2)
    dated = said(later)
    assert dated == ("The record shows a later conviction: PC 647(f) in case B (Los Angeles County) on 2016-05-09. It means the person "
                     "has not lived an \"honest and upright life\" since judgment, so only the discretionary route is left."), dated
    later.convictions[0].offense_date = date(2014, 1, 2)
    before = said(later)
    assert before.startswith("The record shows a later conviction: PC 647(f) in case B (Los Angeles County) on 2016-05-09. "
                             "It is for an offense committed on 2014-01-02, before this judgment; "), before
    later.convictions[0].offense_date = None
    later.convictions[0].level = "infraction"
    infraction = said(later)
    assert infraction.startswith("The record shows a later infraction: PC 647(f) in case B (Los Angeles County) on 2016-05-09. "
                                 "Whether an infraction means "), infraction
    # A case with a court number reads the same way.
    later.case_number = "BA123456"
    numbered = said(later)
    assert numbered.startswith("The record shows a later infraction: PC 647(f) in case BA123456 on 2016-05-09. "), numbered
    assert all(_no_nested_bracket(t) for t in (undated, dated, before, infraction, numbered))


def test_b91_03_pc1203_425s_conviction_within_the_four_years_is_said_outside_a_bracket():
    """"A new felony conviction (PC 29800, case c1 (Los Angeles County), 2019-01-02) falls
    within the four years after completion, so the felony path fails; ..." (11 sentences in the
    blanked demo caseload), and the same bracket for a felony since reduced and for a count of
    unknown level ("A conviction of PC 459 (case B (Los Angeles County), 2019-02-01) falls
    ..."): what falls within the four years is said first, then the count, its case and day."""
    from tests.eligibility.test_other_count_level_not_known_w54 import _jail_2016, _probation_case, _row, _screened

    def _felony_path(level):
        row = _row(_screened([_jail_2016(), _probation_case("B", "459", level, "2019-02-01", "2020-02-01")]), "A1", "pc1203_425")
        return next(r.text for r in row.reasons if "four years after completion" in r.text)

    for level, lead, after in (
        ("felony", "A new felony conviction", "The felony path fails; whether a later clean period restarts it is unsettled."),
        (None, "A conviction", "The record does not say whether it was a felony, which would fail the felony path, or a misdemeanor, which would not."),
    ):
        said = _felony_path(level)
        assert said == (f"{lead} falls within the four years after completion: PC 459 in case B (Los Angeles County) on 2019-02-01. {after}"), said
        assert _no_nested_bracket(said), said


def test_b91_04_pc1203_425s_pending_arrest_day_names_its_case_after_in():
    """"DOJ may already have granted relief in a monthly run between 2024-10-01 and 2025-06-01,
    the day of the arrest in the case still pending (case B (arrested 2025-06-01, Los Angeles
    County)): check the RAP sheet ..." (4 steps in the blanked demo caseload): the case now
    comes after "in", as B90-01's pending charge says it."""
    from datetime import date

    from engine_builders import row

    from clinic_app.model import Case

    done = probation_case("484(a)/488", start="2015-03-02", end="2018-03-02")
    for number, named in (("", "case B (arrested 2025-06-01, Los Angeles County)"), ("BA123456", "case BA123456")):
        recent = Case(id="B", case_number=number, outcome="pending", arrest_date=date(2025, 6, 1), arrest_level="felony")
        steps = [s for s in row(run(done, recent), "pc1203_425").next_steps if "may already have granted" in s]
        assert steps == [f"DOJ may already have granted relief in a monthly run between 2024-10-01 and 2025-06-01, the day of the arrest in {named}, "
                         "which is still pending: check the RAP sheet for \"relief granted\"."], steps
        assert _no_nested_bracket(steps[0]), steps


def test_b91_05_the_certificate_asks_a_later_counts_level_naming_its_case_after_in():
    """"The record does not give the level of PC 602 (case B (convicted 2020-01-01, Los Angeles
    County)): if it was an infraction, ..." (B90's Left alone; no demo screening has it), and
    two such counts joined by a bare comma, the titles' commas running into the list's."""
    from tests.eligibility.test_other_count_level_not_known_w54 import _cor, _probation_case

    row = _cor(_probation_case("B", "602", None, "2020-01-01", "2021-01-01"))
    said = row.reasons[-1].text
    assert said == ("The record does not give the level of PC 602 in case B (convicted 2020-01-01, Los Angeles County): "
                    "if it was an infraction, it does not interrupt the period."), said
    from tests.eligibility.test_cor import cor, robbery

    b = probation_case("602", id="B", start="2020-01-01", end="2021-01-01", status="completed")
    c = probation_case("484(a)", id="C", start="2021-03-01", end="2022-03-01", status="completed")
    for case in (b, c):
        case.convictions[0].level = None
    said = [r.text for r in cor(robbery(), b, c).reasons if "does not give the level" in r.text]
    assert said == ["The record does not give the level of PC 602 in case B (convicted 2020-01-01, Los Angeles County) and PC 484(a) in case C "
                    "(convicted 2021-03-01, Los Angeles County): if they were infractions, they do not interrupt the period."], said
    assert all(_no_nested_bracket(t) for t in said)


def test_b91_06_pc1203_42s_priors_name_their_case_after_in():
    """PC 1203.42's priors put their case in a bracket (B90's Left alone; no demo screening has
    them): "A prior PC 459 (case B (convicted 2005-03-02, Los Angeles County)) is a serious or
    violent felony only if ...", "Find whether PC 211 (case B (...)) was a felony ...", "A prior
    felony HS 11377/11364 (case P (...)) names two offenses ..."."""
    from engine_builders import D, custody_case

    sentenced = custody_case("11378", judgment="2009-05-01", release="2010-06-01", supervision="parole", supervision_end="2011-06-01")
    prior = probation_case("459", id="B", level="felony", kind="formal", start="2005-03-02", end="2007-03-02")
    prior.convictions[0].conviction_date = D("2005-03-02")
    d = row(run(sentenced, prior), "pc1203_42")
    said = [r.text for r in d.reasons if r.text.startswith("A prior")]
    assert said == ["A prior PC 459 in case B (convicted 2005-03-02, Los Angeles County) is a serious or violent felony only if it was first-degree "
                    "(residential) burglary, PC 460(a); if so, it rules out PC 1170(h) sentencing."], said
    prior.convictions[0].level = None
    d = row(run(sentenced, prior), "pc1203_42")
    assert d.reasons[0].text.startswith("A prior PC 459 in case B (convicted 2005-03-02, Los Angeles County) may be a serious or violent felony if it was a felony"), d.reasons[0].text
    assert d.next_steps[0].startswith("Find whether PC 459 in case B (convicted 2005-03-02, Los Angeles County) was a felony or a misdemeanor"), d.next_steps
    prior.convictions[0].level = "felony"
    prior.convictions[0].section = "459/99999"
    d = row(run(sentenced, prior), "pc1203_42")
    assert any(r.text.startswith("A prior felony PC 459/99999 in case B (convicted 2005-03-02, Los Angeles County) ") for r in d.reasons), [r.text for r in d.reasons]
    assert all(_no_nested_bracket(t) for t in [*(r.text for r in d.reasons), *d.next_steps])


def test_b91_07_pc1203_45_lists_the_other_convictions_outside_a_bracket():
    """"The person has other convictions (PC 647(f) in case B (convicted 2016-05-09, Los Angeles
    County)); PC 1203.45 is generally for a single conviction.": the list after a colon."""
    from engine_builders import no_probation_case

    later = probation_case("647(f)", id="B", start="2016-05-09", end="2017-05-09")
    s = run(no_probation_case("415(1)", judgment="2015-02-10"), later)
    said = [r.text for d in s.results if d.case == "A" and d.remedy == "pc1203_45" for r in d.reasons if "other convictions" in r.text]
    assert said == ["The person has other convictions: PC 647(f) in case B (convicted 2016-05-09, Los Angeles County). "
                    "PC 1203.45 is generally for a single conviction."], said
    assert all(_no_nested_bracket(t) for t in said)
