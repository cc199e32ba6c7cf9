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


# ---- S29-01: automatic relief calls a reduced felony what it now is ----


def _reduced_no_probation(remedy="pc17b", on="2026-02-01"):
    from engine_builders import D, no_probation_case
    from clinic_app.model import ReliefGranted

    case = no_probation_case("496(a)", level="felony", judgment="2025-03-01")
    case.convictions[0].wobbler = True
    case.convictions[0].relief_granted = [ReliefGranted(remedy, D(on))]
    return case


def test_s29_01_a_felony_reduced_under_17b_is_not_called_a_felony_by_the_misdemeanor_path():
    """S29-01: a PC 496(a) felony, fine only (judgment 2025-03-01), reduced under 17(b) on
    2026-02-01: 1203.425 took path (ib), for misdemeanors and infractions, and said "A felony
    without probation, sentence completed; ..." beside 1203.4a's misdemeanor answer."""
    d = row(run(_reduced_no_probation(), as_of="2026-03-02"), "pc1203_425")
    assert d.status == "eligible"
    first = d.reasons[0].text
    assert first.startswith("A felony (reduced to a misdemeanor under PC 17(b) on 2026-02-01) without probation, sentence completed;"), first
    assert d.reasons[0].cite == "PC 1203.425(a)(1)(B)(iv)(I)(ib)"


def test_s29_01_a_prop_47_redesignation_is_said_as_one():
    d = row(run(_reduced_no_probation("prop47", "2026-01-15"), as_of="2026-03-02"), "pc1203_425")
    assert d.reasons[0].text.startswith("A felony (redesignated a misdemeanor under Prop 47 on 2026-01-15) without probation"), d.reasons[0].text


def test_s29_01_before_the_reduction_the_felony_path_still_speaks_of_a_felony():
    d = row(run(_reduced_no_probation(), as_of="2026-01-31"), "pc1203_425")
    assert (d.status, str(d.date)) == ("eligible_on", "2029-03-02")
    assert d.reasons[0].text.startswith("A felony convicted on 2025-03-01"), d.reasons[0].text
