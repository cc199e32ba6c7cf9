"""How a case is titled where the clinic reads it: the filing worksheet's headings, the client
window's list of cases and the Checklist's boxes.

A case is known by its court number.  A number typed where it was not known ("unknown",
"pending", "N/A": no number, R46-06) is shared by every such case: two cases of one walk-in were
both titled "Case unknown" on the worksheet, and the attorney could not tell which was which
(Z77).  Such a case is told apart by what the record holds: its offense, its conviction (or
arrest) date and its county.  So is a case whose number was left blank: its record's key ("c3")
keeps it apart from the client's other cases, but says nothing to a paralegal or a client of
which case it is (B84-01), so it is headed "c3 (PC 647(f), convicted 2017-12-01, Kern County)"
(`case_heading`), and the screening's sentences name it so (`case_title`, B86: "on probation in
case c3 through 2027-06-20" said nothing of which case it was).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from datetime import date

from clinic_app.catalog import law_named
from clinic_app.counties import county_named
from clinic_app.matching import case_number_key, names_a_case
from clinic_app.model import ArrestOffense, Case, Conviction
from clinic_app.wording import listed

# Offenses named in a title before "and N more": a title is a line, not the record.
_OFFENSES_NAMED = 2


def outcome_words(outcome: str) -> str:
    """A case's outcome as the case list and the worksheet say it: "no charges filed" for
    `no_charges_filed`, "convicted" as it is."""
    return outcome.replace("_", " ")


# A diversion program's kind as the Record tab names it: the worksheet printed the record's key,
# "Program: dej" and "Program: misdemeanor" (a misdemeanor what?), D140-05.
PROGRAM_TITLES = {"dej": "Deferred entry of judgment (DEJ)", "pretrial": "Pretrial diversion",
                  "misdemeanor": "Misdemeanor diversion", "mental_health": "Mental health diversion",
                  "drug": "Drug diversion"}


def number_not_known(case: Case) -> bool:
    """The case's number is a word typed for one not known ("unknown", "pending", "N/A"), not a
    court's number ("BA123456"), which has a digit (matching.names_a_case)."""
    return bool(case.case_number) and not names_a_case(case_number_key(case.case_number))


def number_left_blank(case: Case) -> bool:
    """No number was typed for the case: it is known by its record's key ("c3")."""
    return not (case.case_number or "").strip()


def told_by_what_the_record_holds(case: Case) -> bool:
    """The case has no court number, typed blank or as a word ("unknown"): its title says its
    offense, day and county (`case_title`)."""
    return number_left_blank(case) or number_not_known(case)


def names_no_court(case: Case) -> bool:
    """The case is headed by what its record holds (`told_by_what_the_record_holds`) and that
    holds no county or jurisdiction: its title says nothing of where it was heard, so the
    worksheet (X162-02) and the Checklist (S163-02) add that its county is not recorded."""
    return told_by_what_the_record_holds(case) and not record_parts(case)[2]


def sharing_a_number(cases: Iterable[Case]) -> frozenset[str]:
    """The keys of those of `cases` whose court number another of them has too (a case typed
    twice, a number two courts gave): by the number alone two such cases read alike, "Case
    BA100001: On what date does ... end?" twice in the Eligibility tab's questions and
    "BA100001" twice in its results (R376).  Titled `apart` (`case_title`), each says what its
    record holds, as a case without a number does; the text report names them by their keys
    beside such headings (`text_report.cases_called`)."""
    cases = [c for c in cases if not told_by_what_the_record_holds(c)]
    numbers = Counter(case_number_key(c.case_number) for c in cases)
    return frozenset(c.id for c in cases if numbers[case_number_key(c.case_number)] > 1)


def _known_as(case: Case) -> str:
    """The word a case without a court number goes by: the word typed ("unknown"), or its
    record's key ("c3") where none was."""
    return case.id if number_left_blank(case) else case.case_number


def record_parts(case: Case) -> tuple[str, str, list[str]]:
    """What the record holds of `case`, apart: its offenses ("PC 484(a)"), its day ("convicted
    2016-04-01", "arrested 2020-02-03"; "" where an arrest has none) and where it was (its
    county, and a jurisdiction not California's).  The window's list of cases puts the day
    first (U82-01); the worksheet's title, the offenses.  A case not California's is where its
    jurisdiction is ("NV"): no California county is said of it."""
    laws = [law_named(c.code, c.section) for c in case.convictions if c.section] if case.convictions else \
        [law_named(a.code, a.section) for a in case.arrest_offenses if a.section]
    laws = list(dict.fromkeys(laws))
    if len(laws) > _OFFENSES_NAMED:
        laws = laws[:_OFFENSES_NAMED] + [f"{len(laws) - _OFFENSES_NAMED} more"]
    offenses = listed(laws) if laws else ""
    day = ""
    if case.outcome == "convicted":
        dates = sorted(c.conviction_date for c in case.convictions if c.conviction_date is not None)
        on = dates[0] if dates else case.disposition_date
        day = f"convicted {on.isoformat()}" if on is not None else "convicted"
    elif case.arrest_date is not None:
        day = f"arrested {case.arrest_date.isoformat()}"
    if case.jurisdiction and case.jurisdiction != "CA":
        # Another state's or a federal case is told by its jurisdiction, as the text report and
        # the handout's cards tell it: its county is FORMAT.md's default, Los Angeles, where the
        # request gives none, and "Los Angeles County, NV" named a court it never was (R85b-01).
        return offenses, day, [case.jurisdiction]
    where = []
    if named := county_named(case.county):  # "Los Angeles County" typed, said once (R81a-03)
        where.append(f"{named} County")
    return offenses, day, where


def case_title(case: Case, named: Conviction | ArrestOffense | None = None, on: date | None = None,
               court_said: bool = False, apart: bool = False) -> str:
    """How the screening's sentences name `case`: its court number; without one (a number typed
    where it was not known, or left blank), the word typed or the record's key with what the
    record holds, as its heading names it (`case_heading`): "unknown (PC 484(a), convicted
    2015-03-02, Los Angeles County)", "c3 (VC 23152(a), convicted 2024-06-20, Los Angeles
    County)" (B86-02: "case c3" alone said nothing of which case it was).

    Beside a sentence that names one of its counts (`named`), the offense is not said again:
    "PC 647(f) in case unknown (convicted 2017-12-01, Kern County)", not "PC 647(f) in case
    unknown (PC 647(f), convicted 2017-12-01, Kern County)" (B84-02); the count named, the day
    and the county tell it from the client's other cases.  So beside an arrest's offense named:
    "PC 99999: this case and case B (arrested 2019-06-09, Los Angeles County)", not "case B (PC
    99999, arrested ...)" (B89-04).

    Beside a sentence that says the day of the conviction (`on`), the day is not said again
    either: "PC 484(a)/488 in case B (Los Angeles County), 2023-10-18", not "in case B
    (convicted 2023-10-18, Los Angeles County), 2023-10-18" (B87-01).  A title whose day is
    another (the case's first conviction, where the count named is a later one) keeps it.

    Beside its court said (`court_said`), the county is not said again: "case c1 (PC 647(f),
    arrested 2016-07-11), Los Angeles County, CA", not "case c1 (..., Los Angeles County), Los
    Angeles County, CA" (M124-01, `list`'s petitions to file).

    `apart`: a case whose number another of the client's has (`sharing_a_number`) is titled so
    too, its number first: "BA100001 (PC 459, convicted 2019-05-01, Los Angeles County)"."""
    if not (apart or told_by_what_the_record_holds(case)):
        return case.label
    offenses, day, where = record_parts(case)
    if court_said:
        where = []
    if named is not None and (any(v.id == named.id for v in case.convictions) if isinstance(named, Conviction)
                              else any(o is named for o in case.arrest_offenses)):
        offenses = ""
    if on is not None and day == f"convicted {on.isoformat()}":
        day = ""
    held = ", ".join(p for p in (offenses, day, *where) if p)
    return f"{_known_as(case)} ({held})" if held else _known_as(case)


def case_named(case: Case, own: Case | None = None, named: Conviction | ArrestOffense | None = None, on: date | None = None) -> str:
    """How a sentence among `own`'s results names `case`: "this case" where it is `own`, as a
    bar of its own case goes unnamed (S27-04), since the sentence stands under its heading;
    "case <its title>" where it is another (`case_title`, with the count `named` and the day
    `on` the sentence says).  Named
    whole, a case with no court number would be said at length under its own heading: "PC
    288(a) in case A (convicted 2008-04-01, Los Angeles County) is an offense ..." (B86-03)."""
    if own is not None and case.id == own.id:
        return "this case"
    return f"case {case_title(case, named, on)}"


def listed_cases(cases: Iterable[tuple[Case, Conviction | ArrestOffense | None]], own: Case | None = None) -> str:
    """Several cases in one sentence among `own`'s results, each once, with the count each is
    named for (or None): "this case" first where `own` is among them, then the others by title
    (`case_title`), sorted so that the words do not follow the request's order: "this case,
    case P (PC 11378, convicted 2008-02-01, Los Angeles County) and case Q".  Each title is said
    after its own "case", and the last after "and": read aloud, "this case and cases B (PC
    99999, arrested 2019-06-09, Los Angeles County), C (...)" ran the titles' commas into the
    list's.  PC 1203.4b's jail or prison terms and PC 851.91's sections the catalog does not
    know said one kind of list in these two forms (B89-01)."""
    own_listed = False
    others: dict[str, str] = {}
    for case, named in cases:
        if own is not None and case.id == own.id:
            own_listed = True
        elif case.id not in others:
            others[case.id] = case_title(case, named)
    return listed((["this case"] if own_listed else []) + [f"case {title}" for title in sorted(others.values(), key=_as_counted)])


def _as_counted(title: str) -> tuple[list[str | int], str]:
    """`title` sorted as a person counts: "c2" before "c10", "BA99000" before "BA100200" (as text,
    "case c10, case c2 and case c3": R90's review).  The split puts text at even places and
    digits at odd ones, so two titles' parts compare text with text and number with number.
    A letter's case aside: compared as text, every capital came first, "case C10 and case c2",
    and "BA100200" before a number typed "ba99000" (B92-03).  Titles alike but for it keep
    one order, whatever the request's, by the title as typed."""
    return [int(part) if i % 2 else part.casefold() for i, part in enumerate(re.split(r"(\d+)", title))], title


def case_heading(case: Case, apart: bool = False) -> str:
    """How a case is headed where the clinic looks for it (the worksheet's headings and lists,
    the Checklist's boxes, the Record tab's tooltip): its court number; without one (a number
    typed where it was not known, or left blank), the word typed or the record's key, with what
    the record holds: "unknown (PC 484(a), convicted 2015-03-02, Los Angeles County)", "c3
    (PC 647(f), convicted 2017-12-01, Kern County)" (B84-01: "Case c3" said nothing of which
    case it was).  The screening's sentences name another case so (`case_title`, as `apart`)."""
    return case_title(case, apart=apart)


def case_title_day_first(case: Case, apart: bool = False) -> str:
    """`case_heading` with the day first, where a column may cut it: "unknown (convicted
    2015-03-02, PC 484(a), Los Angeles County)".  Cut after the offense, two thefts of one walk-in
    read alike, "unknown (PC 484(a), convicted 201" (as the Record tab's list did, U82-01); the
    Eligibility table's Case column (E83-02) shows this, whole on hover.  `apart` as `case_title`:
    "BA100001 (convicted 2019-05-01, PC 459, Los Angeles County)"."""
    if not (apart or told_by_what_the_record_holds(case)):
        return case.label
    offenses, day, where = record_parts(case)
    held = ", ".join(p for p in (day, offenses, *where) if p)
    return f"{_known_as(case)} ({held})" if held else _known_as(case)


def titles_day_first(cases: list[Case]) -> list[str]:
    """Each of `cases` titled day first (`case_title_day_first`), those of a number another of
    them has told `apart` (`sharing_a_number`): "24CR042 (convicted 2020-01-06, PC 459, Los
    Angeles County)" beside "24CR042 (convicted 2024-03-01, ...)", a number of its own alone;
    as the Record tab's list, History, "Cannot save" and a review's notes name them (K408)."""
    apart = sharing_a_number(cases)
    return [case_title_day_first(case, apart=case.id in apart) for case in cases]


def titles_by_id(cases: list[Case]) -> dict[str, str]:
    """`titles_day_first` of `cases`, each to its case's key: where a case is named by its key
    (came_back, review, the client view's notes after a save)."""
    return dict(zip((case.id for case in cases), titles_day_first(cases)))
