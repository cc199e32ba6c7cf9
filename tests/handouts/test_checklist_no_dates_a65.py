"""A65-02: a checklist whose steps have no date prints no "By when" column.  The column's
header stood over empty cells and took the steps' room: the no-case page's one step ran three
lines in large print ("Ask the clinic to check your record and / enter your cases. Then ask for
a new / copy of this page."), and the step with the contact block no longer fit page 1."""

from __future__ import annotations

import pytest
from handout_layout import column_lines, positioned_runs, squash
from handout_render import render_scenario

pytestmark = pytest.mark.pdf


def headers(pdf: bytes) -> set[str]:
    return {squash(text) for runs in positioned_runs(pdf) for _x, _y, text in runs}


@pytest.mark.parametrize("large", [False, True], ids=["regular", "large"])
@pytest.mark.parametrize("lang", ["en", "es"])
def test_a65_02_no_date_no_by_when_column(lang, large):
    rendered = render_scenario("no_cases", lang, large_print=large)
    labels = rendered.handout.labels
    assert not any(task.due_text for task in rendered.handout.section("checklist").blocks)
    printed = headers(rendered.pdf)
    assert labels["task"] in printed and labels["who"] in printed
    assert labels["due"] not in printed


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a65_02_a_step_with_a_date_keeps_the_column(lang):
    """The blocked client's "come back" steps have a day: "By when" says it."""
    rendered = render_scenario("blocked", lang)
    labels = rendered.handout.labels
    assert labels["due"] in headers(rendered.pdf)
    dates = " ".join(column_lines(rendered.pdf, labels["due"], labels["who"]))
    assert {"en": "May 20, 2028", "es": "20 de mayo de 2028"}[lang] in dates


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a65_02_the_no_case_step_takes_two_lines_in_large_print(lang):
    rendered = render_scenario("no_cases", lang, large_print=True)
    labels = rendered.handout.labels
    step = column_lines(rendered.pdf, labels["task"], labels["who"])
    assert len(step) == 2, step
    assert squash(" ".join(step)) == rendered.handout.section("checklist").blocks[0].text
