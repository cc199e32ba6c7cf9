"""R111-02: the "State or court:" boxes (intake's and the Record tab's) read "Calif." and a
docket's "Superior Court of California, County of Orange" as California (R110-02) and refuse a
California county typed there ("LA Superior Court", U110-04), but the court as a record sheet or
a caption also writes it went through as another state's, every remedy of the case "not
applicable" and the handout saying no California court can clear it: "CA Superior Court", the
caption's "Superior Court of the State of California", "Superior Court of Los Angeles County", a
municipal court of a record before 2000 ("Los Angeles Municipal Court"), "Fresno County Sup Ct"."""

from __future__ import annotations

import pytest

from clinic_app.counties import names_a_california_court
from clinic_app.screening_format import jurisdiction_written


@pytest.mark.parametrize("typed", ["CA Superior Court", "Calif. Superior Court", "Cal. Superior Court",
                                   "Superior Court of the State of California",
                                   "SUPERIOR COURT OF THE STATE OF CALIFORNIA FOR THE COUNTY OF LOS ANGELES",
                                   "CA Superior Court, County of Orange"])
def test_r111_02_the_state_and_its_superior_court_as_written_are_california(typed):
    assert jurisdiction_written(typed) == "CA"


@pytest.mark.parametrize("typed", ["Superior Court of Los Angeles County", "Superior Court of Los Angeles",
                                   "Superior Court, Los Angeles", "Superior Court - Orange County",
                                   "Los Angeles Municipal Court", "Fresno County Sup Ct", "San Bernardino Sup. Ct.",
                                   "Kern County Municipal Court"])
def test_r111_02_a_california_county_with_its_court_written_round_it_is_a_california_court(typed):
    assert jurisdiction_written(typed) != "CA"
    assert names_a_california_court(typed)


@pytest.mark.parametrize("typed", ["Arizona Superior Court", "Maricopa County Superior Court", "Superior Court of Arizona, Maricopa County",
                                   "Las Vegas Municipal Court", "Clark County Justice Court", "Nevada", "Superior Court",
                                   "U.S. District Court, Central District of California", "Baja California"])
def test_r111_02_another_states_court_is_still_taken_as_typed(typed):
    assert jurisdiction_written(typed) == typed
    assert not names_a_california_court(typed)
