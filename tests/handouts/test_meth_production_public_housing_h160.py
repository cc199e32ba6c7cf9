"""H160-01: a client with a 2015 felony for manufacturing a controlled substance (HS 11379.6),
prison served, applying for Section 8, read under "Renting a home" only "Housing with federal
money can have extra rules." and, once dismissed, that the Section 8 form may ask anyway: nothing
that federal law closes public housing and Section 8 for life to anyone convicted of making meth
on federally assisted premises (ca-rules.md 4.10 [M]: the 2 CCR rules yield there), as F134-02
says it of a lifetime registrant.  The record keeps neither the drug nor the place, so it is
said as an "if", with a lawyer to ask, above the situation's answers, in English and Spanish; a
client with another drug felony reads nothing of it, and a registrant who also made it reads the
lawyer's question once.

Each test opens the real PDF (pypdf text) of a synthetic client screened by the real engine."""

from __future__ import annotations

from datetime import date

import pytest
from handout_render import pdf_text

from clinic_app.model import Case, Client, Conviction, Custody, Person, Sentence

RENTING = {"en": "Renting a home", "es": "Al alquilar una vivienda"}
METH = {
    "en": "If you were convicted of making meth (methamphetamine) in housing paid with federal money, public"
          " housing and Section 8 must turn you away for life. Ask a lawyer before you apply for them.",
    "es": "Si recibió una condena por fabricar metanfetamina en una vivienda pagada con fondos federales, nunca le"
          " podrán dar vivienda pública ni la Sección 8. Consulte a un abogado antes de solicitarlas.",
}
ASK = {"en": "Ask a lawyer before you apply for them.", "es": "Consulte a un abogado antes de solicitarlas."}


def _prison_served(lang: str, section: str, registrant: bool = False) -> Client:
    case = Case(id="A", case_number="BA431907",
                convictions=[Conviction(id="A1", code="HS", section=section, level="felony",
                                        conviction_date=date(2015, 6, 8))],
                sentence=Sentence(type="state_prison", judgment_date=date(2015, 6, 8), completed=True,
                                  custody=Custody(release_date=date(2019, 2, 1), supervision="parole",
                                                  supervision_end=date(2021, 2, 1))))
    return Client(name="Prueba Vivienda", language=lang,
                  person=Person(dob=date(1982, 11, 2), registrant_290=registrant, us_citizen=True), cases=[case])


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("section", ["11379.6", "11379.6(a)"])
def test_h160_01_a_manufacturing_conviction_reads_the_federal_housing_ban_as_an_if(lang, section):
    text = pdf_text(_prison_served(lang, section), lang)
    housing = text[text.index(RENTING[lang]):]
    assert housing.startswith(f"{RENTING[lang]} {METH[lang]}")


@pytest.mark.parametrize("lang", ["en", "es"])
def test_h160_01_another_drug_felony_reads_nothing_of_it(lang):
    text = pdf_text(_prison_served(lang, "11379"), lang)
    assert RENTING[lang] in text
    assert METH[lang] not in text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_h160_01_a_registrant_who_made_it_is_told_to_ask_a_lawyer_once(lang):
    text = pdf_text(_prison_served(lang, "11379.6", registrant=True), lang)
    housing = text[text.index(RENTING[lang]):]
    opening = housing[:housing.index(ASK[lang]) + len(ASK[lang])]
    assert "Section 8" in opening or "Sección 8" in opening
    assert METH[lang].removesuffix(ASK[lang]).strip() in opening
    assert housing.count(ASK[lang]) == 1
