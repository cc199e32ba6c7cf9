"""Z116-01: a card's list of what a clinic lawyer will also check read "... reducing it to a
misdemeanor or reducing it to a misdemeanor under Prop 47" («la reducción a delito menor o la
reducción a delito menor por la Proposición 47»): the same words twice, read as one relief said
again (E114's wobbler, W80-02's petty theft of unknown level).  Where both are in the list, the
reduction is said once, with the two laws it can come by."""

from __future__ import annotations

import pytest
from handout_render import pdf_text
from test_who_does_it_w80 import burglary_of_unknown_level

pytestmark = pytest.mark.pdf


@pytest.mark.parametrize("lang, once, twice", [
    ("en", "A clinic lawyer will also check whether you qualify for a dismissal (expungement), reducing it to a "
           "misdemeanor (under one of two laws) or a Certificate of Rehabilitation.",
     "under Prop 47"),
    ("es", "Un abogado de la clínica también revisará si usted califica para la desestimación (expungement), la "
           "reducción a delito menor (por una de dos leyes) o un Certificado de Rehabilitación.",
     "por la Proposición 47 o"),
])
def test_z116_01_the_reduction_to_a_misdemeanor_is_said_once(lang, once, twice):
    client = burglary_of_unknown_level()
    client.cases[0].convictions[0].section = "484(a)"
    text = pdf_text(client, lang)
    assert once in text
    assert twice not in text
    # The lawyer still has both statutes beside "Who does it".
    assert "PC 17(b)" in text and "PC 1170.18" in text
