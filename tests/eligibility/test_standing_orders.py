"""A standing order (stay away, no contact, obey all laws) is kept until probation ends, not
"finished" as a class is (S27B-03: "Finish the probation conditions still open before
probation ends: Stay away from the protected person")."""

from __future__ import annotations

from clinic_app.model import Condition

from engine_builders import probation_case, row, run

STAY_AWAY = Condition("stay_away", "Stay away from the protected person")
CLASS = Condition("class", "Anger management", required=12, done=4)
RUNNING = {"start": "2025-06-01", "end": "2028-06-01", "status": "active"}


def test_a_stay_away_order_is_kept_not_finished():
    d = row(run(probation_case("242", conditions=[STAY_AWAY], **RUNNING), as_of="2026-11-15"), "pc1203_4")
    assert not any("Finish" in step and "Stay away" in step for step in d.next_steps)
    assert "Keep to the orders that last until probation ends: Stay away from the protected person." in d.next_steps
    assert "The record shows orders in force until probation ends: Stay away from the protected person. Keeping to them keeps the mandatory route." in [r.text for r in d.reasons]


def test_a_class_is_finished_and_a_stay_away_kept_in_one_record():
    d = row(run(probation_case("242", conditions=[CLASS, STAY_AWAY], **RUNNING), as_of="2026-11-15"), "pc1203_4")
    assert "Finish the probation conditions still open before probation ends: Anger management." in d.next_steps
    assert "Keep to the orders that last until probation ends: Stay away from the protected person." in d.next_steps
    assert any(r.text.startswith("The record shows conditions not completed yet: Anger management. It also shows orders in force until probation ends: Stay away") for r in d.reasons)


def test_early_termination_asks_to_keep_a_stay_away_not_to_show_progress_on_it():
    steps = row(run(probation_case("242", conditions=[CLASS, STAY_AWAY], **RUNNING), as_of="2026-11-15"), "pc1203_3", conv=None).next_steps
    assert steps[0] == "Finish or show progress on: Anger management; keep to: Stay away from the protected person; the court looks at compliance."
    steps = row(run(probation_case("242", conditions=[STAY_AWAY], **RUNNING), as_of="2026-11-15"), "pc1203_3", conv=None).next_steps
    assert steps[0] == "Keep to: Stay away from the protected person; the court looks at compliance."


def test_a_standing_order_of_kind_other_is_told_by_its_words():
    assert Condition("other", "No contact with the victim").standing
    assert Condition("other", "Obey all laws").standing
    assert not Condition("other", "Pay the victim restitution fund").standing
    assert not CLASS.standing and STAY_AWAY.standing
