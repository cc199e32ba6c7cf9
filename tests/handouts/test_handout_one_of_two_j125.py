"""J125-03: the client whose 2013 store burglary (PC 459/460(b), probation, imposition
suspended) both PC 17(b) and Prop 47 can make a misdemeanor.  The screening says the attorney
picks one; the handout's card said "Making it a misdemeanor: You qualify now" and, under it,
"Prop 47 (making it a misdemeanor): The clinic can file papers ... Bring proof of that reason",
and the to-do list asked her to gather proof of why she asks late: two things the clinic would
do, and proof for one the lawyer may never choose.  The card now says the two do the same and a
clinic lawyer chooses one; the to-do asks that proof only if the lawyer chooses Prop 47."""

from __future__ import annotations

import pytest
from handout_clients import CLINIC
from handout_render import squash
from pypdf import PdfReader

from clinic_app.eligibility import screen
from clinic_app.handouts import compose, render_bytes
from tests.test_worksheet_proposition_relief_j125 import AS_OF, client_of_j125

import io

pytestmark = pytest.mark.pdf

SAID = {
    "en": ("These two ways do the same thing. A clinic lawyer will choose one of them, not both.",
           "If a clinic lawyer chooses Prop 47, gather proof for the judge of why you are asking after the deadline.",
           "These two ways do the same thing. A clinic lawyer will choose one of them, not both. "
           "If the lawyer chooses Prop 47, bring proof of why you are asking late."),
    "es": ("Estas dos vías hacen lo mismo. Un abogado de la clínica elegirá una de ellas, no las dos.",
           "Si un abogado de la clínica elige la Proposición 47, junte pruebas para el juez de por qué usted no "
           "pidió a tiempo la reducción a delito menor.",
           "Estas dos vías hacen lo mismo. Un abogado de la clínica elegirá una de ellas, no las dos. "
           "Si el abogado elige la Proposición 47, traiga pruebas de por qué usted no pidió a tiempo la reducción a delito menor."),
}


def _text(client, lang: str) -> str:
    pdf = render_bytes(compose(client, screen(client.person, client.cases, AS_OF), CLINIC, lang=lang, as_of=AS_OF))
    return squash(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages))


@pytest.mark.parametrize("lang", ["en", "es"])
def test_j125_03_the_card_says_17b_and_prop_47_are_one_or_the_other(lang):
    text = _text(client_of_j125(), lang)
    choose, proof, bring_if_chosen = SAID[lang]
    assert text.count(choose) == 1
    # On the burglary's card, after both of its ways, before the next card.
    card = text.split("PC 459/460(b)", 1)[1].split("PC 484(a)/488", 1)[0]
    assert choose in card
    assert proof in text
    # The card's Prop 47 line asks its proof with the list's "if" (K269-01), not outright, and
    # after the choice it waits on is said: "If a clinic lawyer chooses Prop 47, bring proof of
    # that reason. These two ways ... A clinic lawyer will choose one" read the "if" before the
    # choice, and two lawyers (R275-02).  «traiga pruebas de esa razón», just after «Si el abogado elige
    # la Proposición 47», read as the lawyer's reason for choosing it: hers is named (G279-03).
    assert bring_if_chosen in card
    assert {"en": "Bring proof of that reason.", "es": "Traiga pruebas de esa razón."}[lang] not in card


def test_j125_03_a_prop_47_with_no_17b_beside_it_keeps_its_plain_to_do():
    client = client_of_j125()
    burglary = client.cases[1]
    burglary.sentence.imposition_suspended = False  # a prison term imposed, execution suspended: no 17(b)
    text = _text(client, "en")
    assert not any(said in text for said in SAID["en"])
    assert "Gather proof for the judge of why you are asking after the deadline." in text
    assert "Bring proof of that reason." in text  # Prop 47 the only way: the card's line as it was


@pytest.mark.parametrize("lang, prop64, reduce, prop47, dismissal", [
    ("en", "Prop 64 (marijuana):", "Making it a misdemeanor:", "Prop 47 (making it a misdemeanor):", "Dismissal (expungement):"),
    ("es", "Proposición 64", "Reducirla a delito menor:", "Proposición 47 (reducirla a delito menor):", "Desestimación (expungement):"),
])
def test_j125_04_a_card_lists_what_makes_it_a_misdemeanor_before_the_dismissal(lang, prop64, reduce, prop47, dismissal):
    """J125-04: ca-rules.md 7 and 3.8: Prop 64 or Prop 47 first, then the dismissal.  The card of
    the 2012 marijuana sale listed "Dismissal (expungement): You qualify now" first and Prop 64
    last, below automatic relief; the burglary's card, the dismissal above both reductions."""
    text = _text(client_of_j125(), lang)
    marijuana = text.split("HS 11359", 1)[1].split("PC 459/460(b)", 1)[0]
    assert marijuana.index(prop64) < marijuana.index(dismissal)
    burglary = text.split("PC 459/460(b)", 1)[1].split("PC 484(a)/488", 1)[0]
    assert burglary.index(reduce) < burglary.index(prop47) < burglary.index(dismissal)
