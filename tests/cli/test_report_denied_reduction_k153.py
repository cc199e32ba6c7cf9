"""K153-02: `clinic-app report` (and Caseload > Report) counted a felony wobbler whose PC 17(b)
reduction the judge denied, the 17(b) left to the attorney, under no "denied: attorney to
review", though its caseload line says "Denied 2025-05-10: attorney to review" (S150-02) and
`clinic-app list --review` and the Attorney review count list it: two denials counted where the
queue listed three.  It is counted now under its best outcome, in the line's words, in the text,
the JSON and the spreadsheet, a reviewed one as "denied, reviewed by attorney"; the outcomes
still add up to the people."""

from __future__ import annotations

import json
from datetime import datetime, timezone

from clinic_app.review import answer_key
from db.rescreen import rescreen_caseload
from db.repository import Repository
from tests.automatic_relief import AS_OF, to_file
from tests.cli.test_cli import clinic_app
from tests.cli.test_report_csv_t140 import _number, _rows
from tests.handouts.test_denied_reduction_guns_s150 import _denied_reduction
from tests.test_court_not_all_filed_y55 import two_cases
from tests.test_report_denial_beside_filing_c70 import _denied

COURT = "Where the court stands (clients)"


def _caseload(tmp_path):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        alone = to_file("Dana Denied")
        alone.cases[0].petitions = [_denied("Dana")]
        repo.add_client(alone)
        repo.add_client(two_cases("Bea Beside", _denied("Bea")))
        repo.add_client(_denied_reduction())  # Beto Reducido
        reviewed = _denied_reduction()
        reviewed.name = "Berto Revisado"
        reviewed_id = repo.add_client(reviewed)
        rescreen_caseload(repo, AS_OF, workers=1)
        stored = repo.latest_screening(reviewed_id)
        d = next(d for d in stored.screening.results if d.remedy == "pc17b")
        repo.record_reviews(reviewed_id, [(d.case, d.conviction, d.remedy, answer_key(d))], "Read the minute order",
                            facts_hash=stored.facts_hash, at=datetime(2026, 11, 20, 18, tzinfo=timezone.utc))
    return db


def test_k153_02_a_reduction_denied_is_counted_where_the_queue_lists_it(tmp_path):
    db = _caseload(tmp_path)
    queue = clinic_app("list", "--db", db, "--review", "--as-of", AS_OF.isoformat()).stdout
    denials = [line for line in queue.splitlines() if "attorney to review" in line]
    assert len(denials) == 3 and any("Beto Reducido" in line for line in denials)
    # Berto's denial reviewed: on the queue for his other results only.
    assert not any("Berto Revisado" in line for line in denials)

    text = clinic_app("report", "--db", db, "--as-of", AS_OF.isoformat()).stdout
    assert ("  Needs an attorney's review          2\n"
            "    denied: attorney to review        1\n"
            "    denied, reviewed by attorney      1\n") in text
    # Every denial to review the queue lists is counted once in the text, under its outcome.
    to_review = [int(line.split()[-1]) for line in text.splitlines() if line.strip().startswith("denied: attorney to review")]
    assert sum(to_review) == len(denials) == 3

    counted = json.loads(clinic_app("report", "--db", db, "--as-of", AS_OF.isoformat(), "--json").stdout)
    assert counted["petitions_denied_under_review"] == 2 and counted["petitions_denied_under_review_reviewed"] == 1
    assert counted["petitions"]["denied"] == 1 and counted["petitions_denied_beside_filing"] == 1
    assert counted["outcomes"]["needs_review"] == 2

    rows = _rows(clinic_app("report", "--db", db, "--as-of", AS_OF.isoformat(), "--csv").stdout)
    assert _number(rows, COURT, "Denied: attorney to review") == 3
    assert _number(rows, COURT, "Denied, reviewed by attorney") == 1
    # The outcomes still add up to the people: the denials are a section of their own.
    people = _number(rows, "People", "People")
    assert sum(int(row[2]) for row in rows if row[0] == "Where people stand (best outcome of each)") == people == 4
