"""W122-04: each section heading of a handout stood lower than its style says: the break kept
before it (HeadingBreak, a heading never alone at a page's foot) came between the paragraph above
and the heading, and ReportLab then added the paragraph's space after to the heading's space
before, where between two paragraphs the larger of the two is the gap (6.6 points more in large
print, 5 in regular).  On demo client 51 of L119's 120 large-print handouts, "What you still need to
do", its one row and the clinic's contact block needed 303.6 points, the page had 299.8 left: all went
to page 5, page 4 more than half empty.  The heading now stands where it would without the break,
and the break measures it so."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import LETTER
from reportlab.platypus import SimpleDocTemplate, Spacer
from xml.sax.saxutils import escape

from clinic_app.handouts.render import HeadingBreak, Para, make_styles

TEXT = "A landlord may not use an arrest that did not lead to a conviction."
HEADING = "What you still need to do"
AFTER = "Go to the court hearing."


def _places(with_break: bool, large_print: bool, room_above: float = 0) -> dict[str, tuple[int, float]]:
    """Where each line's text is drawn (its page, and its height up the page): a paragraph, then the
    heading and a paragraph under it, with the break before the heading or without; `room_above`
    points of space above them all."""
    s = make_styles("DejaVuSans", large_print)
    heading, after = Para(HEADING, s.heading), Para(escape(AFTER), s.body)
    story = [Spacer(1, room_above), Para(escape(TEXT), s.say_note)]
    if with_break:
        story.append(HeadingBreak(heading, [after], 0))
    story += [heading, after]
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=LETTER).build(story)
    places: dict[str, tuple[int, float]] = {}
    for number, page in enumerate(PdfReader(out).pages, start=1):
        page.extract_text(visitor_text=lambda text, cm, tm, *_: places.setdefault(
            text.strip(), (number, tm[5] * cm[3] + cm[5])) if text.strip() else None)
    return places


@pytest.mark.parametrize("large_print", [False, True])
def test_w122_04_a_heading_stands_after_its_break_where_it_would_without_it(large_print):
    with_break, without = _places(True, large_print), _places(False, large_print)
    assert with_break[HEADING] == pytest.approx(without[HEADING])


def test_w122_04_the_break_sends_the_heading_on_only_where_it_would_not_fit():
    """The most room above for which, with no break, the heading and the paragraph under it end the
    page: with the break they stay there too.  The break counted the paragraph's space after besides,
    and sent them to the next page, the foot of this one left empty."""
    low, high = 0.0, 700.0
    while high - low > 0.5:
        middle = (low + high) / 2
        placed = _places(False, True, middle)
        low, high = (middle, high) if placed[AFTER][0] == placed[HEADING][0] == 1 else (low, middle)
    assert _places(True, True, low)[HEADING][0] == 1
