"""R81a-03: a case whose County box was typed "Los Angeles County" (the filter's own example of
one county, F75-02) got a filing worksheet headed "Los Angeles County County, CA", and one typed
"Orange, CA", "Orange Co." or "LA" (C80-02) "Orange, CA County, CA", "Orange Co. County, CA",
"LA County, CA"; the Record tab's and worksheet's title of a case numbered 'unknown' (W80-01)
said "... Los Angeles County County)".  Three places each took off " county" their own way, or
not at all.  The county's name is now printed as the County filter tells it
(clinic_app.counties.county_named): without "County", "County of", "Superior Court" and the
state, a short form by its full name, in the case typed."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.case_titles import case_title
from clinic_app.counties import county_named
from clinic_app.model import Case, Conviction
from clinic_app.counties import court_of


@pytest.mark.parametrize("typed, named", [
    ("Los Angeles County", "Los Angeles"), ("Orange, CA", "Orange"), ("Orange Co.", "Orange"), ("LA", "Los Angeles"),
    ("L.A. County", "Los Angeles"), ("Superior Court of California, County of Orange", "Orange"),
    ("Orange County Superior Court", "Orange"), ("  san luis obispo  ", "san luis obispo"), ("Kern", "Kern"),
    ("SB", "SB"), ("", None), (None, None),
])
def test_the_county_named_as_the_filter_tells_it(typed, named):
    assert county_named(typed) == named


@pytest.mark.parametrize("typed", ["Los Angeles County", "Los Angeles, CA", "LA", "County of Los Angeles"])
def test_the_worksheet_heads_a_los_angeles_case_once(typed):
    assert court_of(Case(id="c1", county=typed)) == "Los Angeles County, CA"


def test_the_worksheet_says_a_county_not_given_as_before():
    assert court_of(Case(id="c1", county=None)) == "County not recorded, CA"


def test_a_case_numbered_unknown_is_titled_by_its_county_once():
    case = Case(id="c1", case_number="unknown", county="Los Angeles County", outcome="convicted",
                convictions=[Conviction(id="n1", code="PC", section="484(a)", level="misdemeanor", conviction_date=date(2015, 3, 2))])
    assert case_title(case) == "unknown (PC 484(a), convicted 2015-03-02, Los Angeles County)"


def test_the_prop47_step_names_the_court_once():
    from clinic_app.eligibility.prop47 import _local_form

    assert _local_form(Case(id="c1", county="Orange, CA")) == "no statewide form was found, so ask the Orange County court which form it takes"
    assert _local_form(Case(id="c1", county="Kern County")) == "no statewide form was found, so ask the Kern County court which form it takes"
