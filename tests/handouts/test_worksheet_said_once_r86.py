"""R86-01: under a case, the pointer to a step said once on page 1 sent the reader "below"."""

from __future__ import annotations

import io
from datetime import date

from handout_render import squash
from pypdf import PdfReader

from clinic_app.case_titles import case_heading
from clinic_app.eligibility import screen
from clinic_app.model import Client, Person
from clinic_app.worksheet import compose
from clinic_app.worksheet.render import _cases, render_bytes
from tests.eligibility.engine_builders import probation_case


def _client() -> Client:
    """Three cases with no court number whose certificate of rehabilitation waits on whether the
    sentence of a revoked probation in case 1CA84147 was served (as demo client 8932 of seed 86
    with its numbers left blank): the step is said once on page 1 for the three."""
    revoked = probation_case("647.6", id="X", start="2021-11-21", end="2024-11-20", status="revoked",
                             violations=[("2022-05-21", "revoked")])
    revoked.case_number, revoked.county = "1CA84147", "Riverside"
    cases = [revoked, probation_case("11357", id="A", code="HS", start="2021-10-26", end="2022-10-26"),
             probation_case("594", id="B", level="felony", start="2022-10-24", end="2024-10-23", kind="formal"),
             probation_case("602", id="C", start="2021-07-01", end="2022-07-01")]
    return Client("Rosa Example", Person(dob=date(2002, 9, 14)), cases, id=12)


def test_a_case_points_to_page_1_without_sending_the_reader_below_itself():
    """K85-01 counted the three titles on page 1, "For 3 cases (see each case below):", and each
    case's own line said the same: "See “Read this first” on page 1: the step about case 1CA84147,
    said once for 3 cases (see each case below)." under case A's heading, where "below" is not
    where the other cases are (A is the first; C's is the last).  A case's line says how many."""
    client = _client()
    worksheet = compose(client, screen(client.person, client.cases, date(2026, 11, 15)))
    text = " ".join(squash(p.extract_text()) for p in PdfReader(io.BytesIO(render_bytes(worksheet))).pages)
    top, _, cases = text.partition("Case " + case_heading(client.cases[1]))
    assert "For 3 cases (see each case below):" in top
    pointer = "See “Read this first” on page 1: the step about case 1CA84147, said once for 3 cases."
    assert cases.count(pointer) == cases.count("the step about case 1CA84147") >= 3
    assert "see each case below" not in cases


def test_a_case_names_the_court_numbers_of_a_counted_list_without_below():
    numbers = ("BA000000", "BA000001")
    mixed = numbers + tuple(f"c{n} (PC 484(a), convicted 2015-03-02, Los Angeles County)" for n in range(3))
    assert _cases(mixed) == "5 cases (BA000000, BA000001 and 3 more; see each case below)"
    assert _cases(mixed, below=False) == "5 cases (BA000000, BA000001 and 3 more)"
    assert _cases(mixed[2:] * 2, below=False) == "6 cases"
    assert _cases(numbers, below=False) == "cases BA000000 and BA000001"
