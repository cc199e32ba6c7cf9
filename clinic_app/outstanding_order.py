"""How much stands between a client and relief, read from the caseload's Outstanding column.

The column's sort counted its labels: "fines $706 (2 cases)" was one thing outstanding, as
"fines $5" was, and clients with one item each stayed in name order, "fines $1,200" beside
"fines $70" (Z64, stop 43).  A paralegal sorting by Outstanding asks who is nearest relief and
who is furthest from it, so the order is, first to last:
  1. how many things stand in the way of relief, each case counted ("(2 cases)" is two);
  2. then how many more are listed that a petition does not wait for: restitution still owed
     (SB 1106: no ground to deny relief since 2023, but it stays owed) and a protective order
     (AB 1281: relief does not end it), so a client owing restitution alone comes after those
     with nothing listed and before those with one thing in the way;
  3. then how many amounts owed are not known ("fines: payments not recorded": ordered, with
     nothing recorded paid), so a client whose fine is not known comes after those owing a
     known sum, never among those owing nothing (R66: sorted as $0, it came before "fines $5");
  4. then the money still owed (fines and restitution, in dollars);
  5. then the sessions or hours still to do of classes, programs and community service (all
     of them where none is recorded done: "class ?/52");
  6. then the latest day a probation, custody, supervision or order runs to ("probation to
     2028-01-05"), an end date not typed ("probation end date") after every day.
Clients alike in all of these keep the order the list had (Python's sort is stable).

The labels are the checklist's own (clinic_app.checklist.pending, across_cases) and
clinic_app.summary.unentered_line's; a label this module does not know counts as one thing in
the way, so a new kind of item is never sorted as nothing.  Pure: no Qt, no clock.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import lru_cache

from clinic_app.checklist import UNRECORDED_SHORT

# The labels listed that no petition waits for (see the module's doc).
NOT_IN_THE_WAY = ("restitution", "protective order")
_CASES = re.compile(r" \((\d+) cases\)$")  # across_cases: "probation end date (2 cases)"
_OWED = re.compile(r"^(?:fines|restitution) \$([\d,]+)$")  # "fines $1,395", across cases added up
_TO_DO = re.compile(r" (\d+|\?)/(\d+)(?: h)?$")  # "class 30/52", "community service 20/40 h", "class ?/52"
# "probation to 2027-03-02", "parole to ...", "probation ends early 2027-03-02" (S165-02)
_RUNS_TO = re.compile(r" (?:to|ends early) (\d{4})-(\d\d)-(\d\d)$")
_NO_END = " end date"  # "probation end date", "parole end date": an end not typed
# An amount ordered, nothing recorded paid: owed, but how much is a question for the client.
_NOT_KNOWN = (UNRECORDED_SHORT.format(name="fines"), UNRECORDED_SHORT.format(name="restitution"))

# Widths of the parts of the one whole number `how_much_outstanding` gives (a whole number
# compares in C at once, where tuples took most of a 100,000-line sort: caseload_model._sort_key);
# the counts, the money and the sessions add up across labels within their widths.
_ASIDE, _NOT_KNOWN_MOST, _OWED_MOST, _TO_DO_MOST, _DAY_MOST = 1_000, 1_000, 10**10, 10**7, 10**7  # date.max is day 3,652,059
_NEVER_ENDS = date.max.toordinal()


@lru_cache(maxsize=65_536)
def _weight(label: str) -> tuple[int, int]:
    """One label's part of the order (see `how_much_outstanding`): (its things in the way, its
    things aside, its amounts owed not known, its dollars owed and its sessions or hours to do, as one whole number that
    adds up across labels; the day it runs to)."""
    cases = _CASES.search(label)
    times = int(cases.group(1)) if cases else 1
    said = label[:cases.start()] if cases else label
    aside = said.startswith(NOT_IN_THE_WAY)
    owed = _OWED.match(said)
    dollars = int(owed.group(1).replace(",", "")) if owed else 0  # already added up across cases
    to_do = _TO_DO.search(said)
    left = 0
    if to_do:
        required = int(to_do.group(2))
        left = times * (required if to_do.group(1) == "?" else max(0, required - int(to_do.group(1))))
    runs_to = _RUNS_TO.search(said)
    day = 0
    if runs_to:
        try:
            day = date(*(int(part) for part in runs_to.groups())).toordinal()
        except ValueError:  # not a day after all: sorted as no day
            day = 0
    elif said.endswith(_NO_END):
        day = _NEVER_ENDS
    counted = (0, times) if aside else (times, 0)
    not_known = times if said in _NOT_KNOWN else 0
    part = ((counted[0] * _ASIDE + counted[1]) * _NOT_KNOWN_MOST + not_known) * _OWED_MOST + min(dollars, _OWED_MOST - 1)
    return part * _TO_DO_MOST + min(left, _TO_DO_MOST - 1), day


def how_much_outstanding(labels: Sequence[str]) -> int:
    """The Outstanding column's order of a caseload line's `labels` (see the module's doc), as
    one whole number: the more stands between the client and relief, the larger.  Each label's
    part is worked out once (the same labels come back on many lines and at every sort): at
    20,000 clients the sort's keys are made in tens of milliseconds."""
    if not labels:
        return 0
    if len(labels) == 1:
        part, latest = _weight(labels[0])
    else:
        part = latest = 0
        for label in labels:
            more, day = _weight(label)
            part += more
            if day > latest:
                latest = day
    return part * _DAY_MOST + latest
