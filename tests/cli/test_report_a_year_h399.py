"""H399-01: a clinic director in December, asked for the year's numbers by a funder, typed
`clinic-app report --period 2026` and was refused ("'2026' is no month ..."): a year is the
period a year-end report is of, and only 2026-01-01..2026-12-31 read.  A year typed alone is
its twelve months, for `report --period` and `list --probation-ended` alike; a year and a
year, its first January to its last December."""

from __future__ import annotations

import json
from datetime import date

import pytest

from clinic_app.model import Petition
from clinic_app.probation_ended import period
from clinic_app.report import period_in_a_name
from db.connection import open_caseload
from db.repository import Repository
from tests.automatic_relief import to_file
from tests.cli.test_cli import clinic_app


@pytest.mark.parametrize(("typed", "days"), [
    ("2026", (date(2026, 1, 1), date(2026, 12, 31))),
    (" 2025 ", (date(2025, 1, 1), date(2025, 12, 31))),
    ("2025..2026", (date(2025, 1, 1), date(2026, 12, 31))),
    ("2025 to 2026", (date(2025, 1, 1), date(2026, 12, 31))),
])
def test_h399_01_a_year_typed_alone_is_its_twelve_months(typed, days):
    assert period(typed) == days


def test_h399_01_a_years_report_counts_the_years_petitions_and_is_named_by_it(tmp_path):
    db = tmp_path / "caseload.sqlite"
    last_year, this_year = to_file("Lena Lastyear"), to_file("Tomas Thisyear")
    # Filed in 2025 and granted in 2026; filed in 2026 and awaiting the court.
    last_year.cases[0].petitions = [Petition("pc1203_4", date(2025, 6, 2), ruling="granted", ruling_on=date(2026, 2, 9))]
    this_year.cases[0].petitions = [Petition("pc1203_4", date(2026, 3, 16))]
    with Repository(open_caseload(db), user="director") as repo:
        repo.add_clients([last_year, this_year])
    result = clinic_app("report", "--db", db, "--period", "2026", "--as-of", "2026-12-07", "--json")
    assert result.returncode == 0, result.stderr
    counts = json.loads(result.stdout)
    assert counts["period"] == {"from": "2026-01-01", "to": "2026-12-31"}
    assert counts["petitions_by_relief"] == {"pc1203_4": {"filed": 1, "awaiting": 1, "granted": 1, "denied": 0, "withdrawn": 0}}
    assert period_in_a_name((date(2026, 1, 1), date(2026, 12, 31))) == "2026"
