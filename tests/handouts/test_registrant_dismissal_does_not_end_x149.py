"""X149-02: a PC 290 registrant with a 2009 misdemeanor PC 647.6, told "Dismissal (expungement): You
qualify now", read of registration only "You must keep registering as before. Ask the clinic about
ending registration under the tier rules.": not that the dismissal does not end it (PC 290.007,
which the general note says to a client not known to register), and "the tier rules" named a rule
the client does not know.  The line now says, beside a dismissal, that it does not end the duty,
and in plain words the route that can (PC 290.5: a petition to a court after 10 or 20 years by the
offense, usually for life for some; ca-rules.md 4.6 [M]), with the clinic to ask if and when, in
English and Spanish.  A client no dismissal reaches (a PC 288(a) state-prison term) reads the
route without "A dismissal does not end ...", of a dismissal they cannot get.

Each test opens the real PDF (pypdf text) of a synthetic client screened by the real engine."""

from __future__ import annotations

from datetime import date

import pytest
from handout_clients import _probation
from handout_render import pdf_text

from clinic_app.model import Case, Client, Conviction, Custody, Person, Sentence

NOT_ENDED = {"en": "A dismissal does not end your duty to register.",
             "es": "La desestimación no termina su obligación de registrarse."}
ROUTE = {
    "en": "You must keep registering as before. Since 2021, many people can ask a court to end their registration"
          " after 10 or 20 years, depending on the offense. For some offenses, it is usually for life. Ask the clinic"
          " if and when you can ask.",
    "es": "Usted debe seguir registrándose como hasta ahora. Desde 2021, muchas personas pueden pedir a un tribunal"
          " que termine su registro después de 10 o 20 años, según el delito. Para algunos delitos, el registro suele"
          " ser de por vida. Pregunte en la clínica si puede pedirlo, y cuándo.",
}


# A state-prison term served, parole over: no dismissal reaches a PC 288(a) so sentenced.
PRISON_TERM = Sentence(type="state_prison", judgment_date=date(2012, 5, 25), completed=True,
                       custody=Custody(release_date=date(2017, 3, 1), supervision="parole", supervision_end=date(2020, 3, 1)))


def _client(lang: str, section: str, sentence: Sentence) -> Client:
    case = Case(id="A", case_number="9CA01234",
                convictions=[Conviction(id="A1", section=section, level="misdemeanor" if section == "647.6" else "felony",
                                        conviction_date=sentence.judgment_date)],
                sentence=sentence)
    return Client(name="Prueba Registro", language=lang,
                  person=Person(dob=date(1975, 3, 14), registrant_290=True, us_citizen=True), cases=[case])


@pytest.mark.parametrize("lang", ["en", "es"])
def test_x149_02_a_registrant_with_a_dismissal_to_come_reads_it_does_not_end_registration(lang):
    text = pdf_text(_client(lang, "647.6", _probation(date(2009, 6, 10), date(2012, 6, 10), "completed")), lang)
    assert f"{NOT_ENDED[lang]} {ROUTE[lang]}" in text
    assert "tier rules" not in text and "(tier)" not in text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_x149_02_a_registrant_no_dismissal_reaches_reads_the_route_alone(lang):
    text = pdf_text(_client(lang, "288(a)", PRISON_TERM), lang)
    assert ROUTE[lang] in text
    assert NOT_ENDED[lang] not in text
