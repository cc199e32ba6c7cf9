"""T140-05: a month in which the clinic added nobody, filed nothing and heard of no ruling read
as a page of zeros beside the whole caseload's counts, to be searched for what the month held.
Such a period is said first, in words; a period with any of the three is not."""

from __future__ import annotations

from collections import Counter
from datetime import date

from clinic_app.report import build_report, report_text
from tests.cli.test_cli import clinic_app
from tests.cli.test_report_added_in_period_t140 import _caseload

NOTHING = "Nothing in 2026-09-01 to 2026-09-30: nobody was added to the caseload,\nno petition was filed and no ruling made.\n"


def test_t140_05_an_empty_month_is_said_plainly(tmp_path):
    db = _caseload(tmp_path)
    september = clinic_app("report", "--db", db, "--period", "9/2026").stdout
    assert NOTHING in september
    assert september.index(NOTHING) < september.index("People: 3")  # before the counts
    assert "Nothing in" not in clinic_app("report", "--db", db, "--period", "11/2026").stdout  # two added
    assert "Nothing in" not in clinic_app("report", "--db", db).stdout  # no period


def test_t140_05_a_ruling_alone_is_something():
    september = (date(2026, 9, 1), date(2026, 9, 30))
    ruled = build_report(None, [], today=date(2026, 10, 1), petitions=Counter({"granted": 1}), period=september, added=Counter())
    assert "Nothing in" not in report_text(ruled)
    empty = build_report(None, [], today=date(2026, 10, 1), petitions=Counter(), period=september, added=Counter())
    assert NOTHING in report_text(empty)
