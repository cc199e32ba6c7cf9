"""W80-01: two cases of one walk-in without a court number ("unknown" typed where the number was
not known, R46-06) were both titled "Case unknown" on the filing worksheet, and the attorney could
not tell which was which (Z77).  Such a case is now titled by what the record holds: its offense,
its conviction (or arrest) date and its county, the same on the worksheet and in the window
(tests/gui/test_case_titles_w80.py).  A number left blank is titled by the record's key, as before."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader

from clinic_app import cli
from clinic_app.case_titles import case_title
from clinic_app.model import ArrestOffense, Case, Client, Conviction, Person, Probation, Sentence
from db.repository import Repository
from db.rescreen import rescreen_caseload

AS_OF = date(2026, 12, 4)


def theft(key: str, number: str | None, convicted: date, county: str = "Los Angeles", section: str = "484(a)") -> Case:
    return Case(id=key, case_number=number, county=county, disposition_date=convicted,
                convictions=[Conviction(id=f"{key}-1", section=section, level="misdemeanor", conviction_date=convicted)],
                sentence=Sentence(type="probation", judgment_date=convicted, completed=True,
                                  probation=Probation(kind="summary", start=convicted, end=convicted.replace(year=convicted.year + 1),
                                                      status="completed")))


def walk_in() -> Client:
    """Two petty thefts in Los Angeles, both numbered "unknown", and an Orange case left blank."""
    return Client(name="Rosa Nadie", person=Person(dob=date(1980, 1, 2), us_citizen=True),
                  cases=[theft("c1", "unknown", date(2015, 3, 2)), theft("c2", "unknown", date(2018, 6, 9)),
                         theft("c3", None, date(2019, 1, 5), "Orange", "647(f)")])


def test_w80_01_a_case_without_a_number_is_titled_by_what_the_record_holds():
    first, second, blank = walk_in().cases
    assert case_title(first) == "unknown (PC 484(a), convicted 2015-03-02, Los Angeles County)"
    assert case_title(second) == "unknown (PC 484(a), convicted 2018-06-09, Los Angeles County)"
    # The record's key, which no other case has, with what the record holds, as its heading (B86-02).
    assert case_title(blank) == "c3 (PC 647(f), convicted 2019-01-05, Orange County)"
    # A court's number is the title, as before.
    assert case_title(theft("c4", "BA123456", date(2015, 3, 2))) == "BA123456"
    arrest = Case(id="c5", case_number="pending", outcome="dismissed", arrest_date=date(2020, 2, 3), county="Kern",
                  arrest_offenses=[ArrestOffense("11350", "HS"), ArrestOffense("148(a)")])
    assert case_title(arrest) == "pending (HS 11350 and PC 148(a), arrested 2020-02-03, Kern County)"


@pytest.mark.pdf
def test_w80_01_the_worksheet_tells_the_two_unknown_cases_apart(tmp_path):
    db = str(tmp_path / "caseload.sqlite")
    with Repository.open(db, user="paralegal") as repo:
        client_id = repo.add_client(walk_in())
        rescreen_caseload(repo, AS_OF, workers=1)
    out = tmp_path / "w.pdf"
    assert cli.main(["worksheet", "--db", db, "--client", str(client_id), "--out", str(out), "--as-of", AS_OF.isoformat()]) == 0
    lines = [line for page in PdfReader(str(out)).pages for line in (page.extract_text() or "").splitlines()]
    headings = [line for line in lines if line.startswith("Case ") and line != "Case number" and not line.endswith("(continued)")]
    assert headings == ["Case unknown (PC 484(a), convicted 2015-03-02, Los Angeles County)",
                        "Case unknown (PC 484(a), convicted 2018-06-09, Los Angeles County)",
                        "Case c3 (PC 647(f), convicted 2019-01-05, Orange County)"]  # B84-01
    assert "Case unknown \u2014 Los Angeles County, CA" not in lines
