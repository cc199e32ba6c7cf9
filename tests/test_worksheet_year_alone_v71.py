"""V71-03: a date the client knew only by its year ("probation ended sometime in 2019") is kept
by intake in the client's notes, the day left blank (E70-03).  The filing worksheet, the page
staff prepare the petition from, said "Probation granted: summary, 2016-04-01 to not recorded"
and asked "On what date does (or did) probation end?" with no word of the 2019 the client gave,
which is where a docket search starts.  It now says it under the case: "Known at intake:
probation end 2019, the year alone (the day was not known at intake)", for that case only."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader

from clinic_app import cli
from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence
from db.rescreen import rescreen_caseload
from db.repository import Repository

pytestmark = pytest.mark.pdf

AS_OF = date(2026, 12, 4)
NOTES = ("Prefers a call after 5 pm.\n"
         "Case 21M05678: probation end 2019, the year alone (the day was not known at intake).\n"
         "Case 2 (no case number): conviction date 2009, the year alone (the day was not known at intake).")


def _case(number: str | None, convicted: date | None, end: date | None) -> Case:
    return Case(id=number or "b", case_number=number, county="Orange", disposition_date=convicted,
                convictions=[Conviction(id=f"{number or 'b'}1", section="484(a)", level="misdemeanor", conviction_date=convicted)],
                sentence=Sentence(type="probation", judgment_date=convicted, completed=True,
                                  probation=Probation(kind="summary", start=convicted, end=end, status="completed")))


def _text(path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(str(path)).pages)


def test_v71_03_the_worksheet_says_the_year_the_client_gave(tmp_path):
    db = str(tmp_path / "caseload.sqlite")
    client = Client(name="Yolanda Year", person=Person(dob=date(1985, 6, 6)), notes=NOTES,
                    cases=[_case("21M05678", date(2016, 4, 1), None), _case(None, None, date(2012, 1, 1)),
                           _case("22M00001", date(2017, 5, 5), date(2018, 5, 5))])
    with Repository.open(db, user="paralegal") as repo:
        client_id = repo.add_client(client)
        rescreen_caseload(repo, AS_OF, workers=1)
    out = tmp_path / "w.pdf"
    assert cli.main(["worksheet", "--db", db, "--client", str(client_id), "--out", str(out), "--as-of", AS_OF.isoformat()]) == 0
    text = _text(out)
    said = "Known at intake probation end 2019, the year alone (the day was not known at intake)"
    assert text.count(said) == 1
    # Under its own case, before the next case's heading; the case with no number gets its own.
    after_first = text.split("Case 21M05678", 1)[1]
    assert after_first.index(said) < after_first.index("Case 22M00001")
    no_number = text.split("Case b", 1)[1].split("Case 22M00001", 1)[0]
    assert "Known at intake conviction date 2009, the year alone (the day was not known at intake)" in no_number
    assert text.split("Case 22M00001", 1)[1].count("Known at intake") == 0
    # The client's other notes are not the worksheet's.
    assert "Prefers a call" not in text
