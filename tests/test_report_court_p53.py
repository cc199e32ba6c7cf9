"""P53: the caseload report counts the petitions filed (awaiting the court, denied, granted:
relief to record) and the clients with a hearing to come, read off the caseload line."""

from __future__ import annotations

import json
from datetime import date

from clinic_app.model import Petition
from clinic_app.report import build_report, report_json, report_text
from db.rescreen import rescreen_caseload
from db.repository import Repository
from tests.automatic_relief import AS_OF, to_file


def test_p53_the_report_counts_petitions_filed_rulings_and_hearings_to_come(tmp_path):
    with Repository.open(tmp_path / "caseload.sqlite") as repo:
        _counted(repo)


def _counted(repo):
    for name, petitions in (("Ana Awaits", [Petition("pc1203_4", date(2026, 11, 2), hearing_on=date(2026, 12, 9))]),
                            ("Bea Before", [Petition("pc1203_4", date(2026, 10, 2), hearing_on=date(2026, 11, 9))]),
                            ("Dino Denied", [Petition("pc1203_4", date(2026, 9, 2), ruling="denied", ruling_on=date(2026, 11, 1))]),
                            ("Gala Granted", [Petition("pc1203_4", date(2026, 9, 2), ruling="granted", ruling_on=date(2026, 11, 1))]),
                            ("Nico Nothing", [])):
        client = to_file(name)
        client.cases[0].petitions = petitions
        repo.add_client(client)
    rescreen_caseload(repo, AS_OF, workers=1)
    report = build_report(None, repo.counted_screenings(), today=AS_OF)
    text = report_text(report)
    assert "    filed, awaiting the court         2\n" in text
    assert "    denied: attorney to review        1\n" in text
    assert "    granted: relief to record         1\n" in text
    assert f"  (with a hearing to come)            1  (on or after {AS_OF.isoformat()})\n" in text  # Bea's hearing was before the report's day
    counted = json.loads(report_json(report))
    assert counted["petitions"] == {"filed": 2, "denied": 1, "granted": 1} and counted["hearings_to_come"] == 1
