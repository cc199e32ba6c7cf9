"""S27C-04: a result blocked by probation in another case said 'Ask the court to end probation
early in case B (PC 1203.3); relief can follow once it ends' on that probation's last day, and
before an early end the court had already ordered, while case B's own PC 1203.3 said there was
nothing left to ask (demo client 35, seed 41, on 2028-04-18: case 5VY32829's last day)."""

from __future__ import annotations

from engine_builders import probation_case, row, run

ASK = "Ask the court to end probation early (PC 1203.3) in case B (PC 484(a)/488, convicted 2025-12-01, Los Angeles County); relief can follow once it ends."


def steps(day, **b):
    old = probation_case("484(a)/488", id="A", start="2015-03-02", end="2018-03-02", status="completed")
    running = probation_case("484(a)/488", id="B", **({"start": "2025-12-01", "end": "2026-12-01", "status": "active"} | b))
    d = row(run(old, running, as_of=day), "pc1203_4", case="A")
    assert d.status == "blocked"
    return d.next_steps


def test_before_the_last_day_early_termination_is_asked():
    assert ASK in steps("2026-11-30")


def test_on_the_last_day_nothing_is_asked():
    assert not any("end probation early" in step for step in steps("2026-12-01"))


def test_before_an_ordered_early_end_nothing_is_asked():
    assert not any("end probation early" in step for step in steps("2026-11-15", end="2028-12-01", early="2026-12-01"))
