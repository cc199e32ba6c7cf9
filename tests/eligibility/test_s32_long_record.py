"""S32: a long record (many cases over 25 years) read whole, as an attorney would."""

from __future__ import annotations

from clinic_app.model import Person

from engine_builders import D, money, probation_case, row, run


def _open_probation():
    """Case H: felony probation running through 2027-09-15, the person-level bar of the record."""
    return probation_case("487(a)", id="H", level="felony", start="2025-09-15", end="2027-09-15", status="active", kind="formal", imposition_suspended=True)


def test_s32_01_dismissal_blocked_elsewhere_keeps_the_open_fines_question():
    """S32-01: an old DV misdemeanor (probation ended 2015-03-05, $300 of fines that were a
    probation condition unpaid) read "BLOCKED until 2027-09-16", confidence H, while felony
    probation ran in case H; on 2027-09-16 the same conviction read "NEEDS ATTORNEY REVIEW"
    (L) on the fines question (ca-rules.md 2.3 [L]).  The block never said the question stood,
    and H was not the weakest rule it rests on.  Now: needs_review (L) with the bar and the day
    it lifts said, and the fines step kept."""
    old = probation_case("273.5(a)", id="E", start="2012-03-05", end="2015-03-05",
                         money=money(fines_ordered=500, fines_paid=200, fines_condition_of_probation=True))
    now = row(run(old, _open_probation(), as_of="2026-12-02"), "pc1203_4", case="E", conv="E1")
    assert now.status == "needs_review" and now.confidence == "L"
    text = " ".join(r.text for r in now.reasons)
    assert "on probation in case H (PC 487(a), convicted 2025-09-15, Los Angeles County) through 2027-09-15" in text
    assert "2027-09-16" in text
    assert "Fines of $300" in text
    assert any("unpaid fines" in s for s in now.next_steps)
    done = probation_case("487(a)", id="H", level="felony", start="2025-09-15", end="2027-09-15", kind="formal", imposition_suspended=True)
    later = row(run(old, done, as_of="2027-09-16"), "pc1203_4", case="E", conv="E1")
    assert later.status == "needs_review" and later.confidence == "L"


def test_s32_01_paid_fines_still_blocked_until_the_day():
    """The block alone (no open question) stays "blocked until" the day it lifts."""
    old = probation_case("273.5(a)", id="E", start="2012-03-05", end="2015-03-05",
                         money=money(fines_ordered=500, fines_paid=500, fines_condition_of_probation=True))
    d = row(run(old, _open_probation(), as_of="2026-12-02"), "pc1203_4", case="E", conv="E1")
    assert (d.status, d.date) == ("blocked", D("2027-09-16"))


def _redesignated_after_reinstatement():
    """Case B: HS 11350(a) felony, probation revoked and reinstated, redesignated under Prop 47."""
    from clinic_app.model import ReliefGranted
    case = probation_case("11350(a)", id="B", code="HS", level="felony", start="2003-06-10", end="2006-06-10", kind="formal",
                          violations=[("2004-09-01", "reinstated")])
    case.convictions[0].relief_granted = [ReliefGranted(remedy="prop47", date=D("2015-08-01"))]
    return case


def _revoked_then_unknown():
    """Case C: a felony wobbler on probation, revoked in 2006; what followed is not recorded."""
    return probation_case("459/460(b)", id="C", level="felony", start="2005-02-14", end="2008-02-14", kind="formal",
                          status="revoked", violations=[("2006-11-01", "revoked")], imposition_suspended=True)


def test_s32_02_automatic_relief_question_names_the_probation_elsewhere_that_stops_it():
    """S32-02: with felony probation running in case H through 2027-09-15, automatic relief for
    a felony redesignated under Prop 47 (case B) and for a felony whose probation was revoked
    (case C) read only their own open question, "NEEDS ATTORNEY REVIEW", with no word of the
    probation in case H, which stops automatic relief whatever the answer
    (PC 1203.425(a)(1)(B)(ii)-(iii)); the DUI beside them (G1) and 1203.4 for case C said it.
    Now both name the bar and the day it lifts."""
    s = run(_redesignated_after_reinstatement(), _revoked_then_unknown(), _open_probation(), as_of="2026-12-02")
    for case, conv in (("B", "B1"), ("C", "C1")):
        d = row(s, "pc1203_425", case=case, conv=conv)
        assert d.status == "needs_review"
        text = " ".join(r.text for r in d.reasons)
        assert "on probation in case H (PC 487(a), convicted 2025-09-15, Los Angeles County) through 2027-09-15" in text, (case, text)
        assert "2027-09-16" in text, (case, text)


def test_s32_02_no_bar_elsewhere_nothing_added():
    s = run(_redesignated_after_reinstatement(), _revoked_then_unknown(), as_of="2026-12-02")
    for case, conv in (("B", "B1"), ("C", "C1")):
        text = " ".join(r.text for r in row(s, "pc1203_425", case=case, conv=conv).reasons)
        assert "probation in case" not in text and "waits until" not in text


def test_s32_03_certificate_blocked_elsewhere_keeps_the_later_conviction_question():
    """S32-03: a 1170(h) split sentence (released 2017-01-01) with later convictions in 2019
    and 2025 read "Certificate of rehabilitation: BLOCKED until 2027-09-16" while felony
    probation ran in case H, and listed it under "Blocked for now" in the summary; on
    2027-09-16 it became NEEDS ATTORNEY REVIEW on whether those later convictions interrupt the
    period. The question outlasts the block: now needs_review from the start, the block and
    its day still said."""
    from engine_builders import custody_case
    jail = custody_case("11378", id="F", type="county_jail_1170h", judgment="2016-05-01", release="2017-01-01",
                        supervision="mandatory_supervision", supervision_end="2018-05-01", split=True)
    dui = probation_case("23152(a)", id="G", code="VC", start="2019-08-01", end="2022-08-01")
    person = Person(ca_resident_since=D("1980-01-01"))
    now = row(run(jail, dui, _open_probation(), as_of="2026-12-02", person=person), "cor", case="F", conv="F1")
    assert (now.status, now.confidence) == ("needs_review", "M")
    text = " ".join(r.text for r in now.reasons)
    assert "on probation in case H (PC 487(a), convicted 2025-09-15, Los Angeles County) through 2027-09-15" in text and "2027-09-16" in text
    assert "interrupt the period of rehabilitation" in text
    done = probation_case("487(a)", id="H", level="felony", start="2025-09-15", end="2027-09-15", kind="formal", imposition_suspended=True)
    later = row(run(jail, dui, done, as_of="2027-09-16", person=person), "cor", case="F", conv="F1")
    assert (later.status, later.confidence) == ("needs_review", "M")


def test_s32_04_in_short_says_a_shared_note_once():
    """S32-04: a 20-case record's summary read "Prop 47 reduction (F1, good cause needed, P1,
    good cause needed)" (F1, then a phrase, then P1: read aloud it sounds like four items), and
    "PC 1203.4 dismissal (A1: route to confirm, B1: route to confirm, ... )" eight times in one
    line.  A note the counts share is now said once: "A1 and B1, good cause needed"."""
    from clinic_app.eligibility.text_report import render_text
    a = probation_case("11350(a)", id="A", code="HS", level="felony", kind="formal", start="2012-07-11", end="2015-07-11")
    b = probation_case("11350(a)", id="B", code="HS", level="felony", kind="formal", start="2013-07-11", end="2016-07-11")
    s = run(a, b, as_of="2026-12-02")
    text = render_text(s, Person(), [a, b])
    short = " ".join(line.strip() for line in text.split("Facts to find out")[0].split("\n"))
    assert "Prop 47 reduction (A1 and B1, good cause needed)" in short, short
    assert short.count("good cause needed") == 1
