"""S37: the Spanish handout read by a Spanish-speaking client, and by a bilingual paralegal
checking it against the English; each finding checked on the real PDF (or on es.yaml
against en.yaml where the point is the words themselves)."""

from __future__ import annotations

import re

import pytest
from handout_layout import page_lines
from handout_render import render_scenario

pytestmark = pytest.mark.pdf

# A line that ends on a code's name, its section on the next line ("... presenta los papeles  PC"
# over "1203.4(a)(1); PC 1203.4(c)(1)-(2)").
CODE_ALONE = re.compile(r"(\bPC|\bHS|\bVC|B&P|\bCCP|\bINA|\bUSC|\bCCR|Lab\. Code|Gov\. Code)$")


@pytest.mark.parametrize("lang, large", [("es", True), ("es", False), ("en", True)])
def test_s37_01_a_citation_never_leaves_its_code_at_a_line_end(lang, large):
    """The blocked client's large-print Spanish card ended a "Quién lo hace" line on "PC",
    its section number at the start of the next line."""
    rendered = render_scenario("blocked", lang, large_print=large)
    stranded = [line for page in page_lines(rendered.pdf) for line in page if CODE_ALONE.search(line)]
    assert stranded == []
