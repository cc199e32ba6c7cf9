"""missing_facts names only the facts the record lacks (S27B-01): a fact the record gives but
contradicts elsewhere is a step that checks the record, led by CHECK_THE_RECORD."""

from __future__ import annotations

from clinic_app.eligibility import screen
from clinic_app.eligibility.result import CHECK_THE_RECORD
from clinic_app.eligibility.text_report import render_text
from clinic_app.screening_format import read_request

from engine_builders import row


def _screen(request: dict):
    req = read_request(request)
    return screen(req.person, req.cases, req.as_of), req


def _case(id, section, level, convicted, sentence, money=None, case_number=None):
    case = {"id": id, "outcome": "convicted", "sentence": sentence,
            "convictions": [{"id": f"{id}1", "code": "PC", "section": section, "level": level, "conviction_date": convicted}]}
    if money:
        case["money"] = money
    if case_number:
        case["case_number"] = case_number
    return case


def _probation(start, end, status):
    return {"type": "probation", "judgment_date": start, "probation": {"kind": "summary", "start": start, "end": end, "status": status}}


def _request(as_of, *cases):
    return {"as_of": as_of, "person": {"us_citizen": True}, "cases": list(cases)}


DONE = _case("A", "594(b)(2)(A)", "misdemeanor", "2017-05-01", _probation("2017-05-01", "2020-05-01", "completed"))
# Public case S25's case B, screened after its end date: still marked active.
STALE = _case("B", "242", "misdemeanor", "2026-03-01", _probation("2026-03-01", "2027-03-01", "active"), case_number="26CM0042")
STALE_CHECK = "The record marks probation active, but its end date 2027-03-01 has passed: was it extended, revoked or completed?"


def _checks(d) -> list[str]:
    return [s for s in d.next_steps if s.startswith(CHECK_THE_RECORD)]


def test_a_probation_marked_active_past_its_end_is_checked_not_missing():
    s, _ = _screen(_request("2031-03-01", DONE, STALE))
    for remedy, conv in (("pc1203_4", "B1"), ("pc1203_425", "B1"), ("pc1203_3", None)):
        d = row(s, remedy, "B", conv)
        assert d.status == "needs_review"  # unchanged: only the facts and the step are
        # The record gives the end date (and the status): neither is missing.
        assert d.missing_facts == [], (remedy, d.missing_facts)
        assert _checks(d) == [f"{CHECK_THE_RECORD}{STALE_CHECK} Where to look: the court docket or the probation department."], remedy
        # One step, not the check beside the old "Check the docket ..." saying it again.
        assert not any("Check the docket" in step for step in d.next_steps)


def test_another_cases_stale_probation_is_checked_by_that_case_s_name():
    s, _ = _screen(_request("2031-03-01", DONE, STALE))
    for remedy in ("pc1203_4", "pc1203_425"):
        d = row(s, remedy, "A", "A1")
        assert d.status == "needs_review"
        assert d.missing_facts == []
        assert _checks(d) == [f"{CHECK_THE_RECORD}Case 26CM0042: {STALE_CHECK} Where to look: the court docket or the probation department."]
        # "Find out ... whether this has ended" was the step for a fact the record lacks.
        assert not any(step.startswith("Find out") for step in d.next_steps)


def test_the_report_counts_a_stale_probation_to_check_not_to_find_out():
    s, req = _screen(_request("2031-03-01", DONE, STALE))
    text = render_text(s, req.person, req.cases)
    assert "To check: 5 results rest on a fact the record gives but that looks wrong" in text
    assert "Facts to find out" not in text and "To complete:" not in text


def test_fines_unpaid_beside_a_sentence_marked_completed_are_checked_not_missing():
    fines = {"fines_ordered": 300, "fines_paid": 160}
    jail = {"type": "no_probation", "judgment_date": "2019-01-10", "completed": True}
    s, _ = _screen(_request("2026-11-15", _case("A", "484(a)/488", "misdemeanor", "2019-01-10", jail, money=fines)))
    d = row(s, "pc1203_4a")
    assert d.status == "needs_review"
    assert d.missing_facts == []
    assert _checks(d) == [f"{CHECK_THE_RECORD}The record marks the sentence completed, yet fines of $140 are unpaid: were they paid, converted (to community service or jail) or waived? Where to look: the court's collections record or the docket."]


def test_another_cases_fines_unpaid_beside_completed_are_checked_by_that_case_s_name():
    fines = {"fines_ordered": 300, "fines_paid": 160}
    jail = {"type": "no_probation", "judgment_date": "2024-01-10", "completed": True}
    s, _ = _screen(_request("2026-11-15", DONE, _case("B", "484(a)/488", "misdemeanor", "2024-01-10", jail, money=fines, case_number="24CM0007")))
    d = row(s, "pc1203_4", "A", "A1")
    assert "cases[B].money.fines_paid" not in d.missing_facts
    assert any(step.startswith(f"{CHECK_THE_RECORD}Case 24CM0007: The record marks the sentence completed, yet fines of $140 are unpaid") for step in d.next_steps)


def test_a_sentence_marked_not_completed_is_no_missing_fact_of_the_block():
    jail = {"type": "no_probation", "judgment_date": "2026-01-10", "completed": False}
    s, _ = _screen(_request("2026-11-15", DONE, _case("B", "484(a)/488", "misdemeanor", "2026-01-10", jail)))
    d = row(s, "pc1203_4", "A", "A1")
    assert d.status == "blocked"
    # The record says it: not completed.  When it will be has no field; the step asks it.
    assert "cases[B].sentence.completed" not in d.missing_facts
    assert any("whether the sentence in case B (PC 484(a)/488, convicted 2026-01-10, Los Angeles County) has been served" in step for step in d.next_steps)


def test_the_motion_to_vacate_checks_a_stale_probation_once_and_asks_nothing():
    request = _request("2026-11-15", _case("A", "11378", "misdemeanor", "2023-01-10", _probation("2023-01-10", "2025-01-10", "active")))
    request["person"]["us_citizen"] = False  # the motion is for a non-citizen
    s, _ = _screen(request)
    d = row(s, "pc1473_7")
    assert (d.status, d.missing_facts) == ("needs_review", [])
    assert len(_checks(d)) == 1
    # The old step asked the status as if the record did not give it.
    assert not any(step.startswith("Find out") for step in d.next_steps)
