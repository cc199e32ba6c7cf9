"""R81b-01: Z80-02 names the probation in the way by its card's title, so that the card of a case
whose probation ended does not read it as its own.  A client with two petty thefts, one of 2015
whose probation ended in 2016 and one of 2019 on probation to June 20, 2027, read on the 2015
card "Something must change first: your probation for “Theft (petty theft)” must end (it ends on
June 20, 2027)": that card is titled "Theft (petty theft)" too, and the client is told, as Z80
found, that the 2015 case is still on probation.  Where another card shares the title, the
probation is now named with its card's line, as the card tells the two apart: its year, or its
full date where the years are the same too."""

from __future__ import annotations

from datetime import date

import pytest
from handout_render import pdf_text

from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence

pytestmark = pytest.mark.pdf


def _theft(key: str, convicted: date, ends: date, section: str = "484(a)") -> Case:
    return Case(id=key, case_number=f"BA{key}", county="Los Angeles", disposition_date=convicted,
                convictions=[Conviction(id=f"{key}-1", section=section, level="misdemeanor", conviction_date=convicted)],
                sentence=Sentence(type="probation", judgment_date=convicted, probation=Probation(
                    kind="summary", start=convicted, end=ends)))


def _two_thefts(lang: str, second: date = date(2019, 5, 5), other: str = "484(a)") -> Client:
    return Client(name="Rosa Testmartinez", person=Person(dob=date(1980, 4, 12), us_citizen=True), language=lang,
                  cases=[_theft("1", date(2015, 3, 2), date(2016, 3, 2), other), _theft("2", second, date(2027, 6, 20))])


NAMED = {
    "en": "your probation for “Theft (petty theft) (Misdemeanor, 2019)” must end (it ends on June 20, 2027)",
    "es": "su libertad condicional (probation) por «Hurto (hurto menor) · Delito menor (misdemeanor), 2019» debe "
          "terminar el 20 de junio de 2027",
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_r81b_01_the_probation_of_a_like_titled_card_is_named_with_its_year(lang):
    text = pdf_text(_two_thefts(lang), lang)
    assert NAMED[lang] in text, text[:1500]
    alike = {"en": "your probation for “Theft (petty theft)” must end",
             "es": "(probation) por «Hurto (hurto menor)» debe terminar"}[lang]
    assert alike not in text


def test_r81b_01_two_like_cards_of_one_year_are_told_apart_by_the_day():
    text = pdf_text(_two_thefts("en", second=date(2015, 9, 1)), "en")
    assert ("your probation for “Theft (petty theft) (Misdemeanor, convicted on September 1, 2015)” must end"
            in text), text[:1500]


def test_r81b_01_a_title_no_other_card_has_is_named_alone_as_before():
    """The 2015 case a burglary: the theft on probation is the one card so titled (Z80-02)."""
    text = pdf_text(_two_thefts("en", other="459"), "en")
    assert "your probation for “Theft (petty theft)” must end (it ends on June 20, 2027)" in text, text[:1500]


def _three_thefts_and_a_burglary(lang: str) -> Client:
    """Three cards held back (SAID_FIRST_FROM): the bar is said first, with where to end it sooner."""
    return Client(name="Rosa Testmartinez", person=Person(dob=date(1980, 4, 12), us_citizen=True), language=lang,
                  cases=[_theft("1", date(2012, 3, 2), date(2013, 3, 2)), _theft("3", date(2015, 3, 2), date(2016, 3, 2)),
                         _theft("4", date(2016, 3, 2), date(2017, 3, 2), "459"),
                         _theft("2", date(2019, 5, 5), date(2027, 6, 20))])


POINTED = {
    "en": "See “Ending probation early” under “Theft (petty theft) (Misdemeanor, 2019 · PC 484(a) · Case BA2)” below.",
    "es": "Vea «Terminar la libertad condicional antes» en «Hurto (hurto menor) · Delito menor (misdemeanor), 2019 · "
          "PC 484(a) · Caso BA2», abajo.",
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_r81b_05_read_this_first_points_to_the_card_on_probation_among_like_cards(lang):
    """"See “Ending probation early” under “Theft (petty theft)” below" stood over three cards so
    titled: it now names the one on probation with its line, as the checklist names it."""
    text = pdf_text(_three_thefts_and_a_burglary(lang), lang)
    assert POINTED[lang] in text, text[:2000]
