"""E163 (Q163 fault 02): a violation after which probation went on (reinstated, or continued)
dated after the recorded end of probation.

The court cannot reinstate a grant that has ended, so it must have extended it, to an end the
record does not show: whether the person is still on probation (ca-rules 2.1 line 50 [H], 2.2
line 57 [H]: the end "as modified") is unknown, and the answer asks for that end instead of
reading the grant as over at H.
"""

from __future__ import annotations

import pytest
import yaml

from clinic_app.eligibility import screen
from clinic_app.screening_format import read_request
from engine_builders import probation_case, row, run

# /tmp/Q163/faults/02.yaml, the tester's request as it was filed.
Q163_FAULT_02 = """
as_of: 2026-11-15
person: {dob: null, registrant_290: false, us_citizen: true, ca_resident_since: null, pending_charges: false, on_supervision: null, fire_camp: false, trafficking_survivor: false}
cases:
  - id: A
    outcome: convicted
    convictions:
      - {id: A1, code: PC, section: "484(a)/488", level: misdemeanor, conviction_date: 2020-01-10}
    sentence:
      type: probation
      judgment_date: 2020-01-10
      imposition_suspended: true
      completed: true
      probation: {kind: summary, start: 2020-01-10, end: 2021-01-10, violations: [{date: 2022-05-01, outcome: reinstated}], status: completed}
"""

SAID = "The record shows probation going on after a violation on 2022-05-01, after its recorded end date 2021-01-10; the court must have extended it, to an end the record does not show."
STEP = "Get the order that reinstated or continued probation from the docket, record the end date it set, and screen again."


def _q163():
    request = read_request(yaml.safe_load(Q163_FAULT_02))
    return screen(request.person, request.cases, request.as_of)


def test_q163_fault_02_the_dismissal_asks_for_the_end_the_court_set():
    d = row(_q163(), "pc1203_4")
    assert (d.status, d.confidence) == ("needs_review", "M")  # was eligible, discretionary, H
    assert d.missing_facts == ["sentence.probation.end"]
    assert [(r.text, r.cite) for r in d.reasons][0] == (SAID, "PC 1203.4(a)(1)")
    assert any("off probation" in r.text for r in d.reasons)
    assert STEP in d.next_steps
    assert "The person is not on probation, serving a sentence or charged in any other case." not in [r.text for r in d.reasons]


def test_q163_fault_02_an_early_end_is_asked_not_offered_as_over():
    d = row(_q163(), "pc1203_3", conv=None)
    assert (d.status, d.missing_facts) == ("needs_review", ["sentence.probation.end"])
    assert d.reasons[0].text == SAID


@pytest.mark.parametrize("outcome", ["continued", "reinstated"])
def test_another_case_is_told_the_probation_may_still_run(outcome):
    """The person-level bar (ca-rules 2.1 line 50 [H]): another case's dismissal had been told
    "not on probation ... in any other case"."""
    extended = probation_case(id="B", start="2020-01-10", end="2021-01-10", violations=[("2022-05-01", outcome)])
    older = probation_case(id="A", start="2015-03-02", end="2016-03-02")
    d = row(run(older, extended), "pc1203_4")
    assert d.status == "needs_review"
    assert "cases[B].sentence.probation.end" in d.missing_facts
    assert any("it went on after a violation on 2022-05-01, after its recorded end date 2021-01-10; it must have been extended" in r.text for r in d.reasons)


def test_continued_after_the_end_is_not_completed_without_revocation_for_1203_425():
    extended = probation_case(start="2020-01-10", end="2021-01-10", violations=[("2022-05-01", "continued")])
    d = row(run(extended), "pc1203_425")
    assert (d.status, d.missing_facts) == ("needs_review", ["sentence.probation.end"])
    assert d.reasons[0].cite == "PC 1203.425(a)(1)(B)(iv)(I)(ia)"


def test_a_violation_within_probation_or_after_the_screening_day_is_no_contradiction():
    """A violation before the end is ordinary; one dated after the screening day had not happened
    on it (a screening may speak for a past day: /tmp/Q163/req/38.yaml)."""
    within = probation_case(start="2020-01-10", end="2021-01-10", violations=[("2020-06-01", "reinstated")])
    assert row(run(within), "pc1203_4").status == "eligible"
    later = probation_case(start="2020-01-10", end="2021-01-10", violations=[("2022-05-01", "reinstated")])
    assert row(run(later, as_of="2021-06-01"), "pc1203_4").status == "eligible"
