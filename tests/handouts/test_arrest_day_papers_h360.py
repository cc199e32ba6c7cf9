"""H360-04: a client who told intake only the year of an arrest that came to nothing ("another
arrest, around 2015"), kept in her notes, read on her handout only "Wait for a clinic lawyer to
review: the arrest": the screening waits on the arrest's day (automatic arrest relief counts
from it), and nothing asked her to bring or get the papers that give it, as a conviction told by
its year asks (S163-03).  The arrest's day is asked now, with how to get the RAP sheet; beside a
conviction told by its year, one line asks for both days."""

from __future__ import annotations

from datetime import date

import pytest
from handout_render import pdf_text

from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence

pytestmark = pytest.mark.pdf

ARREST = {"en": "Bring your court papers or your record (RAP sheet) to the clinic. They show the day of each arrest, "
                "and the clinic needs the exact day.",
          "es": "Traiga a la clínica sus papeles del tribunal o su récord (RAP sheet). Ahí aparece el día de cada "
                "arresto, y la clínica necesita el día exacto."}
BOTH = {"en": "Bring your court papers or your record (RAP sheet) to the clinic. They show the day of each conviction "
              "and arrest, and the clinic needs the exact day.",
        "es": "Traiga a la clínica sus papeles del tribunal o su récord (RAP sheet). Ahí aparece el día de cada condena "
              "y arresto, y la clínica necesita el día exacto."}
HOW = {"en": "If you have no court papers, ask the clinic how to get a copy of your record (RAP sheet)",
       "es": "Si no tiene sus papeles del tribunal, pregunte en la clínica cómo pedirle una copia de su récord"}
ARRESTED = "Case {n} (no case number): arrest date 2015, the year alone (the day was not known at intake)."
CONVICTED = "Case 1 (no case number): conviction date 2012, the year alone (the day was not known at intake)."


def _arrest(cid: str) -> Case:
    return Case(id=cid, county="Los Angeles", outcome="no_charges_filed", arrest_level="misdemeanor", convictions=[])


def _client(notes: str, cases: list[Case]) -> Client:
    return Client(name="Marisol Duda", person=Person(dob=date(1984, 5, 3), us_citizen=True), notes=notes, cases=cases)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_h360_04_an_arrest_told_by_its_year_asks_for_its_day(lang):
    text = pdf_text(_client(ARRESTED.format(n=1), [_arrest("c1")]), lang)
    assert ARREST[lang] in text
    assert HOW[lang] in text and text.index(HOW[lang]) < text.index(ARREST[lang])
    assert BOTH[lang] not in text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_h360_04_beside_a_conviction_told_by_its_year_one_line_asks_both(lang):
    convicted = Case(id="c1", county="Los Angeles", convictions=[Conviction(id="c1-1", section="484", level="misdemeanor")],
                     sentence=Sentence(type="probation", probation=Probation(kind="summary")))
    text = pdf_text(_client(f"{CONVICTED}\n{ARRESTED.format(n=2)}", [convicted, _arrest("c2")]), lang)
    assert text.count(BOTH[lang]) == 1
    assert ARREST[lang] not in text


def test_h360_04_an_arrest_with_its_day_asks_nothing():
    arrest = _arrest("c1")
    arrest.arrest_date = date(2015, 6, 2)
    text = pdf_text(_client(ARRESTED.format(n=1), [arrest]), "en")
    assert "Bring your court papers" not in text
