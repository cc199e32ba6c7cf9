"""L32: small leftovers of round 31 on the handouts.  Each client is a request of
tests/acceptance/cases-public.yaml, screened by the real engine; each test opens the real PDF."""

from __future__ import annotations

import re

import pytest
from test_review_h31 import public_case_text

# A run of two or more cites joined by "; " as the small print shows them.
_CITES = re.compile(r"(?:PC|B&P|Gov\. Code|HS|VC|W&I) [0-9][^;•]*?(?:; (?:PC|B&P|Gov\. Code|HS|VC|W&I) [0-9][^;•]*?)+(?= [A-Z•]|$)")


# ---- L32-04: a section and its own subdivision are not both cited ------------------------


@pytest.mark.pdf
@pytest.mark.parametrize("case_id, lang, written, not_written", [
    # 1203.45 open: the remedy's section, then the subdivision every reason cites.
    ("S48", "en", "PC 1203.45(a)", "PC 1203.45; PC 1203.45(a)"),
    ("S48", "es", "PC 1203.45(a)", "PC 1203.45; PC 1203.45(a)"),
    # 1203.41 after SB 731, and 1203.425 beside it.
    ("S19", "en", "PC 1203.41(a)(2); PC 1170(h)(5); PC 1203.41(a), (d)", "PC 1203.41; PC 1203.41(a)(2)"),
    ("S19", "en", "PC 1203.425(a)(1)(B)(iv)(II); PC 1203.425(a)(1)(B)(i)-(iii); PC 1203.425(b)", "PC 1203.425; PC 1203.425(a)"),
    # The Certificate of Rehabilitation.
    ("S53", "en", "PC 4852.01(a); PC 4852.03(a); PC 4852.13", "PC 4852.01; PC 4852.01(a)"),
])
def test_l32_04_a_cite_list_keeps_a_subdivision_not_its_section_too(case_id, lang, written, not_written):
    """Public cases S48 (1203.45), S19 (1203.41, 1203.425) and S53 (COR): the small print under
    a remedy read "PC 1203.45; PC 1203.45(a)", the remedy's section and then the subdivision of
    it that its reasons cite, which says nothing more.  Only the more precise is kept; another
    section that merely begins the same ("PC 1203.4" beside "PC 1203.41") is not one of them."""
    text = public_case_text(case_id, lang)
    assert written in text
    assert not_written not in text


@pytest.mark.pdf
@pytest.mark.parametrize("case_id", ["S48", "S19", "S53", "S52", "S59", "S50", "S30"])
def test_l32_04_no_cite_list_on_the_page_holds_a_section_and_its_own_subdivision(case_id):
    text = public_case_text(case_id, "en")
    runs = [m.group(0) for m in _CITES.finditer(text)]
    assert runs  # the pattern finds the small print
    for run in runs:
        parts = [part.strip() for part in run.split(";")]
        doubled = [(a, b) for a in parts for b in parts if b.startswith(a + "(")]
        assert not doubled, run
