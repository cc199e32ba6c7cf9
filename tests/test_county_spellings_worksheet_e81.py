"""E81-04: the filing worksheet named a case's court from the County box as typed, with "County"
after it: a case typed "Los Angeles, CA" was headed "Case BA1 — Los Angeles, CA County, CA", one
typed "County of Orange" "County of Orange County, CA", and "LA" "LA County, CA"; a case
numbered "unknown" was titled "(..., Los Angeles, CA County)" on the worksheet and in the window
(case_titles, W80-01).  The county is now named once, as counties.py reads it."""

from __future__ import annotations

from datetime import date

import pytest
from test_case_titles_w80 import AS_OF, theft

from clinic_app.case_titles import case_title
from clinic_app.model import Client, Person
from tests.worksheet_text import worksheet_pdf


def test_e81_04_an_unknown_number_is_titled_with_its_county_named_once():
    assert case_title(theft("c1", "unknown", date(2015, 3, 2), "Los Angeles, CA")) == \
        "unknown (PC 484(a), convicted 2015-03-02, Los Angeles County)"
    assert case_title(theft("c1", "unknown", date(2015, 3, 2), "LA")) == \
        "unknown (PC 484(a), convicted 2015-03-02, Los Angeles County)"
    assert case_title(theft("c1", "unknown", date(2015, 3, 2), "Kern")) == \
        "unknown (PC 484(a), convicted 2015-03-02, Kern County)"


@pytest.mark.pdf
def test_e81_04_the_worksheet_names_each_court_once(tmp_path):
    client = Client(name="Rosa Nadie", person=Person(dob=date(1980, 1, 2), us_citizen=True),
                    cases=[theft("c1", "BA1", date(2015, 3, 2), "Los Angeles, CA"),
                           theft("c2", "OC2", date(2018, 6, 9), "County of Orange"),
                           theft("c3", "LA3", date(2019, 1, 5), "LA", "647(f)"),
                           theft("c4", "K4", date(2019, 1, 5), "Kern County", "647(f)")])
    lines = [line for page in worksheet_pdf(tmp_path, client, AS_OF).pages for line in (page.extract_text() or "").splitlines()]
    headings = [line for line in lines if line.startswith("Case ") and line != "Case number" and not line.endswith("(continued)")]
    assert headings == ["Case BA1 \u2014 Los Angeles County, CA", "Case OC2 \u2014 Orange County, CA",
                        "Case LA3 \u2014 Los Angeles County, CA", "Case K4 \u2014 Kern County, CA"]
