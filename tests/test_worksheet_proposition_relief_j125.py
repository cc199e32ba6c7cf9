"""J125: a client whose felonies Prop 47 and Prop 64 reach, as the paralegal meets her the
Monday after the clinic event.  Her 2013 second-degree burglary of a store (PC 459/460(b),
probation, imposition suspended) is open to both a PC 17(b) reduction and a Prop 47
redesignation: the screening's text report says they are alternatives, the attorney picking
one, but the filing worksheet printed the 17(b) request inside the case's CR-180 block and the
Prop 47 application below it, each with its own steps, as two papers to prepare (J125-01)."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader

from clinic_app import cli
from clinic_app.model import Case, Client, Conviction, Custody, Money, Person, Probation, Sentence
from db.rescreen import rescreen_caseload
from db.repository import Repository

pytestmark = pytest.mark.pdf

AS_OF = date(2026, 12, 6)


def _probation(case_id: str, number: str, conv: Conviction, kind: str, end: date, money: Money | None = None) -> Case:
    day = conv.conviction_date
    return Case(id=case_id, case_number=number, county="Los Angeles", convictions=[conv], money=money,
                sentence=Sentence(type="probation", judgment_date=day, imposition_suspended=True, completed=True,
                                  probation=Probation(kind=kind, start=day, end=end, status="completed")))


def client_of_j125() -> Client:
    """The brief's record: HS 11359 (2012), PC 459/460(b) under $950 with restitution unpaid
    (2013), PC 484(a)/488 (2015), PC 496(a) with a state-prison term (2018)."""
    marijuana = Conviction(id="A1", code="HS", section="11359", level="felony", conviction_date=date(2012, 4, 10),
                           offense_date=date(2012, 1, 5))
    burglary = Conviction(id="B1", section="459/460(b)", level="felony", conviction_date=date(2013, 6, 20),
                          offense_date=date(2013, 3, 2), value_dollars=300, open_business_hours=True)
    theft = Conviction(id="C1", section="484(a)/488", level="misdemeanor", conviction_date=date(2015, 8, 11),
                       offense_date=date(2015, 6, 1))
    stolen = Conviction(id="D1", section="496(a)", level="felony", conviction_date=date(2018, 9, 5), value_dollars=600)
    prison = Case(id="D", case_number="BA400004", county="Los Angeles", convictions=[stolen],
                  sentence=Sentence(type="state_prison", judgment_date=date(2018, 9, 5), completed=True,
                                    custody=Custody(split=False, release_date=date(2019, 11, 1), supervision="prcs",
                                                    supervision_end=date(2020, 11, 1))))
    return Client(name="Paz Prueba", person=Person(dob=date(1988, 3, 14), us_citizen=True), cases=[
        _probation("A", "BA400001", marijuana, "formal", date(2015, 4, 10)),
        _probation("B", "BA400002", burglary, "formal", date(2016, 6, 20),
                   Money(restitution_ordered=800, restitution_paid=200)),
        _probation("C", "5MT00003", theft, "summary", date(2016, 8, 11)),
        prison])


def _text(path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(str(path)).pages)


@pytest.fixture(scope="module")
def worksheet_text(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("j125")
    db = str(folder / "caseload.sqlite")
    with Repository.open(db, user="paralegal") as repo:
        client_id = repo.add_client(client_of_j125())
        rescreen_caseload(repo, AS_OF, workers=1)
    out = folder / "worksheet.pdf"
    assert cli.main(["worksheet", "--db", db, "--client", str(client_id), "--out", str(out),
                     "--as-of", AS_OF.isoformat()]) == 0
    return _text(out)


def _case(text: str, number: str, following: str | None) -> str:
    part = text.split(f"Case {number} ", 1)[1]
    return part.split(f"Case {following} ", 1)[0] if following else part


def test_j125_01_the_worksheet_says_17b_and_prop_47_are_one_or_the_other(worksheet_text):
    burglary = _case(worksheet_text, "BA400002", "5MT00003")
    choose = "These are alternatives for the same conviction: the attorney picks one"
    # Said with the 17(b) request and with the Prop 47 application, the second pointing to the first.
    wobbler = burglary.split("Reduction of a wobbler to a misdemeanor (PC 17(b)) —", 1)[1].split("Automatic (no filing)", 1)[0]
    prop47 = burglary.split("Prop 47 reduction (PC 1170.18) —", 1)[1].split("Form CR-180", 1)[0]
    assert sorted(choose in said for said in (wobbler, prop47)) == [False, True]
    assert "1. The same as step 1 under" in (prop47 if choose in wobbler else wobbler)
    # Only where both are open for the same conviction: not the receiving count, whose Prop 47
    # waits on a fact and which 17(b) cannot reach after a prison term.
    assert choose not in _case(worksheet_text, "BA400004", None)
    # The case's CR-180 block lists the 17(b) request among the papers to file: it says so there.
    assert "For PC 17(b) (or Prop 47 reduction: the attorney picks one): Ask for the reduction on form CR-180" in burglary


def test_j125_02_the_redesignation_comes_before_the_dismissal_it_goes_first_of(worksheet_text):
    """J125-02: ca-rules.md 7 (order of operations) and 3.8: Prop 64 or Prop 47 relief first, then
    the dismissal.  The worksheet listed case BA400001's CR-180 (1203.4) above its CR-400 (Prop 64),
    and case BA400002's Prop 47 application, naming no form, after the CR-180 it says to file once
    it is granted ("Once reduced, ask for dismissal under PC 1203.4 as well")."""
    marijuana = _case(worksheet_text, "BA400001", "BA400002")
    assert marijuana.index("Form CR-400 Prop 64 marijuana relief") < marijuana.index("Form CR-180 Dismissal after probation")
    burglary = _case(worksheet_text, "BA400002", "5MT00003")
    assert burglary.index("Prop 47 reduction (PC 1170.18) — PC 459/460(b) Eligible now") < burglary.index("Form CR-180")
    # DOJ's automatic relief stays last, apart from what is asked for.
    assert burglary.index("Form CR-180") < burglary.index("Automatic (no filing)")
