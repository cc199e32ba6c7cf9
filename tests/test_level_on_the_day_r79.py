"""R79-01: the reason for an arrest's starting level names the arrest, not a conviction
(clinic_app.level_on_the_day.starting_level, asked by intake for a case with no conviction)."""

from __future__ import annotations

from datetime import date

from clinic_app.catalog import load_catalog
from clinic_app.level_on_the_day import starting_level


def test_an_arrest_s_reason_names_the_arrest():
    row = load_catalog().get("HS", "11350")
    before = starting_level(row, date(2012, 8, 5), arrest=True)
    assert (before.level, before.why) == ("felony", "arrested before Prop 47 took effect on 2014-11-05")
    assert starting_level(row, None, year=2013, arrest=True).why == before.why
    assert starting_level(row, None, arrest=True).why.startswith("its level depends on the arrest date:")
    assert "convicted" not in starting_level(row, date(2016, 8, 5), arrest=True).why
    # A count's, as before.
    assert starting_level(row, date(2012, 8, 5)).why == "convicted before Prop 47 took effect on 2014-11-05"
