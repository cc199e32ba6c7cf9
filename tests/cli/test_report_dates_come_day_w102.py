"""W102-01: `clinic-app report --as-of 2030-10-01` on a caseload screened 2030-09-01 said
"Dates come: 1 client whose date ... has come by 2030-10-01 is counted below as screened:
re-screen for today's answers" (P101-01), where the day the report is about is not today:
a re-screen for today would not give that day's answers.  The line now names its own day."""

from __future__ import annotations

from tests.cli.test_cli import clinic_app
from tests.test_report_dates_come_p101 import AFTER, _caseload


def test_w102_01_dates_come_says_the_day_it_is_about(tmp_path):
    db = tmp_path / "caseload.sqlite"
    _caseload(db)
    result = clinic_app("report", "--db", str(db), "--as-of", AFTER.isoformat())
    assert result.returncode == 0, result.stderr
    said = " ".join(result.stdout.split())
    assert ("Dates come: 1 client whose date (eligible on, or blocked until) has come by 2030-10-01 is counted "
            "below as screened: re-screen as of 2030-10-01 for that day's answers") in said
    assert "today's" not in said
