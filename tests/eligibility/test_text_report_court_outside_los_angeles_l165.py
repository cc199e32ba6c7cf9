"""L165-03: `clinic-app screen --format text` for Teresa, whose cases are in Los Angeles, Orange,
Riverside and San Bernardino, headed the Riverside case "CASE c3  (RIF1905678, Riv.)" and
said "File form CR-180 ... with the court that entered the conviction" under it as under the
Los Angeles case: nothing said the program knows Los Angeles court practice only, which the
filing worksheet says under such a case (C149-04).  The report now says it under the heading
of each California case outside Los Angeles; a Los Angeles case, another state's and one with
no county ("County not recorded") read as before."""

from __future__ import annotations

from three_counties import AS_OF, three_counties

from clinic_app.counties import OUTSIDE_LOS_ANGELES
from clinic_app.eligibility import screen
from clinic_app.eligibility.text_report import render_text


def _cases_said(client) -> dict[str, str]:
    """Each case's part of the report, by its key, its lines joined."""
    text = render_text(screen(client.person, client.cases, AS_OF), client.person, client.cases, client.name)
    parts = text.split("\nCASE ")[1:]
    return {part.split()[0]: " ".join(part.split("\n\nWhat stays true even after relief, for several")[0].split()) for part in parts}


def test_l165_03_a_case_outside_los_angeles_says_what_the_program_does_not_know():
    client = three_counties(san_bernardino="San Bern.")
    client.cases[1].county = "Riv."
    said = _cases_said(client)
    assert OUTSIDE_LOS_ANGELES.format(county="Riverside County") in said["c2"], said["c2"]
    assert OUTSIDE_LOS_ANGELES.format(county="San Bernardino County") in said["c3"]
    assert "court practice only" not in said["c1"]  # Los Angeles's own


def test_l165_03_los_angeles_another_state_and_no_county_read_as_before():
    client = three_counties(san_bernardino="LA")
    client.cases[1].county = None
    client.cases[0].jurisdiction, client.cases[0].county = "NV", None
    assert not any("court practice only" in part for part in _cases_said(client).values())
