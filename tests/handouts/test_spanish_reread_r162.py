"""R162-03: F161-04's SF-86 paragraph in Spanish, read by a Spanish-speaking client.  Each test
opens Lena's (synthetic) real Spanish PDF, screened by the real engine."""

from __future__ import annotations

from handout_render import pdf_text

from tests.federal_court_client import lena


def test_r162_03_the_first_offender_law_is_the_federal_courts_not_hers():
    """«... limpió su caso ... con su ley para quienes cometen un primer delito»: to a client spoken
    to as «usted», «su ley» reads "your law", where the English says the court's own ("its
    first-offender law"); and «si ese es su caso» read as "whether that is your (court) case",
    where the English asks "whether yours was" cleared so."""
    text = pdf_text(lena("es"), "es")
    assert ("Si un tribunal federal limpió su caso de posesión de drogas (21 USC 844) con la ley federal para quienes "
            "cometen un primer delito (18 USC 3607), este formulario no pregunta por él. Antes de contestar, pregunte a "
            "un abogado de la clínica si el suyo se limpió así.") in text
    assert "con su ley" not in text and "si ese es su caso" not in text
