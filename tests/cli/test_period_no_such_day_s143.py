"""S143-03: `report --period 2026-11-31` (and `list --probation-ended 11/31/2026`) answered a day
no calendar has with the list of forms a period takes ("is no month (2026-11, 11/2026, ...),
quarter ..., day (2026-11-11, ...)"), as if the form were wrong: it was the day.  It now says so
as the other date options do.  K306-01: in their very words, as the window's date boxes and
`--as-of` say it ("Not a date: there is no 2026-11-31 (November 2026 has 30 days)"), where a
period said "no such day: '2026-11-31' (...)", the same fact in words of its own."""

from __future__ import annotations

import pytest

from clinic_app.probation_ended import period
from tests.cli.test_cli import clinic_app
from tests.cli.test_report_added_in_period_t140 import _caseload


@pytest.mark.parametrize(("typed", "said"), [
    ("2026-11-31", "Not a date: there is no 2026-11-31 (November 2026 has 30 days)"),
    ("11/31/2026", "Not a date: there is no 11/31/2026 (November 2026 has 30 days)"),
    ("2026-02-29", "Not a date: there is no 2026-02-29 (February 2026 has 28 days)"),
    ("2026-10-01..2026-11-31", "Not a date: there is no 2026-11-31 (November 2026 has 30 days)"),
    ("9/31/2026 to 10/31/2026", "Not a date: there is no 9/31/2026 (September 2026 has 30 days)"),
    ("2026-13-01", "Not a date: there is no 2026-13-01 (there is no month 13)"),
])
def test_s143_03_a_day_no_calendar_has_is_said_so(typed, said):
    with pytest.raises(ValueError) as refused:
        period(typed)
    assert str(refused.value) == said


def test_s143_03_report_period_of_november_31(tmp_path):
    refused = clinic_app("report", "--db", _caseload(tmp_path), "--period", "2026-11-31")
    assert refused.returncode == 2
    assert "--period: Not a date: there is no 2026-11-31 (November 2026 has 30 days)" in refused.stderr
    assert "is no month" not in refused.stderr
