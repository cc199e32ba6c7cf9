"""What the statutes make true across the catalog's rows, checked row by row (C37).

test_catalog_flags.py checks each flag on one example; these check every row against the
list the law gives: PC 667.5(c) against 1192.7(c), PC 667(e)(2)(C)(iv), 1170.18(a),
HS 11361.8, VC 12810(a)-(e), PC 29805(a), PC 1203.4(b), and the repealed sections old RAP
sheets still show.  A row the law leaves in doubt says "[L] verify" and is named here as
the exception it is, so a new row cannot slip past unnoticed.
"""

from __future__ import annotations

import re

import pytest

from clinic_app.catalog import load_catalog


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def base(section: str) -> str:
    """"245" of "245(a)(1)", "459" of "459/460(b)"."""
    return re.split(r"[(/]", section, maxsplit=1)[0]


def test_violent_felonies_are_serious_too(catalog):
    # Every PC 667.5(c) violent felony is on the 1192.7(c) serious list too, save 289(j),
    # whose 1192.7(c)(25) reading ("by force") is in doubt and marked so in its notes.
    not_serious = {(o.code, o.section) for o in catalog if o.violent and not o.serious}
    assert not_serious <= {("PC", "289(j)")}
    assert all("[L] verify" in catalog.get(*key).notes for key in not_serious)


def test_super_strikes_are_serious_violent_homicides_or_solicitation(catalog):
    # 667(e)(2)(C)(iv): sexually violent offenses, child sex offenses, life-term felonies and
    # the machine gun on an officer are all serious or violent; the homicides of 187-191.5
    # (gross vehicular manslaughter is neither) and soliciting murder (653f) are named alone.
    odd = {o.section for o in catalog if o.super_strike and not (o.serious or o.violent)}
    assert odd <= {"191.5", "191.5(a)", "191.5(b)", "653f(b)"}


PROP47 = {
    # named in PC 1170.18(a)
    ("HS", "11350"), ("HS", "11350(a)"), ("HS", "11357"), ("HS", "11357(a)"), ("HS", "11377"),
    ("HS", "11377(a)"), ("PC", "459.5"), ("PC", "473"), ("PC", "476a"), ("PC", "490.2"),
    ("PC", "496"), ("PC", "496(a)"), ("PC", "666"),
    # reached through 459.5 (second-degree burglary), 473 (forgery of $950 or less) and 490.2
    # (theft of $950 or less: grand theft, embezzlement, false pretenses, access card data,
    # vehicle theft: People v. Page, Romanowski)
    ("PC", "459"), ("PC", "459/460(b)"), ("PC", "470"), ("PC", "475"), ("PC", "476"),
    ("PC", "484e"), ("PC", "487"), ("PC", "487(a)"), ("PC", "487(c)"), ("PC", "487(d)(1)"),
    ("PC", "503"), ("PC", "532"), ("VC", "10851"), ("VC", "10851(a)"),
}


def test_prop47_rows_are_the_prop47_offenses(catalog):
    assert {(o.code, o.section) for o in catalog if o.prop47} == PROP47


def test_prop64_rows_are_the_marijuana_sections(catalog):
    assert {(o.code, base(o.section)) for o in catalog if o.prop64} == {
        ("HS", "11357"), ("HS", "11358"), ("HS", "11359"), ("HS", "11360")}


# VC 12810(a)-(e), the two-point offenses, as the catalog reads them (ca-rules.md §2.4).
VC12810 = {("VC", s) for s in ["20001", "20002", "23152", "23153", "23103", "23103.5", "23104", "23105",
                                "23109", "23109.1", "14601", "14601.1", "14601.2", "14601.3", "14601.5",
                                "2800.2", "2800.3", "21651(b)", "22348(b)", "23140"]}
VC12810 |= {("PC", "191.5"), ("PC", "192(c)")}


def test_vc12810_rows_are_what_12810_names(catalog):
    flagged = {(o.code, o.section if o.section in ("21651(b)", "22348(b)", "192(c)") else base(o.section))
               for o in catalog if o.vc12810}
    assert flagged <= VC12810
    for code, section in [("VC", "23152(b)"), ("VC", "20001(a)"), ("VC", "23103(a)"), ("VC", "23109(a)"),
                          ("VC", "14601.1(a)"), ("VC", "2800.2")]:
        assert catalog.get(code, section).vc12810, section


# PC 29805(a) as the rules file quotes it (§4.5) and the parts it summarizes as "and others".
LIST_29805 = {"71", "76", "136.1", "136.5", "140", "148(d)", "171b", "171c(a)(1)", "171d", "186.28",
              "240", "241", "242", "243", "243.4", "244.5", "245", "245.5", "246.3", "247", "273.5",
              "273.6", "417", "417.6", "422", "626.9", "646.9", "830.95", "17500", "26100",
              "8100", "8101", "8103"}


def test_firearm_29805_rows_are_on_its_list(catalog):
    off_list = [o.citation for o in catalog if o.firearm_29805
                and base(o.section) not in LIST_29805 and o.section not in LIST_29805]
    assert off_list == []
    # 26100: only (b) and (d) are listed; the parent asks which.
    assert catalog.get("PC", "26100").condition("firearm_29805")
    assert not catalog.get("PC", "26100(c)").firearm_29805


# PC 1203.4(b) (ca-rules.md §3.1), and the parents that cannot rule their listed
# subdivision out: each says in depends_on what decides it.
EXCLUDED_1203_4 = {("PC", s) for s in ["286(c)", "288", "288(a)", "288(b)", "288(c)", "287(c)", "288a(c)",
                                         "288.5", "289(j)", "311.1", "311.2", "311.3", "311.11", "261.5(d)",
                                         "311.2(a)", "311.2(b)", "311.2(c)", "311.2(d)"]}  # 1203.4(b) names 311.2 whole
EXCLUDED_1203_4 |= {("VC", "2800"), ("VC", "2801"), ("VC", "2803")}  # VC 42002.1 misdemeanors
EXCLUDED_PARENTS = {("PC", "286"), ("PC", "287"), ("PC", "288a"), ("PC", "289")}


def test_1203_4b_exclusions_are_its_list(catalog):
    excluded = {(o.code, o.section) for o in catalog if o.excluded_1203_4 and o.level != "infraction"}
    assert excluded == EXCLUDED_1203_4 | EXCLUDED_PARENTS
    for key in EXCLUDED_PARENTS:
        assert catalog.get(*key).condition("excluded_1203_4"), key


# Sections repealed or renumbered that old RAP sheets still show.
REPEALED = [("PC", "653.22"), ("PC", "288a"), ("PC", "288a(b)(1)"), ("PC", "288a(c)"), ("PC", "288a(d)"),
            ("PC", "262"), ("PC", "12020"), ("PC", "12021"), ("PC", "12025"), ("PC", "12031"), ("PC", "653k")]


@pytest.mark.parametrize("code, section", REPEALED)
def test_a_repealed_section_says_so(catalog, code, section):
    description = catalog.get(code, section).description.lower()
    assert "former" in description or "repealed" in description


# Level by the section's own punishment: "state prison" or 1170(h) alone is a felony; with
# "or county jail not exceeding one year" a wobbler; county jail alone a misdemeanor.
LEVELS = {
    "felony": [("PC", "211"), ("PC", "215"), ("PC", "459/460(a)"), ("PC", "29800(a)(1)"), ("PC", "245(a)(3)"),
               ("PC", "245(b)"), ("PC", "451"), ("PC", "518"), ("PC", "192(a)"), ("HS", "11351"),
               ("HS", "11352(a)"), ("HS", "11378"), ("HS", "11379(a)")],
    "wobbler": [("PC", "459/460(b)"), ("PC", "496(a)"), ("PC", "487(a)"), ("PC", "470"), ("PC", "530.5(a)"),
                ("PC", "594(b)(1)"), ("PC", "245(a)(1)"), ("PC", "245(a)(4)"), ("PC", "273.5(a)"), ("PC", "422(a)"),
                ("PC", "69"), ("PC", "236"), ("PC", "25400"), ("PC", "25850"), ("PC", "243(d)"), ("PC", "273a(a)"),
                ("PC", "368(b)(1)"), ("VC", "10851(a)"), ("VC", "23153(a)"), ("VC", "20001(a)"), ("VC", "2800.2")],
    "misdemeanor": [("PC", "242"), ("PC", "243(e)(1)"), ("PC", "148(a)(1)"), ("PC", "484"), ("PC", "488"),
                    ("PC", "490.2"), ("PC", "459.5"), ("PC", "602"), ("PC", "647(b)"), ("PC", "647(f)"),
                    ("PC", "594(b)(2)(A)"), ("PC", "166(c)(1)"), ("PC", "415"), ("VC", "23152(a)"),
                    ("VC", "14601.1(a)"), ("VC", "12500(a)"), ("VC", "20002(a)"), ("VC", "23103(a)"),
                    ("HS", "11550(a)"), ("HS", "11364")],
    "infraction": [("VC", "22350"), ("VC", "12951"), ("VC", "16028"), ("VC", "21453(a)")],
}


@pytest.mark.parametrize("level", list(LEVELS))
def test_levels_follow_the_punishment(catalog, level):
    assert [key for key in LEVELS[level] if catalog.get(*key).level != level] == []


def test_the_machine_gun_on_an_officer_is_a_super_strike(catalog):
    # 667(e)(2)(C)(iv)(VI): "assault with a machine gun on a peace officer or firefighter, as
    # defined in paragraph (3) of subdivision (d) of Section 245".  A bare 245(d) may be it:
    # the row carries the flag and asks which paragraph, as the 288a row does.
    officer = catalog.get("PC", "245(d)")
    assert officer.super_strike
    assert "245(d)(3)" in officer.condition("super_strike")
    assert catalog.lookup("PC", "245(d)(3)").offense is officer


def test_arson_is_violent_only_under_451a_or_b(catalog):
    # 667.5(c)(10): "arson, in violation of subdivision (a) or (b) of Section 451"; every
    # arson is serious (1192.7(c)(14)).  Arson of property (451(d)) is the common charge.
    arson = catalog.get("PC", "451")
    assert arson.violent and arson.serious
    assert "451(a) or (b)" in arson.condition("violent")
    of_property = catalog.lookup("PC", "451(d)")
    assert of_property.exact and of_property.offense.serious and not of_property.offense.violent
    assert of_property.offense.level == "felony"  # state prison 16 months, 2 or 3 years


def test_stalking_is_a_wobbler_only_under_646_9a_or_c1(catalog):
    # 646.9(a) and (c)(1): county jail up to a year or state prison; 646.9(b) (a court order
    # in effect) and (c)(2) (after a felony stalking conviction): state prison only.  A felony
    # written as a bare 646.9 may be either, so PC 17(b) is asked, not promised.
    stalking = catalog.get("PC", "646.9")
    assert stalking.wobbler and "646.9(a) or (c)(1)" in stalking.condition("wobbler")
    assert not stalking.holds_for_felony("wobbler")


def test_failure_to_register_is_not_promised_a_17b_reduction(catalog):
    # 290.018: a misdemeanor registrant's violation is a misdemeanor (a), a felony
    # registrant's a felony (b) in state prison; its own notes say so, so a "wobbler" level
    # would open PC 17(b) on a straight felony.  The level is doubted, and the engine asks.
    registration = catalog.get("PC", "290.018")
    assert registration.level_unverified and registration.jail_unverified


def test_a_misdemeanor_row_with_wobbler_subdivisions_does_not_call_a_felony_straight(catalog):
    # A felony written under a misdemeanor row (273.6, 417, 537 ...) was screened as "a
    # straight felony, not a wobbler" (17(b) not eligible, H), though the row's own notes say
    # its felony forms are wobblers.  Each such row either says which felonies are wobblers
    # (depends_on "wobbler if felony", as 243 does) or doubts its level.
    rows = [o for o in catalog if o.level == "misdemeanor" and "wobbler" in o.notes.lower()]
    assert len(rows) >= 10
    for offense in rows:
        assert offense.condition("wobbler") or offense.level_unverified, offense.citation


def test_a_wobbler_row_with_straight_felony_subdivisions_asks_which(catalog):
    # 136.1(c) (force, a threat, a conspiracy, a prior or pay) and 288.4(a)(2)/(b) are state
    # prison only: a bare 136.1 or 288.4 felony was told PC 17(b) was open (eligible, H).
    for section in ["136.1", "288.4", "290.018", "459", "646.9", "26100"]:
        offense = catalog.get("PC", section)
        assert offense.condition("wobbler") or offense.level_unverified, section
    own_straight = re.compile(r"(?<![\d.])(?P<base>\d+(?:\.\d+)?[a-z]?)\([^ ]*\)[^.;]*(?:is a straight felony|felonies)")
    for offense in catalog:
        named = {m.group("base") for m in own_straight.finditer(offense.notes)}
        if offense.wobbler and base(offense.section) in named:
            assert offense.condition("wobbler") or offense.level_unverified, offense.citation


def test_136_1c_written_out_is_a_straight_felony(catalog):
    aggravated = catalog.lookup("PC", "136.1(c)(1)").offense
    assert aggravated.section == "136.1(c)" and aggravated.level == "felony" and aggravated.serious
    for written in ["136.1(b)(1)", "136.1(a)(2)"]:
        plain = catalog.lookup("PC", written).offense
        assert plain.wobbler and plain.serious and not plain.condition("wobbler"), written


def test_a_flag_the_notes_make_conditional_asks_its_condition(catalog):
    # "Violent only when another person was present" (459/460(a), 667.5(c)(21)) with the
    # flag off and nothing asked: a first-degree burglary was screened as nonviolent for
    # certain (PC 236.14 vacatur eligible).  Where a row's notes make serious or violent turn
    # on a fact, depends_on asks (the flag carries the safe reading, or, as for 245(a)(4),
    # the usual one: the engine asks either way); a gang finding
    # (667.5(c)(19)-(20)) is an enhancement, read from the count as written.
    conditional = re.compile(r"\b(serious|violent)\b[^.;]*? only (?:when|for|with|if)(?! a gang)", re.I)
    for offense in catalog:
        for m in conditional.finditer(offense.notes):
            flag = m.group(1).lower()
            assert offense.condition(flag), (offense.citation, flag)
    assert catalog.get("PC", "459/460(a)").violent
    school = catalog.get("PC", "245.5")  # 1192.7(c)(32): with a deadly weapon
    assert school.serious and school.condition("serious")
    # A bare 459 is violent only as first-degree burglary with another person present: the
    # degree (serious's condition) and then 459/460(a)'s own fact (Q287 fault 04).
    bare = catalog.get("PC", "459")
    assert bare.condition("violent") == f'{bare.condition("serious")}, and {catalog.get("PC", "459/460(a)").condition("violent")}'


def test_c38_02_only_311_2s_minor_subdivisions_register(catalog):
    """C38-02: PC 290(c) names 311.2(b), (c) and (d), not 311.2(a) (adult obscene matter), yet
    every 311.2 was registrable for certain: a misdemeanor under 311.2(a) was told the person
    must register.  The bare section now asks which subdivision; each subdivision settles it."""
    bare = catalog.get("PC", "311.2")
    assert bare.registrable and "311.2(b), (c) or (d)" in bare.condition("registrable")
    adult = catalog.lookup("PC", "311.2(a)").offense
    assert adult.section == "311.2(a)" and not adult.registrable and adult.excluded_1203_4
    for section in ["311.2(b)", "311.2(c)", "311.2(d)"]:
        minor = catalog.lookup("PC", section).offense
        assert minor.section == section and minor.registrable and minor.condition("registrable") is None
        assert minor.level_unverified  # which of them is a wobbler is unchecked: 17(b) asks


def test_c38_03_drug_possession_keeps_its_level_after_prop_47(catalog):
    """C38-03 (a guard, no answer moved): since Prop 47 (2014-11-05) HS 11350(a) and 11377(a)
    are misdemeanors, except with a super-strike or PC 290(c) prior.  Then 11350(a) "shall
    instead be punished pursuant to subdivision (h) of Section 1170" (a straight felony, as
    before), and 11377(a) "may instead" be (a wobbler, as before): a felony of either era
    screens alike, so the rows need no dated level.  Making 11350 a wobbler would open PC
    17(b) to a felony the statute does not let a court reduce."""
    for section in ["11350", "11350(a)"]:
        row = catalog.get("HS", section)
        assert row.level == "felony" and not row.wobbler and not row.holds_for_felony("wobbler")
        assert row.h_eligible and "shall instead" in row.notes
    for section in ["11377", "11377(a)"]:
        row = catalog.get("HS", section)
        assert row.level == "wobbler" and row.wobbler and row.h_eligible and "may instead" in row.notes
