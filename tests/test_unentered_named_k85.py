"""K85-04: a case marked convicted whose counts are not typed yet, its number left blank, was
said on the caseload line as "convictions of case c3 not entered" (Outstanding column, the
line's tooltip, `clinic-app list`): which case is c3?  It is named as the window's lists name it,
by what its record holds, on a screened line and on one not screened yet alike."""

from __future__ import annotations

from datetime import date

from clinic_app.eligibility import screen
from clinic_app.model import Case, Client, Person
from clinic_app.summary import summarize
from db.repository import Repository
from ui.services import client_row

AS_OF = date(2026, 12, 4)
LINE = "convictions of case c2 (convicted 2019-01-05, Orange County) not entered"


def _two_cases() -> Client:
    """A numbered case still to type, and an Orange case whose number was left blank."""
    return Client(name="Carla Sinnumero", person=Person(dob=date(1988, 6, 7)),
                  cases=[Case(id="c1", case_number="24CR001"),
                         Case(id="c2", county="Orange", disposition_date=date(2019, 1, 5))])


def test_k85_04_a_case_to_type_with_no_number_is_named_by_what_its_record_holds(tmp_path):
    client = _two_cases()
    summary = summarize(client, screen(client.person, client.cases, AS_OF), AS_OF)
    assert "convictions of case 24CR001 not entered" in summary.outstanding  # as before
    assert LINE in summary.outstanding and "convictions of case c2 not entered" not in summary.outstanding
    with Repository.open(tmp_path / "caseload.sqlite", user="paralegal") as repo:
        client_id = repo.add_client(_two_cases())
        (line,) = repo.list_clients()  # not screened yet (M60-02): the line says it as a screening would
        assert line.best is None and line.outstanding == ["convictions of case 24CR001 not entered", LINE]
        assert client_row(repo.get_client(client_id), None) == line
