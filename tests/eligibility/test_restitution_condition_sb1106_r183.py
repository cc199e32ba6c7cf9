"""R183 (found beside D179-02's handout line): a probation over with its condition "Pay
restitution to the victim in full" unpaid was screened "The record shows conditions not
completed ... only the discretionary route is left", PC 1203.4 at the judge's discretion, while
its next reason said SB 1106 makes unpaid restitution no ground to deny relief.  Since
2023-01-01 an unfulfilled restitution order is no unfulfilled condition (PC 1203.4(a)(1),
(c)(3)(B); ca-rules.md 1, 2.3 [H]): the mandatory route stands.  Before SB 1106 it was one."""

from __future__ import annotations

from clinic_app.model import Condition, Money
from tests.eligibility.engine_builders import probation_case, row, run

RESTITUTION = Condition(kind="other", label="Pay restitution to the victim in full")
PROGRAM = Condition(kind="program", label="52-week batterer's program", required=52, done=38)


def _dismissal(*conditions: Condition, as_of: str = "2026-11-15"):
    case = probation_case("273.5(a)", start="2017-05-10", end="2020-05-10", conditions=conditions,
                          money=Money(restitution_ordered=1500, restitution_paid=700))
    return row(run(case, as_of=as_of), "pc1203_4")


def test_an_unpaid_restitution_condition_leaves_the_mandatory_route_since_sb1106():
    d = _dismissal(RESTITUTION)
    assert (d.status, d.mode) == ("eligible", "mandatory"), [r.text for r in d.reasons]
    assert not any("conditions not completed" in r.text for r in d.reasons)


def test_before_sb1106_it_was_a_condition_not_completed():
    d = _dismissal(RESTITUTION, as_of="2022-12-31")
    assert (d.status, d.mode) == ("eligible", "discretionary")
    assert any("conditions not completed: Pay restitution to the victim in full" in r.text for r in d.reasons)


def test_a_program_not_finished_beside_it_is_named_alone():
    d = _dismissal(RESTITUTION, PROGRAM)
    assert (d.status, d.mode) == ("eligible", "discretionary")
    (said,) = [r.text for r in d.reasons if "conditions not completed" in r.text]
    assert "52-week batterer's program" in said and "restitution" not in said


def test_r186_01_the_condition_and_the_money_unpaid_are_one_reason_not_said_twice():
    """R186-01: "... condition to pay restitution not completed: ...; since SB 1106 ... no ground
    to deny relief or to find probation unfulfilled, but it stays owed." stood over "Restitution
    of $800 is unpaid; since SB 1106 ... no ground to deny relief or to find probation
    unfulfilled, but it stays owed.": one thought, said once, with the amount."""
    d = _dismissal(RESTITUTION)
    (said,) = [r.text for r in d.reasons if "SB 1106" in r.text]
    assert "(Pay restitution to the victim in full): restitution of $800 is unpaid; since SB 1106" in said
    # Beside a program not finished, the same one reason.
    d = _dismissal(RESTITUTION, PROGRAM)
    assert len([r for r in d.reasons if "SB 1106" in r.text]) == 1
