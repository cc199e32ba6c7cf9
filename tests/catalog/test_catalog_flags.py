"""Each catalog flag, on a section the law puts on its list and on one it leaves off.

The citations are the lists themselves: PC 1203.4(b), 1203.4a(d), VC 12810, VC 42002.1,
PC 1192.7(c), 667.5(c), 290(c), 667(e)(2)(C)(iv), 1170.18(a), HS 11361.8, PC 29805,
18 USC 921(a)(33), PC 1170(h).
"""

from __future__ import annotations

import pytest

from clinic_app.catalog import FLAG_COLUMNS, load_catalog

# flag: (code, section on the list, code, section not on it)
FLAG_EXAMPLES = {
    "wobbler": ("PC", "459/460(b)", "PC", "211"),
    "excluded_1203_4": ("PC", "288(a)", "PC", "242"),
    "excluded_1203_4a": ("VC", "2800", "PC", "261.5(d)"),  # 261.5(d) is excluded only as a felony
    "vc12810": ("VC", "23152(a)", "VC", "16028"),  # proof of insurance: no driving conduct
    "vc42001": ("VC", "2800", "VC", "23152(b)"),
    "serious": ("PC", "422", "PC", "273.5"),
    "violent": ("PC", "211", "PC", "422"),
    "registrable": ("PC", "243.4(e)(1)", "PC", "647(b)"),
    "super_strike": ("PC", "187", "PC", "192(a)"),
    "prop47": ("HS", "11350", "HS", "11378"),
    "prop64": ("HS", "11359", "HS", "11350"),
    "firearm_29805": ("PC", "417", "PC", "415(1)"),
    "firearm_29805_lifetime": ("PC", "273.5", "PC", "243(e)(1)"),
    "domestic_violence": ("PC", "243(e)(1)", "PC", "242"),
    "h_eligible": ("HS", "11378", "PC", "211"),
    "theft_fraud": ("PC", "503", "PC", "487(a)"),  # PC 1203.1(l)(2) names 487(b)(3), 503, 532a (R296)
}


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def test_every_flag_has_examples():
    assert set(FLAG_EXAMPLES) == set(FLAG_COLUMNS)


@pytest.mark.parametrize("flag", FLAG_COLUMNS)
def test_flag_on_and_off(catalog, flag):
    on_code, on_section, off_code, off_section = FLAG_EXAMPLES[flag]
    assert getattr(catalog.get(on_code, on_section), flag) is True
    assert getattr(catalog.get(off_code, off_section), flag) is False



def test_theft_fraud_is_only_the_sections_pc_1203_1_l_2_names(catalog):
    # AB 1950's 3-year theft cap reaches 487(b)(3), 503 and 532a, not theft or fraud at large:
    # a row of grand theft, identity theft or welfare fraud marked again would tell its client to
    # wait out a term already ended (R296-01).  Of those three the catalog has PC 503 alone.
    named = {("PC", "487(b)(3)"), ("PC", "503"), ("PC", "532a")}
    marked = {(o.code, o.section) for o in catalog if o.theft_fraud}
    assert marked and marked <= named, sorted(marked - named)

# PC 1203.4(b) as the rules file lists it (ca-rules.md §3.1).
EXCLUDED_1203_4 = ["286(c)", "288", "287(c)", "288a(c)", "288.5", "289(j)", "311.1", "311.2", "311.3",
                   "311.11", "261.5(d)"]


@pytest.mark.parametrize("section", EXCLUDED_1203_4)
def test_the_1203_4b_list_is_excluded(catalog, section):
    assert catalog.get("PC", section).excluded_1203_4


@pytest.mark.parametrize("section", ["2800", "2801", "2803"])
def test_vc_42002_1_misdemeanors_are_excluded_from_both(catalog, section):
    offense = catalog.get("VC", section)
    assert offense.vc42001 and offense.excluded_1203_4 and offense.excluded_1203_4a


def test_every_infraction_row_is_excluded_from_1203_4(catalog):
    infractions = [o for o in catalog if o.level == "infraction"]
    assert infractions and all(o.excluded_1203_4 for o in infractions)


def test_vehicle_code_infractions_are_within_42001(catalog):
    assert all(o.vc42001 for o in catalog if o.code == "VC" and o.level == "infraction")


def test_wobbler_flag_matches_level(catalog):
    assert all(o.wobbler == (o.level == "wobbler") for o in catalog)


def test_lifetime_ban_is_only_273_5_and_on_the_list(catalog):
    lifetime = {o.section for o in catalog if o.firearm_29805_lifetime}
    assert lifetime == {"273.5", "273.5(a)"}
    assert all(o.firearm_29805 for o in catalog if o.firearm_29805_lifetime)


def test_domestic_violence_offenses_carry_the_state_ban_too(catalog):
    assert all(o.firearm_29805 for o in catalog if o.domestic_violence)


def test_prop64_is_exactly_hs_11357_to_11360(catalog):
    bases = {o.section.split("(")[0] for o in catalog if o.prop64}
    assert all(o.code == "HS" for o in catalog if o.prop64)
    assert bases == {"11357", "11358", "11359", "11360"}


# PC 1170.18(a): the sections Prop 47 names (ca-rules.md §3.8).
PROP47_NAMED = [("HS", "11350"), ("HS", "11357"), ("HS", "11377"), ("PC", "459.5"), ("PC", "473"),
                ("PC", "476a"), ("PC", "490.2"), ("PC", "496"), ("PC", "666")]


@pytest.mark.parametrize("code, section", PROP47_NAMED)
def test_prop47_named_sections_are_flagged(catalog, code, section):
    assert catalog.get(code, section).prop47


def test_prop47_never_reaches_residential_burglary_or_sales(catalog):
    for code, section in [("PC", "459/460(a)"), ("HS", "11351"), ("HS", "11378"), ("PC", "496d"),
                          ("PC", "530.5"), ("PC", "487(d)(2)")]:
        assert not catalog.get(code, section).prop47, section


def test_super_strikes_can_be_felonies(catalog):
    # PC 667(e)(2)(C)(iv) lists sexually violent offenses, homicides and life-term felonies:
    # a prior felony conviction, so never a misdemeanor- or infraction-only section.
    assert all(o.level in ("felony", "wobbler") for o in catalog if o.super_strike)


def test_excluded_sex_offenses_are_registrable(catalog):
    for section in ["286(c)", "287(c)", "288", "288(a)", "288.5", "289(j)", "311.11"]:
        assert catalog.get("PC", section).registrable, section


def test_homicide_range_stops_at_191_5(catalog):
    # "any homicide offense ... defined in Sections 187 to 191.5, inclusive" - 192 is outside.
    assert catalog.get("PC", "191.5").super_strike
    assert not catalog.get("PC", "192(a)").super_strike


def test_1203_4a_exclusions_are_the_ones_1203_4a_d_names(catalog):
    # ca-rules.md §3.2: misdemeanor 288(c), VC 42002.1 misdemeanors, VC 42001 infractions.
    excluded = {(o.code, o.section) for o in catalog if o.excluded_1203_4a}
    named = {("PC", "288"), ("PC", "288(c)"), ("VC", "2800"), ("VC", "2801"), ("VC", "2803")}
    vc_infractions = {(o.code, o.section) for o in catalog if o.code == "VC" and o.level == "infraction"}
    assert excluded == named | vc_infractions
