"""X127-03: a client whose main conviction the law will not dismiss, as the paralegal meets him.
His 2010 felony PC 288(a) (probation completed, a PC 290 registrant) is excluded from PC 1203.4
(PC 1203.4(b)); his 2019 petty theft can be dismissed.  The filing worksheet said of the 288(a)
case only "Nothing to file for this case now", where the screening names what is left for an
attorney to weigh: a tier-based petition to end registration (PC 290.5) and a pardon."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader

from clinic_app import cli
from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence
from db.rescreen import rescreen_caseload
from db.repository import Repository

pytestmark = pytest.mark.pdf

AS_OF = date(2026, 12, 6)


def _probation(number: str, conv: Conviction, kind: str, end: date) -> Case:
    start = conv.conviction_date
    return Case(id=number, case_number=number, county="Los Angeles", convictions=[conv],
                sentence=Sentence(type="probation", judgment_date=start, imposition_suspended=True, completed=True,
                                  probation=Probation(kind=kind, start=start, end=end, status="completed")))


def _text(path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(str(path)).pages)


@pytest.fixture(scope="module")
def worksheet_text(tmp_path_factory) -> str:
    lewd = Conviction(id="A1", section="288(a)", level="felony", conviction_date=date(2010, 4, 12))
    theft = Conviction(id="B1", section="484(a)", level="misdemeanor", conviction_date=date(2019, 6, 3))
    client = Client(name="Prueba Registrante", person=Person(dob=date(1975, 2, 11), registrant_290=True, us_citizen=True),
                    cases=[_probation("BA300111", lewd, "formal", date(2015, 4, 12)),
                           _probation("9CR04455", theft, "summary", date(2021, 6, 3))])
    return worksheet_of(client, tmp_path_factory.mktemp("x127"))


def worksheet_of(client: Client, folder) -> str:
    """The text of `client`'s filing worksheet, as `clinic-app worksheet` writes it from a
    caseload re-screened on AS_OF."""
    db = str(folder / "caseload.sqlite")
    with Repository.open(db, user="paralegal") as repo:
        client_id = repo.add_client(client)
        rescreen_caseload(repo, AS_OF, workers=1)
    out = folder / "worksheet.pdf"
    assert cli.main(["worksheet", "--db", db, "--client", str(client_id), "--out", str(out),
                     "--as-of", AS_OF.isoformat()]) == 0
    return _text(out)


def test_x127_03_a_case_the_law_closes_says_why_and_what_is_left(worksheet_text):
    lewd = worksheet_text.split("Case BA300111 ", 1)[1].split("Case 9CR04455 ", 1)[0]
    assert "Nothing to file for this case now." in lewd
    assert ("Dismissal after probation (PC 1203.4), PC 288(a): not eligible: PC 288(a) (Lewd or lascivious acts"
            " with a child under 14) is excluded from PC 1203.4 relief. (PC 1203.4(b))") in lewd
    assert "a tier-based petition to end sex-offender registration (PC 290.5, after 10 or 20 years)" in lewd
    assert "a Governor's pardon application" in lewd


def test_x127_03_the_case_to_file_is_prepared_as_before(worksheet_text):
    theft = worksheet_text.split("Case 9CR04455 ", 1)[1]
    assert "Dismissal after probation (PC 1203.4) — PC 484(a)" in theft
    assert "not eligible" not in theft
