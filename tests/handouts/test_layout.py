"""Page breaks in real PDFs, read back with pypdf: no section heading ends a page
(hand-out check H20-14).

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
from handout_layout import headings, page_lines, squash, stranded_headings

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
STRANDED = [
    (1, "en", False, "say"),
    (4, "en", False, "say"),
    (7, "es", False, "say"),
    (51, "es", False, "say"),  # on page 1
    (34, "en", True, "checklist"),
    (9, "es", True, "say"),
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
