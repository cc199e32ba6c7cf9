"""A65-03: the no-case handout ("Your record: what to do first") in large print put its one
step, "Ask the clinic to check your record and enter your cases", on page 2 with the contact
block, and left page 1 half empty after "What is entered so far".  The step comes first now,
as the title says, and the page is one page in either print size and language."""

from __future__ import annotations

import pytest
from handout_layout import page_lines, squash
from handout_render import render_scenario

pytestmark = pytest.mark.pdf


@pytest.mark.parametrize("large", [False, True], ids=["regular", "large"])
@pytest.mark.parametrize("lang", ["en", "es"])
def test_a65_03_the_no_case_page_gives_its_step_first_on_one_page(lang, large):
    rendered = render_scenario("no_cases", lang, large_print=large)
    h = rendered.handout
    pages = [squash(" ".join(lines)) for lines in page_lines(rendered.pdf)]
    assert len(pages) == 1, pages
    page = pages[0]
    step = h.section("checklist").blocks[0].text
    order = [page.index(h.section("checklist").heading), page.index(step),
             page.index(h.section("empty").heading), page.index(h.contact_heading)]
    assert order == sorted(order), page
    # The no-case intro, not the one that asks to check "the cases listed below".
    first = {"en": "This page says what to do first", "es": "Esta hoja le dice qué hacer primero"}[lang]
    assert h.intro[0].startswith(first) and first in page
