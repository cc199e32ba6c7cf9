"""A client whose screening leaves facts to find out in two cases (K372): case BA100001's
probation end and status not recorded, which the other case's dismissal waits on too, and a
Fresno case with no number whose sentencing choice and property value are not recorded.
SYNTHETIC PEOPLE ONLY."""

from __future__ import annotations

from datetime import date

from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence

AS_OF = date(2026, 12, 7)


def two_cases_to_ask(name: str = "Ana Ruiz Test") -> Client:
    return Client(name=name, person=Person(dob=date(1985, 3, 14)), cases=[
        Case(id="c1", case_number="BA100001", disposition_date=date(2015, 5, 1),
             convictions=[Conviction(id="c1-1", section="459", level="misdemeanor", conviction_date=date(2015, 5, 1))],
             sentence=Sentence(type="probation", probation=Probation(kind="summary", start=date(2015, 5, 1)))),
        Case(id="c2", county="Fresno", disposition_date=date(2012, 6, 1),
             convictions=[Conviction(id="c2-1", section="487(a)", level="felony", conviction_date=date(2012, 6, 1))],
             sentence=Sentence(type="probation", completed=True,
                               probation=Probation(kind="formal", start=date(2012, 6, 1), end=date(2015, 6, 1),
                                                   status="completed"))),
    ])
