"""E271: three wrong answers a rules tester (Q267) found with ca-rules.md open, mended in the engine.

Each answer is hand-computed from ca-rules.md and the statute it cites.
"""

from __future__ import annotations

from clinic_app.catalog import load_catalog
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


def test_e271_02_insurance_fraud_under_550a1_to_5_is_no_wobbler_the_catalog_asserts():
    """PC 550(c)(2) makes 550(a)(6)-(9) wobblers and (c)(3) makes 550(b) one; whether (c)(1) lets a
    court punish 550(a)(1)-(5) as a misdemeanor is open (ca-rules.md does not list 550; the stored
    sources disagree), and 17(b) is only for a wobbler (ca-rules 3.7 [H]): needs_review, not
    "eligible" at H, for (a)(1)-(5) and for a section written without its subdivision."""
    def pc17b(section):
        case = probation_case(section, level="felony", kind="formal", start="2015-03-01", end="2018-03-01", imposition_suspended=True)
        return row(run(case, person=Person(dob=D("1985-04-02")), as_of="2026-11-15"), "pc17b")

    false_claim = pc17b("550(a)(1)")
    assert false_claim.status == "needs_review"
    assert "PC 550(c)(1)" in false_claim.reasons[0].text and "550(a)(6)-(9)" in false_claim.reasons[0].text
    assert false_claim.reasons[0].cite == "PC 17(b)"
    bare = pc17b("550")
    assert bare.status == "needs_review"
    assert bare.missing_facts == ["convictions[A1].section"]
    for wobbler in ("550(a)(6)", "550(a)(9)", "550(b)(1)", "550(b)"):
        d = pc17b(wobbler)
        assert (d.status, d.mode, d.confidence) == ("eligible", "discretionary", "H"), wobbler


def test_e271_03_a_misdemeanor_offense_entered_as_a_felony_is_checked_not_called_a_straight_felony():
    """PC 415(1) and HS 11550(a) are misdemeanors (the catalog has no felony form of either), so
    a felony conviction of one contradicts the record: 17(b) is for a wobbler (ca-rules 3.7 [H]),
    and calling it "a straight felony" at H was false.  needs_review, with a check-the-record
    step naming the contradiction; nothing is missing, as the record gives both facts."""
    def pc17b(section, code="PC"):
        case = probation_case(section, code=code, level="felony", kind="formal", start="2013-03-01", end="2016-03-01", imposition_suspended=True)
        return row(run(case, person=Person(dob=D("1985-04-02")), as_of="2026-11-15"), "pc17b")

    for section, code in (("415(1)", "PC"), ("11550(a)", "HS")):
        d = pc17b(section, code)
        assert d.status == "needs_review", section
        assert not any("straight felony" in r.text for r in d.reasons), section
        assert "misdemeanor" in d.reasons[0].text and "felony" in d.reasons[0].text
        assert d.reasons[0].cite == "PC 17(b)"
        assert d.missing_facts == []
        assert any("Check the abstract of judgment or the minute order" in s and f"{code} {section}" in s for s in d.next_steps)
    # A straight felony is still told so, and a felony of a misdemeanor section with felony forms
    # (PC 417(b) or (c), both wobblers) is read as one, and a felony 148 is asked which it was.
    assert pc17b("11378", "HS").status == "not_eligible"
    assert pc17b("417").status == "eligible"
    assert pc17b("148").status == "needs_review"


def test_r277_01_a_felony_the_catalog_lists_as_a_lesser_level_is_not_said_to_have_no_felony_form():
    """E271-03 said of every such row "the offense catalog knows X only as a misdemeanor, with no
    felony form: the record and the catalog contradict each other", though PC 314(1)'s and 647.6's
    rows name a felony with a prior in their notes, PC 490.2(a) lets a court punish it under
    1170(h) after a listed prior, and PC 640's row is an infraction.  The words say what the
    catalog lists, its level, and the way out for a felony under the same section."""
    def pc17b(section):
        case = probation_case(section, level="felony", kind="formal", start="2013-03-01", end="2016-03-01", imposition_suspended=True)
        return row(run(case, person=Person(dob=D("1985-04-02")), as_of="2026-11-15"), "pc17b")

    for section, level in (("314(1)", "misdemeanor"), ("490.2", "misdemeanor"), ("640", "infraction")):
        d = pc17b(section)
        assert d.status == "needs_review", section
        said = d.reasons[0].text + " " + " ".join(d.next_steps)
        assert "no felony form" not in said and "contradict" not in said, said
        assert f"lists PC {section} as {'an' if level == 'infraction' else 'a'} {level}" in d.reasons[0].text, d.reasons[0].text
        assert f"record it as {'an' if level == 'infraction' else 'a'} {level}" in said, said
        assert "if the felony was under PC " + section + " itself, an attorney decides" in said, said
    # Every row the catalog lists only at a lesser level is asked so, in its own level's words.
    for offense in (o for o in load_catalog() if o.no_felony_form):
        case = probation_case(offense.section, code=offense.code, level="felony", kind="formal", start="2013-03-01",
                              end="2016-03-01", imposition_suspended=True)
        d = row(run(case, person=Person(dob=D("1985-04-02")), as_of="2026-11-15"), "pc17b")
        a_level = f"{'an' if offense.level == 'infraction' else 'a'} {offense.level}"
        assert d.status == "needs_review" and f"as {a_level} and reads no felony" in d.reasons[0].text, (offense, d.reasons)
