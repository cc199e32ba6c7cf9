"""A client with cases in three California counties (C149): a 2014 Los Angeles petty theft
(Van Nuys, 4VN01234), its summary probation long done; a 2017 Riverside receiving stolen
property, a felony wobbler (RIF1704567), its formal probation done in 2020; and a 2021 San
Bernardino DUI (MSB21003456) still on probation to 2027-03-14, which holds back the other two
cases' PC 1203.4.  SYNTHETIC PEOPLE ONLY."""

from __future__ import annotations

from datetime import date

from clinic_app.model import Case, Client, Conviction, Money, Person, Probation, Sentence

AS_OF = date(2026, 12, 6)


def _case(n: int, number: str, county: str, section: str, code: str, level: str, day: date, end: date, *,
          formal: bool = False, wobbler: bool | None = None, fines: tuple[int, int] = (300, 300)) -> Case:
    running = end >= AS_OF
    return Case(id=f"c{n}", case_number=number, county=county, disposition_date=day, convictions=[
        Conviction(id=f"c{n}-1", section=section, code=code, level=level, wobbler=wobbler, conviction_date=day)],
        sentence=Sentence(type="probation", judgment_date=day, imposition_suspended=True,
                          probation=Probation(kind="formal" if formal else "summary", start=day, end=end,
                                              status="active" if running else "completed")),
        money=Money(fines_ordered=fines[0], fines_paid=fines[1]))


def three_counties(*, lang: str = "en", san_bernardino: str = "San Bernardino") -> Client:
    """Marisol Testtres's three cases; `san_bernardino`: the DUI's County box as typed."""
    return Client(name="Marisol Testtres", person=Person(dob=date(1990, 4, 17), us_citizen=True), language=lang, cases=[
        _case(1, "4VN01234", "Los Angeles", "484(a)", "PC", "misdemeanor", date(2014, 5, 12), date(2016, 5, 11)),
        _case(2, "RIF1704567", "Riverside", "496(a)", "PC", "felony", date(2017, 8, 21), date(2020, 8, 20),
              formal=True, wobbler=True, fines=(600, 600)),
        _case(3, "MSB21003456", san_bernardino, "23152(a)", "VC", "misdemeanor", date(2021, 11, 15), date(2027, 3, 14),
              fines=(1800, 900)),
    ])
