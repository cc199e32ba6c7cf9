"""J119-04: the filing worksheet of a client whose record is arrests, one still open, printed
"Case 26CJCF05555 — Los Angeles County, CA: Nothing to file for this case now." and no more: the
Checklist's line for it was left out of a case with nothing to file, so the page read as an
arrest that had ended with nothing to seal.  The case's checklist lines are printed under that
line.  The real PDF is opened."""

from __future__ import annotations

import io
from datetime import date

from handout_render import squash
from pypdf import PdfReader
from test_open_case_beside_arrests_j119 import arrests_and_an_open_case

from clinic_app.eligibility import screen
from clinic_app.worksheet import compose
from clinic_app.worksheet.render import render_bytes


def test_j119_04_an_open_case_with_nothing_to_file_says_it_is_open():
    client = arrests_and_an_open_case("en")
    worksheet = compose(client, screen(client.person, client.cases, date(2026, 12, 5)))
    text = " ".join(squash(p.extract_text()) for p in PdfReader(io.BytesIO(render_bytes(worksheet))).pages)
    line = "Case 26CJCF05555 — Los Angeles County, CA: Nothing to file for this case now."
    assert line in text
    after = text.split(line, 1)[1]
    assert after.lstrip("• ").startswith("Pending case 26CJCF05555 is still open: screen it again when it ends"), after[:200]
