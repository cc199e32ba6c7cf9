"""C131-03: a coordinator set the clinic's name in File > Clinic details so that "the handouts and
the report carry them": every handout did, the report did not, nor the day it was counted.  Saved
as report-caseload.txt or pasted into an e-mail to a funder, it named no clinic and no day.  Its
head now says the clinic's name (when set) and the day it was counted on, as the window's does;
the JSON carries `clinic`."""

from __future__ import annotations

import json
from datetime import date

from clinic_app.report import build_report, report_text
from db.repository import Repository
from tests.cli.test_cli import clinic_app


def _caseload(tmp_path, name: str | None):
    db = tmp_path / "caseload.sqlite"
    Repository.open(db).close()
    if name is not None:
        assert clinic_app("clinic", "--db", db, "--name", name).returncode == 0
    return db


def test_the_report_names_the_clinic_and_the_day_it_was_counted(tmp_path):
    db = _caseload(tmp_path, "  Eastside Record Clearance Clinic ")
    result = clinic_app("report", "--db", db, "--as-of", "2026-12-05")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[:3] == ["Whole caseload", "==============",
                                              "Eastside Record Clearance Clinic. Counted on 2026-12-05."]
    said = json.loads(clinic_app("report", "--db", db, "--json").stdout)
    assert said["clinic"] == "Eastside Record Clearance Clinic"


def test_with_no_clinic_name_the_day_alone_is_said(tmp_path):
    db = _caseload(tmp_path, None)
    assert clinic_app("report", "--db", db, "--as-of", "2026-12-05").stdout.splitlines()[2] == "Counted on 2026-12-05."
    assert json.loads(clinic_app("report", "--db", db, "--json").stdout)["clinic"] is None


def test_the_windows_report_is_given_the_clinics_name_too(tmp_path):
    """The window's report (ui.tasks.report_job) and its screenshot count through
    Repository.report_counts, as `clinic-app report` does."""
    db = _caseload(tmp_path, "Eastside Clinic")
    with Repository.open(db) as repo:
        report = build_report("Pomona fair", [], today=date(2026, 12, 6), **repo.report_counts("Pomona fair"))
    assert report_text(report).splitlines()[:3] == ["Clinic event: Pomona fair", "=========================",
                                                    "Eastside Clinic. Counted on 2026-12-06."]


def test_a_clinic_name_ending_in_a_period_is_not_given_another(tmp_path):
    """R136-04: "Eastside Legal Aid, Inc." read "Eastside Legal Aid, Inc.. Counted on ...", and a
    long name made the head wider than the terminal the report is wrapped to (J59-05)."""
    db = _caseload(tmp_path, "Eastside Legal Aid, Inc.")
    head = clinic_app("report", "--db", db, "--as-of", "2026-12-05").stdout.splitlines()[2]
    assert head == "Eastside Legal Aid, Inc. Counted on 2026-12-05."
    report = build_report(None, [], today=date(2026, 12, 6),
                          clinic="Neighborhood Legal Services of Los Angeles County, Record Clearance Project")
    lines = report_text(report, width=60).splitlines()
    assert lines[2:5] == ["Neighborhood Legal Services of Los Angeles County, Record",
                          "Clearance Project. Counted on 2026-12-06.", ""]
    assert max(map(len, lines)) <= 60
