"""How `Catalog.lookup` reads sections as clinics write them (resources/catalog/README.md).

Every example of the interface contract (brief catalog_api.md) is here, plus the odd input a
docket or an intake form produces, which must give "unknown", never an exception.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clinic_app.catalog import Catalog, Offense, load_catalog, split_code


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def row(code: str, section: str, description: str = "test row") -> Offense:
    """A catalog row with every flag off, for small hand-built catalogs."""
    flags = {name: False for name in Offense.__dataclass_fields__ if name not in
             ("code", "section", "description", "level", "notes", "sources")}
    return Offense(code=code, section=section, description=description, level="misdemeanor",
                   notes="", sources="test", **flags)


def test_case_and_spaces_do_not_matter(catalog):
    messy = catalog.lookup("hs", "pc 11350 (a)")
    clean = catalog.lookup("PC", "PC 11350(a)")
    assert (messy.code, messy.section) == (clean.code, clean.section) == ("PC", "11350(a)")


@pytest.mark.parametrize(
    "code, section, want_code, want_section",
    [
        ("PC", "VC 23152(b)", "VC", "23152(b)"),
        ("PC", "H&S 11350", "HS", "11350"),
        ("PC", "HSC 11350", "HS", "11350"),
        ("PC", "h & s 11350", "HS", "11350"),
        ("PC", "B&P 25662", "BP", "25662"),
        ("PC", "W&I 8100", "WI", "8100"),
        ("PC", "459 PC", "PC", "459"),
        ("PC", "23152(a) VC", "VC", "23152(a)"),
        ("HS", "11377(A)", "HS", "11377(a)"),
        ("Veh.", "23152(b)", "VC", "23152(b)"),
        # A section ending in a letter, with the code after a space (metamorphic finding:
        # "476APC" was read as an unknown "476apc", and "171b PC" as B&P 171).
        ("PC", "476a PC", "PC", "476a"),
        ("HS", "171b PC", "PC", "171b"),
        ("PC", "273a pc", "PC", "273a"),
        ("PC", "288a P.C.", "PC", "288a"),
        ("PC", "459 Pen. Code", "PC", "459"),
        ("PC", "11350(a) Health and Safety Code", "HS", "11350(a)"),
    ],
)
def test_a_code_written_in_the_section_wins(catalog, code, section, want_code, want_section):
    match = catalog.lookup(code, section)
    assert (match.code, match.section) == (want_code, want_section)
    assert match.offense is not None and match.offense.code == want_code


def test_written_keeps_what_the_user_typed(catalog):
    assert catalog.lookup("PC", "664/211").written == "PC 664/211"
    assert catalog.lookup("PC", "VC 23152(b)").written == "VC 23152(b)"
    assert catalog.lookup("PC", "476a PC").written == "476a PC"  # not "PC 476a PC"


@pytest.mark.parametrize("section, target", [("664/211", "211"), ("664(a)/187", "187"), ("211/664", "211")])
def test_attempts_resolve_to_the_attempted_crime(catalog, section, target):
    match = catalog.lookup("PC", section)
    assert match.attempt is True
    assert match.section == target
    assert match.offense is catalog.get("PC", target)
    assert match.exact is True


def test_an_attempt_of_an_excluded_offense_still_names_it(catalog):
    match = catalog.lookup("PC", "664/288(a)")
    assert match.attempt and match.offense.section == "288(a)" and match.offense.excluded_1203_4


def test_plain_section_is_not_an_attempt(catalog):
    assert catalog.lookup("PC", "211").attempt is False


def test_burglary_degree_pair_is_looked_up_first(catalog):
    match = catalog.lookup("PC", "459/460(b)")
    assert match.matched_on == "459/460(b)" and match.exact
    assert match.offense.description.startswith("Second-degree")
    first = catalog.lookup("PC", "459/460(a)")
    assert first.offense.serious and not first.offense.wobbler


def test_burglary_with_an_unknown_degree_falls_back_to_459(catalog):
    match = catalog.lookup("PC", "459/460(z)")
    assert match.matched_on == "459" and match.exact is False


def test_petty_theft_pair_uses_the_punishing_section(catalog):
    match = catalog.lookup("PC", "484(a)/488")
    assert match.matched_on == "488" and match.exact is False
    assert match.section == "484(a)/488"


def test_a_prop_47_petty_theft_is_read_as_490_2_in_either_order(catalog):
    """Oracle finding O23-08: "488/490.2" was read as 490.2 (a ten-year firearm ban if the
    property was a firearm) but "490.2/488" as 488 (no firearm ban at all)."""
    for written in ("490.2/488", "488/490.2", "484/490.2"):
        assert catalog.lookup("PC", written).matched_on == "490.2", written
    assert catalog.lookup("PC", "484(a)/488").matched_on == "488"  # unchanged


def test_o23_13_petty_theft_with_a_prior_is_read_as_666_in_either_order(catalog):
    """Oracle finding O23-13: "484/666" was read as 666 (a wobbler, Prop 47) but "666/484"
    and "666/488" as the plain theft, a misdemeanor."""
    for written in ("666/484", "484/666", "666/488", "666/484(a)"):
        match = catalog.lookup("PC", written)
        assert match.matched_on == "666" and match.offense.wobbler and match.offense.prop47, written


def test_petty_theft_pair_falls_back_to_484_without_a_488_row():
    small = Catalog([row("PC", "484", "Theft")])
    assert small.lookup("PC", "484(a)/488").matched_on == "484"


def test_the_full_pair_wins_when_the_catalog_has_it():
    small = Catalog([row("PC", "484(a)/488", "Pair"), row("PC", "488"), row("PC", "484")])
    match = small.lookup("PC", "484(a)/488")
    assert match.matched_on == "484(a)/488" and match.exact


def test_subdivision_falls_back_to_the_nearest_parent():
    small = Catalog([row("PC", "243"), row("PC", "243(e)")])
    match = small.lookup("PC", "243(e)(1)")
    assert match.matched_on == "243(e)" and match.exact is False
    assert small.lookup("PC", "243(b)").matched_on == "243"


def test_exact_subdivision_row_wins(catalog):
    match = catalog.lookup("PC", "243(e)(1)")
    assert match.matched_on == "243(e)(1)" and match.exact
    assert match.offense.domestic_violence


def test_parent_match_is_marked_not_exact(catalog):
    match = catalog.lookup("PC", "243(f)")
    assert match.matched_on == "243" and not match.exact and match.section == "243(f)"
    # older records write domestic battery without its paragraph: a row of its own keeps the DV flag
    assert catalog.lookup("PC", "243(e)").offense.domestic_violence


def test_get_is_exact_only(catalog):
    assert catalog.get("PC", "243(e)(1)") is not None
    assert catalog.get("PC", "243(f)") is None
    assert catalog.get("PC", "pc 459") is None


def test_unknown_section_is_named_not_raised(catalog):
    match = catalog.lookup("PC", "99999(z)")
    assert match.offense is None and match.matched_on is None and not match.exact
    assert match.written == "PC 99999(z)"


def test_a_section_in_the_wrong_code_is_unknown(catalog):
    assert catalog.lookup("PC", "11350").offense is None  # HS 11350, not PC
    assert catalog.lookup("HS", "11350").offense is not None


@pytest.mark.parametrize(
    "code, section",
    [("PC", ""), ("", ""), (None, None), ("PC", None), (None, "459"), (5, 459.5), ("PC", "(((("),
     ("PC", "664/"), ("PC", "/"), ("PC", "//459"), ("PC", "PC"), ("PC", "9" * 2000),
     ("PC", "459\x00"), ("PC", "§§§"), ("PC", ["459"]), ({"a": 1}, {"b": 2}), ("PC", "664/664/211"),
     ("PC", "\u00e9\u00e8 243"), ("PC", "243)(e"), ("XYZ", "1.2.3.4")],
)
def test_odd_input_never_raises(catalog, code, section):
    match = catalog.lookup(code, section)
    assert match.offense is None or match.offense.code  # a SectionMatch either way


def test_unhashable_input_still_resolves(catalog):
    assert catalog.lookup("PC", ["459"]).offense is None


def test_number_as_section_is_read(catalog):
    assert catalog.lookup(None, 459).offense is catalog.get("PC", "459")


@settings(max_examples=300, deadline=None)
@given(code=st.one_of(st.none(), st.text(max_size=8)), section=st.one_of(st.none(), st.text(max_size=40)))
def test_arbitrary_text_never_raises(code, section):
    match = load_catalog().lookup(code, section)
    assert isinstance(match.written, str)
    assert (match.offense is None) == (match.matched_on is None)


def test_lookup_is_memoised(catalog):
    first = catalog.lookup("PC", "459 pc")
    assert catalog.lookup("PC", "459 pc") is first


def test_split_code_defaults_to_the_penal_code():
    assert split_code("", "211") == ("PC", "211")
    assert split_code("hs", "11350") == ("HS", "11350")


@pytest.mark.parametrize("section", ["171b", "1203.4a", "288a(c)", "476a", "470b"])
def test_a_trailing_letter_of_a_section_is_not_a_code(catalog, section):
    match = catalog.lookup("PC", section)
    assert match.code == "PC" and match.section == section.lower()


def test_case_of_a_subparagraph_does_not_matter(catalog):
    assert catalog.lookup("PC", "594(b)(2)(a)").offense is catalog.get("PC", "594(b)(2)(A)")


@pytest.mark.parametrize("written, code", [("Penal Code 459", "PC"), ("Health and Safety Code 11350", "HS"),
                                           ("Health & Safety 11350", "HS"), ("Vehicle Code 23152(b)", "VC"),
                                           ("Veh. Code § 23152(b)", "VC"), ("Pen. Code, § 211", "PC")])
def test_code_names_written_out(catalog, written, code):
    match = catalog.lookup("", written)
    assert match.code == code and match.offense is not None


@pytest.mark.parametrize("code, written, parts", [("HS", "11350/11550", ("11350", "11550")), ("PC", "459/484", ("459", "484")), ("HS", "11377/11364", ("11377", "11364"))])
def test_o24_01_a_count_naming_two_offenses_is_not_read_as_either(catalog, code, written, parts):
    """O23-18 (O24-01): "HS 11350/11550" was read as 11550 (under the influence), its last
    part, and "459/484" as burglary: a guess either way.  No rule says which, so neither."""
    match = catalog.lookup(code, written)
    assert match.offense is None and match.two_offenses == parts


@pytest.mark.parametrize("written, matched", [("459/460(b)", "459/460(b)"), ("459/460(z)", "459"), ("484(a)/488", "488"), ("490.2/488", "490.2"), ("666/484", "666"), ("182/211", "182"), ("211/212.5(c)", "211"), ("664/211", "211")])
def test_o24_01_pairs_a_rule_reads_still_resolve(catalog, written, matched):
    match = catalog.lookup("PC", written)
    assert match.matched_on == matched and match.two_offenses == ()


def test_o24_01_an_enhancement_after_the_offense_keeps_the_offense_and_is_named(catalog):
    """"245(a)(4)/12022.7" was read as 245(a)(4) with nothing kept of the 12022.7."""
    match = catalog.lookup("PC", "273.5/12022.7(e)")
    assert match.matched_on == "273.5" and match.enhancements == ("12022.7(e)",)
    assert catalog.lookup("VC", "23152(a)/23540").matched_on == "23152(a)"  # a punishing section
    assert catalog.lookup("VC", "23152(a)/(b)").matched_on == "23152(a)"  # subdivisions of one section


@pytest.mark.parametrize("written, parts", [("245(a)(1)/245(a)(4)", ("245(a)(1)", "245(a)(4)")), ("245(a)(1)/(a)(4)", ("245(a)(1)", "245(a)(4)"))])
def test_o24_08_subdivisions_the_catalog_reads_differently_are_not_read_as_either(catalog, written, parts):
    """O24-08: "245(a)(1)/245(a)(4)" was read as 245(a)(4) (force alone, not serious) and
    "245(a)(1)/(a)(4)" as 245(a)(1) (a deadly weapon, serious): the same count, two answers,
    each a guess.  The rows differ in a flag the engine reads, so the count asks which."""
    match = catalog.lookup("PC", written)
    assert match.offense is None and match.two_offenses == parts


@pytest.mark.parametrize("code, written", [("VC", "23152(a)/(b)"), ("VC", "23152(a)/23152(b)"), ("VC", "23153(a)/(b)"), ("PC", "243(e)(1)/(e)")])
def test_o24_08_subdivisions_that_screen_alike_are_still_one_offense(catalog, code, written):
    match = catalog.lookup(code, written)
    assert match.offense is not None and match.two_offenses == ()


@pytest.mark.parametrize("written, matched", [("245/245(a)(4)", "245(a)(4)"), ("245(a)/245(a)(4)", "245(a)(4)"), ("243/243(e)(1)", "243(e)(1)")])
def test_o24_08_a_section_written_with_its_own_subdivision_is_that_subdivision(catalog, written, matched):
    """O24-08 does not ask "PC 245 or PC 245(a)(4)?" of "245/245(a)(4)": the first part is
    only the section of the second, so it is one offense, the subdivision (as it was read)."""
    match = catalog.lookup("PC", written)
    assert match.matched_on == matched and match.two_offenses == ()


@pytest.mark.parametrize("code, written, matched", [
    ("PC", "245(a)(4)/245", "245(a)(4)"),
    ("PC", "245(a)(1)/245", "245(a)(1)"),
    ("PC", "245(a)(4)/245(a)", "245(a)(4)"),
    ("HS", "11350(a)/11350", "11350(a)"),
    ("PC", "664/245(a)(4)/245", "245(a)(4)"),
])
def test_s25_01_a_subdivision_written_before_its_own_section_is_that_subdivision(catalog, code, written, matched):
    """S25-01: "245(a)(4)/245" was read as the bare 245 (the pair's last part was tried first),
    which asks whether it was with a weapon; "245/245(a)(4)" was read as 245(a)(4).  One
    offense either way round: the subdivision written."""
    match = catalog.lookup(code, written)
    assert match.matched_on == matched and match.two_offenses == ()


def test_s25_01_an_enhancement_beside_the_pair_is_kept(catalog):
    match = catalog.lookup("PC", "245(a)(4)/245/12022.7(a)")
    assert match.matched_on == "245(a)(4)" and match.enhancements == ("12022.7(a)",)


def test_s25_01_subdivisions_that_screen_differently_are_still_asked_about(catalog):
    match = catalog.lookup("PC", "245(a)(4)/245/245(a)(1)")
    assert match.offense is None and set(match.two_offenses) == {"245(a)(4)", "245(a)(1)"}


@pytest.mark.parametrize("written, matched", [("460(b)/459", "459/460(b)"), ("460(a)/459", "459/460(a)"), ("664/460(b)/459", "459/460(b)")])
def test_s25_08_a_degree_written_before_its_section_is_the_catalog_row(catalog, written, matched):
    """S25-08: "460(b)/459" was read as the bare 459 (the pair's last part first), which asks
    the degree the count writes; it is the catalog's "459/460(b)" written the other way round."""
    assert catalog.lookup("PC", written).matched_on == matched


@pytest.mark.parametrize("written", ["459/460(a)/(b)", "459/460(a)/460(b)", "460(a)/(b)/459"])
def test_s25_09_both_degrees_written_ask_which(catalog, written):
    """S25-09: "459/460(a)/(b)" was read as the bare 459 and, by its 460(a), Prop 47 said "first-
    degree burglary is not shoplifting"; the degrees screen differently, so the count asks."""
    match = catalog.lookup("PC", written)
    assert match.offense is None and match.two_offenses == ("459/460(a)", "459/460(b)")


def test_s25_09_subdivisions_that_screen_alike_beside_a_punishing_section_stay_one_offense(catalog):
    assert catalog.lookup("VC", "23152(a)/(b)/23540").matched_on == "23152(a)"


@pytest.mark.parametrize("written, matched", [("PC 460(b)", "459/460(b)"), ("460(a)", "459/460(a)"), ("460b PC", "459/460(b)"),
                                              ("664/460(b)", "459/460(b)")])
def test_c38_01_a_degree_written_alone_is_its_burglary(catalog, written, matched):
    """C38-01: dockets write second-degree burglary "PC 460(b)", the degree's section alone;
    it was "not in the offense catalog", though PC 460 names nothing but burglary's degrees."""
    match = catalog.lookup("PC", written)
    assert match.matched_on == matched and match.offense.section == matched
    assert match.attempt == written.startswith("664")
    # Bare 460 names no degree: the bare 459, which asks it; 460(c) is no offense.
    assert catalog.lookup("PC", "460").matched_on == "459" and catalog.lookup("PC", "460(c)").offense is None
    assert catalog.lookup("HS", "460(b)").offense is None  # only the Penal Code's 460 is burglary


@pytest.mark.parametrize("written, matched", [
    ("459 2nd", "459/460(b)"), ("459 2ND DEG", "459/460(b)"), ("459 PC 2nd degree", "459/460(b)"),
    ("459 second degree", "459/460(b)"), ("PC 459 (2nd degree)", "459/460(b)"), ("459-2nd", "459/460(b)"),
    ("459 1st degree", "459/460(a)"), ("459 FIRST DEGREE", "459/460(a)"), ("664/459 2nd", "459/460(b)")])
def test_d48_01_a_burglary_degree_written_in_words_is_its_row(catalog, written, matched):
    """D48-01: a RAP sheet's "459 PC 2ND DEG" typed at intake as "459 2nd" was "PC 4592nd: not
    in the offense catalog" (needs review for every remedy), and "459 second degree" became
    "PC 459onddegree" (the "sec" of "second" was dropped as if it were "sec." for section);
    the worksheet then asked for the degree the attorney had typed."""
    match = catalog.lookup("PC", written)
    assert match.matched_on == matched and match.offense is not None


@pytest.mark.parametrize("written, section", [("sec. 459", "459"), ("section 459", "459"), ("Pen. Code, § 211", "211"),
                                              ("sec 211", "211"), ("Sec.459", "459")])
def test_d48_01_the_word_section_is_still_dropped(catalog, written, section):
    assert catalog.lookup("PC", written).matched_on == section
