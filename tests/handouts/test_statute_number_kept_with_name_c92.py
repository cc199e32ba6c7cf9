"""C92 (S92's "Left alone"): the very sentence a client is told to say to an employer broke
between a statute's name and its number: "“Yes, but it was dismissed under Penal Code" at a
line's end and "1203.4.”" on the next, «según el artículo» / «1203.4 del Código Penal»,
«según la Proposición» / «64.» (12 of 14 handouts S92 read).  A reader copying the line onto
a form took the number for a new sentence.  The space before a statute's number (and the one in
"Penal Code 1203.4") is now a no-break space, as S37-01 made it in the small-type citations.  Each test opens the real PDF."""

from __future__ import annotations

import re
import pytest
from handout_layout import page_lines
from test_review_s45 import longest_records_rendered

# A line that ends on a statute's name whose number begins the next line.
_NAME_AT_END = re.compile(r"\b(Code|Código|artículos?|Proposition|Proposición|Prop\.?|section|sección)$", re.I)
_NUMBER_FIRST = re.compile(r"^\d")


def names_parted_from_numbers(pdf: bytes) -> list[str]:
    parted = []
    for lines in page_lines(pdf):
        for line, after in zip(lines, lines[1:]):
            if (_NAME_AT_END.search(line) and _NUMBER_FIRST.match(after)) or (line.endswith(" Penal") and after.startswith("Code ")):
                parted.append(f"{line} / {after}")
    return parted


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("large", [False, True])
def test_c92_a_statute_keeps_its_number_on_its_line(lang, large):
    """Twenty demo clients with the most cases, as S45-03 reads them (as of December 2, 2026)."""
    parted = {}
    for result in longest_records_rendered(lang, large):
        if found := names_parted_from_numbers(result.pdf):
            parted[result.client.name] = found
    assert parted == {}
