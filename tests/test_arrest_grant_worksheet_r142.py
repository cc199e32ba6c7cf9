"""R142-03: a petition granted on an arrest (the DEJ plea's withdrawal, PC 1203.43; the arrest's
sealing, PC 851.91) is done: D140-02/03 said so on the handout and the caseload line, since an
arrest has no count to record relief on (FORMAT.md).  The filing worksheet and the Eligibility
tab (tests/gui/test_arrest_grant_eligibility_r142.py) still told staff "record the relief on the count (Record tab)", which nobody can do.  Read from
the real PDF."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader

from clinic_app.eligibility import screen
from clinic_app.model import ArrestOffense, Case, Client, Person, Petition, Program
from clinic_app.worksheet.batch import write_one

AS_OF = date(2026, 12, 6)
RECORD_ON_THE_COUNT = "record the relief on the count"
DONE = "Petition filed 2019-01-05, granted 2019-03-01; nothing to record: an arrest has no count. Not to file again."


def dej_withdrawn(name: str = "Synthetic Client") -> Client:
    case = Case(id="c1", case_number="16CR05555", outcome="diversion_completed", arrest_date=date(2016, 4, 2),
                disposition_date=date(2018, 2, 1), arrest_level="misdemeanor",
                arrest_offenses=[ArrestOffense(section="11350(a)", code="HS", level="misdemeanor")],
                program=Program(kind="dej", plea_entered=True, completed_on=date(2018, 2, 1)),
                petitions=[Petition("pc1203_43", date(2019, 1, 5), ruling="granted", ruling_on=date(2019, 3, 1))])
    return Client(name=name, person=Person(dob=date(1988, 5, 1), us_citizen=False), cases=[case])


@pytest.mark.pdf
def test_r142_03_the_worksheet_says_a_grant_on_an_arrest_done(tmp_path):
    client = dej_withdrawn()
    path = tmp_path / "worksheet.pdf"
    write_one(client, screen(client.person, client.cases, AS_OF), path)
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(str(path)).pages)
    assert DONE in text
    assert RECORD_ON_THE_COUNT not in text
