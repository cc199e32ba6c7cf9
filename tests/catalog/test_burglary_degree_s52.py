"""S52-01: the ways a clerk writes a burglary's degree are read as that degree's row, by the one
reader every path uses (`Catalog.lookup`, and through it the Record tab's and intake's
`read_typed_section`); a text that is not clearly a degree stays an unknown section."""

from __future__ import annotations

import pytest

from clinic_app.catalog import load_catalog
from clinic_app.typed_sections import read_typed_section


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


@pytest.mark.parametrize("typed, row", [
    ("459 2d", "459/460(b)"),               # the courts' own abbreviation (2d, as in "Cal.App.2d")
    ("459 2d degree", "459/460(b)"),
    ("459 PC 2d deg.", "459/460(b)"),
    ("459 (2d)", "459/460(b)"),
    ("459 second-degree", "459/460(b)"),    # the hyphen of "second-degree burglary"
    ("459 2nd-degree", "459/460(b)"),
    ("459 2nd-deg", "459/460(b)"),
    ("459 (2nd)", "459/460(b)"),
    ("459 PC (second-degree)", "459/460(b)"),
    ("459 first-degree", "459/460(a)"),
    ("459 1st-degree", "459/460(a)"),
    ("459 (1st)", "459/460(a)"),
    ("664/459 2d", "459/460(b)"),           # an attempt keeps its degree, as "664/459 2nd" did
])
def test_a_degree_as_clerks_write_it_is_the_degree_row(catalog, typed, row):
    match = catalog.lookup("PC", typed)
    assert match.offense is not None and match.offense.section == row
    reading = read_typed_section(catalog, typed)
    assert reading.match.offense is not None and reading.match.offense.section == row
    expected = f"664/{row}" if typed.startswith("664/") else row
    assert reading.stored == ("PC", expected)


@pytest.mark.parametrize("typed", [
    "459 2",        # a bare digit: a degree, a count number or a typo?
    "459-2",
    "459 II",
    "459 3rd",      # burglary has no third degree
    "459 3d",
    "459 1d",       # nobody writes first degree so: not clearly a degree
    "459 2dd",
    "459 d2",
    "459 2d-2d",
])
def test_a_text_not_clearly_a_degree_stays_unknown(catalog, typed):
    assert catalog.lookup("PC", typed).offense is None
    assert read_typed_section(catalog, typed).match.offense is None
