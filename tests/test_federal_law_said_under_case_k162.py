"""K162-01: Andre (synthetic, F161) has a 2016 federal wire fraud, typed "18 U.S.C. § 1343", and a
2019 Los Angeles petty theft; the volunteer left the federal case's State or court blank, so it
was saved as a California case.  F161-02 says while the count is typed that it is federal law,
but once saved the worksheet and `clinic-app screen --format text` listed California relief for
it, "Needs review", with nothing saying it is federal law.  Under the case's heading they now say
what the count is, as a juvenile court's count is said (M160-02, M160-04); his theft case, and
the same count in a case marked "federal", say nothing of it.  screen()'s answers unchanged."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.eligibility import screen
from clinic_app.eligibility.text_report import render_text
from tests.federal_court_client import andre
from tests.worksheet_text import worksheet_text

NOTE = ("18 USC 1343 is federal law (the United States Code): a case from a federal court, which no California remedy "
        "reaches. The results below are not for it; if a federal court convicted the person, ")


def _report(jurisdiction: str) -> str:
    client = andre("en", jurisdiction)
    return " ".join(render_text(screen(client.person, client.cases, date(2026, 12, 6)), client.person, client.cases).split())


def test_k162_01_the_text_report_says_a_federal_count_in_a_california_case_is_federal_law():
    text = _report("CA")
    federal, theft = text.index("CASE c1 "), text.index("CASE c2 ")
    note = NOTE + "write the case's jurisdiction as \u201cfederal\u201d in the request. c1-1: 18 USC 1343"
    assert note in text[federal:theft]
    assert text.count("is federal law") == 1


def test_k162_01_a_case_marked_federal_needs_no_such_note():
    assert "is federal law" not in _report("federal")


@pytest.mark.pdf
def test_k162_01_the_worksheet_says_it_under_the_case_heading(tmp_path):
    text = worksheet_text(tmp_path, andre("en", "CA"), date(2026, 12, 6))
    federal = text.index("Case 2:16-cr-00412 \u2014")
    assert " ".join(text[federal:].split()).startswith(
        "Case 2:16-cr-00412 \u2014 County not recorded, CA " + NOTE + "type \u201cfederal\u201d in the case's State or court on the Record tab.")
    assert text.count("is federal law") == 1  # not under the theft's case
    assert "is federal law" not in worksheet_text(tmp_path, andre("en", "federal"), date(2026, 12, 6))
