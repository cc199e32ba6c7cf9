"""Page breaks in real PDFs, read back with pypdf: no section heading ends a page
(hand-out check H20-14), and a card that goes on to the next page starts there with its
title and "(continued)" (H20-15).

The clients are demo clients (`clinic-app demo --clients 60 --seed 7`, handouts as of
2026-11-01) that the check found broken; each test also asserts that its client still
reaches the page break it is about, so a change to the demo generator cannot silently
turn it into a test of nothing.  The whole caseload, in both languages and in large
print, was surveyed when these were fixed; this keeps to a few clients to stay fast.
"""

from __future__ import annotations

from datetime import date
from functools import cache

import pytest
from handout_layout import (
    card_continuations,
    column_lines,
    headings,
    page_lines,
    positioned_runs,
    squash,
    stranded_headings,
)

from clinic_app.demo import generate_clients
from clinic_app.handouts import ClinicInfo, compose, load_texts, render_bytes
from clinic_app.eligibility import screen

pytestmark = pytest.mark.pdf

AS_OF = date(2026, 11, 1)


@cache
def demo_clients():
    return list(generate_clients(60, seed=7))


@cache
def rendered(number: int, lang: str, large: bool = False):
    client = demo_clients()[number - 1]
    handout = compose(client, screen(client.person, client.cases, AS_OF), ClinicInfo(),
                      lang=lang, large_print=large, as_of=AS_OF)
    return handout, render_bytes(handout)


def first_page_with(pages: list[list[str]], line: str) -> tuple[int, int]:
    """(page, line index) where `line` is first printed."""
    for number, lines in enumerate(pages, start=1):
        if line in lines:
            return number, lines.index(line)
    raise AssertionError(f"{line!r} is not printed")


# (client number, language, large print, the section heading that was stranded)
# #10, #12, #8 and #13 replace #1, #4, #7 and #9, which finding H21-18's shorter notes moved
# off the page foot; #5 replaces #34, whose checklist heading H21-19's wider task column moved.
# #14 replaces #13, whose PC 1473.7 lines H31-04 lengthened (its heading no longer opens a page).
# #24, #26 and #20 replace #12, #5 and #14, which the intro's request to check the cases moved
# (each now leaves 60 to 100 points free at the foot of the page before the heading).
# #4 replaces #26, whose "What you may say" H86-01's lines for a felony PC 17(b) can make a
# misdemeanor lengthened (#4 leaves 92 points free before its checklist heading).
# #3 replaces #4, whose job intro E114-02's line for the answer to give before relief is done lengthened.
# #16 replaces #3, whose DUI D126-01's line of its ten-year look-back lengthened.
# #13 replaces #16, whose licence note N131-02 lengthened (B&P 480's 7 years from release; #13
# leaves about 85 points free at the foot of the page before its checklist heading).
# #45 replaces #51 (both not citizens), whose page 1 R131-02's bold immigration line lengthened.
# #23 replaces #8, whose HS 11358 card M140-01's line on the automatic review lengthened (its "Qué puede
# decir" no longer opens a page).
# #41 replaces #10, whose "What relief does and does not do" F149-02's line that restitution stays owed lengthened.
# #56 replaces #13, whose government job R155-03's pointer to the driving record lengthened (#56 leaves
# about 93 points free at the foot of the page before its checklist heading, as #13 did).
# #2 and #3 replace #56 and #20, whose pages O155-01's line under "What you may say" and O155-03's
# under "What relief does and does not do" lengthened (neither heading opens a page any more).
# #51 replaces #24, whose dismissal card D179-02's line on a condition not finished lengthened (#51
# leaves about 84 points free at the foot of the page before its "What you may say").
# #26 replaces #3, a registrant whose "Qué puede decir" L187-01 lets begin at the foot of the page
# before, its Fair Chance paragraph broken between sentences (#26 leaves about 54 points free there).
# #36 replaced #41, whose automatic-relief line E310-04's "PC 1203.425(a)(1)(A)" lengthened (its "What
# you may say" no longer opens a page) ... but #36's page before it is full (its lowest line 108 points
# up the page, the frame's foot): its heading opens page 2 with HeadingBreak taken out too, so it tested
# nothing (Q319).  #15 replaces it: its lowest line stands 152 points up page 2, room for the heading
# alone, and without HeadingBreak "What you may say" is that page's last line.  #3 replaces #2 for
# large print's checklist heading: #2's page before it was full too (its heading opened page 6 with
# no CondPageBreak at all); #3's lowest line stands 184 points up page 7, and without HeadingBreak
# "What you still need to do" is that page's last line.
STRANDED = [
    (15, "en", False, "say"),
    (51, "en", False, "say"),
    (23, "es", False, "say"),
    (45, "es", False, "say"),  # on page 1
    (3, "en", True, "checklist"),
    (26, "es", True, "say"),
]


@pytest.mark.parametrize(("number", "lang", "large", "key"), STRANDED)
def test_no_page_ends_with_a_section_heading(number, lang, large, key):
    handout, pdf = rendered(number, lang, large)
    pages = page_lines(pdf)
    heading = squash(load_texts(lang)["headings"][key])
    assert stranded_headings(pdf, lang) == []
    # The page break this client is about: the heading now opens a page, after a page
    # with text on it (before the fix it was that page's last line).
    page, index = first_page_with(pages, heading)
    assert page > 1 and index == 0, f"demo #{number} no longer reaches the page foot with {heading!r}"
    # and it is followed on its page by its first block
    assert len(pages[page - 1]) > 1


def test_the_heading_check_knows_every_heading():
    for lang in ("en", "es"):
        known = headings(lang)
        assert {"What you may say", "Qué puede decir"} & known
        assert len(known) == len(load_texts(lang)["headings"])


# (client number, language, title of the card that goes on to the next page, that page)
CONTINUED = [
    (1, "en", "Petty theft with a prior theft conviction", 2),
    (8, "en", "Having a gun when the law forbids it (old law)", 3),  # its name in en.yaml (H80-04)
    # #46 replaces #7, whose arrest card the intro's request to check the cases moved whole to page 2
    (46, "es", "Arresto: Resistirse u obstruir a un agente", 2),
]


@pytest.mark.parametrize(("number", "lang", "title", "page"), CONTINUED)
def test_a_card_carried_to_the_next_page_repeats_its_title(number, lang, title, page):
    handout, pdf = rendered(number, lang)
    continued = load_texts(lang)["labels"]["continued"]
    found = card_continuations(pdf, handout)
    assert (title, page) in [(c.title, c.page) for c in found], f"demo #{number} no longer splits {title!r}"
    for c in found:
        assert c.labelled(continued), f"page {c.page} starts with {c.top[:80]!r}, not {c.title!r} {continued}"
    # The first part of the card keeps its whole title row (detail line, where it stands);
    # only the part on the next page is marked continued.
    pages = page_lines(pdf)
    assert squash(f"{title} {continued}") not in " ".join(pages[page - 2])
    assert " ".join(pages[page - 1]).startswith(squash(f"{title} {continued}"))


def test_large_print_cards_repeat_their_titles_too():
    handout, pdf = rendered(8, "en", True)
    found = card_continuations(pdf, handout)
    assert len(found) >= 2
    assert all(c.labelled("(continued)") for c in found)
    assert stranded_headings(pdf, "en") == []


# ---- H21-19: the checklist's "By when" holds a date on one line -------------------------


def on_probation_until(end: date, lang: str):
    """Two cases on probation until late September (the longest month name in either
    language): the checklist has "Finish probation" and "Come back on or after" rows, dated."""
    from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence

    def case(case_id: str, section: str, start: date) -> Case:
        conv = Conviction(id=f"{case_id}1", code="PC", section=section, level="misdemeanor", conviction_date=start)
        return Case(id=case_id, convictions=[conv], sentence=Sentence(
            type="probation", judgment_date=start, imposition_suspended=True,
            probation=Probation(kind="summary", start=start, end=end, status="active")))

    client = Client(name="Marta Quintero", language=lang, person=Person(dob=date(1980, 2, 2), us_citizen=True),
                    cases=[case("A", "488", date(2025, 9, 28)), case("B", "602", date(2025, 9, 28))])
    handout = compose(client, screen(client.person, client.cases, AS_OF), ClinicInfo(), lang=lang, as_of=AS_OF)
    return client, handout


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("large", [False, True])
def test_a_checklist_date_is_printed_on_one_line(lang, large):
    client, handout = on_probation_until(date(2028, 9, 28), lang)
    if large:
        handout = compose(client, screen(client.person, client.cases, AS_OF), ClinicInfo(), lang=lang,
                          large_print=True, as_of=AS_OF)
    pdf = render_bytes(handout)
    labels = handout.labels
    dates = [t.due_text for t in handout.section("checklist").blocks if t.due_text]
    assert len(dates) >= 2 and all("septiembre" in d or "September" in d for d in dates)
    column = column_lines(pdf, labels["due"], labels["who"])
    # In large print Spanish too: "28 de septiembre de 2028" had wrapped, its year alone under
    # it, to leave the tasks 3 inches; who does the step now goes under the date (L94-01).
    assert [d for d in dates if squash(d) not in column] == [], column
    # The task column keeps at least 3 inches (it had about 2.7 in large print).
    runs = [r for page in positioned_runs(pdf) for r in page]
    x = {squash(text): x for x, _y, text in runs}
    assert x[squash(labels["due"])] - x[squash(labels["task"])] >= 3.0 * 72 - 1
