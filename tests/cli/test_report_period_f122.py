"""F122-03: a director writing a quarter's report to a funder could choose the event but not
the quarter: the report counted every petition since the caseload's first.  `clinic-app
report --period` (a month, a day, or DAY..DAY as `list --probation-ended` takes them) counts
the petitions filed in it, and the rulings made in it whenever their petition was filed, and
says so at the top; the people are counted whole, as it says."""

from __future__ import annotations

import json
import re
from datetime import date

from clinic_app.model import Petition
from db.repository import Repository
from tests.automatic_relief import AS_OF, arrest_relief_only, to_file
from tests.cli.test_cli import clinic_app

QUARTER = "2026-10-01..2026-12-31"


def _caseload(tmp_path):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        summer, autumn, dismissed = arrest_relief_only(), arrest_relief_only("Otto Otoño"), to_file()
        # Filed last quarter, granted this one: a ruling of this quarter, not a filing.
        summer.cases[0].petitions = [Petition("pc851_91", date(2026, 8, 3), ruling="granted", ruling_on=date(2026, 10, 20))]
        autumn.cases[0].petitions = [Petition("pc851_91", date(2026, 10, 5))]
        # Filed and granted last quarter: neither counts this one.
        dismissed.cases[0].petitions = [Petition("pc1203_4", date(2026, 7, 1), ruling="granted", ruling_on=date(2026, 9, 1))]
        repo.add_clients([summer, autumn, dismissed])
    assert clinic_app("rescreen", "--db", db, "--as-of", AS_OF.isoformat()).returncode == 0
    return db


def _count(text: str, words: str) -> int:
    return int(re.search(rf"^  {re.escape(words)} +(\d+)$", text, re.M).group(1))


def test_f122_03_a_quarter_counts_its_filings_and_its_rulings(tmp_path):
    result = clinic_app("report", "--db", _caseload(tmp_path), "--period", QUARTER)
    assert result.returncode == 0, result.stderr
    text = result.stdout
    assert text.splitlines()[4].startswith("Petitions filed and rulings made: 2026-10-01 to 2026-12-31.")  # under the head and its day (C131-03)
    assert "People: 3   screened: 3\n" in text  # the people whole, as it says
    assert "Petitions filed 2026-10-01 to 2026-12-31: 1 (of 1 client)\n" in text
    assert "  Rulings made 2026-10-01 to 2026-12-31:\n" in text
    assert (_count(text, "awaiting the court's ruling"), _count(text, "granted"), _count(text, "denied")) == (1, 1, 0)
    assert "PC 1203.4 dismissal" not in text  # neither filed nor ruled on in the quarter
    assert "  Arrests sealed (PC 851.91 petitions granted 2026-10-01 to 2026-12-31): 1\n" in text


def test_f122_03_json_says_the_period_and_its_counts(tmp_path):
    counts = json.loads(clinic_app("report", "--db", _caseload(tmp_path), "--period", QUARTER, "--json").stdout)
    assert counts["period"] == {"from": "2026-10-01", "to": "2026-12-31"}
    assert counts["petitions_filed"] == {"filed": 1, "awaiting": 1, "granted": 1, "denied": 0, "withdrawn": 0, "clients": 1}
    assert counts["petitions_by_relief"] == {"pc851_91": {"filed": 1, "awaiting": 1, "granted": 1, "denied": 0, "withdrawn": 0}}


def test_f122_03_without_a_period_every_petition_is_counted(tmp_path):
    counts = json.loads(clinic_app("report", "--db", _caseload(tmp_path), "--json").stdout)
    assert counts["period"] is None
    assert counts["petitions_filed"]["filed"] == 3


def test_f122_03_a_period_mistyped_is_said(tmp_path):
    result = clinic_app("report", "--db", _caseload(tmp_path), "--period", "2026-12-31..2026-10-01")
    assert result.returncode != 0
    assert "--period: '2026-12-31..2026-10-01' ends before it starts" in result.stderr
