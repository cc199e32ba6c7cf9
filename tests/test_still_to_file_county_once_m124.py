"""M124-01: `clinic-app list --outcome eligible_now_to_file` (P123-01) named a case with no court
number by what the record holds, its county among it, then its court: "case a (PC 488,
convicted 2015-03-03, Los Angeles County), Los Angeles County, CA: PC 1203.4 dismissal".  The
court is said once, after the case's title; a case with its number is named as before."""

from __future__ import annotations

from datetime import date

from clinic_app.court import still_to_file
from clinic_app.eligibility import screen
from tests.automatic_relief import to_file


def said_to_file(number: str, county: str = "Los Angeles", jurisdiction: str = "CA") -> str | None:
    client = to_file()
    case = client.cases[0]
    case.case_number, case.county, case.jurisdiction = number, county, jurisdiction
    return still_to_file(client.cases, screen(client.person, client.cases, date(2026, 12, 5)).results)


def test_m124_a_case_with_no_number_says_its_county_once():
    assert said_to_file("") == "case a (PC 488, convicted 2015-03-03), Los Angeles County, CA: PC 1203.4 dismissal"
    assert said_to_file("unknown", "Kern") == \
        "case unknown (PC 488, convicted 2015-03-03), Kern County, CA: PC 1203.4 dismissal"


def test_m124_a_case_with_its_number_is_named_as_before():
    assert said_to_file("LA100200") == "case LA100200, Los Angeles County, CA: PC 1203.4 dismissal"
