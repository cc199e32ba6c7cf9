"""V132-01: a burglary's degree joined to PC 459 by a hyphen, as RAP sheets and dockets print
it ("PC 459-460(B)"), is the degree's row; it was "not written as the offense catalog reads it",
its degree lost, and the attorney typing the sheet at intake retyped it as "459/460(b)"."""

from __future__ import annotations

import pytest

from clinic_app.catalog import load_catalog
from clinic_app.typed_sections import read_typed_section


@pytest.mark.parametrize(
    "typed, stored",
    [
        ("PC 459-460(B)", ("PC", "459/460(b)")),
        ("459-460(a) PC", ("PC", "459/460(a)")),
        ("PC459-460B", ("PC", "459/460(b)")),
        ("664/459-460(b)", ("PC", "664/459/460(b)")),
    ],
)
def test_v132_01_a_degree_hyphened_to_459_is_that_degree(typed, stored):
    reading = read_typed_section(load_catalog(), typed)
    assert reading.match.offense is not None
    assert reading.match.offense.section == stored[1].removeprefix("664/")
    assert reading.stored == stored


@pytest.mark.parametrize("written", ["459-2", "459-460(c)", "1459-460(b)", "459-460(b)(1)"])
def test_v132_01_a_hyphen_before_anything_else_stays_unread(written):
    """A count number ("459-2"), PC 460(c) (no degree) or a section that only ends in 459
    are no degree: the guess would be the catalog's, not the record's."""
    assert load_catalog().lookup("PC", written).offense is None


def test_v132_01_bare_460_after_the_hyphen_asks_the_degree_as_bare_459_does():
    catalog = load_catalog()
    assert catalog.lookup("PC", "459-460").offense == catalog.lookup("PC", "459").offense
