"""R402-01: a director whose funder's year runs July to June typed `report --period FY2026` (or
"2025-26", as the funder's letter writes it) and was told the forms a period takes, "year (2026)"
among them since H399-01: typed so, the report counted January to December 2026, half of it
another fiscal year's; and "2025 - 2026" was read as two calendar years, 24 months, without a word.
Which months a fiscal year is, is the funder's, not guessed: asked by its months."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.probation_ended import period
from tests.cli.test_cli import clinic_app


@pytest.mark.parametrize(("typed", "end"), [
    ("FY2026", 2026), ("FY 2025-26", 2026), ("fy26", 2026), ("Fiscal year 2026", 2026),
    ("2025-26", 2026), ("2025-2026", 2026), ("2025 - 2026", 2026), ("2025/26", 2026), ("2024–2025", 2025),
    # Its own year however typed, not this one's: "FY27" was shown Jul 2025-Jun 2026 (R407-01).
    ("FY27", 2027), ("fy 19", 2019), ("FY2027 Q1", 2027),
])
def test_r402_01_a_fiscal_year_is_asked_by_its_months_not_read_as_a_calendar_year(typed, end):
    with pytest.raises(ValueError) as refused:
        period(typed)
    said = str(refused.value)
    assert f"a fiscal year is typed by its months (as in Jul {end - 1}-Jun {end} or Oct {end - 1}-Sep {end})" in said
    assert "year (2026)" not in said  # not steered to January-December
    # What it shows is read as those months.
    assert period(f"Jul {end - 1}-Jun {end}") == (date(end - 1, 7, 1), date(end, 6, 30))


@pytest.mark.parametrize(("typed", "days"), [
    ("2025..2026", (date(2025, 1, 1), date(2026, 12, 31))),  # two calendar years, as H399-01 reads them
    ("2025 to 2026", (date(2025, 1, 1), date(2026, 12, 31))),
    ("2011-12", (date(2011, 12, 1), date(2011, 12, 31))),  # a month, not a fiscal year 2011-12
    ("2024 - 2026", (date(2024, 1, 1), date(2026, 12, 31))),  # three years: no fiscal year's
])
def test_r402_01_years_said_as_years_and_a_month_read_as_before(typed, days):
    assert period(typed) == days


def test_r402_01_the_report_refuses_a_fiscal_year_at_a_terminal(tmp_path):
    result = clinic_app("report", "--db", tmp_path / "caseload.sqlite", "--period", "FY2026")
    assert result.returncode != 0 and result.stdout == ""
    assert "'FY2026': a fiscal year is typed by its months (as in Jul 2025-Jun 2026 or Oct 2025-Sep 2026)" in result.stderr
