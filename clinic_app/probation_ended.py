"""Whose probation ended in a month, or between two days: those who may have become eligible
for PC 1203.4 since (its relief opens when probation is over), found from the stored records
without screening anyone again.

A paralegal with 5,000 clients could not find them (C64): no filter, search or `list` option
read a probation's end.  A grant counts by its last day as the record has it: the day the court
ended it early (PC 1203.3), else its ordered end (`Probation.last_day`, what the checklist's
"confirm probation ended" says).  A grant that stands revoked is left out: its ordered end is
not the day it ended; nor is it of a grant that went on after it (R163-02).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from clinic_app import typed_days
from clinic_app.checklist import probation_ends_early, probation_to
from clinic_app.eligibility.sentence import reinstated_after_end
from clinic_app.matching import month_numbered
from clinic_app.model import Probation


def ended_within(probation: Probation, first: date, last: date) -> date | None:
    """The grant's last day when it falls from `first` to `last` (both included) and the grant
    does not stand revoked, nor went on after it (reinstated or continued after a violation
    dated later: the court extended it, to an end the record lacks, E163); else None.  Listed as
    ended, a paralegal read as over a probation the screening asks about (R163-02)."""
    end = probation.last_day
    if end is None or not first <= end <= last or probation.stands_revoked():
        return None
    if reinstated_after_end(probation, date.max) is not None:
        return None
    return end


@dataclass(frozen=True)
class OthersRunning:
    """What a client's other probation grants say of the one a list found ended: PC 1203.4
    waits while any runs (B118-03), so the line, at the terminal and in the window, says it.
    `runs_to`: the last day and case number of a grant still running on the day, ending after
    the one found (the one ending last).  `no_end`: the case numbers of grants with no end date
    recorded (nor an early end), not revoked nor marked completed, which may well run on: said
    too, not taken as over (Z119-02)."""

    runs_to: tuple[date, str | None] | None = None
    no_end: tuple[str | None, ...] = ()


def others_running(grants: Iterable[tuple[Probation, str | None]], ended: date, today: date) -> OthersRunning | None:
    """What `grants` (a client's grants, each with its case's number) say beside the one that
    ended on `ended`, as of `today`; None when nothing: a grant revoked is left out, as
    `ended_within` leaves it."""
    runs_to, no_end = None, []
    for grant, case_number in grants:
        end = grant.last_day
        if grant.stands_revoked():
            continue
        if end is None:
            if grant.status != "completed":
                no_end.append(case_number or None)
        elif end >= today and end > ended and (runs_to is None or runs_to[0] < end):
            runs_to = (end, case_number or None)
    return OthersRunning(runs_to, tuple(no_end)) if runs_to is not None or no_end else None


def month(day: date, back: int = 0) -> tuple[date, date]:
    """The first and last day of `day`'s month, or of the month `back` months before it."""
    index = day.year * 12 + day.month - 1 - back
    year, number = divmod(index, 12)
    return date(year, number + 1, 1), date(year, number + 1, calendar.monthrange(year, number + 1)[1])


def whole_year(number: int) -> tuple[date, date]:
    """The first and last day of the year `number`, as a period names it (the report's too)."""
    return date(number, 1, 1), date(number, 12, 31)


_MONTH = re.compile(r"(\d{4})-(\d{1,2})")
# A year typed alone, "2026": a funder's year-end report is of one, and it was refused (H399-01).
_YEAR = re.compile(r"\d{4}")
# As a clinic types a month, a quarter and a day besides (T140-04): "11/2026", "November 2026"
# or "noviembre de 2026"; "2026-Q4" or "Q4 2026"; "11/30/2026" or "11-30-2026", month first,
# the year in full (a period is no date of birth: "26" is not guessed at).
_MONTH_FIRST = re.compile(r"(\d{1,2})/(\d{4})")
_MONTH_NAMED = re.compile(r"([^\W\d_]+\.?),?\s+(?:de\s+|del\s+)?(\d{4})")
_QUARTER = re.compile(r"(\d{4})\s*-?\s*q([1-4])|q([1-4])\s*[-/]?\s*(\d{4})", re.IGNORECASE)
# Between a period's first and last day: "..", "to" (or the words months of a year take,
# "through", "a": "octubre de 2026 a enero de 2027"), or a dash with a space either side.
_DAYS_APART = re.compile(r"\s*\.\.\s*|\s+(?:to|through|thru|a)\s+|\s+[-–—]\s+", re.IGNORECASE)
# A funder's quarter as a director writes it (F312-01): months of one year, "Oct-Dec 2026",
# "October to December 2026", "octubre a diciembre de 2026"; and two days with a dash between
# and no space, "10/1/2026-12/31/2026" (the slashes leave the dash no other reading).  Each was
# refused; a side of a period may also be a month, "10/2026..12/2026", its first or last day.
_MONTHS_OF_A_YEAR = re.compile(r"([^\W\d_]+\.?)\s*(?:[-–—]|\s(?:to|through|thru|a)\s)\s*([^\W\d_]+\.?),?\s+"
                               r"(?:de\s+|del\s+)?(\d{4})", re.IGNORECASE)
# Any side that ends in its year in full, then a dash, spaced or not: "10/1/2026-12/31/2026", and
# (K326-01) months, "10/2026-12/2026", and months of two years, "Oct 2026-Jan 2027", which were
# refused with the forms a period takes though "10/2026..12/2026" was read.  A dash after a
# year cannot be a day's own ("2026-10-01" has no letter or slash before its year).
_AFTER_A_YEAR = re.compile(r"(.*\D\d{4})\s*[-–—]\s*(\S.*)")


def period(text: str) -> tuple[date, date]:
    """The days `clinic-app list --probation-ended` and `report --period` name: a month
    ("2026-11", "11/2026", "November 2026"), a quarter ("2026-Q4", "Q4 2026"), a year ("2026"), a day
    ("2026-11-11", "11/11/2026"), or from one day (or month) to another, both included
    ("2026-10-15..2026-11-14", "10/15/2026 to 11/14/2026", "10/1/2026-12/31/2026",
    "10/2026..12/2026", "10/2026-12/2026", "Oct-Dec 2026", "Oct 2026-Jan 2027", "2025..2026").  ValueError, saying
    what is expected, for anything else."""
    text = " ".join(text.split())
    if said := _a_fiscal_year(text):
        raise ValueError(said)
    try:
        return _read(text)
    except _NoPeriodForm:
        if said := _year_cut_short(text):
            raise ValueError(said) from None
        raise ValueError(f"{text!r} is no month (2026-11, 11/2026, November 2026), quarter (2026-Q4), year (2026), "
                         "day (2026-11-11, 11/11/2026), days from one to another (2026-10-15..2026-11-14, 10/15/2026 to 11/14/2026) or "
                         "months of a year (Oct-Dec 2026) or of two (Oct 2026-Jan 2027)") from None


# A funder's fiscal year as its letter names it (R402-01): "FY2026", "FY 2025-26", "fiscal year
# 2026"; and a year and the next with a dash or a slash, "2025-26", "2025-2026", "2025 - 2026",
# "2025/26".  "FY2026" was told the forms, "year (2026)" among them (H399-01), and typed so counted
# January to December; "2025 - 2026" was read as 24 months.  Its months are the funder's: asked.
_FISCAL = re.compile(r"(?:f\.?\s?y\.?|fiscal(?:\s+year)?)\s*'?(\d.*)", re.IGNORECASE)
_A_YEAR_AND_THE_NEXT = re.compile(r"(\d{4})\s*[-–—/]\s*(\d{4}|\d{2})")


def _a_fiscal_year(text: str) -> str | None:
    """The refusal of a fiscal year (`_FISCAL`), which is typed by its months, or None."""
    fiscal = _FISCAL.fullmatch(text)
    years = _A_YEAR_AND_THE_NEXT.fullmatch(fiscal[1] if fiscal else text)
    if years:
        first, next_ = int(years[1]), int(years[2])
        # "2011-12" is December 2011 (a month's form), not a fiscal year 2011-12.
        if not (next_ == first + 1 if len(years[2]) == 4 else next_ == (first + 1) % 100 and (fiscal or "-" not in text
                                                                                              or next_ > 12)):
            years = None
    if not fiscal and not years:
        return None
    # Its own year, "FY27" or "FY2027 Q1" too: each was shown 2025-26, a year written in (R407-01).
    alone = re.match(r"\d{4}(?!\d)|\d{2}(?!\d)", fiscal[1]) if fiscal and not years else None
    end = int(years[1]) + 1 if years else int(alone[0]) + (2000 if len(alone[0]) == 2 else 0) if alone else None
    if end is None:
        return (f"{text!r}: a fiscal year is typed by its months (as in Jul-Jun or Oct-Sep, each with its year), "
                "as the funder's runs")
    two = f"; the calendar years {end - 1} and {end}: {end - 1}..{end}" if years and not fiscal else ""
    return (f"{text!r}: a fiscal year is typed by its months (as in Jul {end - 1}-Jun {end} or Oct {end - 1}-Sep {end}), "
            f"as the funder's runs{two}")


class _NoPeriodForm(ValueError):
    """What is typed is none of the forms a period takes."""


def _read(text: str) -> tuple[date, date]:
    """`period`'s days, or _NoPeriodForm where `text` is none of its forms (ValueError, in its
    words, for a day no calendar has or a period that ends before it starts)."""
    months = None
    try:
        if months := _MONTHS_OF_A_YEAR.fullmatch(text):
            first, last = _month_of(f"{months[1]} {months[3]}")[0], _month_of(f"{months[2]} {months[3]}")[1]
        elif len(days := _sides(text)) == 2:
            first, last = _day_or_month(days[0])[0], _day_or_month(days[1])[1]
        elif quarter := _QUARTER.fullmatch(text):
            year, number = (int(quarter[1]), int(quarter[2])) if quarter[1] else (int(quarter[4]), int(quarter[3]))
            first = date(year, 3 * number - 2, 1)
            return first, month(first, -2)[1]
        elif whole := _month_of(text) or _year_of(text):
            return whole
        else:
            first = last = _day(text)
    except typed_days.NoSuchDay as wrong:
        # In the words every date box and day option says it (K306-01: a period said "no such
        # day: '2/29/2027' (...)", `--as-of` beside it "Not a date: there is no 2/29/2027 (...)"),
        # naming the day of the two that has none ("9/31/2026" of "9/31/2026 to 10/31/2026").
        raise ValueError(typed_days.not_a_day_said(str(wrong), wrong)) from None
    except ValueError:
        raise _NoPeriodForm(text) from None
    if last < first and months:
        raise ValueError(_across_a_new_year(text, months, first, last))
    if last < first:
        raise ValueError(f"{text!r} ends before it starts: give the earlier day first")
    return first, last


# A year of two digits where a period's form has its year, at a side's end: after a slash
# ("10/26-12/26", "10/1/26-12/31/26"), a day's dashes ("10-1-26"), a month's name ("Oct-Dec 26",
# "Oct '26-Jan '27", "noviembre de 26") or a quarter ("Q4 26"), or before a quarter ("26-Q4").
_TWO_DIGITS_AT_A_YEARS_PLACE = re.compile(
    r"(?:(?<=/)|(?<=\d-\d-)|(?<=\d-\d\d-)|(?<=[^\W\d_]\s)|(?<=[^\W\d_][.,]\s)|(?<=q\d\s)|(?<=q\d-)|^(?=\d\d\s*-?\s*q))"
    r"'?(\d{2})(?=$|\s*[-–—]|\s*\.\.|\s+(?:to|through|thru|a)\s)", re.IGNORECASE)


# A side written month/number, alone ("12/31" of "10/1/2026-12/31"): a month of a year of two
# digits, or a day with no year.
_MONTH_SLASH_TWO = re.compile(r"(?<![\d/])(\d{1,2})/(\d{2})(?![\d/])")


def _year_cut_short(text: str) -> str | None:
    """The refusal of a period that is one of its forms but for a year of two digits, or None.
    They were told the forms a period takes, in which the director saw the form typed (K326-02).
    Not read by a century guessed, as no date box reads "12/31/26" (typed_days, K293-03): "26"
    is 2026 or 1926, and "10/26" October 26 as well; said in those boxes' words.

    Beside a side with its year in full, month/number is a day with no year where the number is
    not that year's: "10/1/2026-12/31" was told "not “31”", December 31st taken for 2031 (R331-01).
    With no year in full, two days alone are so too ("12/25 to 12/31", K350-02)."""
    full = set(re.findall(r"(?<!\d)\d{4}(?!\d)", text))
    days = [m[0] for m in _MONTH_SLASH_TWO.finditer(text) if full and f"20{m[2]}" not in full]
    if not (days and _a_period_with(_MONTH_SLASH_TWO.sub(rf"\g<0>/{max(full)}", text))):
        days = _days_with_no_year(text)
    if days:
        has = "has no year: write it" if len(days) == 1 else "have no year: write it"
        # A month named with no day ("Oct 2026 - Dec") is shown months' forms (R362-04).
        like = "Oct-Dec 2026 or Oct 2026-Jan 2027" if all(_a_month_once_its_year_is_added(day) for day in days) \
            else "10/1/2026-12/31/2026"
        return f"{text!r}: {' and '.join(f'“{day}”' for day in days)} {has} with its four digits (as in {like})"
    years = list(dict.fromkeys(_TWO_DIGITS_AT_A_YEARS_PLACE.findall(text)))
    # Four digits there make a period of it (the wrong way round or no such day included: the
    # year is said first all the same).
    if not years or not _a_period_with(_TWO_DIGITS_AT_A_YEARS_PLACE.sub(r"20\1", text)):
        return None
    return (f"{text!r}: write the year with its four digits, not {' or '.join(f'“{year}”' for year in years)} (as in "
            "Oct-Dec 2026, 10/2026-12/2026 or 10/1/2026-12/31/2026)")


# A dash between two sides with no year, spaced or not ("12/25-12/31", "Dec 25-Dec 31").
_A_DASH = re.compile(r"\s*[-–—]\s*")


def _days_with_no_year(text: str) -> list[str]:
    """The two sides of `text` where each is a day with no year, or [].  "12/25 to 12/31" was
    told "write the year with its four digits, not “25” or “31”" (K350-02), as if it ran from
    December 2025 to December 2031.  Sides that read as months of years of two digits within a
    year of each other ("10/25-12/25", "11/25-1/26": a quarter) are asked in four (K326-02).
    Beside a day or month with its year in full, the side with none alone, by the same rule:
    "Dec 25, 2026 - Dec 31" was told "not “31”", as "10/1/2026-12/31" had been (R331-01), a
    month's name not read there (R353-01); "Oct 2026-Jan 27" is still asked in four."""
    sides = _sides(text)
    if len(sides) == 1:
        sides = _A_DASH.split(text)
    if len(sides) != 2:
        return []
    missing = [side for side in sides if not _a_day_as_typed(side)]
    # Days, or months named alone (R362-04), not one of each: "Nov-Jan 27" is months of 2027.
    if not missing or not (all(_a_day_once_its_year_is_added(side) for side in missing)
                           or all(_a_month_once_its_year_is_added(side) for side in missing)):
        return []
    try:
        first, last = _read(_TWO_DIGITS_AT_A_YEARS_PLACE.sub(r"20\1", text))
    except ValueError:  # no months either, or months the wrong way round
        return missing
    return missing if (last.year - first.year) * 12 + last.month - first.month >= 12 else []


def _a_day_as_typed(side: str) -> bool:
    """Whether `side` is a day or month with its year in full ("Dec 25, 2026", "Oct 2026")."""
    try:
        return _month_of(side) is not None or typed_days.parse_date(side) is not None
    except ValueError:
        return False


def _a_day_once_its_year_is_added(side: str) -> bool:
    """Whether `side` ("12/25", "Dec 25") is a day once a year is typed after it (a leap year's)."""
    for with_a_year in (f"{side}/2024", f"{side} 2024"):
        try:
            if typed_days.parse_date(with_a_year) is not None:
                return True
        except ValueError:
            pass
    return False


def _a_month_once_its_year_is_added(side: str) -> bool:
    """Whether `side` ("Dec", "December") names a month once a year is typed after it: "Oct 2026 -
    Dec" was told every form a period takes, where "Oct 2026 - Dec 31" is told its year is
    missing (R362-04).  A month by its number alone ("12") is not taken for one."""
    if not side.strip() or side.strip().isdigit():
        return False
    try:
        return _month_of(f"{side.strip()} 2024") is not None
    except ValueError:
        return False


def _a_period_with(text: str) -> bool:
    """Whether `text` is one of a period's forms (its days right or wrong), never read as one."""
    try:
        _read(text)
    except _NoPeriodForm:
        return False
    except ValueError:
        pass
    return True


def _across_a_new_year(text: str, months: re.Match, first: date, last: date) -> str:
    """The refusal of months of one year the wrong way round, "Nov-Jan 2027": "give the earlier
    day first" had the director type "Jan-Nov 2027", read without a word as eleven months of
    2027 (R318-01).  A winter quarter is months of two years, each typed with its own, and
    which two is not guessed at: both are named, and what the months swapped would be."""
    one, other, year = months[1], months[2], first.year
    swapped = first.month - last.month + 1
    return (f"{text!r} ends before it starts: across a new year, type each month with its year ('{one} {year - 1} to "
            f"{other} {year}' or '{one} {year} to {other} {year + 1}'); '{other}-{one} {year}' is {swapped} months of {year}")


def _sides(text: str) -> list[str]:
    """The period's first and last day (or month) as typed, or the whole text where it is one."""
    sides = _DAYS_APART.split(text)
    if len(sides) == 1 and (dashed := _AFTER_A_YEAR.fullmatch(text)):
        return list(dashed.groups())
    return sides


def _month_of(text: str) -> tuple[date, date] | None:
    """The first and last day of the month `text` names ("2026-11", "11/2026", "November 2026"),
    None where it names no month; ValueError for a month no calendar has ("13/2026")."""
    written = _MONTH.fullmatch(text) or _MONTH_FIRST.fullmatch(text) or _MONTH_NAMED.fullmatch(text)
    if written is None:
        return None
    year, number = (written[1], written[2]) if written.re is _MONTH else (written[2], written[1])
    number = int(number) if number.isdigit() else month_numbered(number)
    if number is None or not 1 <= number <= 12:
        raise ValueError(text)
    return month(date(int(year), number, 1))


def _year_of(text: str) -> tuple[date, date] | None:
    """The first and last day of the year `text` is ("2026"), or None where it is no year alone."""
    return whole_year(int(text)) if _YEAR.fullmatch(text) else None


def _day_or_month(text: str) -> tuple[date, date]:
    """A side of a period: a day (first and last alike), a month or a year (its first and last day)."""
    if whole := _month_of(text) or _year_of(text):
        return whole
    day = _day(text)
    return day, day


def _day(text: str) -> date:
    """A day of a period, read as the window's date boxes and every day option read one
    (K293-01: "December 31 2026", taken by --as-of, was no day here); `typed_days.NoSuchDay`
    for a day written the right way that no calendar has: "2026-11-31" was answered with the
    forms a period takes, as if its form were wrong (S143-03)."""
    day = typed_days.parse_date(text)
    if day is None:
        raise ValueError(text)
    return day


def said(end: date, case_number: str | None, today: date, others: OthersRunning | None = None) -> str:
    """The line's note: "probation ended 2026-11-11 (case BA123456)"; "ends" for a day to come.
    `others`: another grant still running after it, said too ("; another runs to 2028-03-01
    (case BA200001)"), and one with no end date recorded ("; another, case BA200002, has no end
    date recorded"): PC 1203.4 waits while any runs.  The words of `clinic-app list
    --probation-ended` and of the window's "Probation ended last month" line alike."""
    verb = "ended" if end < today else "ends"
    text = f"probation {verb} {end.isoformat()}" + _of_case(case_number)
    if others is not None and others.runs_to is not None:
        text += f"; another runs to {others.runs_to[0].isoformat()}{_of_case(others.runs_to[1])}"
    if others is not None and others.no_end:
        text += "; " + _no_end_said(others.no_end)
    return text


def outstanding_besides(labels: Iterable[str], end: date, others: OthersRunning | None = None) -> list[str]:
    """A line's Outstanding labels said beside `said`'s words for a probation that ended on `end`:
    a "probation to" (or "probation ends early") label for that day or the other grant's that
    runs on is left out, said already.  The window's Outstanding cell under "Probation ended
    last month" (Z119-01) and `clinic-app list --outstanding --probation-ended` alike: the
    terminal said "...; another runs to 2028-03-01 (case BA200001)  probation to 2028-03-01"
    (R380-03)."""
    days = {end} | ({others.runs_to[0]} if others is not None and others.runs_to else set())
    said_already = {words(day) for day in days for words in (probation_to, probation_ends_early)}
    return [label for label in labels if label not in said_already]


def _no_end_said(case_numbers: tuple[str | None, ...]) -> str:
    """"another, case BA200001, has no end date recorded"; "2 others, cases BA200001 and
    BA200002, have ..." (a case with no number left unnamed)."""
    named = [number for number in case_numbers if number]
    if len(case_numbers) == 1:
        return f"another{f', case {named[0]},' if named else ''} has no end date recorded"
    cases = (f", case{'s' if len(named) > 1 else ''} {' and '.join(named) if len(named) < 3 else ', '.join(named)},"
             if named else "")
    return f"{len(case_numbers)} others{cases} have no end date recorded"


def _of_case(case_number: str | None) -> str:
    return f" (case {case_number})" if case_number else ""


__all__ = ["OthersRunning", "ended_within", "month", "others_running", "period", "said"]
