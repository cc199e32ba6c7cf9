"""K363: a phone intake with no case numbers.  A case typed without its number is known by what
its record holds, "c2 (Los Angeles County)", on the Eligibility tab, in History and Edit > Undo
(K341); the filing worksheet's questions and the text report's lines still named it by its
record's key alone, "Case c2: Was the arrest for a felony or a misdemeanor?", a key no paper
the paralegal holds gives."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader

from clinic_app import cli
from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence
from db.repository import Repository

AS_OF = "2026-12-07"


def phone_intake() -> Client:
    """Marisol on the phone: a 2012 grand theft on probation, and an arrest that came to nothing,
    neither with a number, no day known."""
    return Client(name="Marisol Duda", person=Person(dob=date(1984, 5, 3)), cases=[
        Case(id="c1", county="Los Angeles", convictions=[Conviction(id="c1-1", section="487", level=None)],
             sentence=Sentence(type="probation", probation=Probation())),
        Case(id="c2", outcome="no_charges_filed", county="Los Angeles"),
    ])


def _text(path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(str(path)).pages)


@pytest.mark.pdf
def test_k363_01_the_worksheet_asks_of_a_case_without_a_number_by_its_name(tmp_path):
    db = str(tmp_path / "caseload.sqlite")
    with Repository.open(db, user="paralegal") as repo:
        client_id = repo.add_client(phone_intake())
    out = tmp_path / "w.pdf"
    assert cli.main(["worksheet", "--db", db, "--client", str(client_id), "--out", str(out), "--as-of", AS_OF]) == 0
    text = _text(out)
    arrest = text.split("Case c2 (Los Angeles County)", 1)[1]
    assert "1. Case c2 (Los Angeles County): Was the arrest for a felony or a misdemeanor?" in arrest, arrest
    assert "2. Case c2 (Los Angeles County): On what date was the person arrested?" in arrest
    assert "Case c2:" not in text


def test_k363_02_an_import_beside_a_phone_intake_names_each_case_without_a_number(tmp_path, capsys):
    """The phone intake's record, and the same client typed again at an event on a laptop, the
    arrest alone: the import said "case c1 only in id 2; case c1 only in id 1", two cases each
    record keys "c1", neither saying which it was (Merge a duplicate's list says it alike)."""
    clinic, laptop = str(tmp_path / "clinic.sqlite"), str(tmp_path / "laptop.sqlite")
    with Repository.open(clinic, user="paralegal") as repo:
        kept = repo.add_client(phone_intake())
    event = phone_intake()
    event.cases = [replace(event.cases[1], id="c1", arrest_date=date(2015, 6, 1))]
    with Repository.open(laptop, user="volunteer") as repo:
        typed = repo.add_client(event)
    request = tmp_path / "laptop.json"
    assert cli.main(["export", "--db", laptop, "--client", str(typed), "--out", str(request)]) == 0
    capsys.readouterr()
    assert cli.main(["import", "--db", clinic, str(request)]) == 0
    said = capsys.readouterr()
    said = " ".join((said.out + said.err).split())
    added = kept + 1
    assert (f"Marisol Duda, id {added} beside id {kept}: case c1 (arrested 2015-06-01, Los Angeles County) only in id {added}; "
            f"case c1 (convicted, PC 487, Los Angeles County) only in id {kept}; "
            f"case c2 (Los Angeles County) only in id {kept}.") in said, said
