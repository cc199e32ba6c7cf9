"""H428-03: a client out of state prison, on parole until June 15, 2027, read under "Jury
service" only the rule for everyone ("A felony stops you only while you are in custody or on
felony probation, parole or other supervision after release"), while the screening says he
cannot serve now, through that day.  The handout now says it of him, with the day."""

from __future__ import annotations

from datetime import date

import pytest
from handout_render import pdf_text

from clinic_app.model import Case, Client, Conviction, Custody, Person, Sentence

AS_OF = date(2026, 12, 7)
NOT_NOW = {"en": "Right now you cannot serve on a jury: your custody or supervision lasts until {date}.",
           "es": "Por ahora no puede servir en un jurado: su custodia o supervisión dura hasta el {date}."}
DAY = {"en": "June 15, 2027", "es": "15 de junio de 2027"}


def _paroled(parole_end: date) -> Client:
    when = date(2015, 3, 2)
    return Client(name="Darnell Testwood", person=Person(dob=date(1980, 3, 12), us_citizen=True), cases=[Case(
        id="c1", case_number="BA410001", convictions=[Conviction(id="c1-1", section="11352(a)", code="HS",
                                                                 level="felony", conviction_date=when)],
        sentence=Sentence(type="state_prison", judgment_date=when,
                          custody=Custody(release_date=date(2017, 6, 15), supervision="parole",
                                          supervision_end=parole_end)))])


@pytest.mark.parametrize("lang", ["en", "es"])
def test_h428_03_a_client_on_parole_is_told_he_cannot_serve_on_a_jury_until_it_ends(lang):
    assert NOT_NOW[lang].format(date=DAY[lang]) in pdf_text(_paroled(date(2027, 6, 15)), lang, AS_OF)


def test_h428_03_not_said_once_parole_has_ended():
    text = pdf_text(_paroled(date(2019, 6, 15)), "en", AS_OF)
    assert "A felony stops you only while" in text
    assert "Right now you cannot serve on a jury" not in text
