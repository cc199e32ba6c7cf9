"""A65-01: the checklist's "Who does it" keeps a short phrase on one line, in every language
and print size.  In large print the Spanish "Nadie: nada que hacer" printed "Nadie: nada" over
"que hacer": the phrase after the colon was 8 points wider than the 1.35 in column, and the
even break S37-02 chose cut it."""

from __future__ import annotations

from dataclasses import replace

import pytest
from handout_render import render_scenario
from test_review_s37 import who_column

from clinic_app.handouts import load_texts, render_bytes
from clinic_app.handouts.document import Task
import re
_SHORT_PHRASE = 3
def _phrases(t): return [p.split() for p in re.split(r"(?<=[:;])\s+", t)]

pytestmark = pytest.mark.pdf


@pytest.mark.parametrize("large", [False, True], ids=["regular", "large"])
@pytest.mark.parametrize("lang", ["en", "es"])
def test_a65_01_each_who_prints_its_short_phrases_whole(lang, large):
    """Every name the handout texts give "Who does it", each in a checklist row of its own (the
    real PDF, read back one printed line at a time): each phrase of three words or fewer is on
    one line, and after a colon or semicolon a line goes on only with an article its noun
    cannot share the line with."""
    names = list(load_texts(lang)["who"].values())
    rendered = render_scenario("excluded", lang, large_print=large)
    h = rendered.handout
    sections = tuple(replace(section, blocks=tuple(Task(f"Step {n}", who) for n, who in enumerate(names)))
                     if section.key == "checklist" else section for section in h.sections)
    column = who_column(render_bytes(replace(h, sections=sections)), h.labels["who"])
    printed = " ".join(column)
    for name in names:
        assert name in printed  # all of it, in order
        for words in _phrases(name):
            if len(words) <= _SHORT_PHRASE:
                assert any(" ".join(words) in line for line in column), (" ".join(words), column)
    for line in column:
        if line not in names:  # a name on one line is whole
            # Only an article that cannot share a line with its noun stays after the colon
            # ("Automático: el" over "Departamento", large print).
            after = line.replace("; ", ": ").split(": ")[1:]
            assert all(len(rest) <= 3 and " " not in rest for rest in after), (line, column)


def test_a65_01_the_large_print_spanish_no_relief_row():
    """The page S37-02 and D64 saw it on: "Nadie:" over "no hay nada" and "que hacer" (G327-01's
    words; a phrase of five words, broken at its own seam)."""
    rendered = render_scenario("excluded", "es", large_print=True)
    column = who_column(rendered.pdf, rendered.handout.labels["who"])
    at = column.index("Nadie:")
    assert column[at:at + 3] == ["Nadie:", "no hay nada", "que hacer"], column
