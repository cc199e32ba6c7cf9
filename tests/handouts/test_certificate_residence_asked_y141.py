"""Y141-03: a former fire-crew member released from prison in 2017, whose record did not say since
when he has lived in California, read on his card only "A clinic lawyer will also check whether you
qualify for a Certificate of Rehabilitation", though the screening's certificate waits on that one
fact (the period of rehabilitation, 7 years from release, was complete in 2024; PC 4852.03(a)
counts 5 of them as California residence) and the client knows it.  The card now asks it, as
M140-04's card asks a marijuana amount: "First they must find out since when you have lived in
California." (Spanish too).

Each test opens the real PDF (pypdf text) of a synthetic client screened by the real engine."""

from __future__ import annotations

from datetime import date

import pytest
from handout_render import pdf_text

from clinic_app.model import Case, Client, Conviction, Custody, Person, Sentence

ASKED = {"en": "First they must find out how long you have lived in California.",  # G146-03
         # How long, as the English asks since G146-03 (K177-02); «usted», not the lawyer, lives there.
         "es": "Primero el abogado tiene que averiguar cuánto tiempo lleva usted viviendo en California."}


def _fire_crew(lang: str, resident_since: date | None) -> Client:
    person = Person(dob=date(1990, 3, 1), us_citizen=True, fire_camp=True, on_supervision="none", ca_resident_since=resident_since)
    case = Case(id="A", case_number="BA430001",
                convictions=[Conviction(id="A1", section="459/460(a)", level="felony", conviction_date=date(2015, 4, 10))],
                sentence=Sentence(type="state_prison", judgment_date=date(2015, 5, 15), completed=True,
                                  custody=Custody(release_date=date(2017, 3, 1), supervision="parole", supervision_end=date(2019, 3, 1))))
    return Client(name="Prueba Fuego", language=lang, person=person, cases=[case])


@pytest.mark.parametrize("lang", ["en", "es"])
def test_y141_03_the_certificate_card_asks_since_when_the_client_has_lived_here(lang):
    assert ASKED[lang] in pdf_text(_fire_crew(lang, None), lang)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_y141_03_residence_known_nothing_asked(lang):
    assert ASKED[lang] not in pdf_text(_fire_crew(lang, date(1995, 1, 1)), lang)
