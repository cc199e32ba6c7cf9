"""R86-02: the worksheet's court line of a numbered case from another state named a California county."""

from __future__ import annotations

import io
from datetime import date

from handout_render import squash
from pypdf import PdfReader

from clinic_app.eligibility import screen
from clinic_app.model import Client, Person
from clinic_app.worksheet import compose
from clinic_app.worksheet.render import render_bytes
from tests.eligibility.engine_builders import probation_case


def test_a_numbered_nevada_case_is_where_its_jurisdiction_is_as_a_blank_numbered_one_is():
    """A request's two Nevada cases, no county given (FORMAT.md's default is Los Angeles), one
    numbered BA1 and one left blank: R85b-01 headed the blank one 'Case B (NRS 205.240, convicted
    2019-01-05, NV)', and the numbered one stayed 'Case BA1 — Los Angeles County, NV' on the same
    worksheet, a California court it was never heard in.  It is 'Case BA1 — NV' now; a California
    case keeps its county."""
    numbered = probation_case("205.240", code="NRS", id="A", start="2019-01-05", end="2020-01-05")
    numbered.jurisdiction, numbered.case_number = "NV", "BA1"
    blank = probation_case("205.240", code="NRS", id="B", start="2019-01-05", end="2020-01-05")
    blank.jurisdiction = "NV"
    california = probation_case("484(a)/488", id="C")
    california.case_number, california.county = "BA2", "Orange"
    client = Client("Rosa Example", Person(dob=date(1980, 1, 1)), [numbered, blank, california], id=12)
    worksheet = compose(client, screen(client.person, client.cases, date(2026, 11, 15)))
    text = " ".join(squash(p.extract_text()) for p in PdfReader(io.BytesIO(render_bytes(worksheet))).pages)
    assert "Case BA1 — NV" in text
    assert "Los Angeles County" not in text
    assert "Case B (NRS 205.240, convicted 2019-01-05, NV)" in text
    assert "Case BA2 — Orange County, CA" in text
