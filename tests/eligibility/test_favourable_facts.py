"""A fact in the client's favour never makes an answer worse (P46): the smallest records of
what the relations below found."""

from __future__ import annotations

from clinic_app.model import Case, ReliefGranted

from engine_builders import D, custody_case, row, run


# ---- the smallest records of what the relations found ----------------------------------------


def _redesignated_after_prison(relief: bool = True) -> Case:
    # HS 11350 after a prison term, parole over in 2013, four clean years long past.
    case = custody_case("11350(a)", judgment="2010-06-01", release="2011-06-01", supervision="parole", supervision_end="2013-06-01")
    if relief:
        case.convictions[0].relief_granted = [ReliefGranted("prop47", D("2015-08-01"))]
    return case


def test_p46_01_a_redesignation_leaves_automatic_relief_due_where_both_readings_give_it():
    """P46-01: a felony whose four clean years after parole had passed was eligible for
    automatic relief; redesignated a misdemeanor under Prop 47 it became "needs review" (L),
    though read either way (a misdemeanor without probation, or the felony it was) relief is
    due.  It stays eligible, saying the question and why it does not decide."""
    felony = row(run(_redesignated_after_prison(False), as_of="2026-11-01"), "pc1203_425")
    assert (felony.status, felony.confidence) == ("eligible", "M")
    d = row(run(_redesignated_after_prison(), as_of="2026-11-01"), "pc1203_425")
    assert (d.status, d.mode, d.confidence) == ("eligible", "automatic", "M"), [r.text for r in d.reasons]
    assert "here both readings give relief" in d.reasons[0].text and d.reasons[0].cite == "PC 1203.425(a)(1)(B)(iv)"
    assert "the sentence was completed on 2013-06-01 (end of parole)" in d.reasons[1].text


def test_p46_01_the_question_stays_where_the_readings_differ():
    """Four years from the end of parole not yet passed: read as a felony relief waits, read
    as a misdemeanor it is due now.  The attorney's question, as before."""
    case = custody_case("11350(a)", judgment="2020-06-01", release="2021-06-01", supervision="parole", supervision_end="2023-06-01")
    case.convictions[0].relief_granted = [ReliefGranted("prop47", D("2024-08-01"))]
    d = row(run(case, as_of="2026-11-01"), "pc1203_425")
    assert (d.status, d.confidence) == ("needs_review", "L")
    assert "is an open question" in d.reasons[0].text and "both readings" not in d.reasons[0].text
