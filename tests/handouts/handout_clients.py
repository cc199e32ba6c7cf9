"""Synthetic clients that cover every status and situation a handout must handle.

Each builder returns a `Client` with a hand-written record; the tests screen it with the
real engine (`clinic_app.eligibility.screen`) and check the screening really has the
status the scenario is named for, so a change in the engine cannot silently leave a
handout path untested.  SYNTHETIC PEOPLE ONLY.
"""

from __future__ import annotations

from datetime import date

from clinic_app.eligibility import screen
from clinic_app.handouts import ClinicInfo
from clinic_app.model import (
    ArrestOffense,
    Case,
    Client,
    Condition,
    Conviction,
    Money,
    Person,
    Probation,
    ReliefGranted,
    Sentence,
)

AS_OF = date(2026, 11, 15)
CLINIC = ClinicInfo(
    name="Eastside Record Clearance Clinic",
    address="1200 E 1st St, Los Angeles, CA 90033",
    phone="(213) 555-0142",
    website="eastside-clinic.example.org",
    hours="Tue and Thu, 9 am to 4 pm",
)


def _probation(start: date, end: date, status: str, kind: str = "summary") -> Sentence:
    return Sentence(type="probation", judgment_date=start, imposition_suspended=True,
                    probation=Probation(kind=kind, start=start, end=end, status=status))


def eligible_now(lang: str = "en") -> Client:
    """Petty theft, summary probation completed long ago: dismissal now (and automatic relief)."""
    case = Case(id="A", case_number="4CJ01234",
                convictions=[Conviction(id="A1", section="484(a)/488", conviction_date=date(2015, 3, 2))],
                sentence=_probation(date(2015, 3, 2), date(2018, 3, 2), "completed"))
    return Client(name="Rosa Gómez", language=lang, person=Person(dob=date(1984, 6, 9)), cases=[case])


def eligible_on(lang: str = "en") -> Client:
    """A misdemeanor fine-only sentence a few months ago: PC 1203.4a after one year."""
    case = Case(id="A", convictions=[Conviction(id="A1", section="602", conviction_date=date(2026, 6, 1))],
                sentence=Sentence(type="no_probation", judgment_date=date(2026, 6, 1), completed=True))
    return Client(name="Darnell Washington", language=lang, person=Person(dob=date(1990, 2, 11)), cases=[case])


def blocked_by_probation(lang: str = "en") -> Client:
    """An old completed case, and a new one still on probation: the old one must wait."""
    old = Case(id="A", convictions=[Conviction(id="A1", section="594(a)", conviction_date=date(2014, 2, 3))],
               sentence=_probation(date(2014, 2, 3), date(2017, 2, 3), "completed"))
    new = Case(id="B", convictions=[Conviction(id="B1", section="23152(b)", code="VC",
                                               conviction_date=date(2025, 5, 20))],
               sentence=_probation(date(2025, 5, 20), date(2028, 5, 20), "active"),
               conditions=[Condition(kind="class", label="First-offender DUI program", required=30, done=12)],
               money=Money(fines_ordered=1800, fines_paid=600, restitution_ordered=800, restitution_paid=200))
    return Client(name="Minh Nguyễn", language=lang, person=Person(dob=date(1979, 10, 3)), cases=[old, new])


def excluded(lang: str = "en") -> Client:
    """PC 288(a): excluded from dismissal, not a wobbler; the person must register."""
    case = Case(id="A", convictions=[Conviction(id="A1", section="288(a)", level="felony",
                                                conviction_date=date(2005, 9, 1))],
                sentence=_probation(date(2005, 9, 1), date(2010, 9, 1), "completed", kind="formal"))
    return Client(name="Robert Thompson", language=lang,
                  person=Person(dob=date(1961, 4, 22), registrant_290=True), cases=[case])


def needs_review(lang: str = "en") -> Client:
    """Probation with an unknown outcome (and no date of birth): the engine cannot decide without them."""
    case = Case(id="A", convictions=[Conviction(id="A1", section="211", level="felony",
                                                conviction_date=date(2012, 4, 4))],
                sentence=Sentence(type="probation", judgment_date=date(2012, 4, 4),
                                  probation=Probation(kind="formal", start=date(2012, 4, 4))))
    return Client(name="Keisha Johnson", language=lang, cases=[case])


def non_citizen(lang: str = "es") -> Client:
    """A DUI with probation completed, for a client who is not a U.S. citizen."""
    case = Case(id="A", convictions=[Conviction(id="A1", section="23152(a)", code="VC",
                                                conviction_date=date(2017, 1, 9))],
                sentence=_probation(date(2017, 1, 9), date(2020, 1, 9), "completed"))
    return Client(name="José Hernández", language=lang, person=Person(dob=date(1986, 12, 1), us_citizen=False), cases=[case])


def dismissed_and_reduced(lang: str = "en") -> Client:
    """A felony wobbler already reduced under 17(b) and dismissed, plus a dismissed misdemeanor."""
    a = Case(id="A", convictions=[Conviction(
        id="A1", section="459/460(b)", level="felony", conviction_date=date(2012, 5, 20),
        relief_granted=[ReliefGranted("pc17b", date(2020, 1, 10)), ReliefGranted("pc1203_4", date(2020, 1, 10))])],
        sentence=_probation(date(2012, 5, 20), date(2015, 5, 20), "completed", kind="formal"))
    b = Case(id="B", convictions=[Conviction(
        id="B1", section="11377(a)", code="HS", level="felony", conviction_date=date(2013, 8, 8),
        relief_granted=[ReliefGranted("prop47", date(2016, 3, 1))])],
        sentence=_probation(date(2013, 8, 8), date(2016, 8, 8), "completed", kind="formal"))
    return Client(name="Tanya Brown", language=lang, person=Person(dob=date(1975, 7, 30)), cases=[a, b])


def arrest_only(lang: str = "en") -> Client:
    """An arrest the prosecutor never charged."""
    case = Case(id="A", outcome="no_charges_filed", arrest_date=date(2019, 7, 4), arrest_level="misdemeanor",
                arrest_offenses=[ArrestOffense(section="647(f)", level="misdemeanor")])
    return Client(name="Ashley Walker-Simmons", language=lang, person=Person(dob=date(1995, 5, 15)), cases=[case])


def no_cases(lang: str = "en") -> Client:
    return Client(name="Ana Cruz", language=lang)


def very_long_name(lang: str = "es") -> Client:
    client = eligible_now(lang)
    client.name = "María de los Ángeles Guadalupe Hernández-Villaseñor y Castañeda " * 3
    return client


SCENARIOS = {
    "eligible_now": (eligible_now, "eligible"),
    "eligible_on": (eligible_on, "eligible_on"),
    "blocked": (blocked_by_probation, "blocked"),
    "excluded": (excluded, "not_available"),
    "needs_review": (needs_review, "needs_review"),
    "non_citizen": (non_citizen, "eligible"),
    "dismissed": (dismissed_and_reduced, "dismissed"),
    "arrest_only": (arrest_only, None),
    "no_cases": (no_cases, None),
}


def screened(client: Client, as_of: date = AS_OF):
    """The real engine's screening of a client."""
    return screen(client.person, client.cases, as_of)
