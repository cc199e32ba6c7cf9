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


def test_h399_03_a_year_not_ended_says_its_petitions_awaiting_as_of_the_day_counted(tmp_path):
    """H399-03: the year's report made on 2026-12-07 said at its top "a petition as awaiting one
    where none was made by 2026-12-31", a day not come, of a count made that day: a funder read
    the year's rulings as closed.  Said of the day counted, as "Pending on 2026-12-07" below it
    is (K322-01); a year ended says its last day, as before."""
    db = tmp_path / "caseload.sqlite"
    client = to_file("Tomas Thisyear")
    client.cases[0].petitions = [Petition("pc1203_4", date(2026, 3, 16))]
    with Repository(open_caseload(db), user="director") as repo:
        repo.add_clients([client])
    for as_of, day in (("2026-12-07", "2026-12-07"), ("2027-01-04", "2026-12-31")):
        text = clinic_app("report", "--db", db, "--period", "2026", "--as-of", as_of).stdout
        said = " ".join(text.split("\n\n")[1].split())
        assert f"and a petition as awaiting one where none was made by {day}. " in said, said
        assert f"  Pending on {day}, whenever filed:\n" in text
