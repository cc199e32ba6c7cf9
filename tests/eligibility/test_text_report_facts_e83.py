"""E83-03: the "Facts to find out" of the text report (clinic-app screen --format text) asked
"Case unknown: On what date does (or did) probation end?" of one of a walk-in's three cases
numbered "unknown", and did not say which.  It now names it by its title, as
the reasons (E83-01) and the worksheet's headings (W80-01) do."""

from __future__ import annotations

from datetime import date

from clinic_app.eligibility import screen
from clinic_app.eligibility.text_report import render_text
from clinic_app.model import Person
from tests.eligibility.test_case_named_e83 import AS_OF, walk_in

ASKED = "Case unknown (PC 647(f), convicted 2016-05-09, Los Angeles County): On what date does (or did) probation end?"


def _cases():
    cases = walk_in()
    cases[1].sentence.probation.end = None  # the 2016 case's probation end is not recorded
    return cases


def test_e83_03_the_text_report_asks_of_the_case_by_its_title():
    person = Person(dob=date(1980, 1, 2), us_citizen=True)
    text = " ".join(render_text(screen(person, _cases(), AS_OF), person, _cases()).split())
    assert ASKED in text
    assert "Case unknown: " not in text
