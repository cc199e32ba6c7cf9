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
