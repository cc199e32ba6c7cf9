"""R156-01: K155-01 counted a client whose PC 1203.4 awaits the court while her 17(b)'s denial
stands, left to the attorney, under "filed, awaiting the court" and again under "denied:
attorney to review".  A director read "Eligible now 2", then 1 filed and 2 denied under it:
three clients of two, with nothing to say that one was counted twice.  The report now says so
under the filed line, in its text, spreadsheet and JSON, so the lines add up."""

from __future__ import annotations

import json

from tests.automatic_relief import AS_OF
from tests.cli.test_cli import clinic_app
from tests.cli.test_report_csv_t140 import _number, _rows
from tests.test_court_denied_reduction_awaited_k155 import _caseload, _dismissal

COURT = "Where the court stands (clients)"


def _report(db, *more):
    return clinic_app("report", "--db", db, "--as-of", AS_OF.isoformat(), *more).stdout


def test_r156_01_a_client_filed_and_denied_is_said_to_be_counted_twice(tmp_path):
    db, _ids = _caseload(tmp_path, _dismissal("Fina Filed"), _dismissal("Gina Granted", "granted"))
    text = _report(db)
    assert ("  Eligible now                        2\n"
            "    filed, awaiting the court         1\n"
            "      also counted as denied          1\n"
            "    denied: attorney to review        2\n") in text
    rows = _rows(_report(db, "--csv"))
    assert _number(rows, COURT, "Filed, awaiting the court") == 1
    assert _number(rows, COURT, "Filed, awaiting the court: also counted as denied") == 1
    assert _number(rows, COURT, "Denied: attorney to review") == 2
    counted = json.loads(_report(db, "--json"))
    assert counted["petitions"]["filed"] == 1 and counted["petitions_filed_also_denied"] == 1


def test_r156_01_no_such_line_where_no_client_is_counted_twice(tmp_path):
    db, _ids = _caseload(tmp_path, _dismissal("Gina Granted", "granted"))
    assert "also counted as denied" not in _report(db)
    assert _number(_rows(_report(db, "--csv")), COURT, "Filed, awaiting the court: also counted as denied") == 0
    assert json.loads(_report(db, "--json"))["petitions_filed_also_denied"] == 0
