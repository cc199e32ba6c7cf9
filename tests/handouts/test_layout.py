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
from handout_layout import card_continuations, headings, page_lines, squash, stranded_headings

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
# off the page foot.
STRANDED = [
    (10, "en", False, "say"),
    (12, "en", False, "say"),
    (8, "es", False, "say"),
    (51, "es", False, "say"),  # on page 1
    (34, "en", True, "checklist"),
    (13, "es", True, "say"),
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
    (8, "en", "Firearm possession by a prohibited person (former section)", 3),
    (7, "es", "Arresto: Tomar o manejar un vehículo sin permiso, Entrar sin permiso en una propiedad (trespass)", 2),
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
