"""R135-03: V132-01 read "664/459-460(b)" as an attempted second-degree burglary, yet the same count
with the attempt written after, "459-460(b)/664", stayed "not in the offense catalog", where
"459/460(b)/664" is read: the attempt is now read either side, as with "/"."""

from __future__ import annotations

import pytest

from clinic_app.catalog import attempt_statute, load_catalog


@pytest.mark.parametrize("written, statute", [("459-460(b)/664", "664"), ("459-460B/664", "664"),
                                              ("459-460(a)/664(a)", "664(a)")])
def test_r135_03_an_attempt_written_after_a_hyphened_degree_is_read(written, statute):
    catalog = load_catalog()
    read = catalog.lookup("PC", written)
    as_slashed = catalog.lookup("PC", written.replace("-", "/", 1))
    assert (read.offense, read.attempt) == (as_slashed.offense, True)
    assert read.offense is not None
    assert attempt_statute(f"PC {written}") == statute


@pytest.mark.parametrize("written", ["459-460(b)/211", "459-2/664", "459-460(c)/664"])
def test_r135_03_no_other_section_after_the_hyphen_is_read(written):
    assert load_catalog().lookup("PC", written).offense is None
