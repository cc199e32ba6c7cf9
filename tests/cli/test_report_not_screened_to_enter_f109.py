"""F109-01: an intake laptop's day imported, not screened yet: the window's "Cases still to
enter" and `clinic-app list --outcome to_enter` list the clients with no case entered, or a
case's convictions still to type, but the report counted them only as "Not screened yet", and
said "no case entered yet" and "convictions still to type" of screened clients only: the
director's report read 0 still to enter where the list showed 5.  It now says them under "Not
screened yet", counted as the list counts them, in the text and the JSON alike."""

from __future__ import annotations

import json
import re

from clinic_app.model import Client
from db.repository import Repository
from tests.automatic_relief import to_file
from tests.cli.test_cli import clinic_app
from tests.gui.test_cases_still_to_enter_i59 import counts_not_typed, no_case_yet, pending_case


def _caseload(tmp_path) -> str:
    """One client screened; four added after it, not screened: two with no case, one with a
    case's counts to type, one entered whole."""
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        repo.add_client(to_file())
    assert clinic_app("rescreen", "--db", str(db)).returncode == 0
    with Repository.open(db) as repo:
        repo.add_clients([no_case_yet(), no_case_yet("Iris Intake"), counts_not_typed(), pending_case()])
    return str(db)


def _listed(db: str, *args: str) -> int:
    return len(clinic_app("list", "--db", db, *args).stdout.splitlines())


def test_f109_01_the_reports_cases_still_to_enter_not_screened_are_those_the_list_shows(tmp_path):
    db = _caseload(tmp_path)
    to_enter = _listed(db, "--outcome", "to_enter")
    assert to_enter == 3
    lines = clinic_app("report", "--db", db).stdout.splitlines()
    under = lines.index(next(line for line in lines if line.strip().startswith("Not screened yet")))
    assert re.fullmatch(r"  Not screened yet +4", lines[under])
    assert re.fullmatch(rf"    cases still to enter +{to_enter}", lines[under + 1])
    counts = json.loads(clinic_app("report", "--db", db, "--json").stdout)
    assert counts["outcomes"]["not_screened"] == 4 and counts["not_screened_cases_to_enter"] == to_enter


def test_f109_01_once_screened_they_are_said_under_their_outcomes_as_before(tmp_path):
    db = _caseload(tmp_path)
    assert clinic_app("rescreen", "--db", db).returncode == 0
    counts = json.loads(clinic_app("report", "--db", db, "--json").stdout)
    assert counts["not_screened_cases_to_enter"] == 0
    assert counts["nothing_available_no_case_entered"] + counts["needs_review_convictions_to_type"] == _listed(db, "--outcome", "to_enter") == 3
    assert "cases still to enter" not in clinic_app("report", "--db", db).stdout
