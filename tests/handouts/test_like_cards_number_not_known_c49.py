"""C49-02: two like cards of one day and county are told apart by their case numbers (H23-01,
R82a-03).  A number typed where it was not known ("unknown", "pending": R46-06) tells nothing,
and in a Spanish handout it was printed as English: "Caso unknown", beside "Caso BA2".  A card
whose number is such a word is told apart by nothing more; the other keeps its number."""

from __future__ import annotations

from datetime import date

import pytest
from handout_render import pdf_text

from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence

pytestmark = pytest.mark.pdf


def _theft(key: str, number: str, ends: date) -> Case:
    convicted = date(2019, 3, 2)
    return Case(id=key, case_number=number, county="Los Angeles", disposition_date=convicted,
                convictions=[Conviction(id=f"{key}-1", section="484(a)", level="misdemeanor", conviction_date=convicted)],
                sentence=Sentence(type="probation", judgment_date=convicted, probation=Probation(
                    kind="summary", start=convicted, end=ends)))


def _client(lang: str) -> Client:
    return Client(name="Rosa Testmartinez", person=Person(dob=date(1980, 4, 12), us_citizen=True), language=lang,
                  cases=[_theft("1", "unknown", date(2020, 3, 2)), _theft("2", "BA2", date(2027, 6, 20))])


@pytest.mark.parametrize("lang, numbered", [("en", "Case BA2"), ("es", "Caso BA2")])
def test_c49_02_a_number_not_known_is_not_printed_to_tell_a_card_apart(lang, numbered):
    text = pdf_text(_client(lang), lang)
    assert numbered in text, text[:3000]
    assert "unknown" not in text.lower(), [line for line in text.splitlines() if "unknown" in line.lower()]
