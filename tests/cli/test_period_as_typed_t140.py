"""T140-04: a paralegal asking for November's report typed `--period 11/2026`, and a quarter as
"Q4 2026" or "10/1/2026..12/31/2026", as the clinic writes dates everywhere else (the window's
date fields take 11/30/2026): each was refused, only 2026-11 and 2026-10-01..2026-12-31 read.
A month, a quarter and a day are read as a clinic types them, for `report --period` and `list
--probation-ended` alike; what is still not a period is refused with the forms it takes."""

from __future__ import annotations

import json
from datetime import date

import pytest

from clinic_app.probation_ended import period
from tests.cli.test_cli import clinic_app
from tests.cli.test_report_added_in_period_t140 import _caseload

NOVEMBER = (date(2026, 11, 1), date(2026, 11, 30))
FOURTH_QUARTER = (date(2026, 10, 1), date(2026, 12, 31))


@pytest.mark.parametrize(("typed", "days"), [
    ("11/2026", NOVEMBER), ("November 2026", NOVEMBER), ("Nov. 2026", NOVEMBER), ("noviembre de 2026", NOVEMBER),
    ("2026-Q4", FOURTH_QUARTER), ("Q4 2026", FOURTH_QUARTER), ("q4-2026", FOURTH_QUARTER),
    ("2026-Q1", (date(2026, 1, 1), date(2026, 3, 31))),
    ("11/11/2026", (date(2026, 11, 11), date(2026, 11, 11))),
    ("10/1/2026..12/31/2026", FOURTH_QUARTER), ("10/01/2026 to 12/31/2026", FOURTH_QUARTER),
    ("10-1-2026 - 12-31-2026", FOURTH_QUARTER), ("2026-10-01 .. 2026-12-31", FOURTH_QUARTER),
])
def test_t140_04_a_period_as_a_clinic_types_it(typed, days):
    assert period(typed) == days


# F312-01: "11/2026..12/2026" was refused here; a side of a period may now be a month.
# "11/11/26" is told its year's four digits since K326-02.
@pytest.mark.parametrize("wrong", ["13/2026", "Novembre 2026", "2026-Q5", "11/2026..13/2026", "Foo-Bar 2026"])
def test_t140_04_what_is_no_period_is_still_refused(wrong):
    with pytest.raises(ValueError, match="quarter \\(2026-Q4\\)"):
        period(wrong)


@pytest.mark.parametrize("typed", [
    "Oct-Dec 2026", "Oct. – Dec. 2026", "October-December 2026", "October to December 2026", "octubre a diciembre de 2026",
    "10/1/2026-12/31/2026", "10/01/2026–12/31/2026", "10/2026..12/2026", "Oct 2026 - Dec 2026", "2026-10..2026-12",
])
def test_f312_01_a_funders_quarter_as_a_director_types_it(typed):
    """F312-01: a director answering a funder's form for October-December typed the quarter as the
    form writes it, "Oct-Dec 2026", or two days with a dash, "10/1/2026-12/31/2026": each was
    refused, though "Q4 2026" was read."""
    assert period(typed) == FOURTH_QUARTER


def test_f312_01_months_the_wrong_way_round_or_a_day_no_calendar_has_are_said_so():
    with pytest.raises(ValueError, match="ends before it starts"):
        period("Dec-Oct 2026")
    with pytest.raises(ValueError, match="there is no 9/31/2026"):
        period("9/31/2026-12/31/2026")
    with pytest.raises(ValueError, match=r"months of a year \(Oct-Dec 2026\)"):
        period("4th quarter 2026")


def test_t140_04_the_report_of_a_month_typed_11_2026(tmp_path):
    counts = json.loads(clinic_app("report", "--db", _caseload(tmp_path), "--period", "11/2026", "--json").stdout)
    assert counts["period"] == {"from": "2026-11-01", "to": "2026-11-30"}
    assert counts["added_in_period"] == {"clients": 2, "languages": {"en": 1, "es": 1}}
    refused = clinic_app("report", "--db", tmp_path / "caseload.sqlite", "--period", "13/2026")
    assert refused.returncode == 2
    assert "--period: '13/2026' is no month (2026-11, 11/2026, November 2026), quarter (2026-Q4)" in refused.stderr


@pytest.mark.parametrize(("typed", "named"), [
    ("Nov-Jan 2027", {"Nov 2026 to Jan 2027": (date(2026, 11, 1), date(2027, 1, 31)),
                      "Nov 2027 to Jan 2028": (date(2027, 11, 1), date(2028, 1, 31)),
                      "Jan-Nov 2027": (date(2027, 1, 1), date(2027, 11, 30))}),
    ("noviembre a enero de 2027", {"noviembre 2026 to enero 2027": (date(2026, 11, 1), date(2027, 1, 31)),
                                   "enero-noviembre 2027": (date(2027, 1, 1), date(2027, 11, 30))}),
])
def test_r318_01_a_winter_quarter_in_one_years_months_is_not_turned_round_into_eleven(typed, named):
    """R318-01: "Nov-Jan 2027" was refused with "give the earlier day first", and the director who
    did, "Jan-Nov 2027", had eleven months of 2027 counted without a word.  The refusal names
    the two forms across a new year, and what the months swapped would count: each as it reads."""
    with pytest.raises(ValueError) as refused:
        period(typed)
    said = str(refused.value)
    assert "give the earlier day first" not in said
    assert "across a new year, type each month with its year" in said and "is 11 months of 2027" in said
    for form, days in named.items():
        assert f"'{form}'" in said
        assert period(form) == days
