"""H360-01: a client on the phone who remembered only the year of an arrest that came to nothing
("another arrest, around 2015"), typed `2015` in intake's Arrested:, read "Arrest in year not
known" on her handout's card: intake had kept the year in her notes, and the card of her
conviction beside it gave its year told (X162-01), the arrest's did not.  The arrest's card now
gives the year told, and no day; an arrest with no year given anywhere still reads "year not
known"."""

from __future__ import annotations

from datetime import date

import pytest
from handout_render import pdf_text

from clinic_app.model import Case, Client, Person

pytestmark = pytest.mark.pdf

NOTES = "Case 1 (no case number): arrest date 2015, the year alone (the day was not known at intake)."


def _marisol() -> Client:
    def arrest(cid: str) -> Case:
        return Case(id=cid, county="Los Angeles", outcome="no_charges_filed", convictions=[])

    return Client(name="Marisol Duda", person=Person(dob=date(1984, 5, 3)), notes=NOTES,
                  cases=[arrest("c1"), arrest("c2")])


@pytest.mark.parametrize(("lang", "given", "not_given"), [
    ("en", "Arrest in 2015 · No charges filed", "Arrest in year not known · No charges filed"),
    ("es", "Arresto en 2015", "Arresto en año desconocido"),
])
def test_h360_01_an_arrest_card_gives_the_year_the_client_told(lang, given, not_given):
    text = pdf_text(_marisol(), lang)
    assert given in text
    # The second arrest's year was not told: still not known.
    assert not_given in text
    assert "1/1/2015" not in text and "January 1, 2015" not in text and "1 de enero de 2015" not in text
