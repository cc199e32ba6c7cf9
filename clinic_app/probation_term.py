"""A term of probation typed as a RAP sheet or a docket prints it, where the form asks its end.

A RAP sheet's disposition says "PROB 3 YRS" or "36 MOS PROB", not the day probation ends: at
intake the attorney worked the day out by head from the conviction date and typed it, or typed
"3 yrs" and was told "Not a date" (V132-03).  `term_typed` reads such a term; `term_ended` gives
its last day counted from the day probation was granted.  Pure text and dates: no widget.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

# "3 yrs", "3 YEARS", "36 mos", "36 MO", "18 months", "PROB 3 YRS", "PROB: 3 YRS", "36 MOS PROB",
# "3 yrs probation", "3 years formal probation": a number and its unit, the word probation before
# (with a colon as some dockets print it) or after or not.
_TERM = re.compile(r"(?:(?:formal|summary|informal)\s+)?(?:prob(?:ation)?\.?(?::\s*|\s+))?(?P<number>\d{1,2})\s*(?P<unit>"
                   r"y|yr|yrs|year|years|m|mo|mos|mth|mths|month|months)\.?"
                   r"(?:\s+(?:(?:formal|summary|informal)\s+)?prob(?:ation)?\.?)?", re.IGNORECASE)


@dataclass(frozen=True)
class Term:
    """A length of probation: `months` in all, `said` as the clinic writes it ("3 years")."""

    months: int

    @property
    def said(self) -> str:
        if self.months % 12 == 0:
            years = self.months // 12
            return f"{years} year{'s' if years != 1 else ''}"
        return f"{self.months} month{'s' if self.months != 1 else ''}"


def term_typed(text: str) -> Term | None:
    """The term in `text` ("PROB 3 YRS" -> 36 months), None where it is not one (a date, a
    year alone, nothing).  A term of none ("0 yrs") is no term."""
    found = _TERM.fullmatch(" ".join(str(text or "").split()))
    if found is None:
        return None
    number = int(found.group("number"))
    months = number * 12 if found.group("unit").lower().startswith("y") else number
    return Term(months) if months else None


def term_ended(granted: date, term: Term) -> date:
    """The day a term granted on `granted` ends: the same calendar day `term` later (the last
    day of a shorter month: 29 February or 31 January carried to 28 February)."""
    years, months = divmod(granted.month - 1 + term.months, 12)
    year, month = granted.year + years, months + 1
    day = granted.day
    while True:
        try:
            return date(year, month, day)
        except ValueError:
            day -= 1


def term_read(text: str, granted: date | None) -> tuple[Term, date] | None:
    """The term typed in `text` and the day it ends counted from `granted`, where the text is a
    term and there is a day to count from; None otherwise.  What intake's "Until:" and the
    Record tab's "Probation end" both write for "PROB 3 YRS" (V132-03, S147-01)."""
    term = term_typed(text)
    if term is None or granted is None:
        return None
    return term, term_ended(granted, term)


def term_ended_in(month: int | None, year: int, term: Term) -> tuple[int | None, int] | None:
    """The (month or None, year) a term granted in `year` (in `month`, where known) ends in:
    "around 2012", three years, ends in 2015 (H360-02).  None where the year alone is told and
    the term is not whole years: 18 months from 2012 ends in 2013 or 2014, no one year."""
    if month is None:
        return None if term.months % 12 else (None, year + term.months // 12)
    years, months = divmod(month - 1 + term.months, 12)
    return months + 1, year + years
