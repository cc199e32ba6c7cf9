"""R145: a survivor's vacatur says what it does once, whichever opening its first card has.

Each test opens the real PDF (pypdf text) of a synthetic client screened by the real engine.
"""

from __future__ import annotations

from handout_render import pdf_text
from test_survivor_vacatur_z141 import SAID_ONCE, survivor


def test_r145_01_one_count_not_marked_does_not_print_what_the_vacatur_does_twice():
    """Z141-04 said a survivor's vacatur in full on the first card and pointed back from later
    ones, but keyed the first card by its opening: with her 2014 count not marked (only the
    client is, so that card says "If this conviction came from ...") and the later two marked,
    the 2016 card was the first "because it came from" and printed the whole line again.  Now
    the later cards point to the 2014 card, in English and Spanish."""
    for lang, does, again in SAID_ONCE:
        client = survivor(lang)
        client.cases[0].convictions[0].trafficking_related = False
        text = pdf_text(client, lang)
        assert text.count(does) == 1, lang
        assert text.count(again) == 2, lang


def test_r145_04_a_later_card_s_if_keeps_that_a_clinic_lawyer_talks_with_her_first():
    """Where only the client is marked, the card says "If this conviction came from what someone
    did to you ..." and that a clinic lawyer will talk with her about it first (Z141-03): the
    screening leaves the link to the attorney.  A later such card pointing back to the first
    (Z141-04) had kept the "if" and dropped the talk; it says both now."""
    for lang, again in (
        ("en", "If this conviction came from what someone did to you, a lawyer can also ask the court to cancel it. "
               "A clinic lawyer will talk with you about this first. What this means: see"),
        ("es", "Si esta condena fue consecuencia de lo que alguien le hizo a usted, un abogado también puede pedir al "
               "tribunal que la anule. Primero, un abogado de la clínica hablará con usted sobre esto. Qué significa: vea"),
    ):
        client = survivor(lang)
        client.cases[2].convictions[0].trafficking_related = False
        assert pdf_text(client, lang).count(again) == 1, lang
