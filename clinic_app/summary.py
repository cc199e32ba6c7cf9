"""One caseload line per client: the best outcome of their screening and what is outstanding.

`summarize` turns a client's screening (FORMAT.md result) and checklist into a
`ClientSummary`, stored beside the screening so that a list of 100,000 clients draws
without re-screening.

Which remedies count as *relief* for the best outcome
----------------------------------------------------
A client is "eligible now" only when some remedy that itself clears, reduces, seals or
vacates a record is `eligible`: the dismissals (1203.4, 1203.4a, 1203.41, 1203.42, 1203.4b,
1203.49, automatic 1203.425), reductions and redesignations (17(b), Prop 47, Prop 64),
arrest sealing (851.91, automatic 851.93), DEJ plea withdrawal (1203.43), sealing of
juvenile-age misdemeanors (1203.45) and trafficking vacatur (236.14).

Three remedies are *referrals*, not relief, and never make a client "eligible now" alone:
- ``pc1203_3`` early termination of probation: a step toward relief (it makes 1203.4
  mandatory), shown through its date and the checklist;
- ``pc1473_7`` motion to vacate: a referral to immigration counsel that turns on evidence;
- ``cor`` certificate of rehabilitation: a long, discretionary route toward a pardon.
They still count for ``needs_review`` and for ``next_action_date``.

Two remedies are *automatic*: DOJ grants them on its own, with nothing filed.
- ``pc1203_425`` automatic conviction relief ("Clean Slate");
- ``pc851_93`` automatic arrest relief.
A client whose only relief available now is automatic is still "eligible now" (the relief is
there today), but `ClientSummary.automatic_only` says so: the paralegal checks the RAP sheet
(or asks DOJ) and tells the client, and prepares no petition (N47: the list said "File now").
The same holds of a client eligible on a later date when every relief that comes on that
first date is automatic (A48: the list said "File on 2033-05-14"): `automatic_only` is of the
best outcome, whichever it is; a petition coming on that same date keeps the line to file.
When a petition comes after that automatic relief (1203.425 on 2027-05-01, a 1203.41 petition
from 2028-02-01), `ClientSummary.file_on` keeps its first day (J50: the list said only
"Automatic from 2027-05-01", and the petition's day nowhere, so nobody diarised it).

Petitions the clinic filed (`Case.petitions`) give the line's `court` (clinic_app.court,
P53): "Filed 2026-11-02; hearing 2027-01-10" in place of "File now" once every petition to
file now is filed.

Pure domain: no clock, no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any, Protocol, TypeVar

from clinic_app.case_titles import case_title_day_first, sharing_a_number
from clinic_app.checklist import pending
from clinic_app.court import FILED_OUTCOME, CourtLine, awaiting_court, court_line, granted_on_an_arrest
from clinic_app.model import Case, Client, ClientSummary, Determination, Screening

# The wording of the caseload lines `summarize` makes (Outstanding's labels, the court line,
# what best outcome and days it gives): a caseload keeps each client's line as it was made
# when screened, so a line made by an older Clinic Desk kept its words ("probation to DAY" for
# an ordered early end, S165-02) until a re-screen.  Opening a caseload whose lines were made
# with a lower number makes them again from the stored screenings (db.lines), no screen() run.
# Raise it by one whenever a change makes `summarize` give another line for the same screening:
# tests/test_lines_wording_guard_r184.py fails, naming the number, where that was forgotten.
# 2: a jail or prison term's "mandatory supervision end date" and "release date" (S215-02/04, R223-01).
LINES_WORDING = 2

REFERRAL_ONLY: frozenset[str] = frozenset({"pc1203_3", "pc1473_7", "cor"})
AUTOMATIC_RELIEF: frozenset[str] = frozenset({"pc1203_425", "pc851_93"})


def is_relief(remedy: str) -> bool:
    """Does this remedy, when available, itself give relief (see the module docstring)?"""
    return remedy not in REFERRAL_ONLY


def summarize(client: Client, screening: Screening, as_of: date) -> ClientSummary:
    """The client's caseload line as of `as_of`.

    One pass over the determinations: a re-screen summarises every client of the caseload,
    so this stays a few microseconds per client.
    """
    outstanding, dues = pending(client, as_of)
    eligible_now = to_file_now = needs_review = False
    waiting: list[date | None] = []
    later: list[tuple[str, str, date | None]] = []  # (remedy, "eligible_on", date) of relief to come
    blocked: list[date | None] = []
    to_file: list[Determination] = []  # the petitions to file now, which the court line reads
    action_dates = [day for day in dues if day > as_of]
    # Relief granted on an arrest is done, though the screening still finds it (D140-03).
    done = {case.id: granted for case in client.cases if case.petitions and (granted := granted_on_an_arrest(case))}
    for d in screening.results:
        if done and d.remedy in done.get(d.case, ()):
            continue
        status = d.status
        if status in _NOTHING:
            continue
        if status == "needs_review":
            needs_review = True
            continue
        relief = d.remedy not in REFERRAL_ONLY
        if status == "eligible":
            eligible_now = eligible_now or relief
            if relief and d.remedy not in AUTOMATIC_RELIEF:
                to_file_now = True
                to_file.append(d)
            continue
        # eligible_on or blocked: a date to act on, and (for relief) a candidate best outcome
        if d.date is not None and d.date > as_of:
            action_dates.append(d.date)
        if relief and status == "eligible_on":
            waiting.append(d.date)
            later.append((d.remedy, status, d.date))
        elif relief:
            blocked.append(d.date)
    # A convicted case whose counts are not entered yet is screened with nothing to clear in
    # it: the line says the record needs work, not "Nothing available" (store check S18-10;
    # `clinic-app screen` refuses such a request outright).
    if unentered := unentered_lines(client.cases):
        needs_review = True
        outstanding = [*outstanding, *unentered]
    best, best_date = _best(eligible_now, waiting, blocked, needs_review)
    automatic = (best == "eligible_now" and not to_file_now) or (best == "eligible_on" and automatic_only_later(later, best_date))
    return ClientSummary(
        best=best,
        best_date=best_date,
        next_action_date=min(action_dates) if action_dates else None,
        outstanding=outstanding,
        needs_review=needs_review,
        automatic_only=automatic,
        file_on=first_petition(later) if automatic else None,
        court=court_line(client.cases, to_file, screening.results),
    )


_NOTHING = frozenset({"not_eligible", "not_applicable"})
# A result's statuses that make its remedy one the client can have, now or on a later day: the
# window's Remedy filter and `clinic-app list --remedy` list the clients with one (F75-01), and
# the report counts them so, remedy by remedy (F109-02).
REMEDY_OPEN = frozenset({"eligible", "eligible_on"})

# The two halves of "eligible now", for the paralegal preparing filings (N47): the window's
# Outcome filter and `clinic-app list --outcome` take them beside the best outcomes.
ELIGIBLE_NOW_SPLIT: dict[str, bool] = {"eligible_now_to_file": False, "eligible_now_automatic": True}
# And of "eligible later": the petitions to come, and the automatic relief coming (A48), which
# `--eligible-within` alone mixed ("the clients to file for within 30 days").
ELIGIBLE_LATER_SPLIT: dict[str, bool] = {"eligible_on_to_file": False, "eligible_on_automatic": True}
# Each half: (the best outcome it is of, whether its relief is automatic only).
OUTCOME_HALVES: dict[str, tuple[str, bool]] = {
    **{half: ("eligible_now", automatic) for half, automatic in ELIGIBLE_NOW_SPLIT.items()},
    **{half: ("eligible_on", automatic) for half, automatic in ELIGIBLE_LATER_SPLIT.items()},
}


# The Outcome filter's "Cases still to enter" and `clinic-app list --outcome to_enter` (I59): after
# an intake day, the clients whose record is still to type, which no outcome found (a client
# with no case was only under "Any outcome").  Not a best outcome: it is read from the line's
# case count and its outstanding items (`still_to_enter`), not from the screening's answers.
TO_ENTER_OUTCOME = "to_enter"
# The Outcome filter's "Not screened yet" and `clinic-app list --outcome not_screened` (X110-03):
# the clients with no stored screening, whom the report counts under "Not screened yet" (its
# JSON's outcomes["not_screened"]) and the status line offers to screen, and no list showed.
# Not a best outcome: a line's summary fields are None until the client is screened.
NOT_SCREENED_OUTCOME = "not_screened"
# The outstanding item of a convicted case whose counts are not typed yet ("Add case" stores
# one so), which `still_to_enter` finds again: made in one place, so the two cannot drift.
_UNENTERED_START, _UNENTERED_END = "convictions of case ", " not entered"


def unentered_line(label: str) -> str:
    """The outstanding item of a case marked convicted with no count entered yet."""
    return f"{_UNENTERED_START}{label}{_UNENTERED_END}"


def unentered_case_line(case: Case, apart: bool = False) -> str:
    """`unentered_line` of `case`, named as the window's lists name it: a case with no court
    number by what its record holds, "convictions of case c3 (convicted 2019-01-05, Orange
    County) not entered", not by its key alone (K85-04; case_titles.case_title_day_first); so
    one whose number another of the client's cases has (`apart`, sharing_a_number; K417-03)."""
    return unentered_line(case_title_day_first(case, apart=apart))


def unentered_lines(cases: list[Case]) -> list[str]:
    """`unentered_case_line` of each of a client's `cases` marked convicted whose counts are not
    typed, two of one number told apart (case_titles.sharing_a_number)."""
    unentered = [c for c in cases if c.outcome == "convicted" and not c.convictions]
    apart = sharing_a_number(cases) if unentered else frozenset()
    return [unentered_case_line(c, c.id in apart) for c in unentered]


def still_to_enter(case_count: int, outstanding: list[str]) -> bool:
    """Does a caseload line (`ClientRow.case_count`, `.outstanding`) still wait for its record
    to be typed: no case entered yet, or a case marked convicted whose counts are not (the
    handout's "Conviction: details still being entered")?"""
    return case_count == 0 or any(item.startswith(_UNENTERED_START) and item.endswith(_UNENTERED_END)
                                  for item in outstanding)


def something_outstanding(line: Any) -> bool:
    """Does a caseload line (`db.repository.ClientRow`, or anything with its `outstanding`) still
    wait on something: a fine or restitution to pay, a class, community service, probation or
    custody running, a case's counts to enter?  The window's "Something outstanding" filter and
    `clinic-app list --outstanding` both ask here (K374-02)."""
    return bool(line.outstanding)


def outstanding_said(labels: Iterable[str]) -> str:
    """A line's outstanding items as the window's Outstanding column shows them, and `clinic-app
    list --outstanding` ends each line with them: "fines $195, community service 4/200 h"."""
    return ", ".join(labels)


def listed_under(outcome: str, best: str | None, automatic_only: bool, court: CourtLine | None = None) -> bool:
    """Is a caseload line (its best outcome, `ClientSummary.automatic_only`, `.court`) listed
    under `outcome`: a best outcome, a half of eligible now or later (OUTCOME_HALVES), or
    "filed" (FILED_OUTCOME: every petition to file now filed, awaiting the court, P53)?  Those
    are no longer among "Eligible now: to file": their filings are made."""
    if outcome == FILED_OUTCOME:
        return awaiting_court(court)
    if outcome == "eligible_now_to_file" and awaiting_court(court):
        return False
    if outcome in OUTCOME_HALVES:
        whole, automatic = OUTCOME_HALVES[outcome]
        return best == whole and automatic_only == automatic
    return best == outcome


def line_listed_under(outcome: str, line: Any) -> bool:
    """Is a caseload line (`db.repository.ClientRow`, or anything with its fields: read, never
    imported) listed under `outcome`: `listed_under`'s, "to_enter" (TO_ENTER_OUTCOME) or
    "not_screened" (NOT_SCREENED_OUTCOME)?  The
    window's Outcome filter and `clinic-app list --outcome` both ask here, so they list alike."""
    if outcome == TO_ENTER_OUTCOME:
        return still_to_enter(line.case_count, line.outstanding)
    if outcome == NOT_SCREENED_OUTCOME:
        return line.best is None
    if (outcome == "needs_review" and not (line.awaiting_review or line.attorney_answers)
            and still_to_enter(line.case_count, line.outstanding)):
        # A case's convictions still to type, and no other answer for the attorney: the
        # line's Next action is "Enter the convictions", under "Cases still to enter" only,
        # as the Attorney review count leaves it out too (clinic_app.review.waits_for_convictions,
        # N61-01: the attorney's list named clients with nothing to review yet).  Another
        # answer the attorney has reviewed keeps the line here, as any reviewed line is: it had
        # been asked whether one awaits review, and a reviewed client left the list (R61-02).
        return False
    return listed_under(outcome, line.best, line.automatic_only, line.court)


def eligible_now_since(before: tuple[str | None, bool, date | None] | None, best: str, automatic: bool,
                       as_of: date, today: date | None = None) -> date | None:
    """The day a client's line became eligible now, kept while it stays so (E48: "Newly
    eligible", the week's new filings, had lived only in the window that re-screened).

    `before` is the line as stored until now: (best outcome, automatic only, its since-day),
    None for a client never screened; `best` and `automatic` are the new line's (its
    `ClientSummary.best` and `.automatic_only`).  The day is the screening's `as_of`: the first day a
    screening found them eligible now.  A petition to file where only automatic relief was
    (PC 1203.425 / 851.93) is a new filing too, from that day; the reverse keeps the day.
    Unknown (None) for a client eligible at their first screening, or since before the day was
    kept (migration m008): nobody can say they became eligible this week, so they are not said
    to have, until a screening finds them so after a line that was not.

    A screening for a day after `today` (a re-screen to plan ahead) stores its line, but the
    day it gives is `today`, not the day planned for: a day to come is no day anyone became
    eligible.  It was that day (S52-02): "Newly eligible" then counted them as this week's new
    filings until the day came and went, and `list --newly-eligible-since` named a day that
    had not come.  So the day is the one the screening was made on, as for any re-screen:
    what "Newly eligible" shows after the planning re-screen is whom it found eligible by
    then, and the next re-screen for today puts back whoever is not eligible yet.
    """
    if best != "eligible_now" or before is None or before[0] is None:
        return None
    was, was_automatic, since = before
    if was != "eligible_now" or (was_automatic and not automatic):
        return as_of if today is None else min(as_of, today)
    return since


def newly_eligible(since: date | None, day: date) -> bool:
    """Did the line become eligible now on `day` or after (its `eligible_now_since`)?  The
    window's "Newly eligible" button and `clinic-app list --newly-eligible-since` ask this."""
    return since is not None and since >= day


def automatic_only(eligible_now: list[tuple[str, str]]) -> bool:
    """Is every relief available now automatic?  `eligible_now` holds (remedy, status) of a
    screening whose best outcome is eligible now: what `summarize` says as `automatic_only`,
    for a stored result read without its reasons (db migration m006)."""
    now = [remedy for remedy, status in eligible_now if status == "eligible" and remedy not in REFERRAL_ONLY]
    return bool(now) and all(remedy in AUTOMATIC_RELIEF for remedy in now)


def automatic_only_later(results: list[tuple[str, str, date | None]], first: date | None) -> bool:
    """Is every relief that becomes available on `first`, the best outcome's date of a client
    eligible later, automatic?  `results` holds (remedy, status, date) of the screening's
    determinations: what `summarize` says as `automatic_only` for such a client, for a stored
    result read without its reasons too (db migration m007)."""
    then = [remedy for remedy, status, day in results
            if status == "eligible_on" and day == first and remedy not in REFERRAL_ONLY]
    return bool(then) and all(remedy in AUTOMATIC_RELIEF for remedy in then)


def first_petition(results: list[tuple[str, str, date | None]]) -> date | None:
    """The first day a petition can be filed: the earliest date of relief to come that is not
    automatic (not PC 1203.425 / 851.93, which DOJ grants on its own).  `results` holds
    (remedy, status, date) of a screening's determinations.  Of a line whose best outcome's
    relief is automatic only, this is `ClientSummary.file_on` (J50), for a stored result
    read without its reasons too (db migration m009)."""
    days = [day for remedy, status, day in results
            if status == "eligible_on" and day is not None and remedy not in REFERRAL_ONLY and remedy not in AUTOMATIC_RELIEF]
    return min(days) if days else None


def eligible_within(best: str | None, best_date: date | None, automatic_only: bool, file_on: date | None,
                    by: date, to_file: bool = False) -> bool:
    """Is a caseload line eligible later on a day no later than `by`: its best outcome's day
    (eligible later), or the day a petition comes after automatic relief (`file_on`, J50: a
    client eligible now or later by automatic relief alone, with a 1203.4 petition in three
    weeks, was in no "Eligible within 30 days")?  With `to_file`, only a day a petition can
    be filed counts: automatic relief coming on its own is left out, as
    `clinic-app list --to-file-within` and the window's "To file within 30 days" do.
    The window's filters and `clinic-app list` both ask this, so they list the same clients."""
    if file_on is not None and file_on <= by:
        return True
    return best == "eligible_on" and best_date is not None and best_date <= by and not (to_file and automatic_only)


class _Dated(Protocol):
    best: str | None
    best_date: date | None
    automatic_only: bool
    file_on: date | None


_Line = TypeVar("_Line", bound=_Dated)  # a caseload line: db's ClientRow


def lines_within(rows: Iterable[_Line], by: date, to_file: bool = False) -> list[_Line]:
    """The caseload lines `eligible_within` `by` (with `to_file`, a petition to file by then), in
    their own order (by name, or a search's rank): `clinic-app list --eligible-within` and
    `--to-file-within`, and `worksheet --to-file-within`, which writes the worksheets of the
    clients that list lists (K356-01: the week's filings were written one `--client` at a time)."""
    return [row for row in rows if eligible_within(row.best, row.best_date, row.automatic_only, row.file_on, by, to_file)]


# The best outcome's name as the caseload list, the client's header and the intake's last
# step say it (pure clinic wording, so kept here beside best_outcome, not in the window: D58).
OUTCOME_TITLES = {
    "eligible_now": "Eligible now",
    "eligible_on": "Eligible on",
    "blocked": "Blocked",
    "needs_review": "Needs review",
    "nothing_available": "Nothing available",
    None: "Not screened",
}


def day_awaited(best: str | None, best_date: date | None) -> date | None:
    """The day a best outcome waits for, "Eligible on" or "Blocked until" it, or None: once it
    has come, the stored screening is out of date (the window's status line and the month's
    report count such clients alike, P101-01)."""
    return best_date if best in ("eligible_on", "blocked") else None


def outcome_text(best: str | None, best_date: date | None) -> str:
    """The best outcome in the clinic's words: "Eligible on 2027-03-02", "Blocked"..."""
    if best == "eligible_on" and best_date is not None:
        return f"Eligible on {best_date.isoformat()}"
    if best == "blocked":
        # As the eligibility table says it (GUI check G18-12).
        return f"Blocked until {best_date.isoformat()}" if best_date is not None else "Blocked, end unknown"
    return OUTCOME_TITLES.get(best, str(best))


def best_outcome(relief: list[Determination], needs_review: bool) -> tuple[str, date | None]:
    """(best outcome, its date) over relief determinations, in the order of the caseload's bands.

    eligible now > eligible on the earliest date > blocked (until the earliest date it lifts,
    None when no determination says) > needs review > nothing available.
    """
    return _best(
        any(d.status == "eligible" for d in relief),
        [d.date for d in relief if d.status == "eligible_on"],
        [d.date for d in relief if d.status == "blocked"],
        needs_review,
    )


def _best(eligible_now: bool, waiting: list[date | None], blocked: list[date | None],
          needs_review: bool) -> tuple[str, date | None]:
    if eligible_now:
        return "eligible_now", None
    if waiting:
        return "eligible_on", _earliest(waiting)
    if blocked:
        return "blocked", _earliest(blocked)
    if needs_review:
        return "needs_review", None
    return "nothing_available", None


def _earliest(days: list[date | None]) -> date | None:
    known = [day for day in days if day is not None]
    return min(known) if known else None
