"""A standing order (stay away, no contact, obey all laws) lasts until probation ends: once
probation is over, not revoked, it is no condition still open (S27C-01: the day after a
probation ended 2026-06-01, a stay-away with no completion date read "The record shows
conditions not completed (Stay away from the protected person); unless the court excused
them, only the discretionary route is left")."""

from __future__ import annotations

from datetime import date

from clinic_app.checklist import checklist, outstanding
from clinic_app.eligibility.pc1203_4 import DECLARATION_STEP
from clinic_app.model import Client, Condition, Person

from engine_builders import conviction, probation_case, row, run

STAY_AWAY = Condition("stay_away", "Stay away from the protected person")
CLASS = Condition("class", "Anger management", required=12, done=4)
ENDED = {"start": "2025-06-01", "end": "2026-06-01", "status": "completed"}
BEFORE, LAST, AFTER = "2026-05-31", "2026-06-01", "2026-06-02"
KEEP = "Keep to the orders that last until probation ends: Stay away from the protected person."
KEPT = "The record shows orders that lasted until probation ended: Stay away from the protected person. It shows no probation violation, so they count as kept for the whole period."


def dismissal(as_of, conditions=(STAY_AWAY,), **probation):
    return row(run(probation_case("242", conditions=list(conditions), **(probation or ENDED)), as_of=as_of), "pc1203_4")


def reasons(d):
    return [r.text for r in d.reasons]


def test_before_and_on_the_last_day_the_order_is_still_kept_to():
    for day in (BEFORE, LAST):
        d = dismissal(day)
        assert (d.status, d.mode) == ("eligible_on", "mandatory")
        assert KEEP in d.next_steps
        assert "The record shows orders in force until probation ends: Stay away from the protected person. Keeping to them keeps the mandatory route." in reasons(d)


def test_the_day_after_the_end_the_order_was_kept_and_the_route_is_mandatory():
    d = dismissal(AFTER)
    assert (d.status, d.mode, d.confidence) == ("eligible", "mandatory", "H")
    assert KEPT in reasons(d)
    assert not any("not completed" in text for text in reasons(d))
    assert KEEP not in d.next_steps and DECLARATION_STEP not in d.next_steps


def test_an_early_discharge_ends_the_order_too():
    d = dismissal(AFTER, start="2025-06-01", end="2027-06-01", early="2026-06-01", status="completed")
    assert (d.status, d.mode) == ("eligible", "mandatory")
    assert not any("Stay away" in text for text in reasons(d) + d.next_steps)


def test_a_class_still_open_after_the_end_leaves_the_discretionary_route():
    d = dismissal(AFTER, conditions=(CLASS, STAY_AWAY))
    assert (d.status, d.mode) == ("eligible", "discretionary")
    assert "The record shows conditions not completed: Anger management. Unless the court excused them, only the discretionary route is left." in reasons(d)
    assert DECLARATION_STEP in d.next_steps


def test_a_violation_is_its_own_fact_and_the_order_is_not_said_kept():
    d = dismissal(AFTER, violations=[("2025-12-01", "continued")], **ENDED)
    assert d.mode == "discretionary"
    assert any(text.startswith("Probation was violated on 2025-12-01") for text in reasons(d))
    assert KEPT not in reasons(d) and not any("not completed" in text for text in reasons(d))


def test_a_revoked_probation_keeps_its_path():
    d = dismissal(AFTER, start="2025-06-01", end="2026-06-01", status="revoked", violations=[("2025-12-01", "revoked")])
    assert d.status == "needs_review"
    assert "Probation was revoked and not reinstated." in reasons(d)
    # A revocation recorded on a grant marked completed (revoked, reinstated, then run to its
    # end): the violation keeps the discretionary route, and the order, over with probation, is
    # neither said kept nor called unfinished (S28-01).
    d = dismissal(AFTER, violations=[("2025-12-01", "revoked")], **ENDED)
    assert d.mode == "discretionary" and KEPT not in reasons(d)
    assert not any("not completed" in text for text in reasons(d))


def test_obey_all_laws_is_not_said_kept_beside_a_new_offense_during_probation():
    case = probation_case("242", conditions=[Condition("other", "Obey all laws")], **ENDED)
    later = probation_case("484(a)/488", id="B", start="2026-03-01", end="2027-03-01", status="active")
    later.convictions[0] = conviction("484(a)/488", id="B1", convicted="2026-03-01", offense_date=date(2026, 1, 10))
    d = row(run(case, later, as_of=AFTER), "pc1203_4")
    assert "Obey all laws" not in " ".join(reasons(d))
    assert any(text.startswith("The record shows a new offense during this probation") for text in reasons(d))


def test_the_checklist_shows_the_order_over_the_day_after_the_end():
    client = Client(name="Synthetic", person=Person(), cases=[probation_case("242", conditions=[CLASS, STAY_AWAY], **ENDED)])
    for day in (BEFORE, LAST):
        item = [i for i in checklist(client, date.fromisoformat(day)) if i.kind == "condition"][1]
        assert (item.label, item.done) == ("Stay away from the protected person", False)
        assert "stay away from the protected person" in outstanding(client, date.fromisoformat(day))
    items = [i for i in checklist(client, date.fromisoformat(AFTER)) if i.kind == "condition"]
    assert (items[1].label, items[1].done) == ("Stay away from the protected person (until probation ended on 2026-06-01)", True)
    assert not items[0].done  # the class is still open
    assert outstanding(client, date.fromisoformat(AFTER)) == ["class 4/12"]


def test_the_checklist_keeps_the_order_open_after_a_revocation():
    case = probation_case("242", conditions=[STAY_AWAY], start="2025-06-01", end="2026-06-01", status="revoked", violations=[("2025-12-01", "revoked")])
    client = Client(name="Synthetic", person=Person(), cases=[case])
    assert "stay away from the protected person" in outstanding(client, date.fromisoformat(AFTER))


PROTECTIVE = Condition("other", "Criminal protective order")


def test_a_protective_order_kept_as_a_condition_counts_as_kept_but_stays_on_the_checklist():
    """A protective order recorded as a condition lasted through probation, so 1203.4 counts it
    kept, as a stay-away; but a criminal protective order runs to its own end date and a
    dismissal does not end it (ca-rules.md 2.5): the checklist keeps it open the day after
    probation ended, where the stay-away is over (it was dropped with it, S27C-01)."""
    d = dismissal(AFTER, conditions=(PROTECTIVE,))
    assert (d.status, d.mode) == ("eligible", "mandatory")
    client = Client(name="Synthetic", person=Person(), cases=[probation_case("242", conditions=[STAY_AWAY, PROTECTIVE], **ENDED)])
    items = [i for i in checklist(client, date.fromisoformat(AFTER)) if i.kind == "condition"]
    assert [(i.label, i.done) for i in items] == [
        ("Stay away from the protected person (until probation ended on 2026-06-01)", True),
        ("Criminal protective order", False)]
    assert outstanding(client, date.fromisoformat(AFTER)) == ["criminal protective order"]


def test_a_protective_order_condition_is_over_once_the_case_records_the_order_ended():
    case = probation_case("242", conditions=[PROTECTIVE], **ENDED)
    case.protective_order_until = date(2026, 9, 1)
    client = Client(name="Synthetic", person=Person(), cases=[case])
    assert outstanding(client, date(2026, 9, 1)) != []
    assert outstanding(client, date(2026, 9, 2)) == []
