"""F161-01: at a clinic event Andre (synthetic) said he had a 2016 federal wire-fraud conviction;
the volunteer typed it as his papers write it, "18 U.S.C. § 1343", with "federal" for the court.
Read as a Penal Code section, it was stored "18u.s.c.1343" under PC, and his handout's card read
"Conviction under PC 18u.s.c.1343" (Lena's federal drug arrest "Arrest: PC 21usc844"), the to-do
and his worksheet the same.  A United States Code citation is now kept whole, under FORMAT.md's
code "other" as an import writes a federal case, and named as the clinic writes it: "18 USC 1343".
The real PDF (pypdf text), screened by the real engine."""

from __future__ import annotations

from datetime import date

import pytest
from handout_render import pdf_text

from tests.federal_court_client import andre, lena, typed
from tests.worksheet_text import worksheet_text


@pytest.mark.parametrize("written", ["18 U.S.C. § 1343", "18 USC 1343", "18 usc §§ 1343", "18 U. S. C. 1343"])
def test_f161_01_a_united_states_code_citation_is_stored_whole(written):
    assert typed(written) == ("other", "18 USC 1343")
    assert typed("21 U.S.C. 844(a)") == ("other", "21 USC 844(a)")
    assert typed("NRS 205.240") == ("NRS", "205.240") and typed("484") == ("PC", "484")  # as before


@pytest.mark.parametrize(("lang", "card"), [("en", "Conviction under 18 USC 1343 Felony, 2016 · 18 USC 1343"),
                                            ("es", "Condena según 18 USC 1343 Delito grave (felony), 2016 · 18 USC 1343")])
def test_f161_01_the_handout_names_a_federal_count_as_typed(lang, card):
    text = pdf_text(andre(lang), lang)
    assert card in text
    assert "usc1343" not in text.lower() and "u.s.c." not in text.lower()
    assert "PC 18" not in text and "other 18" not in text


def test_f161_01_a_federal_arrest_is_named_as_typed():
    text = pdf_text(lena("en"), "en")
    assert "Arrest: 21 USC 844 Arrest in 2012 · Dismissed · 21 USC 844" in text
    assert "21usc844" not in text and "PC 21" not in text


@pytest.mark.pdf
def test_f161_01_the_worksheet_names_it_as_typed(tmp_path):
    text = worksheet_text(tmp_path, andre("en", jurisdiction="CA"), date(2026, 12, 6))
    assert "18 USC 1343 not in the offense catalog" in text
    assert "18usc1343" not in text.lower() and "other 18" not in text
