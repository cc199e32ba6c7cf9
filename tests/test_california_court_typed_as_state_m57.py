"""M57-03: the case form's "State or court:" box refuses a California court typed there
(U110-04), but took "Nevada County" (a California county: Nevada City, Truckee) for the state of
Nevada, as the bare "Nevada" is, so a Nevada County case was screened as another state's, every
remedy out of reach.  With "County" (or a caption's "County of"), it is the California county."""

from __future__ import annotations

import pytest

from clinic_app.counties import names_a_california_court


@pytest.mark.parametrize("typed", ["Nevada County", "nevada county", "Nevada County, CA", "County of Nevada",
                                   "Nevada County Superior Court", "Los Angeles", "Superior Court of California, County of Nevada", "Nevada, CA"])
def test_m57_03_a_california_county_typed_is_a_california_court(typed):
    assert names_a_california_court(typed)


@pytest.mark.parametrize("typed", ["Nevada", "NV", "nevada", "federal", "Clark County, Nevada", "Washoe County, NV"])
def test_m57_03_another_states_court_is_taken(typed):
    assert not names_a_california_court(typed)
