"""K191-04: a PC 290 registrant with a state-prison PC 288(a) and a DUI on probation (V170's client
2) read "What you still need to do" with its first step at the foot of page 5 and the last step
alone atop page 6, under the header row again, far from its heading and the step before it (in
English; in Spanish large print the same, pages 10 and 11).  A checklist breaks between steps only
with two or more on each side: one of two or three steps goes whole, with its heading, to the next
page.

Opens the real PDF (pypdf text) of the synthetic client, screened by the real engine."""

from __future__ import annotations

import io
from datetime import date

import pytest
from handout_clients import CLINIC, _probation, screened
from pypdf import PdfReader

from clinic_app.handouts import compose, render_bytes
from clinic_app.model import Case, Client, Conviction, Custody, Money, Person, Sentence

HEADING = {"en": "What you still need to do", "es": "Lo que todavía le toca hacer"}
LAST_STEP = {"en": "Go to the court hearing if the court sets one.", "es": "Vaya a la audiencia si el tribunal la programa."}


def _registrant_with_a_dui(lang: str) -> Client:
    prison = Case(id="A", case_number="BA350001", convictions=[
        Conviction(id="A1", section="288(a)", level="felony", conviction_date=date(2009, 2, 3))],
        sentence=Sentence(type="state_prison", judgment_date=date(2009, 2, 3), completed=True,
                          custody=Custody(release_date=date(2011, 2, 3), supervision="parole",
                                          supervision_end=date(2014, 2, 3))))
    dui = Case(id="B", case_number="LA10M07777", convictions=[
        Conviction(id="B1", section="23152(a)", code="VC", level="misdemeanor", conviction_date=date(2010, 9, 15))],
        sentence=_probation(date(2010, 9, 15), date(2013, 9, 15), "completed"),
        money=Money(fines_ordered=1800, fines_paid=1800))
    return Client(name="Marcus Villanueva", language=lang, cases=[prison, dui],
                  person=Person(dob=date(1975, 7, 8), registrant_290=True, us_citizen=True,
                                ca_resident_since=date(1990, 1, 1)))


@pytest.mark.parametrize(("lang", "large_print"), [("en", False), ("es", True)])
def test_k191_04_a_two_step_checklist_goes_whole_with_its_heading(lang, large_print):
    client = _registrant_with_a_dui(lang)
    pdf = render_bytes(compose(client, screened(client), CLINIC, lang=lang, large_print=large_print))
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]
    with_steps = [n for n, text in enumerate(pages) if "☐" in text]
    assert len(with_steps) == 1, [pages[n] for n in with_steps]  # both steps on one page
    page = pages[with_steps[0]]
    assert page.count("☐") == 2
    assert HEADING[lang] in page and LAST_STEP[lang] in page
    assert page.index(HEADING[lang]) < page.index("☐")


def _five_steps():
    """The styles, a checklist of five one-line steps laid out 430 points wide, its row heights."""
    from clinic_app.handouts.render import Para, _styled_checklist, _TallRows, make_styles

    client = _registrant_with_a_dui("en")
    s = make_styles(compose(client, screened(client), CLINIC, lang="en").font, False)
    rows = [[Para("", s.small), Para("<b>What to do</b>", s.small)]]
    rows += [[Para("☐", s.body), Para(f"Step {n}", s.body)] for n in range(1, 6)]
    table = _styled_checklist(_TallRows(rows, colWidths=[30, 400], repeatRows=1), s)
    table.wrap(430, 1e6)
    heights = table._rowHeights  # noqa: SLF001 - ReportLab has no accessor
    return s, table, heights


def test_k191_04_a_longer_checklist_leaves_two_steps_for_its_last_page():
    """Five steps of which four fit: the break comes a step earlier, two go on, not one."""
    from reportlab.platypus import SimpleDocTemplate, Spacer

    _styles, table, heights = _five_steps()
    # A page that holds the whole list, with something above it that leaves room for the
    # header and four steps: the fifth alone would go on.
    page = sum(heights) + 100  # within the margins and the frame's padding, 6 points each
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=(442, page + 24), leftMargin=6, rightMargin=6, topMargin=6,
                      bottomMargin=6).build([Spacer(1, page - sum(heights[:5]) - 1), table])
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(out.getvalue())).pages]
    assert [page.count("Step") for page in pages] == [3, 2], pages


def test_r198_01_a_long_checklist_may_end_a_page_with_its_heading_and_first_step():
    """R198-01: two first steps asked under the heading sent a nine-step large-print list whole
    to the next page, two thirds of the page above left blank and a page more printed (demo
    client 162).  A list of four steps or more may end a page with its heading and one step."""
    from reportlab.platypus import SimpleDocTemplate, Spacer

    from clinic_app.handouts.render import HeadingBreak, Para

    s, table, heights = _five_steps()
    heading = Para(HEADING["en"], s.heading)
    said = heading.getSpaceBefore() + heading.wrap(430, 1e6)[1] + heading.getSpaceAfter()
    page = said + sum(heights) + 100
    # Room at the page's foot for the heading, the header row and one step, not two.
    room = said + sum(heights[:2]) + heights[2] / 2
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=(442, page + 24), leftMargin=6, rightMargin=6, topMargin=6, bottomMargin=6).build(
        [Spacer(1, page - room), HeadingBreak(heading, [table], 0), heading, table])
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(out.getvalue())).pages]
    assert [page.count("Step") for page in pages] == [1, 4], pages
    assert HEADING["en"] in pages[0]
