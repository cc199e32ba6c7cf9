"""R128-01: X127-05 told a client "You must register for a felony, so you cannot serve on a jury
while you must register." wherever the screening's jury line cited CCP 203(a)(11) alone, and the
lines that leave it open cite it so too: the client the record says does not register (a PC
288(a) felony: "... the record says the person does not register (check)"), a registrant whose
registration the record does not tie to an offense (a PC 459 felony), and one whose felony
requires it only on a fact (a bare PC 286).  Each read as settled what the screening asks.  And
a registrant on felony probation, whom the screening bars now and "after that" by registration,
read nothing of it.  The line now follows the screening's certain sentences, in English and Spanish.

Each test opens the real PDF (pypdf text) of a synthetic client screened by the real engine."""

from __future__ import annotations

from datetime import date

import pytest
from handout_clients import _probation
from handout_render import pdf_text
from test_dismissal_barred_card_x127 import JURY_REGISTRANT

from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence


def _felon(lang: str, section: str, registrant: bool, sentence: Sentence | None = None) -> Client:
    case = Case(id="A", case_number="BA411122",
                convictions=[Conviction(id="A1", section=section, level="felony", conviction_date=date(2010, 9, 1))],
                sentence=sentence or _probation(date(2010, 9, 1), date(2013, 9, 1), "completed", kind="formal"))
    return Client(name="Prueba Jurado", language=lang,
                  person=Person(dob=date(1970, 4, 22), registrant_290=registrant, us_citizen=True), cases=[case])


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize(("section", "registrant"), [("288(a)", False), ("459", True), ("286", True)],
                         ids=["does_not_register", "registration_not_tied", "registers_only_on_a_fact"])
def test_r128_01_no_settled_jury_bar_where_the_screening_leaves_registration_open(lang, section, registrant):
    assert JURY_REGISTRANT[lang] not in pdf_text(_felon(lang, section, registrant), lang)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_r128_01_a_registrant_on_probation_is_told_registration_bars_him_after_it(lang):
    on_probation = Sentence(type="probation", judgment_date=date(2024, 9, 1), imposition_suspended=True,
                            probation=Probation(kind="formal", start=date(2024, 9, 1), end=date(2028, 9, 1), status="active"))
    assert JURY_REGISTRANT[lang] in pdf_text(_felon(lang, "288(a)", True, on_probation), lang)
