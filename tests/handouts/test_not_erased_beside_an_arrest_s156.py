"""S156-03: a client with a petty theft conviction to dismiss and an arrest whose charges were
dismissed (no conviction) read, under "What relief does and does not do", just below the arrest's
card ("Arrest in 2011 · Dismissed"), "A dismissal does not erase your record. ... Your record will
say it was dismissed.": it could be read as about the arrest, whose sealing the card offers.  On
such a page it is said of the conviction now, meaning the same of a PC 1203.4 dismissal; a page
of convictions only reads as before.  Each test opens the real PDF of a synthetic client."""

from __future__ import annotations

from datetime import date

import pytest
from handout_render import pdf_text

from clinic_app.model import ArrestOffense, Case, Client, Conviction, Person, Probation, Sentence

SAID_OF_THE_CONVICTION = {
    "en": "Dismissing a conviction does not erase it. It stays in the court files. "
          "Your record will say it was dismissed.",
    "es": "Desestimar una condena no la borra de su récord. Sigue en los archivos del tribunal. "
          "Su récord dirá que fue desestimada.",
}
AS_BEFORE = {"en": "A dismissal does not erase your record.", "es": "La desestimación no borra su récord."}


def _theft() -> Case:
    return Case(id="c1", case_number="9CJ04567", convictions=[
        Conviction(id="c1-1", section="484(a)/488", level="misdemeanor", conviction_date=date(2019, 3, 5))],
        sentence=Sentence(type="probation", judgment_date=date(2019, 3, 5), completed=True,
                          probation=Probation(kind="summary", start=date(2019, 3, 5), end=date(2020, 3, 4))))


def _dismissed_arrest() -> Case:
    return Case(id="c2", case_number="1CA09876", outcome="dismissed", arrest_date=date(2011, 6, 2),
                disposition_date=date(2011, 9, 1), arrest_level="misdemeanor",
                arrest_offenses=[ArrestOffense(section="647(f)", code="PC", level="misdemeanor")])


def _client(lang: str, *cases: Case) -> Client:
    return Client(name="Prueba Arresto", language=lang, person=Person(dob=date(1985, 1, 1), us_citizen=True),
                  cases=list(cases))


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("lang", ["en", "es"])
def test_s156_03_beside_a_dismissed_arrest_the_note_is_of_the_conviction(lang):
    text = _flat(pdf_text(_client(lang, _theft(), _dismissed_arrest()), lang))
    assert SAID_OF_THE_CONVICTION[lang] in text
    assert AS_BEFORE[lang] not in text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_s156_03_convictions_alone_read_as_before(lang):
    text = _flat(pdf_text(_client(lang, _theft()), lang))
    assert AS_BEFORE[lang] in text
    assert SAID_OF_THE_CONVICTION[lang] not in text
