"""V170-01: a PC 290 registrant (a 2012 PC 314(1), a 2016 petty theft, both to be dismissed) read
under "What you may say" "Once your convictions are dismissed: To a landlord: “No.”" and the same
"No." to an employer, and nothing there of a question about registration, which a dismissal does
not end (PC 290.007): a frightened client could give that "No." to "Must you register?".  The
section's lead now says, to a registrant only, that its answers are about convictions, not to
answer "No." to that question, and to ask the clinic what to say.  English and Spanish.

Each test reads the real PDF (pypdf text) of a synthetic client screened by the real engine, the
rendering the handout tests share (`render_scenario`)."""

from __future__ import annotations

import pytest
from handout_render import render_scenario

from clinic_app.handouts.texts import load_texts

REGISTRATION_ASKED = {
    "en": "These answers are about your convictions. A dismissal does not end registration: if you are asked"
          " whether you must register as a sex offender, do not answer “No.” Ask the clinic what to say.",
    "es": "Estas respuestas tratan de sus condenas. La desestimación no termina su obligación de registrarse: si le"
          " preguntan si debe registrarse como delincuente sexual, no diga «No». Pregunte en la clínica qué decir.",
}
SAY_HEADING = {"en": "What you may say", "es": "Qué puede decir"}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_v170_01_a_registrant_reads_the_answers_are_not_about_registration(lang):
    text = render_scenario("excluded", lang).text()  # PC 288(a), required to register
    said = text.index(REGISTRATION_ASKED[lang])
    # Before the first situation's answers, as the section's lead, not at the page's foot.
    assert text.index(SAY_HEADING[lang]) < said < text.index(SAY_HEADING[lang]) + 400


@pytest.mark.parametrize("lang", ["en", "es"])
def test_v170_01_a_client_who_does_not_register_is_not_told_of_it(lang):
    text = render_scenario("eligible_now", lang).text()
    assert SAY_HEADING[lang] in text
    assert REGISTRATION_ASKED[lang] not in text


def test_g175_01_the_spanish_lead_says_the_duty_to_register_as_the_page_does_and_not_to_keep_silent():
    """«La desestimación no termina el registro» read also as a record of papers (el récord), where
    the page above says «su obligación de registrarse»; «no conteste «No»» read first as «no
    conteste», do not answer, to a client the law may require to answer (G175-01)."""
    text = render_scenario("excluded", "es").text()
    lead = text[text.index(SAY_HEADING["es"]):][:500]
    duty = load_texts("es")["effects"]["registration_you"]["dismissed"].removesuffix(".")
    assert f"{duty}: si le preguntan si debe registrarse como delincuente sexual, no diga «No»." in lead, lead
    assert "no termina el registro" not in lead and "no conteste" not in lead, lead
