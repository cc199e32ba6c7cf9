"""S31: the less common remedies read against ca-rules.md, edge by edge."""

from __future__ import annotations

from clinic_app.model import Person, Program

from engine_builders import D, custody_case, no_probation_case, probation_case, row, run


def test_s31_01_dej_marked_completed_in_a_convicted_case_is_checked_not_called_unfinished():
    """S31-01: a case showing a conviction and a DEJ completed on 2012-01-01 was told "Deferred
    entry of judgment is not completed yet ... Screen again when the court dismisses the
    charges", against the record's own completion date.  Completing DEJ ends in a dismissal
    (PC 1000.3), so one of the two facts is wrong: the attorney checks the docket."""
    case = probation_case("11377(a)", code="HS", level="misdemeanor", start="2012-06-15", end="2013-06-15")
    case.program = Program(kind="dej", plea_entered=True, completed_on=D("2012-01-01"))
    d = row(run(case), "pc1203_43", case="A", conv=None)
    assert d.status == "needs_review"
    text = " ".join(r.text for r in d.reasons)
    assert "not completed yet" not in text
    assert "2012-01-01" in text and "conviction" in text
    assert not any("when the court dismisses" in s for s in d.next_steps)
    assert any("docket" in s or "minute order" in s for s in d.next_steps)


def test_s31_02_cor_before_release_asks_when_parole_ends_as_the_dismissal_beside_it_does():
    """S31-02: the day before release onto parole of unknown end, the certificate of
    rehabilitation said "The petition comes after custody, then parole has ended" and "Find out
    when custody, then parole ends, record the date and screen again", while PC 1203.41 in the
    same report asked "Find out when the parole ends (CDCR for parole, ...)".  The release date
    is known; only parole's end is not."""
    case = custody_case("211", code="PC", judgment="2020-01-05", release="2026-11-15", supervision="parole", supervision_end=None)
    s = run(case, as_of="2026-11-14", person=Person(ca_resident_since=D("1990-01-01")))
    d = row(s, "cor")
    assert d.status == "blocked"
    said = " ".join([*(r.text for r in d.reasons), *d.next_steps])
    assert "custody, then" not in said
    assert "The petition comes after parole has ended" in said
    assert d.next_steps[0] == row(s, "pc1203_41").next_steps[0]


def test_s31_03_fire_camp_dismissal_before_release_says_the_day_to_file_from():
    """S31-03: ELIGIBLE ON 2026-11-15 (release from prison), read the day before, with the step
    "File a petition under PC 1203.4b with the court ..." as if it could go in now; the
    dismissals and the certificate say "On or after <day>, file ..."."""
    case = custody_case("211", code="PC", judgment="2020-01-05", release="2026-11-15", supervision="parole", supervision_end=None)
    d = row(run(case, as_of="2026-11-14", person=Person(fire_camp=True)), "pc1203_4b")
    assert (d.status, d.date) == ("eligible_on", D("2026-11-15"))
    assert d.next_steps[0].startswith("On or after 2026-11-15, file a petition under PC 1203.4b")
    released = row(run(case, as_of="2026-11-15", person=Person(fire_camp=True)), "pc1203_4b")
    assert released.status == "eligible" and released.next_steps[0].startswith("File a petition under PC 1203.4b")


def test_s31_03_pc1203_49_before_probation_ends_says_the_day_to_file_from():
    """S31-03: PC 1203.49 ELIGIBLE ON the day after probation ends, with "File form CR-180 ..."
    as its first step, to be done now."""
    survivor = Person(trafficking_survivor=True)
    case = probation_case("647(b)", start="2026-03-01", end="2027-03-01", status=None)
    d = row(run(case, as_of="2026-11-15", person=survivor), "pc1203_49")
    assert (d.status, d.date) == ("eligible_on", D("2027-03-02"))
    assert d.next_steps[0].startswith("On or after 2027-03-02, file form CR-180")
    done = row(run(case, as_of="2027-03-02", person=survivor), "pc1203_49")
    assert done.status == "eligible" and done.next_steps[0].startswith("File form CR-180")


def test_s31_04_under_18_sealing_names_its_dismissal_and_the_day_it_opens():
    """S31-04: a 17-year-old's misdemeanor with no probation, judgment 2025-11-15, screened on
    2026-11-15: PC 1203.45 ELIGIBLE ON 2026-11-16 said "Ask the court to seal the record under
    PC 1203.45, in the same petition as the PC 1203.4 or 1203.4a dismissal or separately", to
    do now and naming both statutes, while its reason names PC 1203.4a."""
    case = no_probation_case("602", judgment="2025-11-15")
    case.convictions[0].offense_date = D("2025-09-01")
    person = Person(dob=D("2008-05-10"))
    d = row(run(case, as_of="2026-11-15", person=person), "pc1203_45")
    assert (d.status, d.date) == ("eligible_on", D("2026-11-16"))
    assert d.next_steps[0].startswith("On or after 2026-11-16, ask the court to seal the record under PC 1203.45, in the same petition as the PC 1203.4a dismissal or separately")
    now = row(run(case, as_of="2026-11-16", person=person), "pc1203_45")
    assert now.status == "eligible"
    assert now.next_steps[0].startswith("Ask the court to seal the record under PC 1203.45, in the same petition as the PC 1203.4a dismissal or separately")


def test_s31_05_one_case_asks_a_fact_once_however_a_result_names_it():
    """S31-05: one case, two results missing the same fact, one naming it
    "cases[A].sentence.completed" (PC 1203.49), the other "sentence.completed" (PC 1203.425):
    "Facts to find out" listed "1. Case A: Has every part of the sentence ... been completed?"
    and "3. Has every part of the sentence ... been completed?", the one question twice."""
    from datetime import date

    from clinic_app.eligibility.text_report import render_text
    from clinic_app.model import Determination, Screening

    case = probation_case("647(b)")
    rows = [
        Determination("A", "A1", "pc1203_49", "needs_review", None, None, [], [], ["cases[A].sentence.completed"], "L"),
        Determination("A", "A1", "pc1203_425", "needs_review", None, None, [], [], ["sentence.completed"], "M"),
    ]
    text = render_text(Screening(date(2026, 11, 15), "test", rows, []), Person(), [case])
    assert text.count("Has every part of the sentence") == 1
    assert "Waits on fact 2" not in text


def test_s31_06_vacatur_of_a_misdemeanor_says_it_is_a_misdemeanor():
    """S31-06: a trafficking survivor's PC 647(b) misdemeanor was told "PC 647(b) is not a
    violent felony, so it can be vacated", read aloud as if it were a felony of the milder
    kind; a felony that is not violent keeps that wording."""
    survivor = Person(trafficking_survivor=True)
    d = row(run(probation_case("647(b)"), person=survivor), "pc236_14")
    assert d.status == "eligible"
    said = " ".join(r.text for r in d.reasons)
    assert "PC 647(b) is a misdemeanor, not a violent felony, so it can be vacated" in said
    felony = row(run(probation_case("459/460(b)", level="felony"), person=survivor), "pc236_14")
    assert "PC 459/460(b) is not a violent felony, so it can be vacated" in " ".join(r.text for r in felony.reasons)
    infraction = row(run(probation_case("647(b)", level="infraction"), person=survivor), "pc236_14")
    assert "PC 647(b) is an infraction, not a violent felony" in " ".join(r.text for r in infraction.reasons)


def test_s31_07_under_18_sealing_blocked_with_its_dismissal_says_when_to_recheck_not_to_file():
    """S31-07: with a charge pending, PC 1203.4 was BLOCKED ("Recheck when the pending case
    ends") but PC 1203.45 beside it, blocked for that reason, gave only "Ask the court to seal
    the record under PC 1203.45, in the same petition as the PC 1203.4 dismissal", a filing to
    make now, and no word of when to look again."""
    case = probation_case("488", start="2018-08-01", end="2019-08-01")
    case.convictions[0].offense_date = D("2018-05-09")
    s = run(case, person=Person(dob=D("2000-05-10"), pending_charges=True))
    dismissal, sealing = row(s, "pc1203_4"), row(s, "pc1203_45")
    assert (dismissal.status, sealing.status) == ("blocked", "blocked")
    assert sealing.next_steps[0] == dismissal.next_steps[0]
    assert not any(step.startswith("Ask the court to seal") for step in sealing.next_steps)
    assert any(step.startswith("When the PC 1203.4 dismissal can be filed, ask the court to seal the record under PC 1203.45") for step in sealing.next_steps)


def test_s31_08_cor_is_not_blocked_by_probation_for_a_felony_reduced_under_17b():
    """S31-08: a prison felony's certificate of rehabilitation was BLOCKED "on probation in
    case B through 2027-06-01", case B a PC 496(a) felony reduced to a misdemeanor under 17(b)
    at sentencing, on summary probation.  A reduced wobbler is a misdemeanor for all purposes
    (ca-rules.md 3.7), and only probation for another felony stops the certificate (the
    module's own rule; jury service already reads the reduced level).  The later conviction
    is still put to the attorney."""
    from clinic_app.model import ReliefGranted

    prison = custody_case("11378", judgment="2010-01-05", release="2014-01-05", supervision="parole", supervision_end="2017-01-05")
    reduced = probation_case("496(a)", id="B", level="felony", start="2025-06-01", end="2027-06-01", status="active", imposition_suspended=True)
    reduced.convictions[0].relief_granted = [ReliefGranted("pc17b", D("2025-06-01"))]
    d = row(run(prison, reduced, person=Person(ca_resident_since=D("1990-01-01"))), "cor")
    assert d.status == "needs_review"
    said = " ".join(r.text for r in d.reasons)
    assert "on probation in case B" not in said
    assert "A later conviction may interrupt the period of rehabilitation: PC 496(a) in case B (Los Angeles County) on 2025-06-01." in said
