"""V71-01: a Prop 47 step said "Los Angeles uses its own local form (verify with the court)"
for every case, so a Kern or Ventura case's filing worksheet named LA's form under its own
county's heading.  No statewide form was found (ca-rules.md 6, [L]): the step now sends staff
to the case's own county court, and keeps the Los Angeles words for a Los Angeles case."""

from __future__ import annotations

import pytest

from engine_builders import probation_case, row, run

LA_FORM = "Los Angeles uses its own local form (verify with the court)"


def _drug_case(county, **kw):
    case = probation_case("11350(a)", code="HS", level="felony", kind="formal",
                          start=kw.pop("start", "2012-07-11"), end=kw.pop("end", "2015-07-11"), **kw)
    case.county = county
    return case


@pytest.mark.parametrize("county, said", [
    ("Kern", "no statewide form was found, so ask the Kern County court which form it takes"),
    ("Ventura County", "no statewide form was found, so ask the Ventura County court which form it takes"),
    (None, "no statewide form was found, so ask the court that entered the conviction which form it takes"),
])
def test_v71_01_a_case_in_another_county_is_not_sent_to_los_angeles_form(county, said):
    steps = row(run(_drug_case(county)), "prop47").next_steps
    assert f"File a Prop 47 application to redesignate the felony as a misdemeanor (PC 1170.18(f)); {said}." in steps
    assert not any("Los Angeles" in s for s in steps)


def test_v71_01_a_petition_to_resentence_names_the_county_too():
    steps = row(run(_drug_case("Orange", start="2013-01-10", end="2027-01-10", status="active")), "prop47").next_steps
    assert any("petition to recall" in s and "ask the Orange County court which form it takes" in s for s in steps)


@pytest.mark.parametrize("county", ["Los Angeles", "los angeles county"])
def test_v71_01_a_los_angeles_case_keeps_its_local_form(county):
    steps = row(run(_drug_case(county)), "prop47").next_steps
    assert f"File a Prop 47 application to redesignate the felony as a misdemeanor (PC 1170.18(f)); {LA_FORM}." in steps
