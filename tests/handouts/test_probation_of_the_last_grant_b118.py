"""B118-04: a client on probation in two cases, a 2024 felony PC 273.5 to March 1, 2028 and a
2025 petty theft to June 15, 2027.  The petty theft's card read "Something must change first:
your probation must end (it ends on March 1, 2028)": read on that card, its own probation, which
ends nine months sooner.  The day said is the other grant's, and that grant's case is now named,
as Z80-02 names a probation that is one other case's alone."""

from __future__ import annotations

from datetime import date

import pytest
from handout_render import pdf_text

from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence

pytestmark = pytest.mark.pdf


def _marisol(lang: str, theft_end: date = date(2027, 6, 15)) -> Client:
    def case(id_: str, number: str, section: str, level: str, day: date, kind: str, end: date) -> Case:
        return Case(id=id_, case_number=number, disposition_date=day,
                    convictions=[Conviction(id=f"{id_}-1", section=section, level=level, conviction_date=day)],
                    sentence=Sentence(type="probation", judgment_date=day, imposition_suspended=True,
                                      probation=Probation(kind=kind, start=day, end=end)))

    return Client(name="Marisol Prueba", person=Person(dob=date(1990, 4, 2)), language=lang,
                  cases=[case("c1", "BA200001", "273.5", "felony", date(2024, 3, 1), "formal", date(2028, 3, 1)),
                         case("c2", "6MT00002", "484", "misdemeanor", date(2025, 6, 16), "summary", theft_end)])


EXPECTED = {
    "en": "Something must change first: your probation for “Corporal injury to a spouse, partner or dating partner” "
          "must end (it ends on March 1, 2028).",
    "es": "Primero algo tiene que cambiar: su libertad condicional (probation) por «Lesiones corporales a la pareja o "
          "expareja» debe terminar el 1 de marzo de 2028.",
}
PLAIN = {"en": "your probation must end", "es": "su libertad condicional (probation) debe terminar"}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_b118_04_the_grant_that_ends_last_is_named_on_the_blocked_card(lang):
    text = pdf_text(_marisol(lang), lang)
    assert EXPECTED[lang] in text, text[:2500]
    assert PLAIN[lang] not in text


def test_b118_04_two_grants_ending_the_same_day_are_said_as_before():
    text = pdf_text(_marisol("en", theft_end=date(2028, 3, 1)), "en")
    assert "your probation for" not in text
