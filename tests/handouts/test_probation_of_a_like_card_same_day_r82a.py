"""R82a-03: R81b-01 names the probation in the way with its card's level and year, or its full
day where another like card has the same year.  Two petty thefts convicted on the same day in
two cases (BA1, probation ended 2020; BA2, on probation to June 20, 2027) both read
"Misdemeanor, convicted on March 2, 2019", and the cards tell themselves apart by the case
number (H23-01): BA1's card said "your probation for “Theft (petty theft) (Misdemeanor,
convicted on March 2, 2019)” must end (it ends on June 20, 2027)", a name its own line fits
as well, R81b-01's fault again.  The name now ends as the card's line does: with the case
number where the day and the county are the same, with the county where the cards name theirs
(cases in two counties: "Misdemeanor, 2019 · PC 484(a) · Orange County" on the card, where
"(Misdemeanor, convicted on March 2, 2019)" had been said)."""

from __future__ import annotations

from datetime import date

import pytest
from handout_render import pdf_text

from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence

pytestmark = pytest.mark.pdf


def _theft(key: str, convicted: date, ends: date, county: str = "Los Angeles") -> Case:
    return Case(id=key, case_number=f"BA{key}", county=county, disposition_date=convicted,
                convictions=[Conviction(id=f"{key}-1", section="484(a)", level="misdemeanor", conviction_date=convicted)],
                sentence=Sentence(type="probation", judgment_date=convicted, probation=Probation(
                    kind="summary", start=convicted, end=ends)))


def _client(lang: str, county: str = "Los Angeles") -> Client:
    day = date(2019, 3, 2)
    return Client(name="Rosa Testmartinez", person=Person(dob=date(1980, 4, 12), us_citizen=True), language=lang,
                  cases=[_theft("1", day, date(2020, 3, 2)), _theft("2", day, date(2027, 6, 20), county)])


NAMED = {
    "en": "your probation for “Theft (petty theft) (Misdemeanor, convicted on March 2, 2019 · Case BA2)” must end",
    "es": "«Hurto (hurto menor) · Delito menor (misdemeanor), condena del 2 de marzo de 2019 · Caso BA2» debe terminar",
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_r82a_03_two_like_cards_of_one_day_name_the_probation_by_its_case_number(lang):
    text = pdf_text(_client(lang), lang)
    assert NAMED[lang] in text, text[:2000]


def test_r82a_03_two_like_cards_of_one_day_in_two_counties_name_its_county():
    text = pdf_text(_client("en", county="Orange"), "en")
    assert "your probation for “Theft (petty theft) (Misdemeanor, 2019 · Orange County)” must end" in text, text[:2000]
