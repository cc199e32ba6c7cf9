"""C70-02: `clinic-app report` (and Caseload > Report) counted under "denied: attorney to review"
only the clients all of whose petitions to file now were filed and one denied.  A client with a
petition denied beside another still to file (the line "File now; denied <day>: attorney to
review", Y55-01) is on the attorney's queue (`clinic-app list --review`, K66-01) and was counted
under no court line: the report read 1 where the queue listed 2 denials (R68).  It is counted
with the other denials now, "beside a filing to make" said under them, and a reviewed one with
"denied, reviewed by attorney"; the JSON says both apart."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone

from clinic_app.court import court_standing
from clinic_app.model import Petition
from clinic_app.report import build_report, report_json, report_text
from clinic_app.review import answer_key, awaits_attorney
from db.rescreen import rescreen_caseload
from db.repository import Repository
from tests.automatic_relief import AS_OF, to_file
from tests.test_court_not_all_filed_y55 import two_cases

RULED = date(2026, 11, 1)


def _denied(name: str) -> Petition:
    return Petition("pc1203_4", date(2026, 9, 2), ["a1"], ruling="denied", ruling_on=RULED)


def _review(repo, client_id: int) -> None:
    """The attorney marks the denied 1203.4 of case a reviewed, after the ruling."""
    stored = repo.latest_screening(client_id)
    d = next(d for d in stored.screening.results if d.remedy == "pc1203_4" and d.case == "a")
    repo.record_reviews(client_id, [(d.case, d.conviction, d.remedy, answer_key(d))], "Refile with the minute order",
                        facts_hash=stored.facts_hash, at=datetime(2026, 11, 20, 18, tzinfo=timezone.utc))


def test_c70_02_a_denial_beside_a_filing_to_make_is_counted_with_the_denials_to_review(tmp_path):
    with Repository.open(tmp_path / "caseload.sqlite") as repo:
        alone = to_file("Dana Denied")
        alone.cases[0].petitions = [_denied("Dana")]
        repo.add_client(alone)
        repo.add_client(two_cases("Bea Beside", _denied("Bea")))
        reviewed = repo.add_client(two_cases("Berta Beside", _denied("Berta")))
        rescreen_caseload(repo, AS_OF, workers=1)
        _review(repo, reviewed)
        lines = {row.name: row for row in repo.list_clients()}
        assert court_standing(lines["Bea Beside"].court, AS_OF) == "not all filed; denied 2026-11-01: attorney to review"
        assert court_standing(lines["Berta Beside"].court, AS_OF).endswith("reviewed by the attorney 2026-11-20")
        queue = sorted(name for name, row in lines.items() if awaits_attorney(row) and row.court and row.court.denials)
        assert queue == ["Bea Beside", "Dana Denied"]

        report = build_report(None, repo.counted_screenings(), today=AS_OF)
    text = report_text(report)
    # Two denials to review, as the queue lists them; one of them beside a filing; one reviewed.
    assert ("    denied: attorney to review        2\n"
            "      beside a filing to make         1\n"
            "    denied, reviewed by attorney      1\n") in text
    counted = json.loads(report_json(report))
    assert counted["petitions"]["denied"] == 1 and counted["petitions_denied_reviewed"] == 0
    assert counted["petitions_denied_beside_filing"] == 2 and counted["petitions_denied_beside_filing_reviewed"] == 1
    # At a narrow terminal the lines still fit.
    assert all(len(line) <= 60 for line in report_text(report, width=60).splitlines())
