"""R161-01: Tanya (synthetic, M160) has a juvenile-court case typed "WI 602" beside a 2020 adult
PC 484(a).  Her handout's "Juvenile court" card said what an employer (Lab. Code 432.7) and a
Consumer Affairs board (B&P 480(d)) may not do with it, and nothing of a landlord; under "Renting
a home" she read only her adult conviction's answer.  The housing rules bar a landlord from
considering juvenile records as they bar arrests and dismissed convictions (ca-rules.md 4.10
[M]: 2 CCR 12264-12271), and yield to federal screening: the card now says so, in English and
Spanish, with the Section 8 form's caveat the dismissed conviction's housing line carries.
Opens the real PDF."""

from __future__ import annotations

import pytest
from handout_render import pdf_text

from tests.juvenile_court_client import tanya

LANDLORD = {
    "en": "A landlord may not use a juvenile court case. But a form for public housing or Section 8 (housing paid "
          "with federal money) may ask about it anyway. Ask a lawyer before you answer that form. 2 CCR 12269",
    "es": "El dueño de una vivienda que usted quiera alquilar no puede usar un caso del tribunal de menores. Pero el "
          "formulario para vivienda pública o la Sección 8 (vivienda pagada con fondos federales) puede preguntar por "
          "ese caso de todos modos. Consulte a un abogado antes de contestar ese formulario. 2 CCR 12269",
}
LICENSE = {"en": "may not deny you a license because of it.", "es": "no puede negarle una licencia por este caso."}


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("adult_case", [True, False])
def test_r161_01_the_juvenile_court_card_says_a_landlord_may_not_use_it(lang, adult_case):
    text = pdf_text(tanya(lang, adult_case=adult_case), lang)
    assert text.count(LANDLORD[lang]) == 1
    # On the card, among what others may not do with it: after the employer's line, before the board's.
    assert text.index(LANDLORD[lang]) < text.index(LICENSE[lang])
