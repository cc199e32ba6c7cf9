"""R46: the card's "a clinic lawyer will also check" line names its remedies as a list is said."""

from __future__ import annotations

import pytest
from handout_layout import squash
from test_review_s45 import old_gun_felony_client, rendered


@pytest.mark.pdf
@pytest.mark.parametrize("lang, said", [
    ("en", "A clinic lawyer will also check whether you qualify for a dismissal (expungement) or reducing it "
           "to a misdemeanor."),  # said in the sentence: H68-01
    ("es", "Un abogado de la clínica también revisará si usted califica para la desestimación (expungement) o "
           "la reducción a delito menor."),
])
def test_r46_10_the_remedies_a_lawyer_will_also_check_are_said_as_a_list(lang, said):
    # "... califica para: Desestimación (expungement), Reducirla a delito menor.": commas
    # only, read as one long name or a list cut off.
    text = squash(" ".join(rendered(old_gun_felony_client(), lang).page_texts()))
    assert squash(said) in text
