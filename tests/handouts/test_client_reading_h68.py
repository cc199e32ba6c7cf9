"""H68: three wording faults H66 saw on the client's pages (round 68).

Each test opens the real PDF (pypdf text) of a synthetic client screened by the real engine.
"""

from __future__ import annotations

import pytest
from handout_layout import squash
from test_review_s45 import old_gun_felony_client, rendered


@pytest.mark.pdf
@pytest.mark.parametrize("lang, said, headings", [
    ("en", "A clinic lawyer will also check whether you qualify for a dismissal (expungement) or reducing it "
           "to a misdemeanor.", ("fits: Dismissal", "or Making it")),
    ("es", "Un abogado de la clínica también revisará si usted califica para la desestimación (expungement) o "
           "la reducción a delito menor.", ("para: Desestimación", "o Reducirla")),
])
def test_h68_01_the_relief_a_lawyer_will_also_check_is_said_in_the_sentence(lang, said, headings):
    """«... si usted califica para: Desestimación (expungement) o Reducirla a delito menor» and
    "... check if this fits: Dismissal (expungement) or Making it a misdemeanor": the cards'
    headings, capitals and all, a noun beside a verb, run into a sentence a client could not
    read as one.  Each relief is now said as a sentence says it."""
    text = squash(" ".join(rendered(old_gun_felony_client(), lang).page_texts()))
    assert squash(said) in text
    assert not any(heading in text for heading in headings)
