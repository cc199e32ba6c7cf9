"""V71-02: the contact block ("Questions? Contact the clinic", the clinic's name and its details
two to a line) is set line under line, as an address is, without the space between paragraphs.
In large print that space, 6.6 points under each of its lines, made the block 13 points taller
than its lines: a checklist 3 to 45 points too tall to end on its page with the block sent its
last row on with the block and left the foot of the page empty, a third of a page (H23-08; 23 of
the 200-client demo's 400 large-print handouts, A65's "Left alone" 4).  With the lines tight, 5 of
those 23 end on the page, and 6 pages of paper fewer are printed.

Read back from the real PDF: the baselines of the block's lines are one leading apart."""

from __future__ import annotations

import io

import pytest
from handout_clients import AS_OF, CLINIC, SCENARIOS, screened
from pypdf import PdfReader

from clinic_app.handouts import compose, render_bytes
from clinic_app.handouts.render import make_styles


def _lines_after(pdf: bytes, heading: str) -> list[tuple[float, str]]:
    """The last page's text lines below `heading`, top to bottom: (baseline, text)."""
    page = PdfReader(io.BytesIO(pdf)).pages[-1]
    found: dict[float, str] = {}

    def visit(text, cm, tm, _font, _size):
        if text.strip():
            y = round(tm[4] * cm[1] + tm[5] * cm[3] + cm[5], 1)  # the baseline on the page
            found[y] = found.get(y, "") + text
    page.extract_text(visitor_text=visit)
    rows = sorted(found.items(), reverse=True)
    at = next(i for i, (_y, text) in enumerate(rows) if heading in " ".join(text.split()))
    # The block's own lines end where the page's footer begins (the notice, far below).
    block = [rows[at + 1]]
    for y, text in rows[at + 2:]:
        if block[-1][0] - y > 40:
            break
        block.append((y, text))
    return block


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("large_print", [True, False])
def test_v71_02_the_contact_lines_are_one_leading_apart(lang, large_print):
    client = SCENARIOS["eligible_now"][0](lang)
    h = compose(client, screened(client), CLINIC, lang=lang, as_of=AS_OF, large_print=large_print)
    block = _lines_after(render_bytes(h), " ".join(h.contact_heading.split()))
    said = " ".join(text for _y, text in block)
    assert CLINIC.name in said and CLINIC.hours.split()[0] in said and "555-0142" in said
    assert len(block) >= 3  # the name and its two lines of details
    leading = make_styles(h.font, large_print).body.leading
    gaps = [above - below for (above, _), (below, _) in zip(block, block[1:])]
    # Before: 27.6 points (large print; 20.2 in regular) between one paragraph and the next.
    assert all(abs(gap - leading) < 0.25 for gap in gaps), (gaps, leading)
