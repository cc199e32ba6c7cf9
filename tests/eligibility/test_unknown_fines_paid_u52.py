"""U52-02: fines ordered with "paid" left blank (nobody asked the client or the court) are not
known to be unpaid.  The engine had read the blank as $0 paid: "Fines of $500 are unpaid" for
1203.4, and 1203.4a "blocked: fines of $500 are unpaid".  FORMAT.md: a missing fact that
decides the outcome is named, never guessed.  A "0" typed stays a known $0."""

from __future__ import annotations

from clinic_app.model import Money
from clinic_app.screening_format import read_request
from tests.eligibility.engine_builders import no_probation_case, probation_case, row, run


def _reasons(d) -> str:
    return " ".join(r.text for r in d.reasons)


def test_1203_4_after_probation_asks_what_was_paid():
    d = row(run(probation_case(money=Money(fines_ordered=500))), "pc1203_4")
    assert d.status == "needs_review"
    assert "money.fines_paid" in d.missing_facts and "money.fines_condition_of_probation" in d.missing_facts
    assert "$500 are unpaid" not in _reasons(d)
    assert "Fines of $500 were ordered, and the record does not show what has been paid" in _reasons(d)
    assert any("what has been paid of the fines" in s for s in d.next_steps)


def test_1203_4_a_typed_0_is_still_unpaid():
    d = row(run(probation_case(money=Money(fines_ordered=500, fines_paid=0))), "pc1203_4")
    assert d.status == "needs_review"
    assert "Fines of $500 are unpaid" in _reasons(d)
    assert "money.fines_paid" not in d.missing_facts


def test_1203_4_fines_no_condition_of_probation_decide_nothing():
    d = row(run(probation_case(money=Money(fines_ordered=500, fines_condition_of_probation=False))), "pc1203_4")
    assert (d.status, d.mode) == ("eligible", "mandatory")


def test_1203_4_on_probation_says_find_out_and_pay_any_balance():
    d = row(run(probation_case(start="2025-01-02", end="2027-01-02", status="active", money=Money(fines_ordered=500))), "pc1203_4")
    assert "$500 are unpaid" not in _reasons(d)
    assert any(s.startswith("Find out from the court what has been paid of the $500 in fines") for s in d.next_steps)


def test_1203_4a_is_asked_not_blocked():
    d = row(run(no_probation_case(judgment="2024-02-10", completed=None, money=Money(fines_ordered=500))), "pc1203_4a")
    assert d.status == "needs_review", _reasons(d)
    assert "money.fines_paid" in d.missing_facts
    known = row(run(no_probation_case(judgment="2024-02-10", completed=None, money=Money(fines_ordered=500, fines_paid=0))), "pc1203_4a")
    assert known.status == "blocked" and "fines of $500 are unpaid" in _reasons(known)


def test_a_sentence_marked_completed_with_nothing_recorded_paid_is_no_contradiction():
    """"Completed" says the fine was paid; a blank "paid" does not contradict it."""
    d = row(run(no_probation_case(judgment="2024-02-10", completed=True, money=Money(fines_ordered=500))), "pc1203_4a")
    assert d.status == "eligible", _reasons(d)


def test_an_imported_request_without_fines_paid_reads_it_unknown():
    """Absent or null in a request (or an export another caseload imports) is unknown, as a
    blank is on the Record tab."""
    base = {"as_of": "2026-11-15", "person": {"dob": "1985-04-02"},
            "cases": [{"id": "A", "outcome": "convicted",
                       "convictions": [{"id": "A1", "code": "PC", "section": "484(a)", "level": "misdemeanor",
                                        "conviction_date": "2016-05-20"}],
                       "sentence": {"type": "probation", "judgment_date": "2016-05-20",
                                    "probation": {"kind": "summary", "start": "2016-05-20", "end": "2018-05-20", "status": "completed"}},
                       "money": {"fines_ordered": 500}}]}
    absent = read_request(base)
    base["cases"][0]["money"]["fines_paid"] = None
    null = read_request(base)
    for request in (absent, null):
        money = request.cases[0].money
        assert money.fines_paid is None and money.unrecorded("fine")
        d = row(run(*request.cases), "pc1203_4")
        assert "money.fines_paid" in d.missing_facts
