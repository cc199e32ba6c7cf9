"""E81-02: the engine read a case's county by its own spelling.  Prop 47's step gave Los Angeles's
local form for "Los Angeles" or "Los Angeles County" only; a case typed "LA", "County of Los
Angeles" or "Los Angeles, CA" (which the caseload's County filter takes as Los Angeles, C80-02)
was told "ask the LA County court" or "ask the County of Los Angeles County court which form it
takes".  The county is now read as counties.py reads it."""

from __future__ import annotations

import pytest

from engine_builders import probation_case, row, run

LA_FORM = "Los Angeles uses its own local form (verify with the court)"


def _drug_case(county):
    case = probation_case("11350(a)", code="HS", level="felony", kind="formal", start="2012-07-11", end="2015-07-11")
    case.county = county
    return case


def _step(county):
    steps = row(run(_drug_case(county)), "prop47").next_steps
    return next(s for s in steps if s.startswith("File a Prop 47 application"))


@pytest.mark.parametrize("county", ["LA", "L.A.", "County of Los Angeles", "Los Angeles, CA", "L.A. County",
                                    "Los Angeles County Superior Court", "Superior Court of California, County of Los Angeles"])
def test_e81_02_los_angeles_however_typed_gets_its_local_form(county):
    assert _step(county).endswith(f"; {LA_FORM}.")


@pytest.mark.parametrize(("county", "court"), [
    ("County of Orange", "the Orange County court"),
    ("Orange, CA", "the Orange County court"),
    ("OC", "the Orange County court"),
    ("Kern County Superior Court", "the Kern County court"),
    ("SB", "the SB County court"),  # San Bernardino or Santa Barbara: the letters do not tell
])
def test_e81_02_another_county_is_named_once_without_what_was_typed_round_it(county, court):
    assert _step(county).endswith(f"no statewide form was found, so ask {court} which form it takes.")
