"""U52-03: restitution ordered with "paid" left blank is not known to be unpaid.  The screening
had said "Restitution of $1,500 is unpaid" and, among what relief does not change,
"Restitution of $1,500 stays owed", for a client whose payments nobody had asked about.
SB 1106 makes unpaid restitution no ground to deny relief, so the answers are the same; what
they say of the money is not a guess.  A "0" typed stays a known $0."""

from __future__ import annotations

from clinic_app.model import Money
from tests.eligibility.engine_builders import probation_case, row, run


def _said(screening) -> str:
    reasons = [r.text for d in screening.results for r in d.reasons]
    return " ".join(reasons + [c.text for c in screening.consequences])


def test_restitution_with_nothing_recorded_paid_is_not_said_unpaid():
    s = run(probation_case(money=Money(restitution_ordered=1500)))
    d = row(s, "pc1203_4")
    assert (d.status, d.mode) == ("eligible", "mandatory")
    said = _said(s)
    assert "$1,500 is unpaid" not in said and "Restitution of $1,500 stays owed" not in said
    assert ("Restitution of $1,500 was ordered, and the record does not show what has been paid; since SB 1106 "
            "(2023-01-01) unpaid restitution is no ground to deny relief") in said
    assert ("Restitution (what is unpaid of the $1,500 ordered; the record does not show what has been paid) "
            "stays owed and enforceable after relief.") in said


def test_restitution_typed_0_paid_is_unpaid_in_full():
    said = _said(run(probation_case(money=Money(restitution_ordered=1500, restitution_paid=0))))
    assert "Restitution of $1,500 is unpaid" in said and "Restitution of $1,500 stays owed" in said


def test_early_termination_says_what_stays_owed_without_a_sum():
    s = run(probation_case(start="2025-01-02", end="2028-01-02", status="active", money=Money(restitution_ordered=1500)))
    d = row(s, "pc1203_3", conv=None)
    assert any(r.text.startswith("Restitution (what is unpaid of the $1,500 ordered") for r in d.reasons), [r.text for r in d.reasons]
