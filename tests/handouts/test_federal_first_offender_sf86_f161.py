"""F161-04: Lena (synthetic) had a 2012 federal drug possession case (21 USC 844), dismissed under
the federal first-offender law (18 USC 3607), and nothing in state court.  Her handout answered
the SF-86 only "“Yes.” Tell about the arrest and explain how it ended.", and said nowhere that a
federal first-offender expungement of a 21 USC 844 case is the one record that form does not ask
about (ca-rules.md 4.9 [H]).  The record does not keep how the federal court cleared it, so the
page says it as an "if", above the SF-86 answers, with a clinic lawyer to ask; Andre's federal wire
fraud reads as before.  The real PDF (pypdf text), screened by the real engine."""

from __future__ import annotations

import pytest
from handout_render import pdf_text

from tests.federal_court_client import andre, lena

FIRST_OFFENDER = {
    "en": "Federal security clearance (form SF-86) If a federal court cleared your drug possession case (21 USC 844) under "
          "its first-offender law (18 USC 3607), this form does not ask about it. Ask a clinic lawyer whether yours was, "
          "before you answer. SF-86 Section 22; 21 USC 844; 18 USC 3607 For an arrest with no conviction: “Yes.” Tell "
          "about the arrest",
    "es": "(18 USC 3607), este formulario no pregunta por ese caso. Antes de contestar, pregunte a un abogado de la clínica si el "
          "suyo se limpió así.",
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_f161_04_a_federal_drug_possession_reads_the_sf86_exception(lang):
    text = pdf_text(lena(lang), lang)
    assert FIRST_OFFENDER[lang] in text
    assert text.count("3607") == 2  # the paragraph and its cite: said once


def test_f161_04_another_federal_case_does_not():
    assert "3607" not in pdf_text(andre("en"), "en")
