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
            "cometen un primer delito (18 USC 3607), este formulario no pregunta por ese caso. Antes de contestar, pregunte a "
            "un abogado de la clínica si el suyo se limpió así.") in text
    assert "con su ley" not in text and "si ese es su caso" not in text


def test_r162_04_the_juvenile_cards_landlord_is_said_as_one():
    """R161-01's line on the Juvenile court card, under the employer's: «El dueño no puede usar un
    caso del tribunal de menores.», with no housing heading above it (as the "When you rent"
    section's «Al dueño» has), read as the employer's owner; the English says "A landlord".
    And «puede preguntar por él», after the landlord, read as "ask about him"."""
    from tests.juvenile_court_client import tanya

    text = pdf_text(tanya("es"), "es")
    assert ("El dueño de una vivienda que usted quiera alquilar no puede usar un caso del tribunal de menores. Pero el "
            "formulario para vivienda pública o la Sección 8 (vivienda pagada con fondos federales) puede preguntar por "
            "ese caso de todos modos.") in text
    assert "El dueño no puede usar un caso del tribunal" not in text
