"""P101-01: the month's report for the funder, made a month after the last re-screen, counted a
client whose "Eligible on" day had come since as "Eligible on a later date" (and one "Blocked
until" a day passed as blocked), with nothing said: the window's status line says "1 client
whose date has come since the last screening" and offers Re-screen now, and the report made from
the same window (or `clinic-app report --as-of`) said only "Screened as of: 2030-09-01".  The
counts stay as screened (a report is of the stored screenings); the report now says how many
lines have a day come by its own day, and to re-screen, in the text and as `dates_come` in JSON."""

from __future__ import annotations

import json
from datetime import date

from clinic_app.report import build_report, report_json, report_text
from db.repository import Repository
from db.rescreen import rescreen_caseload
from tests.automatic_relief import to_file, to_file_later
from tests.cli.test_cli import clinic_app

SCREENED = date(2030, 9, 1)  # the last re-screen: Felipe eligible on 2030-09-29, Fernanda now
BEFORE = date(2030, 9, 15)  # his day still to come
AFTER = date(2030, 10, 1)  # the month's report: his day has come


def _caseload(path) -> None:
    with Repository.open(path) as repo:
        repo.add_client(to_file_later("Felipe Filing"))
        repo.add_client(to_file("Fernanda Filing"))
        rescreen_caseload(repo, SCREENED, workers=1)
        assert sorted((row.best, row.best_date) for row in repo.list_clients()) == [
            ("eligible_now", None), ("eligible_on", date(2030, 9, 29))]


def test_p101_01_report_says_the_dates_come_since_the_screening(tmp_path):
    _caseload(tmp_path / "caseload.sqlite")
    with Repository.open(tmp_path / "caseload.sqlite") as repo:
        before = build_report(None, repo.counted_screenings(), today=BEFORE)
        after = build_report(None, repo.counted_screenings(), today=AFTER)
    assert (before.dates_come, after.dates_come) == (0, 1)
    assert after.outcomes["eligible_on"] == 1  # the counts stay as screened
    text = report_text(after)
    assert ("Dates come: 1 client whose date (eligible on, or blocked until) has come\n"
            "  by 2030-10-01 is counted below as screened: re-screen as of 2030-10-01\n  for that day's answers\n") in text
    assert "Dates come" not in report_text(before)
    assert json.loads(report_json(after))["dates_come"] == 1
    assert json.loads(report_json(before))["dates_come"] == 0


def test_p101_01_clinic_app_report_says_them_from_its_as_of(tmp_path):
    db = tmp_path / "caseload.sqlite"
    _caseload(db)
    said = {}
    for day in (BEFORE, AFTER):
        result = clinic_app("report", "--db", str(db), "--as-of", day.isoformat())
        assert result.returncode == 0, result.stderr
        said[day] = result.stdout
        result = clinic_app("report", "--db", str(db), "--json", "--as-of", day.isoformat())
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout)["dates_come"] == (day == AFTER)
    assert "Dates come" not in said[BEFORE]
    assert ("Dates come: 1 client whose date (eligible on, or blocked until) has come\n"
            "  by 2030-10-01 is counted below as screened: re-screen as of 2030-10-01\n  for that day's answers\n") in said[AFTER]
