"""Findings of the S26B time oracle (answers screened over a ladder of dates)."""

from __future__ import annotations

import pytest

from engine_builders import probation_case, row, run

# Misdemeanor probation granted 2020-12-30 (not final on 2021-01-01) for three years: AB 1950's
# one-year cap may have ended it on 2021-12-30 (ca-rules.md 2.2; People v. Quinn).
CAPPED = probation_case("484(a)/488", start="2020-12-30", end="2023-12-30", status="active")


@pytest.mark.parametrize("as_of, tense", [("2021-07-16", "ends"), ("2021-12-29", "ends"), ("2021-12-30", "ends"), ("2021-12-31", "ended")])
def test_s26b_01_the_ab_1950_capped_end_is_said_in_the_tense_of_the_screening_date(as_of, tense):
    """S26B-01: a screening of 2021-07-16 said "probation ended on 2021-12-30", a day five months
    after the day it speaks for.  Before (and on) the capped end it now says "ends on"; after it,
    "ended on", in 1203.4's reasons and in 1203.3's AB 1950 step."""
    s = run(CAPPED, as_of=as_of)
    dismissal = row(s, "pc1203_4")
    cap = next(r.text for r in dismissal.reasons if "AB 1950" in r.cite)
    assert f"probation {tense} on 2021-12-30, not 2023-12-30" in cap
    early = row(s, "pc1203_3", conv=None)
    assert early.status == "eligible"
    assert any(r.text == cap for r in early.reasons)
    assert f"Cite AB 1950: on the capped reading probation {tense} on 2021-12-30." in early.next_steps


def _vacatur_row(as_of, *, other=True):
    from clinic_app.model import Person

    own = probation_case("459/460(b)", start="2019-07-02", end="2024-07-01", status="completed")
    later = probation_case("273.5", id="B", start="2024-06-29", end="2027-06-29", status="active")
    s = run(own, *([later] if other else []), as_of=as_of, person=Person(us_citizen=False))
    return row(s, "pc1473_7")


@pytest.mark.parametrize("as_of", ["2024-06-30", "2024-07-01", "2024-07-02"])
def test_s26b_02_a_motion_to_vacate_blocked_by_its_own_probation_rechecks_when_every_custody_ends(as_of):
    """S26B-02: on its own probation's last days the motion to vacate (for a person "no longer in
    criminal custody", ca-rules.md 3.15) said "recheck on 2024-07-02", though a probation in
    another case ran until 2027-06-29, which the engine itself counts from 2024-07-02 on: a
    recheck day promising what it then refused for three more years.  The other probation is
    named; S28-04: whether it stops the motion is an open question (ca-rules.md 3.15 says
    nothing of custody on another conviction), so no day is promised: needs_review, with this
    case's own end said as the day to recheck it."""
    d = _vacatur_row(as_of)
    assert (d.status, d.date) == ("needs_review", None)
    assert any("probation in case B (PC 273.5, convicted 2024-06-29, Los Angeles County) through 2027-06-29" in r.text for r in d.reasons)
    assert any(r.text.startswith("Whether custody on another conviction stops a motion on this one") for r in d.reasons)


def test_s26b_02_alone_its_own_probation_end_is_still_the_day():
    """The control: with no other custody, the day after its own probation ends."""
    d = _vacatur_row("2024-07-01", other=False)
    assert d.status == "blocked" and d.date.isoformat() == "2024-07-02"
    assert _vacatur_row("2024-07-02", other=False).status == "eligible"


def _with_open_condition(as_of, *, done_on="2025-06-01"):
    from datetime import date

    from clinic_app.model import Condition

    case = probation_case("484(a)/488", start="2024-01-10", end="2025-01-10", status="completed")
    case.conditions = [Condition("community_service", "Community service (40 hours)", 40, 40, date.fromisoformat(done_on))]
    return row(run(case, as_of=as_of), "pc1203_4")


_OPEN = "The record shows conditions not completed yet: Community service (40 hours). Finishing them before probation ends keeps the mandatory route."


@pytest.mark.parametrize("as_of", ["2025-01-09", "2025-01-10"])
def test_s26b_03_an_open_condition_is_said_beside_the_mandatory_route_it_rests_on(as_of):
    """S26B-03: on probation's last days, with 40 hours of community service not done,
    1203.4 said "eligible on 2025-01-11, mandatory" and no reason named the open condition
    (only a step did); on 2025-01-11 the route was discretionary (1203.4(a)(1): conditions
    fulfilled for the entire period).  The reason now says the mandatory route rests on it,
    as it says of unpaid fines."""
    d = _with_open_condition(as_of)
    assert (d.status, d.mode, d.date.isoformat()) == ("eligible_on", "mandatory", "2025-01-11")
    assert _OPEN in [r.text for r in d.reasons]


def test_s26b_03_the_day_after_the_route_is_discretionary_and_a_finished_condition_says_nothing():
    after = _with_open_condition("2025-01-11")
    assert (after.status, after.mode) == ("eligible", "discretionary")
    done = _with_open_condition("2025-01-10", done_on="2024-12-01")
    assert done.mode == "mandatory" and not any("conditions not completed" in r.text for r in done.reasons)
