"""R91-02: the worksheet's "Blocked for now" line gave a result's date and its first reason only.
A theft's automatic relief, blocked by case B's prison term and the PRCS after it, read
"Automatic conviction relief by DOJ (PC 1203.425), PC 484(a)/488: blocked until 2029-12-29: The
person is serving a sentence in case B (PC 211, convicted 2026-01-21, Los Angeles County) through
2028-01-28." (client 85 of the 5,000-client demo with every 5th client's numbers blanked): the
sentence ends in 2028, and nothing on the line said why relief waits to the end of 2029.  The
line now says the bar's sentences whole, as the results' own reasons and the text report do,
B90-04's "in case B" for the PRCS right after the sentence that titled it."""

from __future__ import annotations

import io
from datetime import date

from handout_render import squash
from pypdf import PdfReader

from clinic_app.eligibility import screen
from clinic_app.model import Client, Person
from clinic_app.worksheet import compose
from clinic_app.worksheet.render import render_bytes
from tests.eligibility.engine_builders import custody_case, probation_case


def test_r91_02_a_blocked_line_says_the_whole_bar_that_sets_its_date():
    # As B89's _a_prison_term_then_prcs_in_case_b: case B, no court number, in prison until
    # 2028-01-28, then on PRCS until 2029-12-28.
    b = custody_case("211", id="B", code="PC", judgment="2026-01-21", release="2028-01-28", supervision="prcs", supervision_end="2029-12-28")
    theft = probation_case("484(a)/488", id="A", start="2012-03-02", end="2013-03-02")
    client = Client("Rosa Example", Person(), [theft, b], id=12)
    worksheet = compose(client, screen(client.person, client.cases, date(2026, 12, 4)))
    text = " ".join(squash(p.extract_text()) for p in PdfReader(io.BytesIO(render_bytes(worksheet))).pages)
    assert "Automatic conviction relief by DOJ (PC 1203.425), PC 484(a)/488: blocked until 2029-12-29: The person is serving " \
           "a sentence in case B (PC 211, convicted 2026-01-21, Los Angeles County) through 2028-01-28. After release on " \
           "2028-01-28, the person will be on post-release community supervision (PRCS) in case B through 2029-12-28. " \
           "(PC 1203.425(a)(1)(B)(ii)-(iii))" in text, text
