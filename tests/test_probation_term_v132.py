"""V132-03: a term of probation as a RAP sheet or docket prints it, read where intake asks its end."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.probation_term import Term, term_ended, term_typed


@pytest.mark.parametrize(
    "typed, months",
    [("PROB 3 YRS", 36), ("36 MOS PROB", 36), ("3 yrs", 36), ("36 months", 36), ("18 mo", 18), ("1 yr", 12),
     ("3 years formal probation", 36), ("prob. 2 years", 24)],
)
def test_v132_03_a_term_as_printed_is_read(typed, months):
    assert term_typed(typed) == Term(months)


@pytest.mark.parametrize("typed", ["2019", "3/14/2015", "2015-03-14", "", "0 yrs", "36 MOS PROB, 90 DAYS JAIL", "90 days"])
def test_v132_03_what_is_no_term_is_not_read_as_one(typed):
    """A date, a year alone, nothing, or more than a term (the jail is no part of probation's
    length, and the whole line is not guessed at)."""
    assert term_typed(typed) is None


def test_v132_03_the_term_ends_the_same_day_later_or_the_months_last():
    assert term_ended(date(2012, 3, 14), Term(36)) == date(2015, 3, 14)
    assert term_ended(date(2012, 11, 30), Term(3)) == date(2013, 2, 28)
    assert term_ended(date(2012, 2, 29), Term(12)) == date(2013, 2, 28)
    assert Term(36).said == "3 years" and Term(18).said == "18 months" and Term(12).said == "1 year"


@pytest.mark.parametrize("typed, months", [("PROB: 3 YRS", 36), ("Probation: 36 mos", 36), ("prob.: 18 mo", 18),
                                           ("PROB:3 YRS", 36)])
def test_s139_01_a_term_printed_with_a_colon_is_read(typed, months):
    """Some dockets print "PROB: 3 YRS"; it had been "Not a date"."""
    assert term_typed(typed) == Term(months)


@pytest.mark.parametrize("typed", ["PROB:", "PROB: 3/14/2015", "PROB: 3 YRS, 90 DAYS JAIL"])
def test_s139_01_a_colon_reads_no_more_than_a_term(typed):
    assert term_typed(typed) is None
