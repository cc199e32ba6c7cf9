"""A day as a clinic types it: what every date field of the window reads ("2021-03-02",
"3/2/2021", "03-02-2021", "March 2 2021", "2 de marzo de 2021", a RAP sheet's "20210302"), and
why one it cannot read is refused, in the words said beside the field.  The command line's day
options read a day the same way (K293-01: `list --as-of 12/31/2026` was refused where
`--probation-ended 12/31/2026` in the same command, and the window's boxes, took it), so the
reading lives here, with no Qt, for both."""

from __future__ import annotations

import re
from datetime import date

from clinic_app.matching import month_named
from clinic_app.model import EARLIEST_RECORD_DAY, LATEST_RECORD_DAY
from clinic_app.screening_format import no_such_day

# Month/day/year with the year in full, as dockets, rap sheets and people in California write
# a date ("3/2/2021" is March 2).  Two-digit years are refused: "3/2/21" may be 1921 for a birth.
_MONTH_DAY_YEAR = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
# The same with dashes, as receipts and class certificates print it ("11-3-2026"), and the
# year first with slashes or dots ("2026/11/3"): read as the day they plainly are (K45-05:
# refused, "write it as YYYY-MM-DD").  Not "2026-10-3": with the dashes of YYYY-MM-DD it may
# be 2026-10-30 a digit short (U31-02), and stays refused.
_MONTH_DAY_YEAR_OTHERWISE = re.compile(r"(\d{1,2})-(\d{1,2})-(\d{4})")
# With dots the order is no longer plain: a Mexican or Central American document writes the day
# first ("03.11.1985" is 3 November), a US receipt the month.  Read only where the numbers
# decide ("15.10.2026", "10.15.2026", "3.3.2026"); "03.11.1985" was read as March 11 with not a
# word (R46 saw it) and is now a question (`AmbiguousDay`).
_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
# The same with a year of two digits, as RAP sheets and people write it ("12/31/26", "3-2-85"):
# 2026 or 1926, 1985 or 2085.  Refused, in words that say what to type (K293-03; it was given the
# list of forms, as if its form were wrong): a century guessed moves a conviction, a probation's
# end or the day screened by 100 years, with no word, and the screening answers from it; no one
# guess fits a birth, a sentence's end and a day to come alike (E27-01 refused them for this).
_YEAR_CUT_SHORT = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{2})")


class AmbiguousDay(ValueError):
    """A dotted date that is one day read month first and another read day first."""
_YEAR_MONTH_DAY = re.compile(r"(\d{4})([/.])(\d{1,2})\2(\d{1,2})")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# A day as a RAP sheet prints it, "20240229" (read as ISO's basic form): one no calendar has,
# "20230229", was told to be written another way (Q289-03).  Its year 1900-2199 and a month,
# so that "03021985" (month first) is not read as the year 302.
_RAP_SHEET_DAY = re.compile(r"((?:19|20|21)\d{2})(0[1-9]|1[0-2])(\d{2})")
_MONTHS_SAID = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December")

# What a date field takes, said when it cannot read what is typed: one day written each way,
# its month's name too (I98-02 reads "March 2 2021" and "2 de marzo de 2021"; the refusal named
# only the numeric forms, J98-02).  Short, to sit beside the field as the old words did.
DATE_FORMS_TAKEN = "2021-03-02, 3/2/2021 or March 2 2021"


class YearNotInFull(ValueError):
    """A date written with a two-digit year, `year` ("12/31/26", "2 de marzo de 85")."""

    def __init__(self, text: str, year: str):
        super().__init__(text)
        self.year = year


class NoSuchDay(ValueError):
    """A date written a way the field takes, of a day no calendar has ("11/31/2026"):
    `as_stored` is it as YYYY-MM-DD ("2026-11-31"), for what is said of it (`no_such_day`)."""

    def __init__(self, text: str, year: int, month: int, day: int):
        super().__init__(text)
        self.as_stored = f"{year:04d}-{month:02d}-{day:02d}"


def _day(text: str, year: int, month: int, day: int) -> date:
    """The day `text` was read as, or NoSuchDay where the calendar has none."""
    try:
        return date(year, month, day)
    except ValueError:
        raise NoSuchDay(text, year, month, day) from None


def parse_date(text: str) -> date | None:
    """A typed date: blank is None; anything else must be YYYY-MM-DD or M/D/YYYY, or another
    form above, or the month's name as the search reads it (ValueError otherwise)."""
    text = text.strip()
    if not text:
        return None
    # "2 de marzo de 1985", "March 2 1985": as the search box and the README take a date of
    # birth (clinic_app.matching, one reading for both), the year in full as with numbers
    # (I98-02: the field cut them at 10 characters and refused them).
    named = month_named(text)
    if named is not None:
        month, day, year = named
        if len(year) != 4:
            raise YearNotInFull(text, year)
        return _day(text, int(year), month, day)
    if written := _YEAR_CUT_SHORT.fullmatch(text):
        raise YearNotInFull(text, written[4])
    written = _MONTH_DAY_YEAR.fullmatch(text)
    if written:
        month, day, year = (int(part) for part in written.groups())
        return _day(text, year, month, day)
    written = _MONTH_DAY_YEAR_OTHERWISE.fullmatch(text)
    if written:
        return _day(text, int(written[3]), int(written[1]), int(written[2]))
    written = _DOTTED.fullmatch(text)
    if written:
        first, second, year = (int(part) for part in written.groups())
        if first != second and first <= 12 and second <= 12:
            raise AmbiguousDay(text)
        # Both over 12 is no day either way: read day first, as a document that writes dots does.
        month_first = first == second or second > 12 >= first
        return _day(text, year, first, second) if month_first else _day(text, year, second, first)
    written = _YEAR_MONTH_DAY.fullmatch(text)
    if written:
        return _day(text, int(written[1]), int(written[3]), int(written[4]))
    if _ISO_DAY.fullmatch(text):
        year, month, day = (int(part) for part in text.split("-"))
        return _day(text, year, month, day)
    written = _RAP_SHEET_DAY.fullmatch(text)
    if written:
        return _day(text, int(written[1]), int(written[2]), int(written[3]))
    # Not date.fromisoformat's other forms: "2026-W49" or "2026-336" is a slip, not a day a
    # clinic writes (H58-07 refused them at `export --since`, which now reads a day here).
    raise ValueError(text)


# Said of a day before 1900 or after 2199, which a court record cannot hold.
OUTSIDE_THE_RECORD_YEARS = f"Give a date from {EARLIEST_RECORD_DAY.year} to {LATEST_RECORD_DAY.year}"


def not_a_day_said(text: str, wrong: ValueError, *, year_alone: bool = False) -> str:
    """Why a date typed as `text` cannot be read (`wrong`, `parse_date`'s refusal of it), as a
    date field says it beside itself and the As of box as Enter is pressed (Q289-02);
    `year_alone` where the field takes a year or a month alone too."""
    if isinstance(wrong, AmbiguousDay):
        first, second, year = text.strip().split(".")
        return (f"Not sure which day: {_MONTHS_SAID[int(first) - 1]} {int(second)} or {_MONTHS_SAID[int(second) - 1]} "
                f"{int(first)}, {year}? Write it as {year}-MM-DD or month/day/year")
    if isinstance(wrong, YearNotInFull):
        # Two digits are 1985 or 1885, 1926 or 2026 (`_YEAR_CUT_SHORT`).
        return f"Not a date: write the year with its four digits, not “{wrong.year}”"
    if isinstance(wrong, NoSuchDay):
        # Written the right way but a day no calendar has (W21-05: "1980-02-30" was told to
        # be written as YYYY-MM-DD, which it was), said as `report --period` says it: "check
        # the month and the day" left the volunteer to count November's days (K148-04).
        return f"Not a date: there is no {text.strip()} ({no_such_day(wrong.as_stored)})"
    said = f"Not a date: write it as {DATE_FORMS_TAKEN}"
    return said + ", or the year alone (2019), or its month (3/2019), if the day is not known" if year_alone else said
