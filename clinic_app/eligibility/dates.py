"""Date arithmetic for waiting periods (ca-rules.md section 0).

A waiting period of N years counted from a day D is treated as satisfied on the
anniversary *plus one day*: Civ. Code 10 excludes the first day and includes the last,
so the anniversary itself is arguable and the engine reports the first safe day.
A period that starts on 29 February has its anniversary on 28 February in a common
year (the last day of the month), so the first safe day is 1 March.
"""

from __future__ import annotations

from datetime import date, timedelta

ONE_DAY = timedelta(days=1)


def anniversary(d: date, years: int) -> date:
    """The same calendar day `years` later (29 February -> 28 February in a common year)."""
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February in a year without one
        return date(d.year + years, 2, 28)


def after_years(d: date, years: int) -> date:
    """The first safe day once `years` years have lapsed from `d`: anniversary plus one day."""
    return anniversary(d, years) + ONE_DAY


def day_after(d: date) -> date:
    """The first day after an event (probation ends on `d`, relief from the next day)."""
    return d + ONE_DAY


def is_anniversary_day(as_of: date, start: date, years: int) -> bool:
    """True when `as_of` is exactly the anniversary, the arguable day (rules section 0: "verify")."""
    return as_of == anniversary(start, years)


def after_it_took_effect(day: date, effective: date, law: str) -> str:
    """"after <law> took effect on <effective>", or "the day <law> took effect" when `day` is
    that day (oracle finding O22-13: "committed on 2014-11-05, after Prop 47 took effect on
    2014-11-05")."""
    return f"the day {law} took effect" if day == effective else f"after {law} took effect on {iso(effective)}"


def iso(d: date | None) -> str:
    """A date as the clinic writes it (ISO), or "unknown"."""
    return d.isoformat() if d is not None else "unknown"
