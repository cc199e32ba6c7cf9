"""G63-01: a record an import added beside one of the same person (the window's "Possible
duplicates", for a person to check) was counted by `clinic-app report` and Caseload > Report
as a person of its own, and in a language, with nothing said: a Spanish-speaking client
brought back from a clinic day on a laptop with a new phone number read "People: 2" and
"Spanish 2" to the funder.  Until the two are merged the report now says how many of the
people counted are such records, and the JSON counts them ("possible_duplicates")."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date

from db.repository import Repository
from tests.automatic_relief import to_file
from tests.cli.test_cli import clinic_app

TODAY = date(2026, 11, 22)
FAIR = "Invierno Fair"


def _caseload(tmp_path, *, again: bool = True):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        repo.add_client(replace(to_file("Marisol Reyes"), language="es", phone="(323) 555-0100"))
        other = to_file("Olivia Otra")
        repo.add_client(replace(other, person=replace(other.person, dob=date(1970, 1, 2))))
        if again:  # the laptop's record of her from the fair: a new phone, the fair's name
            repo.import_clients([replace(to_file("Marisol Reyes"), language="es", phone="(323) 555-0199", event=FAIR)])
    assert clinic_app("rescreen", "--db", str(db), "--as-of", TODAY.isoformat()).returncode == 0
    return db


def _said(text: str) -> str:
    return " ".join(line.strip() for line in text.splitlines())


def test_g63_01_the_report_says_the_possible_duplicates_it_counts_as_people(tmp_path):
    db = _caseload(tmp_path)
    text = clinic_app("report", "--db", str(db), "--as-of", TODAY.isoformat()).stdout
    assert "People: 3 " in text and re.search(r"^  Spanish +2$", text, re.M)
    assert "of them, 2 records possibly of a person with another record, not checked yet" in _said(text)
    assert json.loads(clinic_app("report", "--db", str(db), "--json").stdout)["possible_duplicates"] == 2


def test_g63_01_an_events_report_counts_its_own_records_only(tmp_path):
    db = _caseload(tmp_path)
    text = clinic_app("report", "--db", str(db), "--event", FAIR).stdout
    assert "People: 1 " in text and "of them, 1 record possibly of a person with another record" in _said(text)


def test_g63_01_a_caseload_with_none_reads_as_before(tmp_path):
    db = _caseload(tmp_path, again=False)
    text = clinic_app("report", "--db", str(db)).stdout
    assert "possibly of a person" not in text
    assert json.loads(clinic_app("report", "--db", str(db), "--json").stdout)["possible_duplicates"] == 0
