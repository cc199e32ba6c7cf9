"""The discretionary route's declaration is said after the filing it goes with (S27B-05:
"Attach a declaration (MC-030) and letters of support ..." came before "File form CR-180
...", to be attached to a petition not yet named)."""

from __future__ import annotations

from engine_builders import no_probation_case, probation_case, row, run


def _order(steps: list[str]) -> tuple[int, int]:
    filing = next(i for i, s in enumerate(steps) if "form CR-180" in s)
    attach = next(i for i, s in enumerate(steps) if s.startswith("Attach a declaration (MC-030)"))
    return filing, attach


def test_1203_4_files_then_attaches_the_declaration():
    dui = probation_case("23152(a)", code="VC")  # VC 12810(a)-(e): discretionary only
    d = row(run(dui, as_of="2026-11-15"), "pc1203_4")
    assert (d.status, d.mode) == ("eligible", "discretionary")
    filing, attach = _order(d.next_steps)
    assert attach == filing + 1


def test_1203_4_on_a_later_day_files_then_attaches_too():
    dui = probation_case("23152(a)", code="VC", start="2025-06-01", end="2027-06-01", status="active")
    d = row(run(dui, as_of="2026-11-15"), "pc1203_4")
    assert (d.status, d.mode) == ("eligible_on", "discretionary")
    filing, attach = _order(d.next_steps)
    assert attach == filing + 1


def test_1203_4a_files_then_attaches_the_declaration():
    fine = no_probation_case("415(1)", judgment="2018-02-10")
    fine.sentence.completed = True
    later = no_probation_case("602", id="B", judgment="2021-03-10")
    d = row(run(fine, later, as_of="2026-11-15"), "pc1203_4a")
    assert (d.status, d.mode) == ("eligible", "discretionary")
    filing, attach = _order(d.next_steps)
    assert attach == filing + 1
