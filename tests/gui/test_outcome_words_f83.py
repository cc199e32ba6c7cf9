"""F83-03: the case list's line and tooltip wrote a case's outcome with their own
replace('_', ' ') each, beside the worksheet's; one helper, `case_titles.outcome_words`, says it
for all of them (the words do not change)."""

from __future__ import annotations

from datetime import date

from clinic_app.case_titles import outcome_words
from clinic_app.model import Case
from ui.client_view import case_title, case_tooltip


def test_f83_03_a_case_outcome_is_said_in_words_by_one_helper():
    assert outcome_words("no_charges_filed") == "no charges filed"
    assert outcome_words("diversion_completed") == "diversion completed"
    assert outcome_words("convicted") == "convicted"
    numbered = Case(id="c1", outcome="no_charges_filed", case_number="BA100001", arrest_date=date(2020, 2, 3))
    assert case_title(numbered) == "BA100001 · no charges filed"
    unknown = Case(id="c2", outcome="diversion_completed", case_number="unknown", arrest_date=date(2020, 2, 3),
                   county="Los Angeles")
    assert "· diversion completed" in case_title(unknown)
    assert case_tooltip(unknown).endswith(" · diversion completed")
