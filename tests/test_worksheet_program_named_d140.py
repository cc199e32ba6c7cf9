"""D140-05: the filing worksheet of a client who completed deferred entry of judgment said
"Program: dej, completed 2018-02-01", and of one who completed misdemeanor diversion "Program:
misdemeanor, completed 2022-09-15": the record's keys, where the Record tab says "Deferred entry
of judgment (DEJ)" and "Misdemeanor diversion"; nor did it say whether a guilty plea was
entered, which the DEJ plea's withdrawal (PC 1203.43) turns on.  It now names the program as
the Record tab does, and the plea where the record has it.  Each test opens the real PDF."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader

from clinic_app.eligibility import screen
from clinic_app.model import ArrestOffense, Case, Client, Person, Program
from clinic_app.worksheet.batch import write_one

pytestmark = pytest.mark.pdf

AS_OF = date(2026, 12, 6)


def _text(client: Client, path) -> str:
    write_one(client, screen(client.person, client.cases, AS_OF), path)
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(str(path)).pages)


def _client(program: Program) -> Client:
    case = Case(id="c1", case_number="16CR05555", outcome="diversion_completed", arrest_date=date(2016, 4, 2),
                disposition_date=program.completed_on, arrest_level="misdemeanor",
                arrest_offenses=[ArrestOffense(section="11350(a)", code="HS", level="misdemeanor")], program=program)
    return Client(name="Synthetic Client", person=Person(dob=date(1988, 5, 1), us_citizen=True), cases=[case])


def test_d140_05_the_worksheet_names_the_program_and_its_plea(tmp_path):
    dej = _text(_client(Program(kind="dej", plea_entered=True, completed_on=date(2018, 2, 1))), tmp_path / "dej.pdf")
    assert "Program Deferred entry of judgment (DEJ), guilty plea entered, completed 2018-02-01" in dej
    assert "dej, completed" not in dej
    diversion = _text(_client(Program(kind="misdemeanor", plea_entered=False, completed_on=date(2022, 9, 15))),
                      tmp_path / "diversion.pdf")
    assert "Program Misdemeanor diversion, no plea entered, completed 2022-09-15" in diversion
    unknown = _text(_client(Program(kind="mental_health")), tmp_path / "unknown.pdf")
    assert "Program Mental health diversion" in unknown and "plea" not in unknown.split("Program ")[1][:40]
