"""V92-04: page 1's "Read this first" named the cases a bar blocks in a bracket, so a case with no
court number put its title's bracket inside it, and one case was counted as "1 cases": demo client
65 (the 5,000-client demo with every 5th client's numbers blanked) read "Blocks relief in 1 cases
(c2 (HS 11377(a) and VC 12500(a), convicted 2012-12-13, Los Angeles County)): The person is on
probation in case c1 ..." (84 bars, 75 clients, in that caseload).  The cases are now named as
the "For ..." lines below them name theirs (render._cases): "Blocks relief in case A (...):",
"Blocks relief in cases A (...) and B (...):"; a long list is still counted, "Blocks relief in 18
cases (see each case below):" (K85-01)."""

from __future__ import annotations

import dataclasses
import io
from datetime import date

from handout_render import squash
from pypdf import PdfReader

from clinic_app.eligibility import screen
from clinic_app.model import Client, Person
from clinic_app.worksheet import compose
from clinic_app.worksheet.render import render_bytes
from tests.eligibility.engine_builders import probation_case

A = "A (PC 484(a)/488 and PC 647(f), convicted 2010-03-02, Los Angeles County)"


def _page_1(*cases) -> str:
    client = Client("Rosa Example", Person(), list(cases), id=12)
    worksheet = compose(client, screen(client.person, client.cases, date(2026, 12, 4)))
    return squash(PdfReader(io.BytesIO(render_bytes(worksheet))).pages[0].extract_text())


def _on_probation_in_h():
    return probation_case("487(a)", id="H", start="2025-09-15", end="2027-09-15", kind="formal", status="active")


def test_v92_04_one_case_blocked_is_named_as_one_case_outside_a_bracket():
    a = probation_case("484(a)/488", id="A", start="2010-03-02", end="2011-03-02")
    other = probation_case("647(f)", id="A", start="2010-03-02", end="2011-03-02").convictions[0]
    a = dataclasses.replace(a, convictions=[a.convictions[0], dataclasses.replace(other, id="A-2")])
    top = _page_1(_on_probation_in_h(), a)
    assert f"Blocks relief in case {A}: The person is on probation in case H" in top, top
    assert "1 cases" not in top and f"({A})" not in top


def test_v92_04_two_cases_blocked_are_named_outside_a_bracket():
    a = probation_case("484(a)/488", id="A", start="2010-03-02", end="2011-03-02")
    b = probation_case("647(f)", id="B", start="2011-03-02", end="2012-03-02")
    top = _page_1(_on_probation_in_h(), a, b)
    assert ("Blocks relief in cases A (PC 484(a)/488, convicted 2010-03-02, Los Angeles County) and B (PC 647(f), "
            "convicted 2011-03-02, Los Angeles County): The person is on probation in case H") in top, top
