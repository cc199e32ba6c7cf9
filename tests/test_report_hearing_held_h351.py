"""H351-03: a month after the week's filings, the report said "filed, awaiting the court 75" and
"(with a hearing to come) 2", while the list read 51 of those 75 "Hearing ... held: record the
ruling", today's work: the report said nowhere that the court had had its hearing and only the
clinic's entry of the ruling was awaited.  It now counts them, in the text, JSON and CSV."""

from __future__ import annotations

import json
from datetime import date

from clinic_app.model import Petition
from clinic_app.report import build_report, report_csv, report_json, report_text
from db.rescreen import rescreen_caseload
from db.repository import Repository
from tests.automatic_relief import AS_OF, to_file


def test_h351_03_the_report_counts_the_clients_whose_hearing_was_held_with_no_ruling_entered(tmp_path):
    with Repository.open(tmp_path / "caseload.sqlite") as repo:
        for name, hearing in (("Ana Awaits", date(2026, 12, 9)), ("Bea Before", date(2026, 11, 9)), ("Cora Cero", None)):
            client = to_file(name)
            client.cases[0].petitions = [Petition("pc1203_4", date(2026, 10, 2), hearing_on=hearing)]
            repo.add_client(client)
        rescreen_caseload(repo, AS_OF, workers=1)
        report = build_report(None, repo.counted_screenings(), today=AS_OF)
    text = report_text(report)
    assert "    filed, awaiting the court         3\n" in text
    assert f"  (with a hearing to come)            1  (on or after {AS_OF.isoformat()})\n" in text
    assert f"  (hearing held: record ruling)       1  (before {AS_OF.isoformat()})\n" in text  # Bea's
    assert json.loads(report_json(report))["hearings_held"] == 1
    assert f"With a hearing held before {AS_OF.isoformat()} and no ruling entered,1" in report_csv(report)
