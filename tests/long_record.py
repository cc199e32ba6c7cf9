"""A long record, short enough for a test (H130): three old misdemeanors, their probation long
done, and a 2024 DUI (VC 23152(b), case 24M08080) on summary probation to 2027-03-18 with its
DUI program and fines still open, which holds back relief in the others.  SYNTHETIC PEOPLE ONLY."""

from __future__ import annotations

from datetime import date

from clinic_app.model import Case, Client, Condition, Conviction, Money, Person, Probation, Sentence


def _case(n: int, number: str, section: str, code: str, year: int, running: bool) -> Case:
    day = date(year, 3, 18)
    end = date(year + (3 if running else 1), 3, 18)
    return Case(id=f"c{n}", case_number=number, convictions=[
        Conviction(id=f"c{n}-1", section=section, code=code, level="misdemeanor", conviction_date=day)],
        sentence=Sentence(type="probation", judgment_date=day, imposition_suspended=True, completed=not running,
                          probation=Probation(kind="summary", start=day, end=end, status="active" if running else "completed")),
        conditions=[Condition(kind="class", label="First offender DUI program", required=9, done=5)] if running else [],
        money=Money(fines_ordered=2000, fines_paid=900) if running else Money())


def long_record(*, running: bool = True, lang: str = "en") -> Client:
    """Rosa Testlong's four cases; `running`: the DUI's probation still runs (else it ended in 2025)."""
    return Client(name="Rosa Testlong", person=Person(dob=date(1984, 3, 15), us_citizen=True), language=lang, cases=[
        _case(1, "04M01234", "484", "PC", 2004, False),
        _case(2, "13M02020", "148(a)(1)", "PC", 2013, False),
        _case(3, "16M04040", "459.5", "PC", 2016, False),
        _case(4, "24M08080", "23152(b)", "VC", 2024, running),
    ])
