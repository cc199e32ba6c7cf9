"""R81a-02: C80-02 made a case's County typed "LA", "L.A.", "Los Angeles, CA" or "County of Los
Angeles" one county with "Los Angeles" for the County filter and `clinic-app list --county`,
but the Prop 47 step, which tells the clinic which form to file, still compared the box with
"los angeles" alone: such a case was told "no statewide form was found, so ask the LA County
court which form it takes" (the worksheet printed it), where the same client typed "Los
Angeles" read "Los Angeles uses its own local form".  The step now asks the one function
that tells a county from its spellings (clinic_app.counties.county_key)."""

from __future__ import annotations

import pytest

from engine_builders import probation_case, row, run

LA_FORM = "Los Angeles uses its own local form (verify with the court)"


def _drug_case(county):
    case = probation_case("11350(a)", code="HS", level="felony", kind="formal", start="2012-07-11", end="2015-07-11")
    case.county = county
    return case


@pytest.mark.parametrize("county", ["LA", "L.A.", "Los Angeles, CA", "County of Los Angeles", "Los Angeles Superior Court"])
def test_r81a_02_los_angeles_typed_short_keeps_its_local_form(county):
    steps = row(run(_drug_case(county)), "prop47").next_steps
    assert f"File a Prop 47 application to redesignate the felony as a misdemeanor (PC 1170.18(f)); {LA_FORM}." in steps


@pytest.mark.parametrize("county", ["La Paz", "Lassen", "SB"])
def test_r81a_02_other_counties_are_not_los_angeles(county):
    steps = row(run(_drug_case(county)), "prop47").next_steps
    assert not any(LA_FORM in s for s in steps)
