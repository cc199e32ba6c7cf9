"""D64-03: the handout of a client with no case entered yet (J63-07 warned only whoever prints
it) told the client "We did not find any convictions or arrests in the record we looked at",
under "What we found", and "Nothing for now. Keep this page with your papers." with "Nobody:
nothing to do".  No record was looked at that the caseload can show: the cases may simply not
be typed yet, and a client told nothing was found may answer "No" to a question about a
conviction.  The page now says no case is entered yet, that this does not mean the record is
clear, and asks the client to have the clinic check the record, in English and Spanish."""

from __future__ import annotations

import pytest
from handout_render import rendered_for
from handout_clients import no_cases

pytestmark = pytest.mark.pdf

SAID = {
    "en": ("What is entered so far", "No convictions or arrests are entered for you yet, so this page cannot tell you what can be cleared.",
           "This does not mean your record is clear. If you were ever arrested or convicted, ask the clinic to check your record.",
           "Ask the clinic to check your record and enter your cases. Then ask for a new copy of this page. You"),
    "es": ("Lo que está anotado hasta ahora", "Todavía no se ha anotado ninguna condena ni arresto suyo, así que esta hoja no puede decirle qué se puede limpiar.",
           "Esto no quiere decir que su récord esté limpio. Si alguna vez tuvo un arresto o una condena, pida a la clínica que revise su récord.",
           "Pida a la clínica que revise su récord y anote sus casos. Luego pida una nueva copia de esta hoja. Usted"),
}
NOT_SAID = {
    "en": ("We did not find any convictions", "What we found", "Nothing for now", "Nobody: nothing to do"),
    "es": ("No encontramos condenas", "Lo que encontramos", "Por ahora, nada", "Nadie: nada que hacer"),
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_d64_03_a_client_with_no_case_entered_is_not_told_nothing_was_found(lang):
    text = rendered_for(no_cases(lang), lang).text()
    for words in SAID[lang]:
        assert words in text, words
    for words in NOT_SAID[lang]:
        assert words not in text, words
