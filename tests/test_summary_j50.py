"""J50: a client whose relief comes first automatic (PC 1203.425 / 851.93, nothing to file)
and a petition later: the caseload line keeps the petition's first day (`file_on`), and
"eligible within" finds them by it."""

from __future__ import annotations

from datetime import date

from clinic_app.eligibility import screen
from clinic_app.summary import eligible_within, first_petition, summarize
from tests.automatic_relief import (AS_OF, arrest_relief_later, arrest_relief_later_petition_after,
                                    arrest_relief_now_petition_soon, to_file, to_file_later)


def _line(client):
    return summarize(client, screen(client.person, client.cases, AS_OF), AS_OF)


def test_j50_automatic_relief_now_with_a_petition_later_keeps_the_petitions_day():
    line = _line(arrest_relief_now_petition_soon())
    assert (line.best, line.automatic_only, line.file_on) == ("eligible_now", True, date(2026, 12, 21))


def test_j50_automatic_relief_later_with_a_petition_after_keeps_the_petitions_day():
    line = _line(arrest_relief_later_petition_after())
    assert (line.best, line.best_date, line.automatic_only, line.file_on) == (
        "eligible_on", date(2030, 9, 29), True, date(2031, 7, 1))


def test_j50_no_petitions_day_beside_a_filing_or_automatic_relief_with_no_petition_to_come():
    for make in (to_file, to_file_later, arrest_relief_later):  # a petition now, on the first day, or none dated
        assert _line(make()).file_on is None, make.__name__


def test_j50_first_petition_leaves_out_automatic_relief_referrals_and_undated_results():
    results = [("pc1203_425", "eligible_on", date(2027, 5, 1)), ("pc1203_3", "eligible_on", date(2027, 6, 1)),
               ("pc1203_41", "needs_review", None), ("pc1203_4", "eligible_on", date(2028, 2, 1)),
               ("pc1203_41", "eligible_on", date(2029, 1, 1))]
    assert first_petition(results) == date(2028, 2, 1)
    assert first_petition(results[:3]) is None


def test_j50_eligible_within_counts_the_petitions_day_and_to_file_leaves_automatic_relief_out():
    by = date(2027, 1, 1)
    # eligible now by automatic relief alone, a petition on 2026-12-21: found by it
    assert eligible_within("eligible_now", None, True, date(2026, 12, 21), by)
    assert eligible_within("eligible_now", None, True, date(2026, 12, 21), by, to_file=True)
    assert not eligible_within("eligible_now", None, True, date(2027, 2, 1), by)
    assert not eligible_within("eligible_now", None, False, None, by)  # eligible now to file: not "within"
    # automatic relief coming alone: eligible within, nothing to file
    assert eligible_within("eligible_on", date(2026, 12, 20), True, None, by)
    assert not eligible_within("eligible_on", date(2026, 12, 20), True, None, by, to_file=True)
    assert not eligible_within("eligible_on", date(2026, 12, 20), True, date(2027, 6, 1), by, to_file=True)
    # a petition on its first day
    assert eligible_within("eligible_on", date(2026, 12, 20), False, None, by, to_file=True)
    assert not eligible_within("blocked", date(2026, 12, 20), False, None, by)
