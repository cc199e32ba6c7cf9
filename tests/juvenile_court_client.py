"""Tanya (synthetic, M160): a 2020 adult PC 484(a), and a juvenile-court case at 16 typed at intake
as the sheet wrote it, "WI 602".  Shared by the handout and worksheet tests.  SYNTHETIC PEOPLE ONLY."""

from __future__ import annotations

from datetime import date

from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence


def tanya(lang: str, adult_case: bool = True) -> Client:
    """As intake stores her: its sentence box left at Probation for the juvenile case, no end."""
    juvenile = Case(id="c2", case_number="J0001", convictions=[
        Conviction(id="c2-1", code="WI", section="602", level="misdemeanor", conviction_date=date(2015, 10, 1))],
        sentence=Sentence(type="probation", judgment_date=date(2015, 10, 1), probation=Probation(kind="summary", start=date(2015, 10, 1))))
    theft = Case(id="c1", case_number="LAM20T0002", convictions=[
        Conviction(id="c1-1", section="484(a)", level="misdemeanor", conviction_date=date(2020, 8, 10))],
        sentence=Sentence(type="probation", judgment_date=date(2020, 8, 10),
                          probation=Probation(kind="summary", start=date(2020, 8, 10), end=date(2021, 8, 10))))
    return Client(name="Tanya Testjuvenil", language=lang, person=Person(dob=date(1999, 6, 1), us_citizen=True),
                  cases=[theft, juvenile] if adult_case else [juvenile])
