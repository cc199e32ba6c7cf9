"""T140-01: a paralegal's month-end report for a funder (`clinic-app report --period 2026-11`,
or the window's "This month") counted the month's petitions and rulings, and of the people only
the whole caseload's, whenever seen: the month's new clients, a funder's first question, were
in no figure.  The people added to the caseload in the period are said under People, by
language, and "none" where nobody was; `added_in_period` in --json."""

from __future__ import annotations

import json
from datetime import datetime, timezone

from db.connection import open_caseload
from db.repository import Repository
from tests.automatic_relief import arrest_relief_only
from tests.cli.test_cli import clinic_app


def _caseload(tmp_path):
    """Two clients added on 2026-11-03 (one of them Spanish-speaking) and one on 2026-10-30,
    at noon UTC: the same day on any clock of the Americas."""
    db = tmp_path / "caseload.sqlite"
    moment = {"now": datetime(2026, 10, 30, 12, tzinfo=timezone.utc)}
    with Repository(open_caseload(db), user="paralegal", clock=lambda: moment["now"]) as repo:
        repo.add_client(arrest_relief_only("Olga October"))
        moment["now"] = datetime(2026, 11, 3, 12, tzinfo=timezone.utc)
        spanish = arrest_relief_only("Nora Noviembre")
        spanish.language = "es"
        repo.add_clients([arrest_relief_only("Nick November"), spanish])
    return db


def test_t140_01_a_months_report_says_the_people_added_in_it(tmp_path):
    result = clinic_app("report", "--db", _caseload(tmp_path), "--period", "2026-11")
    assert result.returncode == 0, result.stderr
    assert ("People: 3   screened: 0\n"
            "  of them, added to the caseload 2026-11-01 to 2026-11-30: 2 people\n"
            "    (English 1, Spanish 1)\n") in result.stdout
    assert "those added in the period, an import on its day, are said under People." in " ".join(result.stdout.split())


def test_t140_01_a_month_of_nobody_new_says_none(tmp_path):
    text = clinic_app("report", "--db", _caseload(tmp_path), "--period", "2026-09").stdout
    assert "  of them, added to the caseload 2026-09-01 to 2026-09-30: none\n" in text


def test_t140_01_json_says_the_people_added_and_their_languages(tmp_path):
    db = _caseload(tmp_path)
    counts = json.loads(clinic_app("report", "--db", db, "--period", "2026-10-01..2026-12-31", "--json").stdout)
    assert counts["added_in_period"] == {"clients": 3, "languages": {"en": 2, "es": 1}}
    assert json.loads(clinic_app("report", "--db", db, "--json").stdout)["added_in_period"] is None  # no period, no count
    assert "of them, added" not in clinic_app("report", "--db", db).stdout
