"""K51-04: the filing worksheet describes an attempt (PC 664) as one, in the PDF it prints."""

from __future__ import annotations

import io
from datetime import date

import pytest
from handout_render import squash
from pypdf import PdfReader

from clinic_app.eligibility import screen
from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence
from clinic_app.worksheet import compose
from clinic_app.worksheet.render import render_bytes

pytestmark = pytest.mark.pdf


def _worksheet_text(*convictions: Conviction) -> tuple[list, str]:
    case = Case(id="c1", case_number="BA700700", disposition_date=date(2018, 1, 1), convictions=list(convictions),
                sentence=Sentence(type="probation", probation=Probation(kind="formal", start=date(2018, 1, 1), end=date(2020, 1, 1))))
    client = Client("Quinn Testsheet", Person(dob=date(1980, 1, 1)), [case], id=51)
    sheet = compose(client, screen(client.person, client.cases, date(2026, 1, 1)))
    reader = PdfReader(io.BytesIO(render_bytes(sheet)))
    return sheet.cases[0].counts, squash(" ".join(page.extract_text() for page in reader.pages))


def test_an_attempted_burglary_is_printed_as_one():
    """The count said "PC 664/459 Burglary": a petition copied from it named the wrong offense."""
    counts, text = _worksheet_text(
        Conviction(id="c1-1", section="664/459", code="PC", level="felony", conviction_date=date(2018, 1, 1)),
        Conviction(id="c1-2", section="459", code="PC", level="felony", conviction_date=date(2018, 1, 1)))
    assert [(c.section, c.description) for c in counts] == [("PC 664/459", "Attempted burglary"), ("PC 459", "Burglary")]
    assert "PC 664/459" in text and "Attempted burglary" in text


def test_an_attempt_in_another_code_keeps_its_initialism():
    counts, _text = _worksheet_text(
        Conviction(id="c1-1", section="664/23152", code="VC", level="misdemeanor", conviction_date=date(2018, 1, 1)))
    assert (counts[0].section, counts[0].description) == ("VC 664/23152", "Attempted driving under the influence (DUI)")
