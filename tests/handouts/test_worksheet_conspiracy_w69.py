"""W69-01: the filing worksheet names a conspiracy typed under its target's code as the client's
handout does (H68-03), in the PDF it prints, and keeps the law as typed beside it."""

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


def _worksheet(code: str, section: str) -> tuple[object, str]:
    """H66's client 203, in short: a felony conspiracy, formal probation completed."""
    case = Case(id="A", case_number="BA300208", disposition_date=date(2012, 5, 1),
                convictions=[Conviction(id="A1", code=code, section=section, level="felony", conviction_date=date(2012, 5, 1))],
                sentence=Sentence(type="probation", judgment_date=date(2012, 5, 1), imposition_suspended=True, completed=True,
                                  probation=Probation(kind="formal", start=date(2012, 5, 1), end=date(2015, 5, 1), status="completed")))
    client = Client("Synthetic Client", Person(dob=date(1980, 1, 1), us_citizen=True), [case], id=203)
    sheet = compose(client, screen(client.person, client.cases, date(2026, 12, 4)))
    text = squash(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(render_bytes(sheet))).pages))
    # The Section column breaks a law after its "/": "PC 182(a)(1)/ HS 11352" is one law.
    return sheet, text.replace("/ ", "/")


@pytest.mark.parametrize("code, section, typed", [
    ("HS", "182(a)(1)/11352", "HS 182(a)(1)/11352"),
    ("HS", "182(a)(1)/HS 11352", "HS 182(a)(1)/HS 11352"),  # the target's code typed too (R66-03)
])
def test_w69_01_a_conspiracy_typed_under_its_targets_code_reads_as_the_engine_reads_it(code, section, typed):
    """The worksheet said "HS 182(a)(1)/11352 Conspiracy", and "Dismissal after probation (PC
    1203.4) — HS 182(a)(1)/11352": a section the Health and Safety Code does not have, and no
    crime named, where the client's card said "Conspiracy to commit sale or transportation of
    narcotics", "PC 182(a)(1)/HS 11352".  The typed law stays beside it, for the caption."""
    sheet, text = _worksheet(code, section)
    count = sheet.cases[0].counts[0]
    assert (count.section, count.description, count.typed) == (
        "PC 182(a)(1)/HS 11352", "Conspiracy to commit sale or transportation of narcotics", typed)
    assert f"PC 182(a)(1)/HS 11352 typed: {typed} Conspiracy to commit sale or transportation of narcotics felony" in text
    assert "Dismissal after probation (PC 1203.4) — PC 182(a)(1)/HS 11352" in text
    assert f"(PC 1203.4) — {typed}" not in text


@pytest.mark.parametrize("code, section, law, described", [
    ("PC", "182/211", "PC 182/211", "Conspiracy to commit robbery"),  # typed under PC: as typed
    ("PC", "182/9999", "PC 182/9999", "Conspiracy to commit a crime under PC 9999"),  # a crime the catalog lacks
    ("PC", "182(a)(1)", "PC 182(a)(1)", "Conspiracy"),  # no crime written
    ("HS", "11352", "HS 11352", "Sale or transportation of narcotics"),  # no conspiracy
])
def test_w69_01_other_counts_keep_their_law_as_typed(code, section, law, described):
    sheet, text = _worksheet(code, section)
    count = sheet.cases[0].counts[0]
    assert (count.section, count.description, count.typed) == (law, described, None)
    assert f"{law} {described} felony" in text
    assert "typed:" not in text
