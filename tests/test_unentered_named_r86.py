"""R86-04: a convicted case still to type that kept its arrest offenses was named two ways."""

from __future__ import annotations

from datetime import date

from clinic_app.eligibility import screen
from clinic_app.model import ArrestOffense, Case, Client, Person
from clinic_app.summary import summarize
from db.repository import Repository
from ui.services import client_row

AS_OF = date(2026, 12, 4)
LINE = "convictions of case c2 (convicted 2019-01-05, PC 459, Orange County) not entered"


def _marked_convicted() -> Client:
    """An Orange case typed at intake as dismissed, arrested for PC 459, its number left blank,
    then marked convicted on the Record tab (the arrest offenses stay, and the Record tab keeps
    showing them) before its counts are typed."""
    return Client(name="Carla Sinnumero", person=Person(dob=date(1988, 6, 7)),
                  cases=[Case(id="c2", county="Orange", disposition_date=date(2019, 1, 5), arrest_date=date(2018, 6, 1),
                              arrest_offenses=[ArrestOffense("459")])])


def test_a_case_to_type_is_named_alike_on_every_line_when_it_keeps_its_arrest_offenses(tmp_path):
    """K85-04 named such a case by what its record holds on the screened line and on the line of
    a record just saved ("... (convicted 2019-01-05, PC 459, Orange County) not entered"), but the
    caseload's read of a client not screened yet (M60-02) made it of the case's number, county
    and day alone: "(convicted 2019-01-05, Orange County)", so the line changed its words at the
    next read of the list.  All three say it alike."""
    client = _marked_convicted()
    assert summarize(client, screen(client.person, client.cases, AS_OF), AS_OF).outstanding == [LINE]
    with Repository.open(tmp_path / "caseload.sqlite", user="paralegal") as repo:
        client_id = repo.add_client(_marked_convicted())
        (line,) = repo.list_clients()
        assert line.best is None and line.outstanding == [LINE]
        assert client_row(repo.get_client(client_id), None) == line
