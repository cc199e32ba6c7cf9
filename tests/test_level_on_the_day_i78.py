"""I78-01: the level a new count starts with, where a proposition changed the catalog's level
(clinic_app.level_on_the_day, which intake and the Record tab both ask)."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.catalog import load_catalog
from clinic_app.level_on_the_day import starting_level


def _row(citation: str):
    code, section = citation.split(" ")
    return load_catalog().get(code, section)


@pytest.mark.parametrize("citation, convicted, level", [
    ("HS 11350", date(2016, 8, 5), None),            # a misdemeanor since Prop 47, a felony with priors
    ("HS 11350", date(2014, 11, 5), None),           # Prop 47's first day
    ("HS 11350", date(2014, 11, 4), "felony"),       # the day before: a straight felony
    ("HS 11350(a)", date(2016, 8, 5), None),
    ("HS 11359", date(2016, 11, 9), None),           # Prop 64's first day
    ("HS 11359", date(2016, 11, 8), "felony"),
    ("HS 11358", date(2019, 1, 2), None),
    ("HS 11360(a)", date(2012, 1, 2), "felony"),
    ("PC 211", date(2016, 8, 5), "felony"),          # no proposition changed it
    ("PC 490.2", date(2016, 8, 5), "misdemeanor"),   # the catalog's misdemeanor holds
    ("HS 11377", date(2016, 8, 5), None),            # a wobbler: the record says which
])
def test_the_catalog_s_level_holds_only_before_the_change(citation, convicted, level):
    assert starting_level(_row(citation), convicted).level == level


def test_with_no_date_the_level_waits_and_says_what_it_turns_on():
    start = starting_level(_row("HS 11350"), None)
    assert start.level is None
    assert start.why.startswith("its level depends on the conviction date: a felony before Prop 47 (2014-11-05)")
    assert starting_level(_row("PC 211"), None).level == "felony"  # no date needed


def test_a_year_alone_or_an_offense_day_decides_where_it_can():
    row = _row("HS 11350")
    assert starting_level(row, None, year=2016).level is None
    assert starting_level(row, None, year=2013).level == "felony"
    assert starting_level(row, None, year=2014).level is None  # either side of 2014-11-05: asked
    assert "depends on the conviction date" in starting_level(row, None, year=2014).why
    assert starting_level(row, None, offense_on=date(2015, 1, 1)).level is None  # convicted later still
    assert starting_level(row, None, offense_on=date(2013, 1, 1)).level is None  # convicted when? asked
