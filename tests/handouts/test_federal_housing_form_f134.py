"""F134-01: a client dismissed (a 2013 HS 11379 felony made a misdemeanor under 17(b), then
dismissed) who was applying for Section 8 read under "Renting a home": "“No.” A landlord may not
use a dismissed conviction. Housing with federal money can have other rules."  The "No" stood
first and alone: nothing said what to do on the housing authority's form, which may ask anyway
(ca-rules.md 4.10: the 2 CCR rules yield where federal law requires screening; 5, Rental
housing, Dismissed [M/L]: "Federal programs may differ").  A client could write "No" on a
federal form.  The "No" is now the landlord's, and the federal form is a lawyer's question, in
English and Spanish; so for a conviction sealed under PC 1203.45.

Each test opens the real PDF (pypdf text) of a synthetic client screened by the real engine."""

from __future__ import annotations

from datetime import date

import pytest
from handout_clients import _probation
from handout_render import pdf_text

from clinic_app.model import Case, Client, Conviction, Person, ReliefGranted

TO_A_LANDLORD = {"en": "To a landlord: “No.”", "es": "Al dueño: «No»."}
FEDERAL_FORM = {
    "en": "But a form for public housing or Section 8 (housing paid with federal money) may ask about it anyway. "
          "Ask a lawyer before you answer that form.",
    "es": "Pero el formulario para vivienda pública o la Sección 8 (vivienda pagada con fondos federales) puede "
          "preguntar por ella de todos modos. Consulte a un abogado antes de contestar ese formulario.",
}
OLD_HOUSING = {"en": "Housing with federal money can have other rules.",
               "es": "La vivienda con fondos federales puede tener otras reglas."}


def _cleared(lang: str, relief: list[ReliefGranted], section: str = "11379", code: str = "HS",
             level: str = "felony", dob: date = date(1985, 3, 4)) -> Client:
    case = Case(id="A", case_number="BA402211",
                convictions=[Conviction(id="A1", code=code, section=section, level=level,
                                        conviction_date=date(2013, 6, 3), relief_granted=relief)],
                sentence=_probation(date(2013, 6, 3), date(2016, 6, 3), "completed", kind="formal"))
    return Client(name="Prueba Vivienda", language=lang, person=Person(dob=dob, us_citizen=True), cases=[case])


@pytest.mark.parametrize("lang", ["en", "es"])
def test_f134_01_a_dismissed_conviction_says_no_to_a_landlord_and_asks_a_lawyer_for_section_8(lang):
    client = _cleared(lang, [ReliefGranted("pc17b", date(2022, 2, 1)), ReliefGranted("pc1203_4", date(2022, 2, 1))])
    text = pdf_text(client, lang)
    assert TO_A_LANDLORD[lang] in text
    assert FEDERAL_FORM[lang] in text
    assert OLD_HOUSING[lang] not in text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_f134_01_a_conviction_sealed_under_1203_45_says_the_same_of_the_federal_form(lang):
    client = _cleared(lang, [ReliefGranted("pc1203_45", date(2022, 2, 1))], section="459", code="PC",
                      level="misdemeanor", dob=date(1996, 3, 4))
    text = pdf_text(client, lang)
    assert TO_A_LANDLORD[lang] in text
    assert FEDERAL_FORM[lang] in text
    assert OLD_HOUSING[lang] not in text
