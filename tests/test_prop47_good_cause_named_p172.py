"""P172-03: Ana, a citizen, has a 2011 felony HS 11350(a) (probation done 2014) and a 2013 felony
PC 459 of a $300 store theft in business hours (county jail under PC 1170(h)).  Each is Prop 47
relief open only on a showing of good cause, the 2022-11-04 deadline long past (PC 1170.18(j);
ca-rules.md 3.8: "eligible: good cause required").  The text report said "good cause needed";
the client's header ("Eligible now: PC 1203.4 dismissal, PC 1203.425 automatic relief, Prop 47
reduction and 1 more") and the paralegal's list of what to file (`clinic-app list --outcome
eligible_now_to_file`: "case BA380001, Los Angeles County, CA: PC 1203.4 dismissal, Prop 47
reduction") named it as plain a filing as the dismissal.  Both now say "(good cause needed)".

Pure functions on the real engine's answer: no window, no database."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.court import still_to_file
from clinic_app.eligibility import screen
from clinic_app.model import Case, Client, Conviction, Custody, Person, Probation, Sentence
from clinic_app.summary import summarize

AS_OF = date(2026, 12, 6)
LATE = "Prop 47 reduction (good cause needed)"


def _ana() -> Client:
    person = Person(dob=date(1988, 3, 14), us_citizen=True, on_supervision="none")
    possession = Case(id="A", case_number="BA380001",
                      convictions=[Conviction(id="A1", code="HS", section="11350(a)", level="felony",
                                              conviction_date=date(2011, 5, 10))],
                      sentence=Sentence(type="probation", judgment_date=date(2011, 5, 10), imposition_suspended=True,
                                        completed=True,
                                        probation=Probation(kind="formal", start=date(2011, 5, 10), end=date(2014, 5, 10),
                                                            status="completed")))
    store = Case(id="B", case_number="BA410002",
                 convictions=[Conviction(id="B1", section="459", level="felony", conviction_date=date(2013, 2, 20),
                                         value_dollars=300, open_business_hours=True)],
                 sentence=Sentence(type="county_jail_1170h", judgment_date=date(2013, 2, 20), completed=True,
                                   custody=Custody(split=False, release_date=date(2014, 6, 20), supervision="none")))
    return Client(name="Ana Prueba", person=person, cases=[possession, store])


@pytest.fixture(scope="module")
def ana():
    client = _ana()
    return client, screen(client.person, client.cases, AS_OF)


def test_p172_03_the_list_of_what_to_file_says_prop47_needs_good_cause(ana):
    client, screening = ana
    assert still_to_file(client.cases, screening.results) == (
        f"case BA380001, Los Angeles County, CA: PC 1203.4 dismissal, {LATE}; "
        f"case BA410002, Los Angeles County, CA: PC 1203.41 dismissal, {LATE}")


def test_p172_03_the_client_header_says_prop47_needs_good_cause(ana):
    from ui.client_view import outcome_line  # the header's own function, no window needed

    client, screening = ana
    header = outcome_line(summarize(client, screening, AS_OF), screening, AS_OF).replace("\u00a0", " ")
    assert LATE in header, header
    assert "Prop 47 reduction," not in header and not header.endswith("Prop 47 reduction"), header
