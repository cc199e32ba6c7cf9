"""Round-29 screening where several convictions (or remedies on one arrest) meet (S29-xx):
each test names the finding it checks."""

from __future__ import annotations

from engine_builders import row, run
from test_pc851_91 import arrest

# ---- S29-x: the limitations-period reason is said once, by PC 851.91 ----


def _said(d):
    return [(r.text, r.cite) for r in d.reasons]


def test_s29_x_automatic_arrest_relief_points_to_the_limitations_period_sealing_says():
    """S29-x: a PC 459 felony arrest with no charges (2022-03-01), screened 2026-12-02: 851.93
    repeated 851.91's "The arrest was for PC 459, punishable by at most 6 years (under 8), so
    charges can be filed for 3 years (PC 801)." word for word under the same arrest."""
    s = run(arrest(level="felony", when="2022-03-01", offenses=[("PC", "459")]), as_of="2026-12-02")
    sealing, automatic = row(s, "pc851_91", conv=None), row(s, "pc851_93", conv=None)
    assert (sealing.status, automatic.status) == ("eligible", "eligible")
    shared = set(_said(sealing)) & set(_said(automatic))
    assert not shared, shared
    period = next(t for t, _c in _said(sealing) if t.startswith("The arrest was for PC 459"))
    assert ("The arrest offense's limitations period, which sets this wait, is given under PC 851.91 seal the arrest.", "PC 851.93(a)(2)(C)") in _said(automatic)
    assert period  # still said, once, by the petition


def test_s29_x_a_wait_still_running_points_too_and_keeps_its_own_date():
    s = run(arrest(level="felony", when="2024-06-01", offenses=[("PC", "459")]), as_of="2026-12-02")
    sealing, automatic = row(s, "pc851_91", conv=None), row(s, "pc851_93", conv=None)
    assert (sealing.status, automatic.status) == ("eligible_on", "eligible_on")
    assert automatic.date == sealing.date
    assert not set(_said(sealing)) & set(_said(automatic))
    assert any("is given under PC 851.91 seal the arrest" in t for t, _c in _said(automatic))


def test_s29_x_where_the_period_is_the_question_automatic_relief_still_says_it():
    # A murder arrest: no limitations period is this result's whole ground; it is not a pointer.
    s = run(arrest(level="felony", when="2010-01-01", offenses=[("PC", "187(a)")]), as_of="2026-12-02")
    automatic = row(s, "pc851_93", conv=None)
    assert automatic.status == "needs_review"
    assert "no limitations period" in automatic.reasons[0].text
    assert not any("is given under" in r.text for r in automatic.reasons)
