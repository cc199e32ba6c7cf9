"""K85-01: page 1's lists of cases read, however many cases a bar blocks."""

from __future__ import annotations

import io
from datetime import date

from handout_render import squash
from pypdf import PdfReader

from clinic_app.case_titles import case_heading
from clinic_app.eligibility import screen
from clinic_app.model import Client, Person
from clinic_app.worksheet import compose
from clinic_app.worksheet.render import _cases, _named_or_see_below, render_bytes
from tests.eligibility.engine_builders import long_record


def test_a_bar_blocking_18_cases_with_no_number_counts_them_on_page_1():
    """On the 20-case long record the probation in case H blocks 18 cases, none numbered; page 1
    listed their 18 titles in one sentence, "Blocks relief in 18 cases (A (PC 484(a)/488,
    convicted 2001-03-02, Los Angeles County), B (...), ...)": a paragraph.  Now it counts them and
    sends the reader to each case, whose heading and blocked line say it."""
    client = Client("Rosa Example", Person(), long_record(), id=12)
    worksheet = compose(client, screen(client.person, client.cases, date(2026, 11, 15)))
    pages = [squash(p.extract_text()) for p in PdfReader(io.BytesIO(render_bytes(worksheet))).pages]
    top = pages[0].split("Case " + case_heading(client.cases[0]))[0]
    assert "Blocks relief in 18 cases (see each case below):" in top
    # No blocked case's title is listed; case H's stands in its bar's own sentence (B86-01).
    assert [c.id for c in client.cases if case_heading(c) in top] == ["H"]
    assert "blocked until 2027-09-16 by the probation in case H (see “Read this first”, page 1)" in " ".join(pages)


def test_short_lists_and_court_numbers_are_printed_as_they_are():
    two = ("c1 (PC 484(a), convicted 2015-03-02, Los Angeles County)", "c2 (PC 647(f), convicted 2016-05-01, Orange County)")
    assert _named_or_see_below(two) == f"{two[0]} and {two[1]}"
    numbers = tuple(f"BA{n:06d}" for n in range(18))
    assert _named_or_see_below(numbers) == ", ".join(numbers[:-1]) + " and BA000017"
    mixed = numbers[:2] + tuple(f"c{n} (PC 484(a), convicted 2015-03-02, Los Angeles County)" for n in range(3))
    assert _named_or_see_below(mixed) == "BA000000, BA000001 and 3 more; see each case below"
    assert _cases(mixed) == "5 cases (BA000000, BA000001 and 3 more; see each case below)"
    assert _cases(two) == f"cases {two[0]} and {two[1]}"
