"""A caseload line whose convicted case has no count typed yet (what "Add case" stores) needs
the paralegal, not the attorney: its Next action said "Attorney review" beside "convictions of
case 24CR001 not entered" (I59 left alone), and the Attorney review queue is the attorney's."""

from __future__ import annotations

from datetime import date

from clinic_app.eligibility import screen
from clinic_app.line_action import next_action
from clinic_app.model import Case, Client, Conviction, Person
from clinic_app.summary import summarize
from ui.services import client_row

AS_OF = date(2026, 11, 16)


def _line(client: Client):
    client.id = 1
    return client_row(client, summarize(client, screen(client.person, client.cases, AS_OF), AS_OF), awaiting_review=True)


def test_a_convicted_case_with_no_count_typed_asks_for_its_convictions():
    client = Client(name="Carlos Cuenta", person=Person(dob=date(1988, 6, 7)),
                    cases=[Case(id="c1", case_number="24CR001", outcome="convicted", convictions=[])])
    line = _line(client)
    assert line.best == "needs_review"
    assert next_action(line, AS_OF) == ("Enter the convictions", None)


def test_a_count_of_an_unknown_section_still_goes_to_the_attorney():
    client = Client(name="Ines Otro", person=Person(dob=date(1980, 1, 1)),
                    cases=[Case(id="c1", case_number="24CR002", outcome="convicted", convictions=[
                        Conviction(id="c1-1", section="99999", code="PC", level="misdemeanor",
                                   conviction_date=date(2015, 1, 1))])])
    line = _line(client)
    assert line.best == "needs_review"
    assert next_action(line, AS_OF) == ("Attorney review", None)
