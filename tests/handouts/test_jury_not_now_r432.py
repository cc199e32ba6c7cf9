"""R432-01: H428-03 told a client on parole to June 15, 2027 "Right now you cannot serve on a
jury: your custody or supervision lasts until June 15, 2027."  A client still in prison to 2027,
with parole after it to 2029, and a client on parole in one case and mandatory supervision in
another, read nothing of it: the screening says "The person cannot serve on a jury until
2029-06-16 at the earliest" of several bars, a line H428-03 did not read.  They read the last day
too, the day before the screening's first free one."""

from __future__ import annotations

from datetime import date

import pytest
from handout_render import pdf_text

from clinic_app.model import Case, Client, Conviction, Custody, Person, Sentence

AS_OF = date(2026, 12, 7)
NOT_NOW = {"en": "Right now you cannot serve on a jury: your custody or supervision lasts until {date}.",
           "es": "Por ahora no puede servir en un jurado: su custodia o supervisión dura hasta el {date}."}


def _case(number: str, kind: str, custody: Custody, when: date) -> Case:
    return Case(id=number, case_number=number, convictions=[Conviction(
        id=f"{number}-1", section="11352(a)", code="HS", level="felony", conviction_date=when)],
        sentence=Sentence(type=kind, judgment_date=when, custody=custody))


def _client(*cases: Case) -> Client:
    return Client(name="Darnell Testwood", person=Person(dob=date(1980, 3, 12), us_citizen=True),
                  cases=list(cases))


IN_PRISON_THEN_PAROLE = _client(_case("BA410001", "state_prison", Custody(
    release_date=date(2027, 6, 15), supervision="parole", supervision_end=date(2029, 6, 15)), date(2022, 3, 2)))
TWO_CASES = _client(
    _case("BA410001", "state_prison", Custody(release_date=date(2017, 6, 15), supervision="parole",
                                              supervision_end=date(2027, 6, 15)), date(2015, 3, 2)),
    _case("BA410002", "county_jail_1170h", Custody(release_date=date(2025, 6, 15), supervision="mandatory_supervision",
                                                   supervision_end=date(2028, 1, 10)), date(2023, 1, 1)))


@pytest.mark.parametrize(("client", "lang", "day"), [
    (IN_PRISON_THEN_PAROLE, "en", "June 15, 2029"),
    (IN_PRISON_THEN_PAROLE, "es", "15 de junio de 2029"),
    (TWO_CASES, "en", "January 10, 2028"),
])
def test_r432_01_custody_then_parole_or_two_cases_say_the_last_day(client, lang, day):
    text = pdf_text(client, lang, AS_OF)
    assert NOT_NOW[lang].format(date=day) in text
    assert text.count(NOT_NOW[lang].split(":")[0]) == 1  # said once, not by each case


def test_r432_01_a_registrant_on_parole_reads_registration_not_the_parole_day():
    """H428-03 left a registrant to X127-05's line (registration outlasts parole); no test held it."""
    when = date(2015, 3, 2)
    client = _client(Case(id="BA410001", case_number="BA410001", convictions=[Conviction(
        id="c1", section="288(a)", code="PC", level="felony", conviction_date=when)],
        sentence=Sentence(type="state_prison", judgment_date=when, custody=Custody(
            release_date=date(2017, 6, 15), supervision="parole", supervision_end=date(2027, 6, 15)))))
    client.person.registrant_290 = True
    text = pdf_text(client, "en", AS_OF)
    assert "You must register for a felony, so you cannot serve on a jury while you must register." in text
    assert "Right now you cannot serve on a jury" not in text
