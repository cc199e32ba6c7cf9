"""S163-03: Ernesto told intake only the year of his 1989 conviction and the month and year of
his 1994 one ("3/1994"), kept in his notes (X162-01, X162-04).  His handout's to-do asked for
his probation's end days and nothing of the conviction days, which the clinic still has to find
before it can file: nothing asked him to bring his court papers or his RAP sheet.  One line now
asks it, said once however many convictions lack their day; a record with every day has none."""

from __future__ import annotations

from datetime import date

import pytest
from handout_render import pdf_text

from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence

pytestmark = pytest.mark.pdf

ASKED = {"en": "Bring your court papers or your record (RAP sheet) to the clinic. They show the day of each "
               "conviction, and the clinic needs the exact day.",
         "es": "Traiga a la clínica sus papeles del tribunal o su récord (RAP sheet). Ahí aparece el día de cada "
               "condena, y la clínica necesita el día exacto."}

NOTES = ("Case 1 (no case number): conviction date 1989, the year alone (the day was not known at intake).\n"
         "Case 2 (no case number): conviction date March 1994, the month and year alone (the day was not known "
         "at intake).")


def _ernesto(notes: str = NOTES, day: date | None = None) -> Client:
    def case(cid: str, code: str, section: str) -> Case:
        return Case(id=cid, county="Los Angeles", sentence=Sentence(type="probation", probation=Probation(kind="formal")),
                    convictions=[Conviction(id=f"{cid}-1", code=code, section=section, level="misdemeanor",
                                            conviction_date=day)])

    return Client(name="Ernesto Prueba", person=Person(dob=date(1961, 6, 15)), notes=notes,
                  cases=[case("c1", "HS", "11377(a)"), case("c2", "PC", "484(a)")])


@pytest.mark.parametrize("lang", ["en", "es"])
def test_s163_03_a_year_or_month_given_asks_for_the_papers_once(lang):
    text = pdf_text(_ernesto(), lang)
    assert text.count(ASKED[lang]) == 1, text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_s163_03_a_year_given_for_one_case_alone_asks_it_too(lang):
    one = NOTES.splitlines()[0]
    assert pdf_text(_ernesto(notes=one), lang).count(ASKED[lang]) == 1


def test_s163_03_every_day_recorded_asks_nothing_of_it():
    # The notes' year stays where the day has since been typed: the record has the day.
    text = pdf_text(_ernesto(day=date(1994, 3, 17)), "en")
    assert ASKED["en"] not in text
