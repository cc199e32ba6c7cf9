"""X162-02: a walk-in who remembered neither the case number nor the county ("maybe Orange
County") had his case typed at intake with the County box left blank.  The filing worksheet
headed it "Case c2 (VC 23152(a), convicted)": a case without a number is headed by what the
record holds, its county with it, so the court was left out of the heading, and with no county
nothing on the page said that the court is still to be found.  A numbered case with no county
was always headed "... — County not recorded, CA"; the case without a number now is too."""

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


def _case(cid: str, county: str | None) -> Case:
    return Case(id=cid, county=county, convictions=[Conviction(id=f"{cid}-1", code="VC", section="23152(a)", level="misdemeanor")],
                sentence=Sentence(type="probation", probation=Probation(kind="summary")))


def test_x162_02_a_case_without_number_or_county_is_headed_county_not_recorded(tmp_path):
    db = str(tmp_path / "caseload.sqlite")
    client = Client(name="Ernesto Prueba", person=Person(dob=date(1961, 6, 15)),
                    cases=[_case("c1", "Los Angeles"), _case("c2", None)])
    with Repository.open(db, user="paralegal") as repo:
        client_id = repo.add_client(client)
        rescreen_caseload(repo, AS_OF, workers=1)
    out = tmp_path / "w.pdf"
    assert cli.main(["worksheet", "--db", db, "--client", str(client_id), "--out", str(out), "--as-of", AS_OF.isoformat()]) == 0
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(str(out)).pages)
    assert "Case c2 (VC 23152(a), convicted) \u2014 County not recorded" in text
    # The case whose title names its county is headed as before, its court said once.
    assert "Case c1 (VC 23152(a), convicted, Los Angeles County)" in text
    assert "Los Angeles County) \u2014" not in text
