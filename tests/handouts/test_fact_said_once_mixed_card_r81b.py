"""R81b-04: W80-02 says a fact a lawyer must find out once on a card where every option waits on
it.  A card where one option does not wait said it in full under each of the others: a 2019
burglary of level not known, on probation to 2027, read "Ending probation early: You qualify
now", then five times "A clinic lawyer must first find out whether your conviction was a
felony, a misdemeanor or an infraction" (Spanish: «primero tiene que averiguar si su condena fue
...»), the one sentence W80-02 had a client read five times.  Where two or more options wait on
the one fact, and no option waits on another, it is now said once, on "Where it stands", and
each of them points to it; the option that does not wait reads as before.  An option alone in
waiting still says the fact itself (W80-02)."""

from __future__ import annotations

from datetime import date

import pytest
from handout_render import pdf_text

from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence

pytestmark = pytest.mark.pdf


def _burglary_on_probation(lang: str) -> Client:
    convicted = date(2019, 4, 1)
    case = Case(id="1", case_number="BA1", county="Los Angeles", disposition_date=convicted,
                convictions=[Conviction(id="1-1", section="459", level=None, conviction_date=convicted)],
                sentence=Sentence(type="probation", judgment_date=convicted,
                                  probation=Probation(kind="formal", start=convicted, end=date(2027, 4, 1))))
    return Client(name="Ana Mezcla", person=Person(dob=date(1980, 1, 2), us_citizen=True), language=lang, cases=[case])


# A burglary is a wobbler: its level is asked between the two it may be (H82-03).
FACT = {"en": "whether your conviction was a felony or a misdemeanor",
        "es": "si su condena fue un delito grave (felony) o un delito menor (misdemeanor)"}
ONCE = {"en": "Where it stands: Not cleared yet. A lawyer must first find out " + FACT["en"] + ".",
        "es": "Cómo está: Todavía no está limpia. Primero un abogado debe averiguar " + FACT["es"] + "."}
ABOVE = {"en": "Dismissal (expungement): A clinic lawyer must find that out first.",
         "es": "Desestimación (expungement): Un abogado de la clínica primero tiene que averiguarlo."}
NOW = {"en": "Ending probation early: You qualify now.", "es": "Terminar la libertad condicional antes: Ya califica."}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_r81b_04_the_fact_is_said_once_where_one_option_does_not_wait(lang):
    text = pdf_text(_burglary_on_probation(lang), lang)
    assert text.count(FACT[lang]) == 1, text[:2500]
    assert ONCE[lang] in text, text[:2500]
    assert ABOVE[lang] in text and NOW[lang] in text, text[:2500]
