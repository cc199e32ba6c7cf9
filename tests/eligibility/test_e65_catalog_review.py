"""E65: the offense catalog's flags read against ca-rules.md and the statutes it cites (legal
review of resources/catalog/offenses.csv, round 65).

Each test screens a person with the offense and failed on the catalog before its fix."""

from __future__ import annotations

from engine_builders import custody_case, probation_case, row, run, topics


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


# ---- E65-02: kidnapping with a sex-offense purpose is registrable ----


def _prison(section):
    return custody_case(section, code="PC", judgment="2008-06-01", release="2010-06-01", supervision_end="2011-06-01")


def test_e65_02_kidnapping_after_prison_asks_about_a_sex_offense_intent_before_pc_1203_41():
    """PC 290(c)(1) names "Section 207 or 209 committed with intent to violate Section 261, 286,
    287, 288, or 289".  The rows' notes said so, but no depends_on carried it: a PC
    207 prison sentence was "eligible, discretionary" under PC 1203.41, though registrants are
    shut out of its state-prison route (ca-rules.md 4.6), and no registration line was shown."""
    s = run(_prison("207"))
    d = row(s, "pc1203_41")
    assert d.status == "needs_review"
    assert d.reasons[0].text == (
        "PC 207 requires PC 290 registration only if it was committed with intent to commit rape, sodomy, oral copulation, "
        "a lewd act on a child or sexual penetration (PC 290(c)), which would bar the state-prison route; the record does not say."
    )
    assert topics(s)["registration"][0].startswith(
        "This offense requires sex-offender registration only if it was committed with intent to commit rape"
    )


def test_e65_02_kidnapping_for_robbery_or_a_sex_offense_asks_the_same():
    """PC 209(b)(1) names robbery and the sex offenses alike: which it was is asked."""
    d = row(run(_prison("209(b)(1)")), "pc1203_41")
    assert d.status == "needs_review"
    assert "with intent to commit rape" in d.reasons[0].text


def test_e65_02_attempted_murder_is_left_as_the_public_case_reads_it():
    """PC 290(c) also names PC 187 "committed in the perpetration" of rape and the other acts,
    but public case S09 reads a 664/187 prison term as not registrable (PC 1203.41 eligible):
    left for the rules owner, unchanged here."""
    d = row(run(_prison("664/187")), "pc1203_41")
    assert (d.status, d.mode) == ("eligible", "discretionary")
