"""G64-03: the handout's last checklist row and the contact block that follows it ("Questions?
Contact the clinic") go on one page; where they did not fit below the rest, the last row went
on to the next page with the block (H23-08).  Whether they fit was measured counting each
flowable's spacing whole: the block's last line's space after, which need not fit on the page
(6.6 points in large print, 5 in regular), and a space before that the frame overlaps with the
space after above it, or drops at a page's top.  A checklist whose end and the block fit a page
with those points to spare was parted anyway: a third of a page left empty and one more page
of paper (11 of the demo's 800 handouts were a page longer; U63 saw the empty foot).

The real handout's flowables, laid out on pages made just tall enough, and read back with pypdf."""

from __future__ import annotations

import io

import pytest
from handout_clients import AS_OF, CLINIC, SCENARIOS, screened
from pypdf import PdfReader
from reportlab.platypus import SimpleDocTemplate

from clinic_app.handouts import compose
from clinic_app.handouts.render import _WithContact, build_story, make_styles

WIDTH = 468.0  # letter paper less 0.75 in margins, as render_pdf lays the handout out


def _handout(key: str, lang: str, large_print: bool):
    client = SCENARIOS[key][0](lang)
    return compose(client, screened(client), CLINIC, lang=lang, as_of=AS_OF, large_print=large_print)


def _pages(h, height: float, *, kept_with_contact: bool) -> list[str]:
    """The handout's checklist end and contact block laid out from the top of pages `height`
    points tall; each page's text.  Kept with the contact as the handout keeps them, or, to
    measure, as plain flowables one after another."""
    return [" ".join(page.extract_text().split()) for page in _laid_out(h, height, kept_with_contact=kept_with_contact)]


def _laid_out(h, height: float, *, kept_with_contact: bool) -> list:
    """The pages of the PDF `_pages` reads, not yet read: the measure counts them alone (its
    thirteen layouts a test had each page's text pulled out by pypdf, then only counted)."""
    s = make_styles(h.font, h.large_print)
    tail = build_story(h, s, WIDTH)[-1]
    assert isinstance(tail, _WithContact)
    story = [tail] if kept_with_contact else [tail.last, *tail.contact]
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=(WIDTH + 12, height + 12), leftMargin=0, rightMargin=0, topMargin=0,
                            bottomMargin=0, initialFontName=h.font)
    doc.build(story)
    return list(PdfReader(io.BytesIO(out.getvalue())).pages)


def _least_page(h) -> float:
    """The least page height (to a quarter point) on which the checklist's end and the
    contact block, placed one after the other, all go on one page."""
    low, high = 50.0, 2000.0
    while high - low > 0.25:
        middle = (low + high) / 2
        if len(_laid_out(h, middle, kept_with_contact=False)) == 1:
            high = middle
        else:
            low = middle
    return high


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("key", ["eligible_now", "blocked"])
@pytest.mark.parametrize("large_print", [True, False])
def test_g64_03_the_checklist_end_and_the_contact_block_share_a_page_they_fit(key, lang, large_print):
    h = _handout(key, lang, large_print)
    least = _least_page(h)
    heading, hours = h.contact_heading, CLINIC.hours
    # Room for both: one page, the block whole below the list.
    [page] = _pages(h, least + 0.5, kept_with_contact=True)
    assert heading in page and hours in page and page.index(heading) > 0
    # A point too little: the last row goes on with the block, which is whole and never alone.
    first, second = _pages(h, least - 1, kept_with_contact=True)
    assert heading not in first and first
    before, after = second.split(heading, 1)
    assert len(before.split()) > 3 and hours in after
