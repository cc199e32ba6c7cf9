"""Certificate of rehabilitation (PC 4852.01 et seq.): who, the 7/9/10-year periods from
release, residence, exclusions, supervision, later convictions."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from clinic_app.model import Person, ReliefGranted

from engine_builders import D, custody_case, probation_case, row, run

ONE = timedelta(days=1)
RESIDENT = Person(ca_resident_since=D("2000-01-01"))


def robbery(section="211", release="2016-03-01", supervision_end="2018-03-01", id="A", **kw):
    """Public case S22b: robbery, prison, released on parole 2016-03-01."""
    return custody_case(section, id=id, code="PC", judgment="2014-02-01", release=release, supervision_end=supervision_end, **kw)


def cor(*cases, person=RESIDENT, as_of="2026-11-15", case="A"):
    return row(run(*cases, person=person, as_of=as_of), "cor", case=case, conv=f"{case}1")


@pytest.mark.parametrize(
    "section, first",
    [
        ("211", date(2023, 3, 2)),  # 5 + 2 years from release 2016-03-01
        ("187", date(2025, 3, 2)),  # 5 + 4
        ("243.4(a)", date(2026, 3, 2)),  # registrable: 5 + 5
    ],
)
def test_period_day_before_day_and_day_after(section, first):
    d = cor(robbery(section), as_of=first - ONE)
    assert (d.status, d.mode, d.date) == ("eligible_on", "discretionary", first)
    assert any("anniversary" in r.text for r in d.reasons)  # the arguable day: verify
    for day in (first, first + ONE):
        d = cor(robbery(section), as_of=day)
        assert (d.status, d.mode) == ("eligible", "discretionary")


def test_recent_residence_moves_the_date():
    # Before the older 3-year reading's day (2023-06-02) both readings wait: the later date, flagged.
    d = cor(robbery(), person=Person(ca_resident_since=D("2020-06-01")), as_of="2023-01-01")
    assert (d.status, d.date) == ("eligible_on", D("2025-06-02"))
    assert any("3 years' residence immediately before filing" in r.text and "verify" in r.text for r in d.reasons)


def test_the_older_three_year_residence_reading_is_an_open_question_where_it_decides():
    """O21-12: ca-rules.md 3.17 [L]: older text of 4852.01 asked for 3 years' residence before
    filing; "encode the 4852.03 period and flag".  Between the two readings' days the engine
    said eligible_on the 5-year day with no word of the other reading."""
    person = Person(ca_resident_since=D("2020-06-01"))
    d = cor(robbery(), person=person, as_of="2024-01-01")
    assert (d.status, d.confidence) == ("needs_review", "L")
    assert "on that reading the petition can be filed now, on the 5-year reading from 2025-06-02" in d.reasons[-1].text
    # Once the 5-year day has come, the readings agree.
    assert cor(robbery(), person=person, as_of="2025-06-02").status == "eligible"
    # A long resident: the residence sets nothing, nothing to flag.
    assert not any("3 years'" in r.text for r in cor(robbery(), as_of="2024-01-01").reasons)


def test_missing_residence_needs_review_and_says_the_earliest_date():
    d = cor(robbery(), person=Person())
    assert (d.status, d.missing_facts) == ("needs_review", ["person.ca_resident_since"])
    assert "2023-03-02" in d.reasons[-1].text


@pytest.mark.parametrize("section", ["288(a)", "286(c)(1)", "288.5", "289(j)"])
def test_excluded_offenses(section):
    case = probation_case(section, level="felony", kind="formal", start="2008-04-01", end="2013-04-01")
    assert cor(case).status == "not_eligible"


def test_an_excluded_conviction_in_another_case_bars_every_certificate():
    other = probation_case("288(a)", id="P", level="felony", start="1999-01-01", end="2002-01-01")
    assert cor(robbery(), other).status == "not_eligible"


def test_probation_case_needs_a_1203_4_dismissal_first():
    case = probation_case("459/460(b)", level="felony", kind="formal", start="2010-05-20", end="2013-05-20")
    assert cor(case).status == "not_eligible"
    case.convictions[0].relief_granted = [ReliefGranted("pc1203_4", D("2014-01-10"))]
    d = cor(case, as_of="2017-05-20")
    assert (d.status, d.date) == ("eligible_on", D("2017-05-21"))  # 7 years from the grant of probation


def test_misdemeanor_not_applicable():
    assert cor(probation_case("484(a)/488")).status == "not_applicable"


@pytest.mark.parametrize("section, status", [("311.2", "not_eligible"), ("311.2(a)", "not_applicable"), ("311.2(c)", "not_eligible")])
def test_c38_02_a_misdemeanor_311_2_on_probation_is_refused_whichever_subdivision(section, status):
    """C38-02: only 311.2(b)-(d) are PC 290 offenses (a misdemeanor's way to a certificate), and
    1203.4(b) excludes all of 311.2 (a probation case's way): the bare section is refused either
    way, not asked which subdivision; 311.2(a) is no 290 offense, so a misdemeanor under it is
    outside the certificate."""
    assert cor(probation_case(section)).status == status


def test_on_parole_with_no_end_is_blocked():
    d = cor(robbery(release="2023-03-01", supervision_end=None))  # released recently: may still run
    assert d.status == "blocked"
    assert any("4852.06" in r.cite for r in d.reasons)


def test_blocked_with_no_end_still_says_the_earliest_day_and_what_to_find_out():
    """Public case S59: the end of parole is unknown, but the period of rehabilitation from
    release (7 years from 2023-03-01) is a floor the record already gives."""
    d = cor(robbery(release="2023-03-01", supervision_end=None))
    assert d.status == "blocked" and d.date is None  # blocked's date is the day it lifts: unknown
    assert any("cannot be filed before 2030-03-02" in r.text and r.cite == "PC 4852.03(a)" for r in d.reasons)
    # F26B-01: as the other remedies say it; S27-04: its own case unnamed ("the parole in case
    # A" under case A's heading, where the case's other steps name no case).
    assert d.next_steps[0] == "Find out when the parole ends (CDCR for parole, the probation department for PRCS or mandatory supervision, or the RAP sheet); record the end date and screen again."



def test_parole_with_no_end_ten_years_after_release_asks_for_the_end():
    d = cor(robbery(release="2016-03-01", supervision_end=None))
    assert (d.status, d.missing_facts) == ("needs_review", ["cases[A].sentence.custody.supervision_end"])
    assert any("4852.06" in r.cite for r in d.reasons)


def test_parole_ending_after_the_period_moves_the_date():
    d = cor(robbery(release="2016-03-01", supervision_end="2027-01-10"))
    assert (d.status, d.date) == ("eligible_on", D("2027-01-11"))


def test_later_felony_needs_review():
    later = custody_case("11378", id="B", judgment="2019-05-01", release="2020-05-01", supervision_end="2021-05-01")
    assert cor(robbery(), later).status == "needs_review"


def test_unknown_residence_never_gives_an_earliest_date_past_a_current_supervision():
    """Public case S57: an old prison case, then a new felony whose PRCS is still running.
    The missing residence date must not hide the supervision: no "at the earliest ... 2020"."""
    on_prcs = custody_case("11378", id="B", judgment="2021-03-01", release="2024-06-01", supervision="prcs", supervision_end=None)
    d = cor(robbery(), on_prcs, person=Person())
    # needs_review, not blocked: the later felony's question outlasts the PRCS (S32-03).
    assert (d.status, d.date) == ("needs_review", None)
    texts = " ".join(r.text for r in d.reasons)
    assert "PRCS" in texts and "case B" in texts
    assert "later conviction" in texts  # the interruption is said too, for the attorney
    assert "at the earliest" not in texts


def test_unknown_residence_with_a_later_felony_names_both():
    later = custody_case("11378", id="B", judgment="2019-05-01", release="2020-05-01", supervision_end="2021-05-01")
    d = cor(robbery(), later, person=Person())
    assert d.status == "needs_review"
    assert d.missing_facts == ["person.ca_resident_since"]
    assert "later conviction" in d.reasons[-1].text


def test_release_date_unknown_needs_review():
    case = custody_case("10851(a)", code="VC", type="county_jail_1170h", judgment="2021-05-03", release=None,
                        supervision="mandatory_supervision", supervision_end="2023-09-20", split=True)
    d = cor(case)
    assert (d.status, d.missing_facts) == ("needs_review", ["cases[A].sentence.custody.release_date"])


def test_felony_probation_in_another_case_blocks_until_it_ends():
    other = probation_case("11377(a)", id="B", code="HS", level="felony", kind="formal", start="2015-01-10", end="2027-01-10", status="active")
    d = cor(robbery(), other)
    assert (d.status, d.date) == ("blocked", D("2027-01-11"))


def test_misdemeanor_probation_in_another_case_does_not_block():
    # Granted before the period began (release 2016-03-01): not a later conviction either.
    other = probation_case("242", id="B", start="2015-12-01", end="2027-03-01", status="active")
    assert cor(robbery(), other).status == "eligible"


def test_a_misdemeanor_conviction_inside_the_period_is_for_the_attorney():
    """Readability finding R18-05: PC 4852.05 asks for a law-abiding life through the period;
    a misdemeanor inside it was passed over ("only the residence is left to confirm")."""
    other = probation_case("484(a)/488", id="B", start="2023-10-18", end="2026-10-17")
    d = cor(robbery(), other)
    assert (d.status, d.confidence) == ("needs_review", "M")
    assert any(r.text.startswith("A later conviction may interrupt the period of rehabilitation: PC 484(a)/488 in case B (Los Angeles County) on 2023-10-18.") for r in d.reasons)


def test_incarceration_since_the_dismissal_closes_the_dismissal_route():
    """Oracle finding O18-03: ca-rules 3.17 (b) [H], "no incarceration since the dismissal"."""
    from clinic_app.model import ReliefGranted

    dismissed = probation_case("459/460(b)", level="felony", kind="formal", start="2010-01-01", end="2013-01-01")
    dismissed.convictions[0].relief_granted = [ReliefGranted("pc1203_4", D("2016-01-01"))]
    prison = custody_case("11378", id="B", judgment="2018-01-01", release="2020-01-01", supervision_end="2021-01-01")
    d = cor(dismissed, prison)
    assert (d.status, d.confidence) == ("not_eligible", "M")
    assert "after this conviction was dismissed on 2016-01-01" in d.reasons[0].text and d.reasons[0].cite == "PC 4852.01(b)"
    assert cor(dismissed).status != "not_eligible"  # without the later commitment the route is open


def test_a_prison_case_blocked_by_supervision_elsewhere_cites_4852_06_only():
    """4852.01(b) ("not on probation for any other felony") is the probation route's rule."""
    on_parole = custody_case("11378", id="B", judgment="2021-01-01", release="2025-01-01", supervision_end="2027-01-01")
    d = cor(robbery(), on_parole)
    assert d.status == "needs_review"  # the later felony's question outlasts the parole (S32-03)
    assert "PC 4852.06" in {r.cite for r in d.reasons}
    assert not any("4852.01(b)" in r.cite for r in d.reasons)


def test_unknown_residence_words_a_past_period_as_complete():
    """Review finding: 'at the earliest the petition can be filed on 2005-05-11' read as a
    future date; the period is long over and only the residence is left to confirm."""
    d = cor(robbery(), person=Person())  # period complete 2023-03-02
    assert d.status == "needs_review" and d.missing_facts == ["person.ca_resident_since"]
    assert any("the period itself was complete on 2023-03-02, so only the residence is left to confirm" in r.text for r in d.reasons)
    d = cor(robbery(), person=Person(), as_of="2022-01-01")
    assert any("at the earliest the petition can be filed on 2023-03-02" in r.text for r in d.reasons)


def test_revoked_felony_probation_asks_what_sentence_followed():
    """Review finding: after a revocation, 'ask for the PC 1203.4 dismissal first', though an
    executed prison or jail term would open the commitment route (4852.01(a))."""
    revoked = probation_case("11378", code="HS", level="felony", kind="formal", start="2012-01-10", end="2015-01-10", status="revoked")
    d = cor(revoked)
    assert (d.status, d.missing_facts) == ("needs_review", ["sentence.custody"])  # the type is given (S28-03)
    assert not any("1203.4 dismissal first" in step for step in d.next_steps)


def test_a_block_past_the_bar_says_the_period_that_sets_its_date():
    """Readability finding R18-04: 'blocked until 2036' beside a probation ending 2031, with no
    reason for the date, and a step to end that probation early, which would change nothing."""
    felony = probation_case("459/460(b)", id="B", level="felony", kind="formal", start="2024-06-01", end="2027-06-01", status="active")
    d = cor(robbery(release="2024-03-01", supervision_end="2025-03-01"), felony)
    # needs_review, not "blocked until": the later felony's question outlasts the probation
    # (S32-03); the day the block lifts is still said.
    assert d.status == "needs_review"
    assert any("2031-03-02" in r.text for r in d.reasons)
    assert any(r.text.startswith("The period of rehabilitation is 7 years from release from custody on 2024-03-01") for r in d.reasons)
    assert not any("end probation early" in step for step in d.next_steps)


def test_a_vacated_conviction_and_a_commitment_after_the_screened_day_count_for_nothing():
    """Metamorphic findings M18-04 and M18-08."""
    from clinic_app.model import ReliefGranted

    dismissed = probation_case("459/460(b)", level="felony", kind="formal", start="2010-01-01", end="2013-01-01")
    dismissed.convictions[0].relief_granted = [ReliefGranted("pc1203_4", D("2016-01-01"))]
    prison = custody_case("11378", id="B", judgment="2022-01-01", release="2023-01-01", supervision="none", supervision_end=None)
    assert cor(dismissed, prison, as_of="2020-06-01").status != "not_eligible"  # the 2022 term had not happened
    assert cor(dismissed, prison).status == "not_eligible"
    vacated = probation_case("484(a)/488", id="B", start="2023-10-18", end="2026-10-17")
    vacated.convictions[0].relief_granted = [ReliefGranted("pc236_14", D("2025-01-10"))]
    assert cor(robbery(), vacated).status == "eligible"


def test_registrant_gets_ten_years_whatever_the_conviction_screened():
    """O21-02: 4852.03(a)(2) gives "a person convicted of" a registrable offense 5 more years;
    a registrant's burglary had been given the 7 years of any other person."""
    burglary = robbery("459/460(a)", release="2018-01-01", supervision_end="2019-01-01")
    battery = probation_case("243.4(e)(1)", id="B", start="2005-03-01", end="2008-03-01")
    d = cor(burglary, battery, person=Person(ca_resident_since=D("2000-01-01"), registrant_290=True))
    assert (d.status, d.date) == ("eligible_on", D("2028-01-02"))
    assert "243.4(e)(1)" in d.reasons[1].text
    # Registration the record does not explain: the client's own flag decides.
    d = cor(burglary, person=Person(ca_resident_since=D("2000-01-01"), registrant_290=True))
    assert (d.status, d.date) == ("eligible_on", D("2028-01-02"))
    # Explained by an excepted offense (PC 314): 7 years stay.
    exposure = probation_case("314(1)", id="B", start="2005-03-01", end="2008-03-01")
    d = cor(burglary, exposure, person=Person(ca_resident_since=D("2000-01-01"), registrant_290=True))
    assert (d.status, d.date) == ("eligible", None)


@pytest.mark.parametrize("written", ["286(c)(1)/(b)(1)", "286(b)(1)/(c)(1)", "289(j)/(h)", "289(h)/(j)", "287(b)(1)/287(c)(1)"])
def test_o24b_03_an_excluded_subdivision_paired_with_another_asks_which_one_whatever_the_order(written):
    """O24B-03: another case's "286(c)(1)/(b)(1)" barred every certificate (PC 4852.01(d)) and
    "286(b)(1)/(c)(1)" did not, by the order typed; which one it is decides."""
    other = probation_case(written, id="P", level="felony", start="1999-01-01", end="2002-01-01")
    d = cor(robbery(), other)
    assert d.status == "needs_review"
    said = " ".join(r.text for r in d.reasons)
    assert f"PC {written} in case P (convicted 1999-01-01, Los Angeles County) names two offenses (" in said
    assert "and the record does not say which one the conviction is for; no certificate of rehabilitation can be granted for PC " in said
    assert "cases[P].convictions[P1].section" in d.missing_facts
    both = probation_case("288(a)/(c)(1)", id="P", level="felony", start="1999-01-01", end="2002-01-01")
    assert cor(robbery(), both).status == "not_eligible"  # both within PC 288: excluded either way


def test_later_convictions_are_said_apart_and_a_repeated_count_once():
    """S27C-06 (demo client 18, seed 41): 'A later conviction (PC 459/460(b) in case 3MP70422,
    2023-05-06, PC 148(a)(1) in case 24CJCM82282, 2024-05-06, PC 148(a)(1) in case 24CJCM82282,
    2024-05-06) may interrupt ...': commas within and between, and two counts said twice."""
    from engine_builders import conviction

    theft = probation_case("484(a)/488", id="B", start="2023-10-18", end="2026-10-17")
    resisting = probation_case("148(a)(1)", id="C", start="2024-05-06", end="2025-05-06")
    resisting.convictions.append(conviction("148(a)(1)", id="C2", convicted="2024-05-06"))
    d = cor(robbery(), theft, resisting)
    assert d.status == "needs_review"
    assert ("Later convictions may interrupt the period of rehabilitation: PC 484(a)/488 in case B (Los Angeles County) on 2023-10-18; "
            "PC 148(a)(1) in case C (Los Angeles County) on 2024-05-06. An attorney decides.") in [r.text for r in d.reasons]
