"""Armando (synthetic, I165): a lawful permanent resident who asks whether clearing his record
helps his green-card renewal and naturalization.  A 2013 HS 11377 possession (misdemeanor), a
2016 PC 273.5 (felony) and a 2020 PC 484 (misdemeanor), probation done in each, as intake stores
them.  Shared by the caseload, handout and intake tests.  SYNTHETIC PEOPLE ONLY."""

from __future__ import annotations

from datetime import date

from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence


def _case(key: str, number: str, code: str, section: str, level: str, convicted: date, ends: date) -> Case:
    kind = "formal" if level == "felony" else "summary"
    return Case(id=key, case_number=number, disposition_date=convicted,
                convictions=[Conviction(id=f"{key}-1", code=code, section=section, level=level, conviction_date=convicted)],
                sentence=Sentence(type="probation", judgment_date=convicted,
                                  probation=Probation(kind=kind, start=convicted, end=ends)))


def armando(lang: str = "en", us_citizen: bool | None = False) -> Client:
    """Armando's three cases; `us_citizen` as intake's US citizen box was answered."""
    return Client(name="Armando Testimmigra", language=lang, person=Person(dob=date(1984, 6, 9), us_citizen=us_citizen), cases=[
        _case("c1", "3CJ04567", "HS", "11377", "misdemeanor", date(2013, 4, 15), date(2016, 4, 15)),
        _case("c2", "BA445566", "PC", "273.5", "felony", date(2016, 8, 10), date(2019, 8, 10)),
        _case("c3", "0CJ07788", "PC", "484", "misdemeanor", date(2020, 9, 1), date(2022, 9, 1)),
    ])
