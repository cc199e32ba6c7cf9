"""B93: a bracket inside a bracket left in screen()'s words.

A probation condition is named as the record names it, and a name may hold its own bracket
("Community service (200 hours)", "First-offender DUI program (AB 541)").  Said inside a bracket
of the reason's own, one bracket ran into the other: "The record shows conditions not completed
yet (Community service (200 hours)); ..." (390 of the 5,000 demo screenings, seed 83).  The
conditions now follow a colon, and what they mean is a sentence of its own."""

from __future__ import annotations

from clinic_app.model import Condition

from engine_builders import probation_case, row, run

from tests.eligibility.test_nested_brackets_b90 import _no_nested_bracket

SERVICE = Condition("community_service", "Community service (200 hours)", 200, 80)
DUI = Condition("program", "First-offender DUI program (AB 541)")
STAY_AWAY = Condition("stay_away", "Stay away from the protected person")
RUNNING = {"start": "2025-06-01", "end": "2028-06-01", "status": "active"}


def _reasons(conditions, **probation):
    d = row(run(probation_case("242", conditions=list(conditions), **(probation or RUNNING)), as_of="2026-11-15"), "pc1203_4")
    return [r.text for r in d.reasons]


def test_b93_01_conditions_still_open_while_probation_runs_follow_a_colon():
    """"The record shows conditions not completed yet (Community service (200 hours)); finishing
    them before probation ends keeps the mandatory route." (pc1203_4._open_conditions)."""
    said = _reasons([SERVICE])
    assert ("The record shows conditions not completed yet: Community service (200 hours). "
            "Finishing them before probation ends keeps the mandatory route.") in said, said
    said = _reasons([DUI, SERVICE, STAY_AWAY])
    assert ("The record shows conditions not completed yet: First-offender DUI program (AB 541), Community service "
            "(200 hours). It also shows orders in force until probation ends: Stay away from the protected person. "
            "Finishing the first and keeping to the second keeps the mandatory route.") in said, said
    said = _reasons([STAY_AWAY])
    assert ("The record shows orders in force until probation ends: Stay away from the protected person. "
            "Keeping to them keeps the mandatory route.") in said, said
    for conditions in ([SERVICE], [DUI, SERVICE, STAY_AWAY], [STAY_AWAY]):
        assert all(_no_nested_bracket(text) for text in _reasons(conditions)), _reasons(conditions)


def test_b93_02_conditions_left_open_after_probation_follow_a_colon():
    """"The record shows conditions not completed (Community service (200 hours)); unless the
    court excused them, only the discretionary route is left." (probation over, pc1203_4)."""
    ended = {"start": "2022-06-01", "end": "2025-06-01", "status": "completed"}
    said = _reasons([SERVICE], **ended)
    assert ("The record shows conditions not completed: Community service (200 hours). "
            "Unless the court excused them, only the discretionary route is left.") in said, said
    said = _reasons([DUI, SERVICE], **ended)
    assert ("The record shows conditions not completed: First-offender DUI program (AB 541), Community service (200 hours). "
            "Unless the court excused them, only the discretionary route is left.") in said, said
    assert all(_no_nested_bracket(text) for text in said), said


def test_b93_03_standing_orders_kept_until_probation_ended_follow_a_colon():
    """"The record shows orders that lasted until probation ended (Stay away from the protected
    person) and no probation violation, so ...": an order named with a bracket of its own ("Stay
    away from the protected person (100 yards)") put one bracket inside the other.  No demo record
    names an order so; the sentence is worded as B93-01 and B93-02's are."""
    ended = {"start": "2022-06-01", "end": "2025-06-01", "status": "completed"}
    order = Condition("stay_away", "Stay away from the protected person (100 yards)")
    said = _reasons([order], **ended)
    assert ("The record shows orders that lasted until probation ended: Stay away from the protected person (100 yards). "
            "It shows no probation violation, so they count as kept for the whole period.") in said, said
    assert all(_no_nested_bracket(text) for text in said), said
