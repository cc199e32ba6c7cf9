"""Synthetic clients whose only relief available now is automatic (N47): DOJ grants it on its
own, so there is nothing to file for them, and one beside them with a petition to file."""

from __future__ import annotations

from datetime import date

from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence
from clinic_app.screening_format import read_request

AS_OF = date(2026, 12, 2)


def clean_slate_only(name: str = "Carmen Automática") -> Client:
    """A 2007 felony (PC 12021) with probation completed in 2009, its fines (a condition of
    probation) not known: PC 1203.425 automatic relief is eligible, while the 1203.4 petition
    waits on the fines and needs review (as demo client 33)."""
    request = read_request({"person": {"dob": "1959-01-01", "us_citizen": True}, "cases": [{
        "id": "c1", "outcome": "convicted", "case_number": "GA377991", "county": "Kern",
        "disposition_date": "2007-10-01", "arrest_date": "2006-09-21", "arrest_level": "felony",
        "convictions": [{"id": "c1-1", "section": "12021", "code": "PC", "level": "felony",
                         "conviction_date": "2007-10-01", "offense_date": "2006-09-20"}],
        "sentence": {"type": "probation", "judgment_date": "2007-10-01", "imposition_suspended": True, "completed": True,
                     "probation": {"kind": "formal", "start": "2007-10-01", "end": "2009-09-30", "status": "completed"}},
        "money": {"fines_condition_of_probation": True},
    }]})
    return Client(name=name, person=request.person, cases=request.cases)


def arrest_relief_only(name: str = "Arturo Arresto") -> Client:
    """A 2020 felony arrest with no charges filed: PC 851.93 automatic arrest relief is
    eligible, the 851.91 petition needs review (as demo client 841)."""
    request = read_request({"person": {"dob": "2000-07-18"}, "cases": [{
        "id": "c3", "outcome": "no_charges_filed", "county": "Los Angeles", "arrest_date": "2020-10-26",
        "arrest_level": "felony", "arrest_offenses": [{"section": "211", "code": "PC", "level": "felony"}],
    }]})
    return Client(name=name, person=request.person, cases=request.cases)


def to_file(name: str = "Fernanda Filing") -> Client:
    """A 2015 petty theft with probation completed: PC 1203.4 (a petition) is eligible now."""
    return Client(name=name, person=Person(dob=date(1980, 5, 5)), cases=[Case(
        id="a", case_number="LA100200", disposition_date=date(2015, 3, 3),
        convictions=[Conviction(id="a1", section="488", level="misdemeanor", conviction_date=date(2015, 3, 3))],
        sentence=Sentence(type="probation", judgment_date=date(2015, 3, 3), completed=True,
                          probation=Probation(kind="summary", start=date(2015, 3, 3), end=date(2016, 3, 3), status="completed")))])


# ---- A48: the same on a later date: the relief that comes first is automatic only ----------

def clean_slate_later(name: str = "Lorena Después") -> Client:
    """A 2022 felony burglary (state prison, PRCS to 2029-05-13): PC 1203.425 automatic relief
    comes on 2033-05-14, four years after supervision; the 1203.41 petition needs review (as
    demo client 2459).  Nothing to file on that date."""
    request = read_request({"person": {"dob": "1981-11-07", "us_citizen": True}, "cases": [{
        "id": "c1", "outcome": "convicted", "case_number": "LA169993", "county": "Los Angeles",
        "disposition_date": "2022-11-22", "arrest_date": "2022-08-06", "arrest_level": "felony",
        "convictions": [{"id": "c1-1", "section": "459/460(b)", "code": "PC", "level": "felony",
                         "conviction_date": "2022-11-22", "offense_date": "2022-08-06", "value_dollars": 900}],
        "sentence": {"type": "state_prison", "judgment_date": "2022-11-22", "completed": False,
                     "custody": {"split": False, "release_date": "2027-01-13", "supervision": "prcs",
                                 "supervision_end": "2029-05-13"}},
    }]})
    return Client(name=name, person=request.person, cases=request.cases)


def arrest_relief_later(name: str = "Armando Arresto") -> Client:
    """A 2024 felony arrest with no charges filed: PC 851.93 automatic arrest relief comes on
    2030-09-29, the 851.91 petition needs review (as demo client 788)."""
    request = read_request({"person": {"dob": "1982-09-13"}, "cases": [{
        "id": "c1", "outcome": "no_charges_filed", "county": "Los Angeles", "arrest_date": "2024-09-28",
        "arrest_level": "felony", "arrest_offenses": [{"section": "211", "code": "PC", "level": "felony"}],
    }]})
    return Client(name=name, person=request.person, cases=request.cases)


def to_file_later(name: str = "Felipe Filing") -> Client:
    """A 2025 misdemeanor on probation to 2030-09-28, fines paid: the PC 1203.4 petition (and
    1203.425 beside it) on 2030-09-29, the day Armando's arrest relief comes: one to file."""
    request = read_request({"person": {"dob": "1990-12-15", "us_citizen": True}, "cases": [{
        "id": "c1", "outcome": "convicted", "case_number": "5CJ83330", "county": "Los Angeles",
        "disposition_date": "2025-04-20", "arrest_date": "2024-04-04", "arrest_level": "misdemeanor",
        "convictions": [{"id": "c1-1", "section": "20002", "code": "VC", "level": "misdemeanor",
                         "conviction_date": "2025-04-20", "offense_date": "2024-04-04"}],
        "sentence": {"type": "probation", "judgment_date": "2025-04-20", "imposition_suspended": True, "completed": False,
                     "probation": {"kind": "summary", "start": "2025-04-20", "end": "2030-09-28", "status": "active"}},
        "money": {"fines_ordered": 300, "fines_paid": 300},
    }]})
    return Client(name=name, person=request.person, cases=request.cases)


# ---- J50: automatic relief first, a petition to file later ---------------------------------

def _probation_case(end: str) -> dict:
    """A 2025 misdemeanor (VC 20002), summary probation active to `end`, fines paid: PC 1203.4
    (a petition) and 1203.425 come the day after."""
    return {"id": "c2", "outcome": "convicted", "case_number": "5CJ90001", "county": "Los Angeles",
            "disposition_date": "2025-04-20", "arrest_date": "2024-04-04", "arrest_level": "misdemeanor",
            "convictions": [{"id": "c2-1", "section": "20002", "code": "VC", "level": "misdemeanor",
                             "conviction_date": "2025-04-20", "offense_date": "2024-04-04"}],
            "sentence": {"type": "probation", "judgment_date": "2025-04-20", "imposition_suspended": True, "completed": False,
                         "probation": {"kind": "summary", "start": "2025-04-20", "end": end, "status": "active"}},
            "money": {"fines_ordered": 300, "fines_paid": 300}}


def _arrest_case(arrested: str) -> dict:
    return {"id": "c1", "outcome": "no_charges_filed", "county": "Los Angeles", "arrest_date": arrested,
            "arrest_level": "felony", "arrest_offenses": [{"section": "211", "code": "PC", "level": "felony"}]}


def arrest_relief_now_petition_soon(name: str = "Nadia Ahora") -> Client:
    """A 2020 arrest with no charges filed (PC 851.93 automatic relief now) and a 2025
    misdemeanor on probation to 2026-12-20: the PC 1203.4 petition from 2026-12-21, 19 days
    after AS_OF (as demo client 2969: 851.93 now, 1203.4 on 2027-07-25)."""
    request = read_request({"person": {"dob": "1990-12-15", "us_citizen": True},
                            "cases": [_arrest_case("2020-10-26"), _probation_case("2026-12-20")]})
    return Client(name=name, person=request.person, cases=request.cases)


def arrest_relief_later_petition_after(name: str = "Teodoro Tarde") -> Client:
    """A 2024 arrest with no charges filed (PC 851.93 on 2030-09-29) and a 2025 misdemeanor on
    probation to 2031-06-30: the PC 1203.4 petition from 2031-07-01 (as demo client 3964:
    1203.425 on 2031-06-09, a 1203.41 petition from 2032-04-09)."""
    request = read_request({"person": {"dob": "1982-09-13", "us_citizen": True},
                            "cases": [_arrest_case("2024-09-28"), _probation_case("2031-06-30")]})
    return Client(name=name, person=request.person, cases=request.cases)


def arrest_relief_soon(name: str = "Pablo Pronto") -> Client:
    """A 2020 felony arrest with no charges filed: PC 851.93 automatic arrest relief within 30
    days of AS_OF, nothing to file (eligible within 30 days, no petition to file)."""
    request = read_request({"person": {"dob": "1985-02-02"}, "cases": [_arrest_case("2020-12-15")]})
    return Client(name=name, person=request.person, cases=request.cases)
