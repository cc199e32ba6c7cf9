"""A fact in the client's favour never makes an answer worse (P46): the smallest records of
what the relations below found."""

from __future__ import annotations

from clinic_app.model import Case, Payment, ReliefGranted

from engine_builders import D, custody_case, money, no_probation_case, probation_case, row, run


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


def _fine_unpaid_though_completed() -> Case:
    return no_probation_case("415(1)", judgment="2019-10-06", money=money(fines_ordered=500, fines_paid=100))


# Summary probation in another case, running past the screening day.
_PROBATION_ELSEWHERE = probation_case("242", id="B", start="2026-06-05", end="2028-06-05", status="active")


def test_p46_02_an_unpaid_fine_does_not_hide_the_open_question_of_probation_elsewhere():
    """P46-02: a case marked completed with $400 of its fines unpaid was asked about alone (M):
    "whether probation in another case blocks 1203.4a" (ca-rules.md 8.5) and "whether summary
    probation elsewhere stops automatic relief", both [L], went unsaid, and paying the fine
    made the answer less sure (M to L).  Both are now said beside the fine, at L."""
    s = run(_fine_unpaid_though_completed(), _PROBATION_ELSEWHERE, as_of="2026-11-01")
    for remedy, question in (("pc1203_4a", "whether that blocks relief is an open question"),
                             ("pc1203_425", "Whether summary (unsupervised) probation in another case is an active supervision record that stops automatic relief is an open question")):
        d = row(s, remedy)
        said = [r.text for r in d.reasons]
        assert (d.status, d.confidence) == ("needs_review", "L"), (remedy, said)
        assert said[0].startswith("The record marks the sentence completed, yet fines of $400 are unpaid")
        assert "The person is on probation in case B through 2028-06-05." in said
        assert any(question in t for t in said), (remedy, said)
        assert d.next_steps[0].startswith("Check the record, then screen again: The record marks the sentence completed, yet fines of $400 are unpaid")
    paid = _fine_unpaid_though_completed()
    paid.money.record_payment(Payment("fine", D("2026-10-01"), 400))
    for remedy in ("pc1203_4a", "pc1203_425"):
        assert row(run(paid, _PROBATION_ELSEWHERE, as_of="2026-11-01"), remedy).confidence == "L"


def test_p46_02_an_unpaid_fine_still_says_a_bar_elsewhere():
    """Formal probation elsewhere stops automatic relief whichever way the fine is settled."""
    formal = probation_case("242", id="B", start="2026-06-05", end="2028-06-05", status="active", kind="formal")
    d = row(run(_fine_unpaid_though_completed(), formal, as_of="2026-11-01"), "pc1203_425")
    assert (d.status, d.confidence) == ("needs_review", "M")
    assert [r.text for r in d.reasons][1:] == ["The person is on probation in case B through 2028-06-05.", "Whichever path applies, relief here waits until 2028-06-06 at the earliest."]


def test_p46_02_probation_marked_active_past_its_end_does_not_hide_the_prcs_question():
    """P46-02: a probation the record still marks active after its end date was asked about
    alone (M), the open question of PRCS in another case (ca-rules.md 8.4 [L]) unsaid; once the
    court's early end was recorded (PC 1203.3), the answer went from M to L."""
    prcs = custody_case("11378", type="county_jail_1170h", judgment="2024-01-01", release="2024-06-01", supervision="prcs", supervision_end="2027-06-01")
    stale = probation_case("484(a)/488", id="B", start="2023-01-01", end="2025-01-01", status="active")
    d = row(run(prcs, stale, as_of="2026-11-01"), "pc1203_4", case="B", conv="B1")
    assert (d.status, d.confidence) == ("needs_review", "L")
    assert [r.text for r in d.reasons] == [
        "The record says probation is still active, but its end date 2025-01-01 has passed; it may have been extended.",
        "The person is on post-release community supervision (PRCS) in case A through 2027-06-01.",
        "Whether post-release community supervision (PRCS) counts as serving a sentence under PC 1203.4(a)(1) is an open question, so an attorney decides.",
    ]
    assert d.next_steps[-1] == "An attorney decides whether PRCS counts as serving a sentence; if it does, screen again once PRCS ends."
    ended = probation_case("484(a)/488", id="B", start="2023-01-01", end="2025-01-01", status="completed", early="2024-06-01")
    assert row(run(prcs, ended, as_of="2026-11-01"), "pc1203_4", case="B", conv="B1").confidence == "L"
