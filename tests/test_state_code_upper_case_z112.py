"""Z112-01: a state typed as two letters in a "State or court:" box ("nv") was stored as typed,
so the Record tab's case list, the case's title, the handout and `screen` said "nv" where an
import's case says "NV".  A two-letter US state code is stored upper-case; a longer name, a
federal court, or two letters no state has are kept as typed."""

from __future__ import annotations

import pytest

from clinic_app.screening_format import jurisdiction_written, read_request


@pytest.mark.parametrize("typed, stored", [("nv", "NV"), (" az ", "AZ"), ("Or", "OR"), ("dc", "DC"), ("NV", "NV"),
                                           ("ca", "CA")])
def test_z112_01_a_two_letter_state_code_is_stored_upper_case(typed, stored):
    assert jurisdiction_written(typed) == stored


@pytest.mark.parametrize("typed", ["federal", "Nevada", "nev", "n.v.", "xx", "Clark County Justice Court"])
def test_z112_01_a_name_or_two_letters_no_state_has_are_kept_as_typed(typed):
    assert jurisdiction_written(typed) == typed.strip()


def test_z112_01_screen_reads_a_lower_case_state_code_as_the_state():
    request = read_request({"as_of": "2026-01-01", "person": {"dob": "1980-01-01"},
                            "cases": [{"id": "A", "jurisdiction": "nv", "outcome": "dismissed",
                                       "arrest_date": "2020-01-01"}]})
    assert request.cases[0].jurisdiction == "NV"
