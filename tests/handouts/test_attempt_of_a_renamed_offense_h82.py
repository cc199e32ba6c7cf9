"""H82-02: H80-04 named PC 29800 for the client "Having a gun when the law forbids it", and an
attempt of it (PC 664/29800) was titled "Attempted having a gun when the law forbids it"; its
conspiracy "Conspiracy to commit having a gun ..."; the old switchblade law (PC 653k, renamed
"Switchblade knife (old law, now PC 21510)") "Attempted switchblade knife ...", in Spanish
"Tentativa de navaja automática ...".  Such offenses are now tried as their act: "Attempt to
have a gun when the law forbids it", "Tentativa de llevar, vender o dar una navaja automática".
An offense whose name is an act already reads as before ("Attempted burglary")."""

from __future__ import annotations

from datetime import date

import pytest
from handout_render import pdf_text

from clinic_app.handouts import load_texts
from clinic_app.handouts.compose import offense_title
from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence

pytestmark = pytest.mark.pdf

_DAY = date(2016, 3, 1)


def _client(section: str) -> Client:
    case = Case(id="c1", case_number="BA1", county="Los Angeles", disposition_date=_DAY,
                convictions=[Conviction(id="v1", section=section, level="felony", conviction_date=_DAY)],
                sentence=Sentence(type="probation", judgment_date=_DAY, imposition_suspended=True,
                                  probation=Probation(kind="formal", start=_DAY, end=date(2019, 3, 1), status="completed")))
    return Client(name="Ana Intento", person=Person(dob=date(1980, 3, 2), us_citizen=True), cases=[case])


TITLES = {("664/29800", "en"): "Attempt to have a gun when the law forbids it",
          ("664/29800", "es"): "Tentativa de tener un arma de fuego siendo persona con prohibición",
          ("664/12021", "en"): "Attempt to have a gun when the law forbids it (old law)",
          ("664/12020", "en"): "Attempt to possess a prohibited weapon (old law)",
          ("664/12025", "en"): "Attempt to carry a concealed firearm (old law)",
          ("664/12031", "en"): "Attempt to carry a loaded firearm in public (old law)",
          ("664/653k", "en"): "Attempt to carry, sell or give a switchblade knife (old law, now PC 21510)",
          ("664/653k", "es"): "Tentativa de llevar, vender o dar una navaja automática (switchblade; ley anterior)",
          ("182(a)(1)/29800", "en"): "Conspiracy to have a gun when the law forbids it",
          ("664/459", "en"): "Attempted burglary"}


@pytest.mark.parametrize(("section", "lang"), list(TITLES))
def test_h82_02_an_attempt_of_a_renamed_offense_is_titled_by_its_act(section, lang):
    assert offense_title(Conviction(id="v1", section=section, level="felony"), load_texts(lang)) == TITLES[section, lang]


@pytest.mark.parametrize(("section", "lang"), [("664/29800", "en"), ("664/29800", "es"), ("664/653k", "en"),
                                               ("664/653k", "es"), ("182(a)(1)/29800", "en")])
def test_h82_02_the_card_of_the_real_pdf_says_it(section, lang):
    text = pdf_text(_client(section), lang)
    assert TITLES[section, lang] in text, text[:1500]
    assert "Attempted having" not in text and "to commit having" not in text
    assert "Attempted switchblade" not in text and "Tentativa de navaja" not in text
