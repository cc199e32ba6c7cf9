"""K326: a director filling a funder's quarterly form typed `report --period` as the form writes
it.  "10/2026-12/2026" (month/year to month/year) and "Oct 2026-Jan 2027" (a period across a
year's end, each side with its year) were refused with the forms a period takes, though
"10/2026..12/2026" and "Oct 2026 - Jan 2027" were read: a dash with no space after a year."""

from __future__ import annotations

import json
from datetime import date

import pytest

from clinic_app.probation_ended import period
from tests.cli.test_cli import clinic_app
from tests.cli.test_report_added_in_period_t140 import _caseload

FOURTH_QUARTER = (date(2026, 10, 1), date(2026, 12, 31))
OCTOBER_TO_JANUARY = (date(2026, 10, 1), date(2027, 1, 31))


@pytest.mark.parametrize(("typed", "days"), [
    ("10/2026-12/2026", FOURTH_QUARTER), ("10/2026–12/2026", FOURTH_QUARTER), ("10/2026-12/31/2026", FOURTH_QUARTER),
    ("Oct 2026-Jan 2027", OCTOBER_TO_JANUARY), ("Oct. 2026-Jan. 2027", OCTOBER_TO_JANUARY),
    ("October 2026-January 2027", OCTOBER_TO_JANUARY), ("10/2026-1/2027", OCTOBER_TO_JANUARY),
    # In the words months of one year take already ("October through December 2026", "octubre a
    # diciembre de 2026"), each side with its year.
    ("Oct 2026 through Jan 2027", OCTOBER_TO_JANUARY), ("octubre de 2026 a enero de 2027", OCTOBER_TO_JANUARY),
])
def test_k326_01_months_with_their_years_dashed_as_a_form_writes_them(typed, days):
    assert period(typed) == days


def test_k326_01_a_winter_quarter_in_one_years_months_is_still_refused_and_the_wrong_way_round_said():
    with pytest.raises(ValueError, match=r"'Nov 2026 to Jan 2027' or 'Nov 2027 to Jan 2028'"):
        period("Nov-Jan 2027")
    with pytest.raises(ValueError, match="ends before it starts: give the earlier day first"):
        period("Jan 2027-Oct 2026")
    with pytest.raises(ValueError, match=r"months of a year \(Oct-Dec 2026\) or of two \(Oct 2026-Jan 2027\)"):
        period("Oct 2026-Foo 2027")


def test_k326_01_the_report_of_a_period_across_a_years_end(tmp_path):
    counts = json.loads(clinic_app("report", "--db", _caseload(tmp_path), "--period", "Oct 2026-Jan 2027", "--json").stdout)
    assert counts["period"] == {"from": "2026-10-01", "to": "2027-01-31"}
    assert counts["added_in_period"]["clients"] == 3


@pytest.mark.parametrize(("typed", "years"), [
    ("Oct-Dec 26", "“26”"), ("octubre a diciembre de 26", "“26”"), ("10/26-12/26", "“26”"), ("10/1/26-12/31/26", "“26”"),
    ("10/1/26 to 12/31/26", "“26”"), ("10-1-26 - 12-31-26", "“26”"), ("Q4 26", "“26”"), ("11/11/26", "“26”"),
    ("Oct '26-Jan '27", "“26” or “27”"), ("Oct 2026-Jan 27", "“27”"), ("Nov-Jan 27", "“27”"),
])
def test_k326_02_a_year_of_two_digits_is_asked_in_four_not_told_the_forms(typed, years):
    """K326-02: "Oct-Dec 26" was told the forms a period takes, "months of a year (Oct-Dec 2026)"
    among them, the form the director typed: the year of two digits was the one thing wrong,
    and nothing said it.  Not read as 2026 either: no date box reads "12/31/26" (K293-03)."""
    with pytest.raises(ValueError) as refused:
        period(typed)
    assert str(refused.value) == (f"{typed!r}: write the year with its four digits, not {years} (as in Oct-Dec 2026, "
                                  "10/2026-12/2026 or 10/1/2026-12/31/2026)")


def test_k326_02_what_is_no_period_with_four_digits_is_still_told_the_forms(tmp_path):
    for wrong in ("Foo 26", "Foo-Bar 26", "13/26"):
        with pytest.raises(ValueError, match=r"is no month \(2026-11"):
            period(wrong)
    refused = clinic_app("report", "--db", _caseload(tmp_path), "--period", "Oct-Dec 26")
    assert refused.returncode == 2
    assert "--period: 'Oct-Dec 26': write the year with its four digits, not “26”" in refused.stderr


@pytest.mark.parametrize(("typed", "day"), [
    ("10/1/2026-12/31", "12/31"), ("10/1/2026 to 12/31", "12/31"), ("10/15/2026..11/14", "11/14"),
    ("1/15/2026 - 2/15", "2/15"),
])
def test_r331_01_a_day_typed_without_its_year_is_not_told_its_day_is_a_year(typed, day):
    """R331-01: "10/1/2026-12/31", the last day typed without its year, was told "write the year
    with its four digits, not “31”": December 31st's day taken for a year of two digits, as if
    the period ran to December 2031.  Beside a side with its year in full, month/number whose
    number is not that year's is a day with no year, and said so."""
    with pytest.raises(ValueError) as refused:
        period(typed)
    assert str(refused.value) == (f"{typed!r}: “{day}” has no year: write it with its four digits (as in "
                                  "10/1/2026-12/31/2026)")
    # A month whose year of two digits is the other side's is still asked in four (K326-02).
    with pytest.raises(ValueError, match="not “26”"):
        period("10/2026-12/26")


@pytest.mark.parametrize(("typed", "days"), [
    ("12/25 to 12/31", "“12/25” and “12/31”"), ("12/25-12/31", "“12/25” and “12/31”"), ("12/25..12/31", "“12/25” and “12/31”"),
    ("Dec 25 to Dec 31", "“Dec 25” and “Dec 31”"), ("12/31 - 1/5", "“12/31” and “1/5”"), ("1/5-1/20", "“1/5” and “1/20”"),
])
def test_k350_02_days_typed_without_a_year_are_told_they_have_none(typed, days, tmp_path):
    """K350-02: "12/25 to 12/31", a week typed month/day with no year, was told "write the year
    with its four digits, not “25” or “31”": each day's number taken for a year of two digits, as
    if the period ran from December 2025 to December 2031.  Two sides that are days, read as months
    more than a year apart (or the wrong way round), are days with no year, and said so."""
    said = f"{typed!r}: {days} have no year: write it with its four digits (as in 10/1/2026-12/31/2026)"
    with pytest.raises(ValueError) as refused:
        period(typed)
    assert str(refused.value) == said
    refused = clinic_app("report", "--db", tmp_path / "none.sqlite", "--period", typed)
    assert refused.returncode == 2 and f"--period: {said}" in refused.stderr, refused.stderr
    # Months of a year of two digits, a quarter or a winter's, are still asked in four (K326-02).
    for months, years in (("10/25-12/25", "“25”"), ("11/25-1/26", "“25” or “26”"), ("12/25-12/26", None)):
        with pytest.raises(ValueError) as refused:
            period(months)
        assert (f"not {years}" in str(refused.value)) if years else "have no year" in str(refused.value)


@pytest.mark.parametrize(("typed", "days"), [
    ("Dec 25, 2026 - Dec 31", "“Dec 31” has"), ("Dec 25 - Dec 31, 2026", "“Dec 25” has"),
    ("December 25, 2026 to December 31", "“December 31” has"), ("Oct 1 - Dec 31, 2026", "“Oct 1” has"),
    ("Oct 2026 - Dec 31", "“Dec 31” has"),
])
def test_r353_01_a_day_named_by_its_month_without_its_year_is_not_told_its_day_is_a_year(typed, days):
    """R353-01: "Dec 25, 2026 - Dec 31" was told "write the year with its four digits, not “31”"
    (and "Dec 25 - Dec 31, 2026" "not “25”"), December 31st taken for 2031, where "12/25/2026 to
    12/31" says "“12/31” has no year" (R331-01) and "Dec 25-Dec 31" "have no year" (K350-02); "Oct 1 -
    Dec 31, 2026" was told the forms a period takes.  The side with no year is named, as there."""
    with pytest.raises(ValueError) as refused:
        period(typed)
    assert str(refused.value) == f"{typed!r}: {days} no year: write it with its four digits (as in 10/1/2026-12/31/2026)"
    # Two digits that read as a month's year near the other side's may be that month: asked in four.
    for typed_too, year in (("Oct 1, 2026 - 12/26", "26"), ("Oct 2026 - Dec 26", "26"), ("Oct 2026 - Jan 27", "27")):
        with pytest.raises(ValueError, match=f"not “{year}”"):
            period(typed_too)


@pytest.mark.parametrize(("typed", "months"), [
    ("Oct 2026 - Dec", "“Dec” has"), ("Dec 2026 - Jan", "“Jan” has"), ("October 2026 to December", "“December” has"),
    ("Oct - Dec", "“Oct” and “Dec” have"),
])
def test_r362_04_a_month_named_without_its_year_is_told_it_has_none(typed, months):
    """R362-04: "Oct 2026 - Dec 31" was told "“Dec 31” has no year" (R353-01), but "Oct 2026 -
    Dec", the same quarter by its months, was told every form a period takes, as "Oct 1 - Dec 31,
    2026" had been.  The month with no year is named, with a form of months as the example."""
    with pytest.raises(ValueError) as refused:
        period(typed)
    assert str(refused.value) == (f"{typed!r}: {months} no year: write it with its four digits "
                                  "(as in Oct-Dec 2026 or Oct 2026-Jan 2027)")
    # Months that are a period as typed are read, and the wrong way round is said so, as before.
    assert period("Oct-Dec 2026") == FOURTH_QUARTER
    with pytest.raises(ValueError, match="ends before it starts"):
        period("Dec - Jan 2027")
