"""X162-01: a client who knew only the year of a conviction ("convicted in 1989", typed `1989`
at intake) read "Felony, year not known" on his handout's card, the year he had just told the
volunteer written nowhere on his page (intake keeps it in the notes, the day left blank, and
the worksheet says it).  The card now gives that year, and no day or month is made up for it;
a card with no year given anywhere still reads "year not known"."""

from __future__ import annotations

from datetime import date

import pytest
from handout_render import pdf_text

from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence

pytestmark = pytest.mark.pdf

NOTES = ("Case 1 (no case number): conviction date 1989, the year alone (the day was not known at intake).\n"
         "Case 2 (no case number): probation end 2005, the year alone (the day was not known at intake).")


def _ernesto() -> Client:
    def case(cid: str, section: str, code: str, level: str) -> Case:
        return Case(id=cid, county="Los Angeles", convictions=[Conviction(id=f"{cid}-1", code=code, section=section, level=level)],
                    sentence=Sentence(type="probation", probation=Probation(kind="formal")))

    return Client(name="Ernesto Prueba", person=Person(dob=date(1961, 6, 15)), notes=NOTES,
                  cases=[case("c1", "11350", "HS", "felony"), case("c2", "23152(a)", "VC", "misdemeanor")])


@pytest.mark.parametrize(("lang", "given", "not_given"), [
    ("en", "Felony, 1989 · HS 11350", "Misdemeanor, year not known · VC 23152(a)"),
    ("es", "Delito grave (felony), 1989 · HS 11350", "Delito menor (misdemeanor), año desconocido · VC 23152(a)"),
])
def test_x162_01_the_card_gives_the_year_the_client_told_and_no_more(lang, given, not_given):
    text = pdf_text(_ernesto(), lang)
    assert given in text
    # The second case's year was not given (only its probation's end was): still not known.
    assert not_given in text
    assert "1/1/1989" not in text and "January 1, 1989" not in text and "1 de enero de 1989" not in text
