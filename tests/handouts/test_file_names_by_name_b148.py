"""B148-01: Friday's paralegal saved the 40 handouts and worksheets of Saturday's clinic event,
and the folder listed them by the order the clients were added ("0002-monica-ibanez.pdf",
"0010-alejandra-flores.pdf", ...): the volunteer looking for Rosa Peña's read down all 40.  A
batch's papers are now named by the client's name first, then their id ("rosa-pena-0046.pdf",
"rosa-pena-0046-worksheet.pdf"), so the folder lists them by name, as the caseload list does."""

from __future__ import annotations

from datetime import date

import pytest
from handout_clients import CLINIC
from pypdf import PdfReader

from clinic_app.eligibility import screen
from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence

pytestmark = pytest.mark.pdf

AS_OF = date(2026, 12, 11)


def _client(name: str, number: int) -> Client:
    day = date(2015, 3, 2)
    case = Case(id="A", county="Los Angeles", convictions=[Conviction(id="A1", section="484(a)/488", conviction_date=day)],
                sentence=Sentence(type="probation", judgment_date=day, imposition_suspended=True,
                                  probation=Probation(kind="summary", start=day, end=date(2016, 3, 2), status="completed")))
    return Client(name=name, id=number, person=Person(dob=date(1980, 1, 1), us_citizen=True), cases=[case])


# Added in this order: the id says nothing of the name.
CLIENTS = [_client("Zoe Adams", 2), _client("Rosa Peña", 46), _client("Ana Ruiz", 130)]


def test_b148_01_an_events_handouts_are_listed_by_the_clients_names(tmp_path):
    from clinic_app.handouts import render_event

    render_event([(c, screen(c.person, c.cases, AS_OF)) for c in CLIENTS], CLINIC, tmp_path)
    listed = sorted(p.name for p in tmp_path.glob("*.pdf"))
    assert listed == ["ana-ruiz-0130.pdf", "rosa-pena-0046.pdf", "zoe-adams-0002.pdf"]
    # The file named for Rosa Peña is hers.
    assert "Rosa Peña" in PdfReader(tmp_path / "rosa-pena-0046.pdf").pages[0].extract_text()


def test_b148_01_their_worksheets_likewise_each_beside_the_name_it_is_of(tmp_path):
    from clinic_app.worksheet.batch import write_worksheets

    write_worksheets([(c, screen(c.person, c.cases, AS_OF)) for c in CLIENTS], tmp_path)
    listed = sorted(p.name for p in tmp_path.glob("*.pdf"))
    assert listed == ["ana-ruiz-0130-worksheet.pdf", "rosa-pena-0046-worksheet.pdf", "zoe-adams-0002-worksheet.pdf"]
    assert "Rosa Peña" in PdfReader(tmp_path / "rosa-pena-0046-worksheet.pdf").pages[0].extract_text()
