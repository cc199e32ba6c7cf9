"""K155-01: a felony wobbler whose PC 1203.4 dismissal is filed and awaiting the court while the
judge's denial of its PC 17(b) reduction stands, left to the attorney.  The caseload line read
"Filed 2026-10-01; awaiting ruling" and, the dismissal granted, "Granted ...: record the relief
on the count"; neither the attorney's queue (`clinic-app list --review`) nor the report said
the denial.  The line now says it in S154-02's words beside a filing, the queue lists it and
the report counts it with the other denials, in its text, JSON and spreadsheet."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone

from clinic_app.line_action import next_action_said
from clinic_app.model import Petition
from clinic_app.review import answer_key
from db.repository import Repository
from db.rescreen import rescreen_caseload
from tests.automatic_relief import AS_OF
from tests.cli.test_cli import clinic_app
from tests.cli.test_report_csv_t140 import _number, _rows
from tests.gui.test_reduction_denied_beside_filing_s154 import _dismissal_still_to_file

DENIED = "denied 2025-05-10: attorney to review"


def _dismissal(name: str, ruling: str | None = None):
    """Dora's burglary (its 17(b) denied 2025-05-10), the dismissal filed 2026-10-01 and `ruling`."""
    client = _dismissal_still_to_file()
    client.name = name
    ruling_on = date(2026, 11, 2) if ruling else None
    client.cases[0].petitions.append(Petition("pc1203_4", date(2026, 10, 1), ruling=ruling, ruling_on=ruling_on))
    return client


def _caseload(tmp_path, *clients):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        ids = [repo.add_client(client) for client in clients]
        rescreen_caseload(repo, AS_OF, workers=1)
    return db, ids


def _line(db, client_id: int):
    with Repository.open(db) as repo:
        return next_action_said(repo.client_rows([client_id])[0], AS_OF)[0]


def test_k155_01_the_line_says_the_reduction_denied_beside_the_dismissal_awaited(tmp_path):
    db, (awaited, granted) = _caseload(tmp_path, _dismissal("Fina Filed"), _dismissal("Gina Granted", "granted"))
    said = _line(db, awaited)
    assert said.full == f"Filed 2026-10-01; awaiting ruling; {DENIED}"
    assert said.short == "Filed; to attorney"
    # Granted in part, as H63-02's line says it: the denial first, the relief to record beside it.
    assert _line(db, granted).full == "Denied 2025-05-10: attorney to review; granted 2026-11-02: record the relief on the count"

    queue = clinic_app("list", "--db", db, "--review", "--as-of", AS_OF.isoformat()).stdout
    assert [line.split("\t")[1] for line in queue.splitlines() if line.endswith(DENIED)] == ["Fina Filed", "Gina Granted"]

    text = clinic_app("report", "--db", db, "--as-of", AS_OF.isoformat()).stdout
    assert ("  Eligible now                        2\n"
            "    filed, awaiting the court         1\n"
            "      also counted as denied          1\n"  # R156-01
            "    denied: attorney to review        2\n") in text
    counted = json.loads(clinic_app("report", "--db", db, "--as-of", AS_OF.isoformat(), "--json").stdout)
    assert counted["petitions_denied_under_review"] == 1 and counted["petitions"]["denied"] == 1
    rows = _rows(clinic_app("report", "--db", db, "--as-of", AS_OF.isoformat(), "--csv").stdout)
    assert _number(rows, "Where the court stands (clients)", "Denied: attorney to review") == 2


def test_k155_01_once_reviewed_the_line_says_so_and_the_queue_lets_it_go(tmp_path):
    db, (client_id,) = _caseload(tmp_path, _dismissal("Fina Filed"))
    with Repository.open(db) as repo:
        stored = repo.latest_screening(client_id)
        d = next(d for d in stored.screening.results if d.remedy == "pc17b")
        repo.record_reviews(client_id, [(d.case, d.conviction, d.remedy, answer_key(d))], "Read the minute order",
                            facts_hash=stored.facts_hash, at=datetime(2026, 11, 20, 18, tzinfo=timezone.utc))
    said = _line(db, client_id)
    assert said.full == "Filed 2026-10-01; awaiting ruling; denied 2025-05-10: reviewed by the attorney 2026-11-20"
    assert said.short == "Awaiting ruling"
    queue = clinic_app("list", "--db", db, "--review", "--as-of", AS_OF.isoformat()).stdout
    assert DENIED not in queue
    text = clinic_app("report", "--db", db, "--as-of", AS_OF.isoformat()).stdout
    assert ("    filed, awaiting the court         1\n"
            "      also counted as denied          1\n"  # R156-01
            "    denied, reviewed by attorney      1\n") in text
