"""L63-02: `clinic-app report` (and Caseload > Report) counted a denial the attorney had reviewed
since the ruling, its caseload line reading "Denied 2026-11-01: reviewed by the attorney ..."
(H63-04), under "denied: attorney to review".  It is now counted apart, "denied, reviewed by
attorney", in the text, and in the JSON as "petitions_denied_reviewed", "petitions"
["denied"] still counting every client with a denial, as before."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone

from clinic_app.court import court_action
from clinic_app.model import Petition
from clinic_app.report import build_report, report_json, report_text
from clinic_app.review import answer_key
from db.rescreen import rescreen_caseload
from db.repository import Repository
from tests.automatic_relief import AS_OF, to_file

RULED = date(2026, 11, 1)


def _denied(repo, name: str) -> int:
    client = to_file(name)
    client.cases[0].petitions = [Petition("pc1203_4", date(2026, 9, 2), ruling="denied", ruling_on=RULED)]
    return repo.add_client(client)


def _review(repo, client_id: int, at: datetime) -> None:
    """The attorney marks the denied 1203.4 reviewed, on the newest screening's facts and answer."""
    stored = repo.latest_screening(client_id)
    d = next(d for d in stored.screening.results if d.remedy == "pc1203_4")
    repo.record_reviews(client_id, [(d.case, d.conviction, d.remedy, answer_key(d))], "Read the minute order",
                        facts_hash=stored.facts_hash, at=at)


def test_l63_02_a_denial_the_attorney_reviewed_is_counted_apart(tmp_path):
    with Repository.open(tmp_path / "caseload.sqlite") as repo:
        reviewed = _denied(repo, "Dora Denegada")
        before = _denied(repo, "Dino Denied")  # reviewed before the ruling: not of the denial
        _denied(repo, "Dana Denied")
        rescreen_caseload(repo, AS_OF, workers=1)
        _review(repo, reviewed, datetime(2026, 11, 20, 18, tzinfo=timezone.utc))
        _review(repo, before, datetime(2026, 10, 20, 18, tzinfo=timezone.utc))
        lines = {row.name: court_action(row.court, AS_OF) for row in repo.list_clients()}
        assert lines["Dora Denegada"].startswith("Denied 2026-11-01: reviewed by the attorney")
        assert lines["Dino Denied"] == lines["Dana Denied"] == "Denied 2026-11-01: attorney to review"

        report = build_report(None, repo.counted_screenings(), today=AS_OF)
    text = report_text(report)
    assert "    denied: attorney to review        2\n    denied, reviewed by attorney      1\n" in text
    counted = json.loads(report_json(report))
    assert counted["petitions"]["denied"] == 3 and counted["petitions_denied_reviewed"] == 1

