"""L165-01: a client's cases typed at intake with the County box clipped, as a clinic's sheet
gives the counties round Los Angeles ("Riv.", "San Bern."), were headed "Riv County, CA" and
"San Bern County, CA" on the filing worksheet and "Riv County" on the handout's card, and its
to-do named the courts "Los Angeles, Orange and Riv.": no court of that name exists.  A clipped
name that is one county's only now names that county; one that could be two ("SB") or a
state's ("Ala.", "Mont.") is left as typed."""

from __future__ import annotations

import pytest

from clinic_app.counties import county_key, county_named, court_of, names_a_california_court
from clinic_app.model import Case


@pytest.mark.parametrize("typed, named", [
    ("Riv.", "Riverside"), ("Riv", "Riverside"), ("RivCo", "Riverside"), ("Riv. Co.", "Riverside"),
    ("San Bern.", "San Bernardino"), ("San Bdno. County", "San Bernardino"), ("Sac.", "Sacramento"),
    ("SLO", "San Luis Obispo"),
])
def test_a_clipped_county_names_its_court(typed, named):
    assert county_named(typed) == named
    assert court_of(Case(id="c1", county=typed)) == f"{named} County, CA"
    assert county_key(typed) == named.casefold()  # the County filter and `list --county` take it as one


def test_what_could_be_two_counties_or_a_state_is_left_as_typed():
    assert county_key("SB") == "sb" and county_key("Ala.") == "ala" and county_key("Mont.") == "mont"
    assert not names_a_california_court("Ala.") and not names_a_california_court("Mont.")
