"""V170-02: a PC 288(a) registrant who served a state-prison term read on his card "Dismissal
(expungement): The law does not allow this relief for this conviction." and nothing of why, the
first thing he asks: PC 1203.41(a)(6) closes the state-prison route to a conviction that requires
PC 290 registration.  The line now says so in plain words; a PC 288(a) on probation, barred by
PC 1203.4(b) for the offense itself, reads the general line as before.  English and Spanish.

Each test opens the real PDF (pypdf text) of a synthetic client screened by the real engine."""

from __future__ import annotations

import pytest
from handout_render import pdf_text, render_scenario

from tests.handouts.test_registrant_dismissal_does_not_end_x149 import PRISON_TERM, _client

BECAUSE_REGISTERED = {
    "en": "Dismissal (expungement): The law does not allow this relief for a conviction that requires sex-offender"
          " registration.",
    "es": "La ley no permite este alivio para una condena que obliga a registrarse como delincuente sexual.",
}
NOT_ALLOWED = {"en": "The law does not allow this relief for this conviction.",
               "es": "La ley no permite este alivio para esta condena."}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_v170_02_a_registrants_prison_term_says_why_no_dismissal(lang):
    text = pdf_text(_client(lang, "288(a)", PRISON_TERM), lang)
    assert BECAUSE_REGISTERED[lang] in text
    assert NOT_ALLOWED[lang] not in text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_v170_02_an_offense_barred_itself_reads_the_general_line(lang):
    text = render_scenario("excluded", lang).text()  # PC 288(a) on probation: PC 1203.4(b)
    assert NOT_ALLOWED[lang] in text
    assert BECAUSE_REGISTERED[lang] not in text
