"""Marisol (synthetic, I264): a lawful permanent resident from El Salvador, 34, Spanish first,
who wants to apply for citizenship and fears deportation.  A 2016 HS 11350(a) possession, a 2019
PC 484 petty theft and a 2021 PC 243(e)(1) domestic battery with its 52-week program done,
probation completed in each, as intake stores them.  SYNTHETIC PEOPLE ONLY."""

from __future__ import annotations

from datetime import date

from clinic_app.model import Case, Condition, Client, Conviction, Person, Probation, Sentence


def _case(key: str, number: str, code: str, section: str, convicted: date, ends: date, kind: str = "summary",
          conditions: list[Condition] | None = None) -> Case:
    return Case(id=key, case_number=number, disposition_date=convicted,
                convictions=[Conviction(id=f"{key}-1", code=code, section=section, level="misdemeanor",
                                        conviction_date=convicted)],
                sentence=Sentence(type="probation", judgment_date=convicted, completed=True,
                                  probation=Probation(kind=kind, start=convicted, end=ends, status="completed")),
                conditions=conditions or [])


def marisol(lang: str = "es", us_citizen: bool | None = False, name: str = "Marisol Testresidente") -> Client:
    """Marisol's three cases; `us_citizen` as the Record tab's US citizen box was answered."""
    program = Condition(kind="class", label="52-week batterer program", required=52, done=52,
                        completed_on=date(2022, 7, 1))
    return Client(name=name, language=lang, person=Person(dob=date(1992, 3, 14), us_citizen=us_citizen), cases=[
        _case("c1", "6CJ01234", "HS", "11350(a)", date(2016, 4, 12), date(2019, 4, 12)),
        _case("c2", "9CJ05678", "PC", "484", date(2019, 8, 20), date(2020, 8, 20)),
        _case("c3", "1CJ09876", "PC", "243(e)(1)", date(2021, 6, 3), date(2024, 6, 3), kind="formal",
              conditions=[program]),
    ])
