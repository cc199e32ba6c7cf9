"""E65: the offense catalog's flags read against ca-rules.md and the statutes it cites (legal
review of resources/catalog/offenses.csv, round 65).

Each test screens a person with the offense and failed on the catalog before its fix."""

from __future__ import annotations

from engine_builders import probation_case, row, run, topics


# ---- E65-01: PC 272 is registrable when it involved lewd or lascivious conduct ----


def test_e65_01_contributing_to_delinquency_asks_about_lewd_conduct_before_automatic_relief():
    """PC 290(c)(1) names "any offense involving lewd or lascivious conduct under Section 272";
    the row's own note said so ("Registrable only for lewd or lascivious conduct"), but no
    depends_on carried it, so a PC 272 misdemeanor was read as never registrable: automatic
    relief (PC 1203.425, which registrants cannot have, ca-rules.md 4.6) said "eligible" and no
    registration line was shown.  The engine now asks, as it does for 266h and 653f."""
    s = run(probation_case("272"))
    d = row(s, "pc1203_425")
    assert d.status == "needs_review"
    assert d.reasons[-1].text == (
        "PC 272 requires PC 290 registration only if the offense involved lewd or lascivious conduct (PC 290(c)), "
        "which would bar automatic relief; the record does not say."
    )
    assert topics(s)["registration"] == [
        "This offense requires sex-offender registration only if the offense involved lewd or lascivious conduct (PC 290(c)); "
        "the record does not say: check the abstract of judgment, and whether the person registers. "
        "Any duty to register continues after a dismissal. [PC 290; PC 290.007]"
    ]
    # PC 1203.4 does not turn on registration (PC 290.007 keeps the duty): unchanged.
    assert (row(s, "pc1203_4").status, row(s, "pc1203_4").mode) == ("eligible", "mandatory")
