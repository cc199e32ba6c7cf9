"""G49: a section typed without its code is read as the one code the offense catalog has it in."""

from __future__ import annotations

import dataclasses

import pytest

from clinic_app.catalog import Catalog, load_catalog
from clinic_app.typed_sections import read_typed_section, sections_in_more_than_one_code


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


@pytest.fixture(scope="module")
def catalog_with_a_shared_number():
    """The shipped catalog and a synthetic PC row with VC 23152's number: a section two codes have."""
    shipped = list(load_catalog())
    dui = next(o for o in shipped if (o.code, o.section) == ("VC", "23152"))
    return Catalog([*shipped, dataclasses.replace(dui, code="PC", description="Synthetic Penal Code row")])


@pytest.mark.parametrize("typed, citation", [
    ("23152", "VC 23152"),          # only the Vehicle Code has it (it was PC 23152, unknown)
    ("23152(a)", "VC 23152(a)"),
    ("11350", "HS 11350"),          # only Health and Safety
    ("11350(a)", "HS 11350(a)"),
    ("664/23152", "VC 23152"),      # an attempt keeps the code of its offense
    ("459", "PC 459"),              # only the Penal Code: as before
    ("484(a)/488", "PC 488"),
])
def test_a_bare_section_is_read_in_the_one_code_that_has_it(catalog, typed, citation):
    reading = read_typed_section(catalog, typed)
    assert reading.match.offense is not None and reading.match.offense.citation == citation
    assert not reading.to_choose
    assert reading.code_from_catalog == (not citation.startswith("PC"))


def test_a_code_typed_is_kept_even_where_the_catalog_lacks_it(catalog):
    reading = read_typed_section(catalog, "PC 23152")
    assert (reading.match.code, reading.match.section, reading.match.offense) == ("PC", "23152", None)
    assert not reading.code_from_catalog
    assert read_typed_section(catalog, "23152 VC").match.code == "VC"


def test_a_section_no_code_has_stays_penal_code(catalog):
    reading = read_typed_section(catalog, "99999")
    assert (reading.match.code, reading.match.offense, reading.code_from_catalog, reading.choices) == ("PC", None, False, ())


def test_two_offenses_are_read_in_the_code_that_has_both(catalog):
    reading = read_typed_section(catalog, "11350/11550")
    assert (reading.match.code, reading.match.two_offenses) == ("HS", ("11350", "11550"))


def test_a_number_two_codes_have_is_asked_not_guessed(catalog_with_a_shared_number):
    reading = read_typed_section(catalog_with_a_shared_number, "23152")
    assert reading.to_choose
    assert [m.offense.citation for m in reading.choices] == ["PC 23152", "VC 23152"]
    assert read_typed_section(catalog_with_a_shared_number, "VC 23152").match.offense.citation == "VC 23152"
    # Its subdivisions too: PC 23152's (a) is read as the synthetic row, VC's has its own.
    shared = sections_in_more_than_one_code(catalog_with_a_shared_number)
    assert ("23152", ("PC", "VC")) in shared and ("23152(a)", ("PC", "VC")) in shared
    assert all(section.startswith("23152") and codes == ("PC", "VC") for section, codes in shared)


def test_the_shipped_catalog_has_no_section_in_two_codes(catalog):
    """Counted for G49: none of its 397 rows' sections is in two codes, so nothing is asked today."""
    assert sections_in_more_than_one_code(catalog) == []
