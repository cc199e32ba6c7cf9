"""F134-02: a lifetime PC 290 registrant asking about public housing read under "Renting a
home" only "A landlord may look only at convictions directly tied to being a tenant ... Housing
with federal money can have extra rules.": nothing said that federal law closes public housing
and Section 8 to lifetime registrants (ca-rules.md 4.10 [M]: the 2 CCR rules yield there).  A
registrant's handout now says it above the housing answers, as an "if" (the record does not
keep the tier) with a lawyer to ask, in English and Spanish; a client who does not register
reads nothing of it.

Each test opens the real PDF (pypdf text) of a synthetic client screened by the real engine."""

from __future__ import annotations

from datetime import date

import pytest
from handout_clients import _probation
from handout_render import pdf_text

from clinic_app.model import Case, Client, Conviction, Person, Sentence, Custody

RENTING = {"en": "Renting a home", "es": "Al alquilar una vivienda"}
LIFETIME = {
    "en": "If you must register for life, public housing and Section 8 (housing paid with federal money) must turn"
          " you away. Ask a lawyer before you apply for them.",
    "es": "Si usted debe registrarse de por vida, no le pueden dar vivienda pública ni la Sección 8 (vivienda pagada"
          " con fondos federales). Consulte a un abogado antes de solicitarlas.",
}


def _client(lang: str, section: str, registrant: bool, sentence: Sentence) -> Client:
    case = Case(id="A", case_number="BA200117",
                convictions=[Conviction(id="A1", section=section, level="felony", conviction_date=date(2000, 1, 10))],
                sentence=sentence)
    return Client(name="Prueba Vivienda", language=lang,
                  person=Person(dob=date(1970, 4, 22), registrant_290=registrant, us_citizen=True), cases=[case])


@pytest.mark.parametrize("lang", ["en", "es"])
def test_f134_02_a_registrant_reads_that_public_housing_is_closed_to_lifetime_registrants(lang):
    prison = Sentence(type="state_prison", judgment_date=date(2000, 1, 10),
                      custody=Custody(release_date=date(2006, 1, 10), supervision="parole",
                                      supervision_end=date(2009, 1, 10)))
    text = pdf_text(_client(lang, "288(a)", True, prison), lang)
    housing = text[text.index(RENTING[lang]):]
    assert housing.startswith(f"{RENTING[lang]} {LIFETIME[lang]}")


@pytest.mark.parametrize("lang", ["en", "es"])
def test_f134_02_a_client_who_does_not_register_reads_nothing_of_it(lang):
    text = pdf_text(_client(lang, "459", False, _probation(date(2000, 1, 10), date(2003, 1, 10), "completed",
                                                             kind="formal")), lang)
    assert RENTING[lang] in text
    assert LIFETIME[lang] not in text
