"""Round-28 read-aloud findings (S28B-xx): each test names the finding it checks."""

from __future__ import annotations

from engine_builders import probation_case, row, run

# ---- S28B-01: 1203.425 names a revoked-then-reinstated grant as such ----


def _reasons(case, as_of="2026-11-15"):
    return [r.text for r in row(run(case, as_of=as_of), "pc1203_425").reasons]


def test_s28b_01_a_revocation_later_undone_is_said_reinstated():
    for violations in ([("2021-12-01", "revoked"), ("2022-01-10", "reinstated")], [("2021-12-01", "reinstated")]):
        case = probation_case("484(a)/488", start="2021-06-01", end="2023-06-01", status="completed", violations=violations)
        texts = _reasons(case)
        assert any(t.startswith("Probation was revoked (and later reinstated), so the probation path (I)(ia) does not apply") for t in texts), texts


def test_s28b_01_a_revocation_that_stands_is_said_revoked_only():
    for status in ("revoked", "completed"):
        case = probation_case("484(a)/488", start="2021-06-01", end="2023-06-01", status=status, violations=[("2021-12-01", "revoked")])
        texts = _reasons(case)
        assert any(t.startswith("Probation was revoked, so the probation path (I)(ia) does not apply") for t in texts), texts
        assert not any("reinstated" in t for t in texts)
