"""C57-01: `clinic-app report` (and the window's report) said "(with a hearing to come)  1"
without the day they are to come from; the JSON says it (`counted_on`), the text did not, and
a report made with --as-of a month back read as today's.  The text now says the day beside
the count."""

from __future__ import annotations

from datetime import date, timedelta

from clinic_app.model import Petition
from clinic_app.report import build_report, report_text
from db.repository import Repository
from db.rescreen import rescreen_caseload
from tests.automatic_relief import AS_OF, to_file
from tests.cli.test_cli import clinic_app


def _caseload(path):
    with Repository.open(path) as repo:
        client = to_file("Carla Coming")
        client.cases[0].petitions = [Petition("pc1203_4", AS_OF - timedelta(days=20), hearing_on=AS_OF + timedelta(days=7))]
        repo.add_client(client)
        rescreen_caseload(repo, AS_OF, workers=1)


def test_c57_the_text_says_the_day_hearings_are_to_come_from(tmp_path):
    _caseload(tmp_path / "caseload.sqlite")
    with Repository.open(tmp_path / "caseload.sqlite") as repo:
        report = build_report(None, repo.counted_screenings(), today=AS_OF)
    line = next(line for line in report_text(report).splitlines() if "hearing to come" in line)
    assert line == f"  (with a hearing to come)            1  (on or after {AS_OF.isoformat()})"
    narrow = next(line for line in report_text(report, narrow=True).splitlines() if "hearing to come" in line)
    assert narrow == line and len(narrow) <= 72


def test_c57_clinic_app_report_says_its_as_of(tmp_path):
    db = tmp_path / "caseload.sqlite"
    _caseload(db)
    day = AS_OF - timedelta(days=3)
    result = clinic_app("report", "--db", str(db), "--as-of", day.isoformat())
    assert result.returncode == 0, result.stderr
    assert f"(with a hearing to come)            1  (on or after {day.isoformat()})\n" in result.stdout


def test_c57_a_report_counted_on_no_day_says_none():
    report = build_report(None, [], today=date(2026, 12, 3))
    report.hearings_to_come, report.counted_on = 1, None
    assert "  (with a hearing to come)            1\n" in report_text(report)
