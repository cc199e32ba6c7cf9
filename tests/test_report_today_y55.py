"""Y55-02: the report counted "with a hearing to come" from the day each client was last
screened, not from the day the report is made: a caseload re-screened a month ago counted a
hearing held last week as to come.  It now counts from the report's day (the window's, or
`clinic-app report --as-of`, default the computer's), read by no clock in the domain."""

from __future__ import annotations

import json
from datetime import timedelta

from clinic_app.model import Petition
from clinic_app.report import build_report, report_json, report_text
from db.repository import Repository
from db.rescreen import rescreen_caseload
from tests.automatic_relief import AS_OF, to_file
from tests.cli.test_cli import clinic_app

SCREENED = AS_OF - timedelta(days=30)  # the caseload's last re-screen, a month before the report
HELD = AS_OF - timedelta(days=7)  # after that screening's day, before the report's
COMING = AS_OF + timedelta(days=7)


def _caseload(path):
    with Repository.open(path) as repo:
        for name, hearing in (("Hector Held", HELD), ("Carla Coming", COMING)):
            client = to_file(name)
            client.cases[0].petitions = [Petition("pc1203_4", SCREENED - timedelta(days=20), hearing_on=hearing)]
            repo.add_client(client)
        rescreen_caseload(repo, SCREENED, workers=1)


def test_y55_hearings_to_come_are_counted_from_the_reports_day(tmp_path):
    _caseload(tmp_path / "caseload.sqlite")
    with Repository.open(tmp_path / "caseload.sqlite") as repo:
        report = build_report(None, repo.counted_screenings(), today=AS_OF)
        assert build_report(None, repo.counted_screenings(), today=SCREENED).hearings_to_come == 2
    assert report.hearings_to_come == 1  # Carla's; Hector's was held last week
    assert f"  (with a hearing to come)            1  (on or after {AS_OF.isoformat()})\n" in report_text(report)
    said = json.loads(report_json(report))
    assert (said["hearings_to_come"], said["counted_on"]) == (1, AS_OF.isoformat())


def test_y55_clinic_app_report_counts_from_its_as_of(tmp_path):
    db = tmp_path / "caseload.sqlite"
    _caseload(db)
    counted = {}
    for day in (SCREENED, AS_OF, COMING + timedelta(days=1)):
        result = clinic_app("report", "--db", str(db), "--json", "--as-of", day.isoformat())
        assert result.returncode == 0, result.stderr
        counted[day] = json.loads(result.stdout)["hearings_to_come"]
    assert counted == {SCREENED: 2, AS_OF: 1, COMING + timedelta(days=1): 0}
