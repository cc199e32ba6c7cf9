"""E271: three wrong answers a rules tester (Q267) found with ca-rules.md open, mended in the engine.

Each answer is hand-computed from ca-rules.md and the statute it cites.
"""

from __future__ import annotations

from clinic_app.model import Person, ReliefGranted

from engine_builders import D, probation_case, row, run


def test_e271_01_a_felony_reduced_under_17b_asks_the_offense_date_for_1203_45():
    """ca-rules 3.13 [H]: PC 1203.45 is for an offense committed under 18.  The 25-at-conviction
    shortcut rests on a misdemeanor being charged within a year (PC 802(a)); a count convicted as
    a felony may be charged 3 or 6 years after the offense (PC 801, 800; ca-rules 3.10), so with
    no offense date the age at the offense is not known: needs_review, the offense date asked."""
    reduced = probation_case("487(a)", level="felony", kind="formal", start="2015-03-01", end="2017-03-01", imposition_suspended=True)
    reduced.convictions[0].relief_granted = [ReliefGranted(remedy="pc17b", date=D("2019-01-10"))]
    d = row(run(reduced, person=Person(dob=D("1990-01-01")), as_of="2026-11-15"), "pc1203_45")
    assert d.status == "needs_review"
    assert d.missing_facts == ["convictions[A1].offense_date"]
    assert not any("PC 802(a)" in r.cite for r in d.reasons)
    assert any("PC 801" in r.cite and "felony" in r.text for r in d.reasons)
    # A misdemeanor charged as one: charged within a year, so 25 at conviction settles it, as before.
    misdemeanor = probation_case("484(a)/488", start="2015-03-01", end="2016-03-01")
    m = row(run(misdemeanor, person=Person(dob=D("1990-01-01")), as_of="2026-11-15"), "pc1203_45")
    assert (m.status, m.confidence) == ("not_applicable", "M")
    assert m.reasons[0].cite == "PC 1203.45(a); PC 802(a)"

