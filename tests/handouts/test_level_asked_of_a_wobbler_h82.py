"""H82-03: a 2019 burglary (PC 459) of level not known, on probation to 2027, read on the
client's card "A lawyer must first find out whether your conviction was a felony, a
misdemeanor or an infraction" (Spanish «... o una infracción»; R81b, W80-02): a burglary is a
wobbler, a felony or a misdemeanor only.  Where the offense catalog calls the offense a
wobbler, the handout now asks between those two; a petty theft (PC 484(a)), which may be an
infraction, is asked as before.  The screening is unchanged: only the handout's words."""

from __future__ import annotations

from datetime import date

import pytest
from handout_render import pdf_text

from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence

pytestmark = pytest.mark.pdf


def _on_probation(section: str) -> Client:
    convicted = date(2019, 4, 1)
    case = Case(id="1", case_number="BA1", county="Los Angeles", disposition_date=convicted,
                convictions=[Conviction(id="1-1", section=section, level=None, conviction_date=convicted)],
                sentence=Sentence(type="probation", judgment_date=convicted,
                                  probation=Probation(kind="formal", start=convicted, end=date(2027, 4, 1))))
    return Client(name="Ana Nivel", person=Person(dob=date(1980, 1, 2), us_citizen=True), cases=[case])


TWO = {"en": "A lawyer must first find out whether your conviction was a felony or a misdemeanor.",
       "es": "Primero un abogado debe averiguar si su condena fue un delito grave (felony) o un delito menor (misdemeanor)."}
THREE = {"en": "whether your conviction was a felony, a misdemeanor or an infraction",
         "es": "si su condena fue un delito grave (felony), un delito menor (misdemeanor) o una infracción"}


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("section", ["459", "664/459"])
def test_h82_03_a_wobbler_is_asked_between_felony_and_misdemeanor(lang, section):
    text = pdf_text(_on_probation(section), lang)
    assert text.count(TWO[lang]) == 1, text[:2500]
    assert THREE[lang] not in text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_h82_03_an_offense_that_may_be_an_infraction_is_asked_as_before(lang):
    text = pdf_text(_on_probation("484(a)"), lang)
    assert THREE[lang] in text, text[:2500]
    assert TWO[lang] not in text
