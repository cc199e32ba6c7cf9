"""Counts for a clinic event (or the whole caseload), the kind funders and clinic reports ask for.

How many people were seen and screened, in which language, where they stand (the best
outcome of each, as the caseload list shows it), and, remedy by remedy, how many
convictions or cases each status covers.  Built from the stored screenings, so it speaks
for the day each client was last screened (the `as_of` dates are listed).  Counts only:
no name or other personal fact appears in a report.
"""

from __future__ import annotations

import csv
import io
import json
import textwrap
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple, Protocol, TypeVar

from clinic_app.eligibility import REMEDIES, RULES_VERSION, remedy_statute, remedy_title, short_name
from clinic_app.eligibility.text_report import KEEP as _KEEP, kept_whole
from clinic_app.checklist import waiting_for
from clinic_app.cli_options import typed_word
from clinic_app.court import CourtLine, hearings_coming, hearings_held
from clinic_app.model import Screening
from clinic_app.review import awaits_attorney
from clinic_app.summary import REMEDY_OPEN, TO_ENTER_OUTCOME, automatic_only, day_awaited, line_listed_under
from clinic_app.wording import count, quoted

OUTCOME_WORDS = {
    "eligible_now": "Eligible now",
    "eligible_on": "Eligible on a later date",
    "blocked": "Blocked for now",
    "needs_review": "Needs an attorney's review",
    "nothing_available": "Nothing available",
    None: "Not screened yet",
}
LANGUAGE_NAMES = {"en": "English", "es": "Spanish"}
COURT_WORDS = {"filed": "filed, awaiting the court", "denied": "denied: attorney to review", "granted": "granted: relief to record"}
# Of the clients with a denial, those whose denial the attorney has reviewed since, as their
# caseload line reads it ("Denied <day>: reviewed by the attorney <day>", H63-04; L63-02).
DENIED_REVIEWED = "denied, reviewed by attorney"  # 28 wide, as the column is
# Of the denials to review, those beside a petition still to file ("File now; denied <day>:
# attorney to review" on the line), said under them.
DENIED_BESIDE_FILING = "beside a filing to make"
# Of the clients filed, awaiting the court, those counted under a denial as well (R156-01).
FILED_ALSO_DENIED = "also counted as denied"
# Clients with a hearing held and no ruling entered, as the list's narrow words say it (H351-03).
HEARING_HELD = "(hearing held: record ruling)"
PETITION_WORDS = {None: "awaiting the court's ruling", "granted": "granted", "denied": "denied", "withdrawn": "withdrawn"}
# The best outcomes of the clients still waiting for relief: the report says what for (F122-04).
WAITING_OUTCOMES = ("eligible_on", "blocked")
STATUS_ORDER = ("eligible", "eligible_on", "blocked", "needs_review", "not_eligible")  # not_applicable left out


@dataclass
class Report:
    """The counts; `remedies[key][status]` counts determinations (a conviction or a case each)."""

    event: str | None
    # The handout language whose clients alone are counted, or None for all (F312-02).
    language: str | None = None
    # The petitions awaiting a ruling on the period's last day, whenever filed, or None without
    # a period (Repository.petitions_awaiting_at_end, F312-03).
    awaiting_at_end: int | None = None
    clients: int = 0
    screened: int = 0
    needs_review: int = 0
    # Of any, those still on the attorney's queue (clinic_app.review.awaits_attorney: a result
    # to review with no review that counts, or a denial not reviewed since), as the window's
    # "Attorney review" counts them: the report gave no count of those, so a supervising
    # attorney could not tell from it that the queue was done (S161-03).  Not in the JSON.
    awaiting_review: int = 0
    # Of those eligible now, how many by automatic relief alone (PC 1203.425, 851.93): DOJ
    # grants it, nothing is filed; the petitions to prepare are the others (N47).
    eligible_now_automatic: int = 0
    # The same of those eligible on a later date: the relief coming on that first day is all
    # automatic (the caseload line's `automatic_only`, A48).
    eligible_later_automatic: int = 0
    # Of each of those two, how many have a petition to file after that automatic relief (the
    # line's `file_on`, J50): counted "none to file" with the others, they were left out of
    # the petitions to come (L51).
    eligible_now_petition_later: int = 0
    eligible_later_petition_later: int = 0
    # Of those whose best outcome needs review, how many wait for a case's convictions to be
    # typed, with no answer for the attorney: the window's "Needs review" and "Attorney
    # review" leave them out, for "Cases still to enter" (N61-01), so the report says them
    # apart, or its count read as the attorney's queue and disagreed with the window's (R61-01).
    needs_review_to_type: int = 0
    # Of those with nothing available, how many have no case entered yet: the window lists
    # them under "Cases still to enter" (an intake day's clients), and the report said each
    # "Nothing available" to a funder, as if screened and found to have no relief (G63-05).
    nothing_to_enter: int = 0
    # Of those not screened yet, how many the window lists under "Cases still to enter" (no
    # case entered, or a case's convictions still to type): an intake laptop's day imported
    # and not screened was 5 there and `list --outcome to_enter`, and nowhere in the report,
    # whose two lines above are of screened clients only (F109-01).
    not_screened_to_enter: int = 0
    # Where the petitions filed stand with the court (the line's `court`, P53): every petition
    # to file now filed and awaiting the court, one denied, all granted (relief to record); and
    # the clients with a hearing on or after the day the report is made (`counted_on`): from
    # the day each was screened for, a caseload re-screened a month ago counted hearings held
    # since as to come (Y55-02).
    court: Counter = field(default_factory=Counter)
    # Of court["denied"], those whose denial the attorney has reviewed (the line's
    # `reviewed_on`): the text said them "denied: attorney to review" beside lines that read
    # "reviewed by the attorney" (L63-02).
    denied_reviewed: int = 0
    # Clients with petitions still to file (the line's state None) one of whose petitions filed
    # stands denied (the line's `denied`, Y55-01), and of them those the attorney has reviewed
    # since: on the attorney's queue as much as a client all of whose petitions are ruled on,
    # yet counted under no court line, so the report's "denied: attorney to review" read 1
    # where `clinic-app list --review` listed 2 denials (K66, R68).
    denied_beside_filing: int = 0
    denied_beside_filing_reviewed: int = 0
    # By best outcome, the clients whose PC 17(b) petition stands denied, the screening leaving
    # the 17(b) to the attorney (the line's `denied_under_review`, S150-02), counted under no
    # line above, and of them those the attorney has reviewed since: "Denied <day>: attorney to
    # review" on the line and in `clinic-app list --review`, and in no count of the report
    # (K153-02).  One eligible now is a denial beside a filing to make, counted there; or beside
    # petitions awaiting the court, counted here and under "filed" too (K155-01).
    denied_under_review: Counter = field(default_factory=Counter)
    denied_under_review_reviewed: Counter = field(default_factory=Counter)
    # Of the clients under "filed, awaiting the court", those counted under a denial too (a 17(b)
    # denied, left to the attorney, K155-01), reviewed or not: said under the filed line, where
    # 1 filed and 2 denied under "Eligible now 2" read as three clients of two (R156-01).
    filed_also_denied: int = 0
    hearings_to_come: int = 0
    # Clients with a hearing held and no ruling entered: the list's "Hearing ... held: record the
    # ruling", among "filed, awaiting the court" here (H351-03).
    hearings_held: int = 0
    counted_on: date | None = None
    # The clinic's name (File > Clinic details), said with the day at the head of the report:
    # a report saved or sent to a funder named no clinic and no day, where every handout names
    # the clinic (C131-03).
    clinic: str | None = None
    # Clients screened "eligible on" or "blocked until" a day that has come by `counted_on`: the
    # window's status line says them ("whose date has come since the last screening") and offers
    # a re-screen; a month's report made a month after the re-screen counted them as screened,
    # "Eligible on a later date", with nothing said (P101-01).  Counted, not moved: the report
    # is of the stored screenings.
    dates_come: int = 0
    # Of `clients`, the records the caseload window lists under "Possible duplicates" (an
    # import added them beside a record of the same person, for a person to check): until one
    # is merged into the other, each is counted above as a person, and in a language, so the
    # people served read one too many for each, with nothing said (G63-01).
    possible_duplicates: int = 0
    # Of those, how many are a second (or third) record of a person counted among them: the
    # people there may be fewer by so many.  A director
    # took off all the records said above, both of each pair, a person too many (F109-03).
    people_counted_twice: int = 0
    # The petitions themselves (Repository.petitions_filed): by ruling, None awaiting one, and
    # "clients" with one.  The court lines above count clients ("filed, awaiting the court":
    # every petition to file now filed), and the JSON's "petitions" named them so: 76 read as
    # petitions filed where 150 were, and a grant beside a petition still to file nowhere (G63-04).
    petitions: Counter = field(default_factory=Counter)
    # The same by the relief each asks for, (remedy, ruling): "granted 4" said not whether an
    # arrest was sealed or a conviction dismissed, what a funder asks first (F122-02).
    by_relief: Counter = field(default_factory=Counter)
    # The first and last day of the petitions filed and the rulings made counted above (both
    # in), or None for all: a quarter's report to a funder counted every petition since the
    # caseload's first (F122-03).
    period: tuple[date, date] | None = None
    # Of `clients`, those added to the caseload in `period`, by language (Repository.clients_added),
    # or None without one: a month's report said the whole caseload's people, whenever seen, and
    # nothing of the month's new ones, a funder's first question (T140-01).
    added: Counter | None = None
    outcomes: Counter = field(default_factory=Counter)
    languages: Counter = field(default_factory=Counter)
    convictions: int = 0
    # The cases screened that ended in no conviction (dismissed, acquitted, no charges filed,
    # diversion completed: what PC 851.91 seals), and those still open: "convictions screened:
    # 0" was all an evening of arrest sealing read as, as if nothing were done (F122-01).
    arrests: int = 0
    open_cases: int = 0
    remedies: dict[str, Counter] = field(default_factory=dict)
    # People, remedy by remedy: the clients whose newest screening finds it eligible now or on a
    # later day, for any case or count, as the window's Remedy filter and `clinic-app list
    # --remedy` list them.  `remedies` counts convictions (or cases): "Prop 47 eligible 31" was
    # checked against the list's 25 clients, and no count of the people it can help was given
    # (F109-02).
    remedy_people: Counter = field(default_factory=Counter)
    as_of_dates: Counter = field(default_factory=Counter)
    rules_versions: Counter = field(default_factory=Counter)
    # Of the clients eligible on a later date or blocked for now, how many wait for each thing
    # (checklist.waiting_for of their outstanding labels), a client under each of theirs; and
    # how many have nothing left to do, a waiting period only: "Eligible on a later date 35"
    # said not why, which a funder asks (F122-04).
    waiting_for: Counter = field(default_factory=Counter)
    waiting_only: int = 0
    # The whole caseload's people, clinic event by clinic event (Repository.event_counts), or
    # None for an event's report: a funder asks at which events people were served, and the
    # director ran the report once for each event to say it (F122-05).
    events: dict[str, int] | None = None


class ListedClient(Protocol):
    """What a report reads of a client's caseload-list line (the repository's ClientRow)."""

    language: str
    best: str | None
    needs_review: bool
    automatic_only: bool  # ClientSummary.automatic_only, as stored on the line
    file_on: date | None  # ClientSummary.file_on: a petition's day after that automatic relief
    court: CourtLine | None  # ClientSummary.court: where the petitions filed stand (P53)
    best_date: date | None  # the day of an "eligible on" or "blocked until" best outcome
    # What tells a line listed under "Cases still to enter" but not "Needs review"
    # (clinic_app.summary.line_listed_under, N61-01).
    case_count: int | None  # read where the best outcome needs review or is nothing available (G63-05), or none (F109-01)
    outstanding: Sequence[str]
    awaiting_review: bool
    attorney_answers: bool


class CountedScreening(NamedTuple):
    """What a report reads of a stored screening: its day, its rules, and of each determination
    (case, conviction or None, remedy, status), without its reasons and steps: a whole
    Screening made for each of 100,000 clients took the report 21 s (P29B-04)."""

    as_of: date
    rules_version: str
    results: list[Sequence]  # each (case, conviction or None, remedy, status)


def build_report(event: str | None, clients: Iterable[tuple[ListedClient, Screening | CountedScreening | None]], *,
                 today: date, duplicates: Iterable[Collection[int]] = (), petitions: Counter | None = None,
                 by_relief: Counter | None = None, cases: Counter | None = None,
                 period: tuple[date, date] | None = None, events: dict[str, int] | None = None,
                 clinic: str | None = None, added: Counter | None = None, language: str | None = None,
                 awaiting_at_end: int | None = None) -> Report:
    """Count `clients`, each given as (its caseload-list line, its newest screening or None),
    on `today` (the window's day, or `clinic-app report --as-of`): the hearings to come are
    those from it on.  `duplicates`: the ids of their possible duplicates, person by person
    (Repository.people_sharing), said beside the people: how many records, and how many of
    them a person's second (F109-03); `petitions`: the petitions
    filed by ruling (Repository.petitions_filed), and `by_relief` by relief and ruling
    (Repository.petitions_by_relief), of `period`'s days only when it is given; `cases`:
    the cases of the clients screened, by how each ended (Repository.cases_screened);
    `events`: the people of each clinic event (Repository.event_counts), for the whole caseload's;
    `clinic`: the clinic's name, for the report's head; `added`: the clients added in `period`,
    by language (Repository.clients_added); `language`: the handout language `clients` are all
    of, where the report is of one (said in its head); `awaiting_at_end`: the petitions
    awaiting a ruling on `period`'s last day, whenever filed (Repository.petitions_awaiting_at_end)."""
    sizes = [len(person) for person in duplicates]
    ended = Counter(cases or {})
    report = Report(event=event, language=language, awaiting_at_end=awaiting_at_end, counted_on=today, clinic=clinic,
                    possible_duplicates=sum(sizes),
                    people_counted_twice=sum(sizes) - len(sizes), petitions=Counter(petitions or {}),
                    by_relief=Counter(by_relief or {}), period=period, events=events,
                    added=None if added is None else Counter(added),
                    arrests=sum(n for outcome, n in ended.items() if outcome not in ("convicted", "pending")),
                    open_cases=ended.get("pending", 0))
    statuses: Counter = Counter()  # (remedy, status): counted in one C call per client
    for client, screening in clients:
        report.clients += 1
        report.languages[client.language] += 1
        report.outcomes[client.best if screening is not None else None] += 1
        # Any result the attorney's to review, reviewed or not: not the rows that wait for a
        # case's counts to be typed, nothing to review yet (N61-01), which the window's
        # "Attorney review" leaves out too; the note below put the gap down to reviews (R61-03).
        report.needs_review += bool(client.needs_review and (client.awaiting_review or client.attorney_answers))
        report.awaiting_review += awaits_attorney(client)
        if screening is None:
            report.not_screened_to_enter += line_listed_under(TO_ENTER_OUTCOME, client)
            continue
        report.screened += 1
        report.as_of_dates[screening.as_of] += 1
        report.rules_versions[screening.rules_version] += 1
        if isinstance(screening, CountedScreening):
            results = screening.results
        else:
            results = [(d.case, d.conviction, d.remedy, d.status) for d in screening.results]
        automatic_now = client.best == "eligible_now" and automatic_only([(remedy, status) for _c, _v, remedy, status in results])
        if automatic_now:
            report.eligible_now_automatic += 1
            report.eligible_now_petition_later += client.file_on is not None
        # A later day's relief is told by the dates, which a counted screening leaves out:
        # read off the line, where the summary (or migration m007) put it.
        report.eligible_later_automatic += client.best == "eligible_on" and client.automatic_only
        # As the window's Outcome filter and `clinic-app list --outcome needs_review` ask (R61-01).
        report.needs_review_to_type += client.best == "needs_review" and not line_listed_under("needs_review", client)
        report.nothing_to_enter += client.best == "nothing_available" and line_listed_under(TO_ENTER_OUTCOME, client)
        report.eligible_later_petition_later += client.best == "eligible_on" and client.automatic_only and client.file_on is not None
        if client.court is not None:
            report.court[client.court.state] += client.court.state is not None
            report.denied_reviewed += client.court.state == "denied" and client.court.reviewed_on is not None
            beside = client.court.state is None and client.court.denied
            # A 17(b) denied and left to the attorney, where no other denial counts the client (K153-02).
            weighed = client.court.state is None and not client.court.denied and client.court.denied_under_review
            # Or beside petitions awaiting the court, "Filed ...; awaiting ruling; denied ..." (K155-01).
            weighed_awaited = client.court.state == "filed" and client.court.denied_under_review
            if weighed_awaited:
                report.filed_also_denied += 1
                report.denied_under_review[client.best] += 1
                report.denied_under_review_reviewed[client.best] += client.court.reviewed_on is not None
            # Beside a filing only where there is one to make: automatic relief only has none, and
            # a Prop 47 denied beside it read "beside a filing to make" under "none to file" (R176-03).
            filing = client.best == "eligible_now" and not automatic_now
            if weighed and not filing:
                report.denied_under_review[client.best] += 1
                report.denied_under_review_reviewed[client.best] += client.court.reviewed_on is not None
            beside = beside or (weighed and filing)
            report.denied_beside_filing += beside
            report.denied_beside_filing_reviewed += beside and client.court.reviewed_on is not None
            report.hearings_to_come += bool(hearings_coming(client.court, today))
            report.hearings_held += bool(hearings_held(client.court, today))
        if client.best in WAITING_OUTCOMES:
            waits = {waiting_for(label) for label in client.outstanding}
            report.waiting_for.update(waits)
            report.waiting_only += not waits
        awaited = day_awaited(client.best, client.best_date)  # as the window's CaseloadModel.dates_come
        report.dates_come += awaited is not None and awaited <= today
        report.convictions += len({(case, conviction) for case, conviction, _remedy, _status in results if conviction is not None})
        statuses.update((remedy, status) for _case, _conviction, remedy, status in results if status != "not_applicable")
        report.remedy_people.update({remedy for _case, _conviction, remedy, status in results if status in REMEDY_OPEN})
    for (remedy, status), n in statuses.items():  # in the order first met, as counted one by one
        report.remedies.setdefault(remedy, Counter())[status] = n
    return report


def _remedy_order(report: Report) -> list[str]:
    known = [r.key for r in REMEDIES if r.key in report.remedies]
    return known + sorted(set(report.remedies) - set(known))


# The remedies screened case by case, not count by count (a result naming no conviction): the
# table's header said "or cases for case-level remedies" and named none (F109-04).
BY_CASE = frozenset(r.key for r in REMEDIES if r.scope == "case")


def table_title(key: str) -> str:
    """A remedy's title in the table, said "by case" where its counts are cases."""
    return f"{remedy_title(key)}, by case" if key in BY_CASE else remedy_title(key)


def report_text(report: Report, *, narrow: bool = False, width: int | None = None, command: str | None = None) -> str:
    """The report as a page of plain text for a terminal or an e-mail.

    `narrow`: each remedy's counts on the line under its title, not beside it, so no line of
    a table is wider than 72 characters (the counts beside a title take 134): a window 853
    pixels wide (1280 at 150%) showed the report scrolling sideways (W28-01).

    `width` (a terminal's, or COLUMNS): no line wider, where it can be helped: the remedy
    table narrow where it is wider, its counts' columns as wide as their words where even 72
    is, and a longer line wrapped under its indent (J59-05: the table was 134 columns at any
    terminal, and the terminal broke it mid-word).  None: as it always was.

    `command` (`clinic-app report`): the people each remedy can help are said with the
    command that lists them, `command` (`clinic-app list` on the run's caseload, its --db) with
    `--remedy KEY`, each remedy's KEY after its title: at a terminal no Remedy filter is in
    sight (C113-01).  The window keeps its words."""
    if width is not None:
        wide = report_text(report, narrow=narrow, command=command)
        if max(map(len, wide.splitlines()), default=0) <= width:
            return wide
        narrow = True
    else:
        width = 0
    title = f"Clinic event: {report.event}" if report.event else "Whole caseload"
    title += f": {speakers(report.language)}" if report.language else ""
    lines = [title, "=" * len(title)]
    # Whose and of which day, once the report is saved or sent (C131-03).
    made = f"Counted on {report.counted_on.isoformat()}." if report.counted_on else ""
    # A name that ends its own sentence ("..., Inc.") is given no second period (R136-04).
    clinic = report.clinic if not report.clinic or report.clinic.endswith((".", "!", "?")) else f"{report.clinic}."
    head = f"{clinic or ''} {made}".strip()
    # Wrapped where the report is (a terminal's width): a long name, said whole (J59-05).
    lines += [*(textwrap.wrap(head, width=width, break_long_words=False, break_on_hyphens=False) if width else [head] if head else []), ""]
    if report.period:
        # What the period chooses, and what it does not: the people are the event's (or the
        # caseload's) whenever seen, as last screened (F122-03).
        # A ruling is of its day, and a petition awaits one as on the period's last (R122-02), or
        # on the day counted where that last has not come: a year's report made on 2026-12-07
        # said "none was made by 2026-12-31", as if the year's rulings were in (H399-03).
        said = (f"Petitions filed and rulings made: {_days(report.period)}. A ruling is counted whenever its petition "
                f"was filed, and a petition as awaiting one where none was made by {pending_on(report).isoformat()}. "
                f"The people and where they stand: "
                f"{'the event' if report.event else 'the whole caseload'}'s"
                f"{f' {speakers(report.language)}' if report.language else ''}, whenever seen, as last screened; "
                f"those added in the period, an import on its day, are said under People.")
        lines += [*textwrap.wrap(said, width=min(width or 72, 72), break_long_words=False, break_on_hyphens=False), ""]
        if _nothing_in_the_period(report):
            # Said first, in words: a month of no work read as a page of zeros and of the whole
            # caseload's counts, to be searched for what the month held (T140-05).
            nothing = (f"Nothing in {_days(report.period)}: nobody was added to the caseload, no petition was filed "
                       "and no ruling made.")
            lines += [*textwrap.wrap(nothing, width=min(width or 72, 72), break_long_words=False, break_on_hyphens=False), ""]
    lines.append(f"People: {report.clients:,}   screened: {report.screened:,}")
    if added_in_period(report) is not None:
        lines += _added_lines(report, width)
    if report.screened:
        # Each kind of record said by its name: an arrest sealed is the work as much as a
        # conviction dismissed, and a caseload of arrests read "convictions screened: 0" (F122-01).
        records = [count(report.convictions, "conviction"), count(report.arrests, "arrest") + " with no conviction"]
        if report.open_cases:
            records.append(count(report.open_cases, "open case"))
        lines.append(f"Screened: {', '.join(records)}")
    if report.possible_duplicates:
        # Said where the people are, or a funder's "people served" counted one person twice.
        n = report.possible_duplicates
        said = (f"of them, {n:,} record{'s' if n != 1 else ''} possibly of a person with another record, not checked "
                "yet: each counted as a person (and in a language) until merged (the caseload window's \"Possible duplicates\")")
        if report.people_counted_twice:
            # One less for each pair, not two: the records above taken off whole read too few (F109-03).
            # "1 fewer people" where one pair was counted, the commonest case (C111-01).
            said += f"; as many as {count(report.people_counted_twice, 'fewer person', 'fewer people')}"
        lines += textwrap.wrap(said, width=min(width or 72, 72), initial_indent="  ", subsequent_indent="  ",
                               break_long_words=False, break_on_hyphens=False)
    if report.as_of_dates:
        lines.append(f"Screened as of: {_screened_as_of(report)}")
    if report.rules_versions:
        lines.append(f"Rules: {_rules_said(report)}")
    if report.dates_come and report.counted_on is not None:
        n, day = report.dates_come, report.counted_on.isoformat()
        # The report's day, not "today's": `report --as-of` a month on is about that day, and a
        # re-screen for today would not give its answers (W102-01).
        said = (f"Dates come: {count(n, 'client')} whose date (eligible on, or blocked until) has come by "
                f"{day} {'is' if n == 1 else 'are'} counted below as screened: re-screen as of {day} for that day's answers")
        lines += textwrap.wrap(said, width=min(width or 72, 72), subsequent_indent="  ",
                               break_long_words=False, break_on_hyphens=False)
    if not any((report.clients, report.outcomes, report.languages, report.remedies, report.petitions,
                report.hearings_to_come, report.hearings_held, report.needs_review)):
        # A new caseload's first report said "Where people stand" over one line of 0 and
        # "Languages:" over none, headings of nothing (C111-05).
        return _page([*lines, "", "No client is in the caseload yet: nothing to count."], width)
    lines += ["", "Where people stand (best outcome of each):"]
    for key, words in OUTCOME_WORDS.items():
        if report.outcomes.get(key):
            lines.append(f"  {words:<30} {report.outcomes[key]:>6,}")
        lines += [f"    {words:<28} {n:>6,}" for of, words, n in outcome_parts(report) if of == key and n]
        if key != "eligible_now" and report.denied_under_review.get(key):
            # A 17(b) denied, left to the attorney: in the line's words, as the queue lists it (K153-02).
            reviewed = report.denied_under_review_reviewed.get(key, 0)
            if report.denied_under_review[key] > reviewed:
                lines.append(f"    {COURT_WORDS['denied']:<28} {report.denied_under_review[key] - reviewed:>6,}")
            if reviewed:
                lines.append(f"    {DENIED_REVIEWED:<28} {reviewed:>6,}")
        if key == "eligible_now":
            # Filed, or ruled on (P53): no longer petitions to prepare, and the ruling to act on.
            # A denial beside a petition still to file is counted with the other denials, the
            # one to review said apart under them: the client is on the attorney's queue too.
            beside = report.denied_beside_filing - report.denied_beside_filing_reviewed
            # A 17(b) denied beside petitions awaiting the court (K155-01): a denial as the others.
            awaited, awaited_reviewed = report.denied_under_review.get(key, 0), report.denied_under_review_reviewed.get(key, 0)
            reviewed = report.denied_reviewed + report.denied_beside_filing_reviewed + awaited_reviewed
            for state, words in COURT_WORDS.items():
                n = report.court.get(state, 0) - (report.denied_reviewed - beside - awaited + awaited_reviewed
                                                  if state == "denied" else 0)
                if n:
                    lines.append(f"    {words:<28} {n:>6,}")
                if state == "filed" and report.filed_also_denied:
                    lines.append(f"      {FILED_ALSO_DENIED:<26} {report.filed_also_denied:>6,}")
                if state == "denied" and beside:
                    lines.append(f"      {DENIED_BESIDE_FILING:<26} {beside:>6,}")
                if state == "denied" and reviewed:
                    lines.append(f"    {DENIED_REVIEWED:<28} {reviewed:>6,}")
    if report.hearings_to_come:
        # The day they are to come from, the report's (--as-of): the JSON said it (counted_on),
        # the text did not, and a report made for a month back read as today's (C57-01).
        day = f"  (on or after {report.counted_on.isoformat()})" if report.counted_on else ""
        lines.append(f"  {'(with a hearing to come)':<30} {report.hearings_to_come:>6,}{day}")
    if report.hearings_held:
        # Counted as awaiting the court above, each listed "Hearing ... held: record the ruling"
        # as today's work: the report said 75 awaiting the court, 51 of them such (H351-03).
        day = f"  (before {report.counted_on.isoformat()})" if report.counted_on else ""
        lines.append(f"  {HEARING_HELD:<30} {report.hearings_held:>6,}{day}")
    lines.append(f"  {'(with any result to review)':<30} {report.needs_review:>6,}")
    # Three review numbers a paralegal compares (A38's report): "Needs an attorney's review"
    # above is a best outcome; this line, any result, reviewed or not; the caseload window's
    # "Attorney review" count, those still waiting. Said, or 30 and 2,558 read as a mistake.
    # "The list's" read indirectly from `clinic-app report` at a terminal, where no list is in
    # sight: the window is named.
    # The window's count, on the line below, also counts a client with only a court's denial to
    # review: it can be the larger number, and read as a part of this one it looked wrong (K164-02).
    note = ("(any best outcome, reviewed or not; the caseload window's",
            "\"Attorney review\" count, below, also counts court denials to review)")
    if width and max(4 + len(part) for part in note) > width:
        # One paragraph, filled again as one: its two lines cut one by one left "window's"
        # alone on a line of its own at 60 columns (M60-01).
        lines += textwrap.wrap(" ".join(note), width=width, initial_indent="    ", subsequent_indent="    ",
                               break_long_words=False, break_on_hyphens=False)
    else:
        lines += [f"    {part}" for part in note]
    # Its words are longer than the column's 30: said whole after them, its number stood 16
    # places right of the column above it (S165-03).  Cut between words as _titled_counts cuts
    # a long title, the number on its last line, in the column (a space and six places).
    lines += _title_and_number(AWAITING_REVIEW, report.awaiting_review, 30, 7)
    lines += _waiting_lines(report)
    if report.petitions or report.period:
        # Petitions, not people: one client may have several (a case each, or a remedy each).
        # A period's are said where none was filed or ruled on in it: its top line names them,
        # and a quarter of none read as a report that had not counted them (R122-01).
        p = report.petitions
        days = f" {_days(report.period)}" if report.period else ""
        # The period's days leave no room for "petitions, not people" at 80 columns.
        of = f" ({'' if days else 'petitions, not people; '}of {count(p['clients'], 'client')})" if p["clients"] else ""
        lines += ["", f"Petitions filed{days}: {petitions_filed(report):,}{of}"]
        for key, words in PETITION_WORDS.items():
            if key == "granted" and report.period:
                # A ruling counted in the days it was made, whenever its petition was filed.
                lines.append(f"  Rulings made{days}:")
            lines.append(f"  {words:<30} {p.get(key, 0):>6,}")
        if (pending := pending_at_end(report)) is not None:
            (awaiting, n), (before, m) = pending[1]
            lines += [f"  {pending[0]}:", f"  {awaiting:<30} {n:>6,}", f"    {before:<28} {m:>6,}"]
        lines += _by_relief_lines(report, narrow=narrow, width=width)
    if report.events:
        # Event names are the clinic's, not a client's: said whole, largest first.
        rows = sorted(report.events.items(), key=lambda item: (-item[1], item[0]))
        unnamed = report.clients - sum(report.events.values())
        lines += ["", "People by clinic event:", *_titled_counts(rows + ([("(no event given)", unnamed)] if unnamed else []), width)]
    lines += ["", "Languages:"]
    for language, n in sorted(report.languages.items(), key=lambda item: (-item[1], item[0])):
        lines.append(f"  {LANGUAGE_NAMES.get(language, language):<30} {n:>6,}")
    if report.remedies:
        # The column fits the longest title: cut at 62 characters, PC 1203.49's read
        # "... conviction (PC 1203.4", another remedy's statute (oracle finding O23-07).
        order = _remedy_order(report)
        title_room = max(len("Remedy"), *(len(table_title(key)) for key in order)) + 2
        title_room = 0 if narrow else title_room
        rooms = [14] * len(STATUS_ORDER)
        if width and 2 + sum(rooms) > width:
            # Each count's column as wide as its heading (or its widest number), one space between.
            rooms = [1 + max(len(s.replace("_", " ")), *(len(f"{report.remedies[key].get(s, 0):,}") for key in order))
                     for s in STATUS_ORDER]
        statuses = "".join(f"{s.replace('_', ' '):>{room}}" for s, room in zip(STATUS_ORDER, rooms))
        header = ["  Remedy", f"  {statuses}"] if narrow else [f"  {'Remedy':<{title_room}}{statuses}"]
        lines += ["", "Remedy by remedy (convictions; cases where a title says \"by case\"):", *header]
        for key in order:
            counts = report.remedies[key]
            numbers = "".join(f"{counts.get(s, 0):>{room},}" for s, room in zip(STATUS_ORDER, rooms))
            lines += [f"  {table_title(key)}", f"  {numbers}"] if narrow else [f"  {table_title(key):<{title_room}}{numbers}"]
    if report.remedies:
        # People, not convictions: as many as the window's Remedy filter lists (F109-02).
        order = _remedy_order(report)
        titles = {key: f"{remedy_title(key)}: {key}" if command else remedy_title(key) for key in order}
        if command:
            # A line of its own, so no terminal cuts the command in two.
            event = f" --event {typed_word(report.event, posix=quoted)}" if report.event else ""
            event += f" --language {report.language}" if report.language else ""
            lines += ["", "People each remedy can help, now or later:",
                      f"  (each listed by {kept_whole(command + event)} --remedy KEY, its KEY after its title)"]
        else:
            lines += ["", "People each remedy can help, now or later (as the Remedy filter lists):"]
        shorter = {titles[key]: _title_by_key(key) for key in order} if command else {}
        lines += _titled_counts([(titles[key], report.remedy_people.get(key, 0)) for key in order], width, shorter)
    return _page(lines, width)


def outcome_parts(report: Report) -> list[tuple[str | None, str, int]]:
    """The counts the text says under a best outcome (its key, the words, the number, 0 where
    none): the text's lines and the spreadsheet's rows (C160-01)."""
    automatic, later = report.eligible_now_automatic, report.eligible_now_petition_later
    automatic_later, later_later = report.eligible_later_automatic, report.eligible_later_petition_later
    return [
        # "Eligible now" alone read as that many petitions to prepare (N47), and so did
        # "Eligible on a later date" as petitions to come (A48); automatic relief first, then a
        # petition to file, is not "none to file" (J50, L51).
        ("eligible_now", "automatic only, none to file", max(automatic - later, 0)),
        ("eligible_now", "automatic, a petition later", later),
        ("eligible_on", "automatic only, none to file", max(automatic_later - later_later, 0)),
        ("eligible_on", "automatic, a petition later", later_later),
        # Their Next action is "Enter the convictions", the paralegal's: the window lists them
        # under "Cases still to enter", not "Needs review" (N61-01, R61-01).
        ("needs_review", "convictions still to type", report.needs_review_to_type),
        # Nothing screened, not nothing found: the window's "Cases still to enter" (G63-05).
        ("nothing_available", "no case entered yet", report.nothing_to_enter),
        # Named as the window's Outcome filter that lists them (F109-01).
        (None, "cases still to enter", report.not_screened_to_enter),
    ]


def _titled_counts(rows: list[tuple[str, int]], width: int, shorter: dict[str, str] | None = None) -> list[str]:
    """Each (title, number) on a line, the numbers in a column at the right: where that is
    wider than `width`, each number on its title's last line, the title cut between words
    before it (cut by the terminal-wide wrap, "1203.4a) 12" and a lone "123" under the next
    title read as other columns at 60: C111-02), the column as wide as its widest number, a
    space before it (at 80 a column of six cut "... (PC 1203.4a): pc1203_4a" before its KEY:
    S118-03).  A title too long for its line is said as `shorter` says it, only where that then
    reads whole: cut in two anyway, every word is kept (W122-01)."""
    room, numbers = max(len(title) for title, _n in rows) + 2, 6
    if width and 2 + room + numbers > width:
        numbers = 1 + max(len(f"{n:,}") for _title, n in rows)
        room = max(width - 2 - numbers, 12)
        rows = [(short if len(title) > room >= len(short := (shorter or {}).get(title, title)) else title, n)
                for title, n in rows]
    return [line for title, n in rows for line in _title_and_number(title, n, room, numbers)]


def _title_and_number(title: str, n: int, room: int, numbers: int) -> list[str]:
    """`title` cut between words to `room`, its number in a column `numbers` wide on its last line."""
    parts = textwrap.wrap(title, width=room, subsequent_indent="  ", break_long_words=False, break_on_hyphens=False)
    return [f"  {part}" for part in parts[:-1]] + [f"  {parts[-1]:<{room}}{n:>{numbers},}"]


def speakers(language: str) -> str:
    """Whose report it is, of a handout language's clients: "Spanish speakers" (F312-02); its
    head, the window's title, its progress and what is said once counted alike."""
    return f"{LANGUAGE_NAMES.get(language, language)} speakers"


def _screened_as_of(report: Report) -> str:
    """The days the stored screenings speak for: one, or the first to the last."""
    dates = sorted(report.as_of_dates)
    return dates[0].isoformat() if len(dates) == 1 else f"{dates[0].isoformat()} to {dates[-1].isoformat()}"


def _rules_said(report: Report, *, grouped: bool = True) -> str:
    """The rules versions of the screenings counted, with how many of each, and where they are
    not the program's, that a re-screen gives today's answers: counts from several rules
    versions are not one picture (store check S18-13).  `grouped`: "(5,000)" as the text's
    other numbers, else "(5000)", a spreadsheet's."""
    by = ", ".join(f"{version} ({n:,})" if grouped else f"{version} ({n})" for version, n in sorted(report.rules_versions.items()))
    now = "" if set(report.rules_versions) == {RULES_VERSION} else f"; this program's rules are {RULES_VERSION}: re-screen for today's answers"
    return f"{by}{now}"


def added_in_period(report: Report) -> int | None:
    """How many of the report's clients were added to the caseload in its period (T140-01); None
    where the report has no period, or was built without the count (`build_report`'s `added`)."""
    return sum(report.added.values()) if report.added is not None and report.period else None


def _nothing_in_the_period(report: Report) -> bool:
    """Whether the report's period holds no client added, no petition filed and no ruling made."""
    rulings = sum(report.petitions.get(key, 0) for key in PETITION_WORDS if key is not None)
    return added_in_period(report) == 0 and not petitions_filed(report) and not rulings


def _added_lines(report: Report, width: int) -> list[str]:
    """The people added to the caseload in the report's period, by language (T140-01): "none"
    where nobody was, said so rather than a 0 a funder reads as not counted."""
    n = added_in_period(report)
    languages = sorted(report.added.items(), key=lambda item: (-item[1], item[0]))
    by = f" ({', '.join(f'{LANGUAGE_NAMES.get(language, language)} {k:,}' for language, k in languages)})" if n else ""
    said = f"of them, added to the caseload {_days(report.period)}: {count(n, 'person', 'people') if n else 'none'}{by}"
    return textwrap.wrap(said, width=min(width or 72, 72), initial_indent="  ", subsequent_indent="    ",
                         break_long_words=False, break_on_hyphens=False)


def _waiting_lines(report: Report) -> list[str]:
    """What the clients eligible on a later date or blocked for now still wait for, the
    commonest first, and those with a waiting period only (F122-04)."""
    waiting = waiting_clients(report)
    if not waiting:
        return []
    lines = ["", f"Still waiting (eligible on a later date, or blocked for now): {count(waiting, 'client')}",
             "  What they wait for (a client may be counted under more than one):"]
    lines += [f"    {words:<28} {n:>6,}" for words, n in waited_for(report)]
    return lines


def waiting_clients(report: Report) -> int:
    """The clients eligible on a later date or blocked for now: those still waiting."""
    return sum(report.outcomes.get(key, 0) for key in WAITING_OUTCOMES)


def waited_for(report: Report) -> list[tuple[str, int]]:
    """What the clients still waiting wait for, in the text's words, the commonest first, then
    those with a waiting period only; the text and the spreadsheet say the same (S154-05)."""
    said = sorted(report.waiting_for.items(), key=lambda item: (-item[1], item[0]))
    return said + ([("a waiting period only", report.waiting_only)] if report.waiting_only else [])


# The columns of the petitions by relief: filed, of them awaiting a ruling, then the rulings.
RELIEF_COLUMNS = ("filed", "awaiting", "granted", "denied", "withdrawn")


def periods_offered(today: date) -> list[tuple[str, tuple[date, date] | None]]:
    """The periods the window's report offers for its petitions and rulings, named, from
    `today`: all, this quarter and the last (a funder's), this month and the last (F122-06), this
    year and the last: a year-end report's to a funder could be typed at a terminal only (H399-02)."""
    from clinic_app.probation_ended import month, whole_year

    quarter_start = month(today, (today.month - 1) % 3)[0]
    this_quarter = (quarter_start, month(quarter_start, -2)[1])
    last_quarter = (month(quarter_start, 3)[0], month(quarter_start, 1)[1])
    return [("All petitions and rulings", None),
            (f"This quarter ({_days(this_quarter)})", this_quarter), (f"Last quarter ({_days(last_quarter)})", last_quarter),
            (f"This month ({_days(month(today))})", month(today)), (f"Last month ({_days(month(today, 1))})", month(today, 1)),
            *((f"{words} ({_days(days)})", days) for words, days in (("This year", whole_year(today.year)),
                                                                      ("Last year", whole_year(today.year - 1))))]


def court_counts(report: Report) -> list[tuple[str, int]]:
    """The clients by where the court stands, over every best outcome, as the text's lines under
    them add up: filed, denied and to review (those all filed, those beside a filing to make, a
    17(b) left to the attorney), denied and reviewed, granted.  The spreadsheet said none of
    them, so a denial counted nowhere in it (K153-02).  Of those filed, the ones counted under a
    denial too (R156-01)."""
    reviewed = report.denied_reviewed + report.denied_beside_filing_reviewed + sum(report.denied_under_review_reviewed.values())
    denied = report.court.get("denied", 0) + report.denied_beside_filing + sum(report.denied_under_review.values())
    return [(COURT_WORDS["filed"], report.court.get("filed", 0)),
            (f"{COURT_WORDS['filed']}: {FILED_ALSO_DENIED}", report.filed_also_denied),  # R156-01
            (COURT_WORDS["denied"], denied - reviewed),
            (DENIED_REVIEWED, reviewed), (COURT_WORDS["granted"], report.court.get("granted", 0))]


def petitions_filed(report: Report) -> int:
    """The petitions filed (in the report's period where it has one)."""
    p = report.petitions
    return p["filed"] if "filed" in p else sum(n for k, n in p.items() if k != "clients")


def pending_on(report: Report) -> date | None:
    """The day the petitions pending at the period's end are said as of: its last day where that
    has come by the day counted, else the day counted.  "This quarter" on 2026-12-07 said them
    "Pending on 2026-12-31", a day not come, of a count made that day (K322-01)."""
    if report.period is None:
        return None
    last = report.period[1]
    return last if report.counted_on is None else min(last, report.counted_on)


def pending_at_end(report: Report) -> tuple[str, list[tuple[str, int]]] | None:
    """("Pending on 2026-12-31, whenever filed", [("awaiting the court's ruling", 322), ("filed
    before 2026-10-01", 127)]): the petitions awaiting a ruling on the period's last day (said on
    `pending_on`), and of them those filed before it, or None without a period.  The period's own "awaiting the
    court's ruling" counts its filings alone (F312-03)."""
    if report.period is None or report.awaiting_at_end is None:
        return None
    before = report.awaiting_at_end - report.petitions.get(None, 0)
    return (f"Pending on {pending_on(report).isoformat()}, whenever filed",
            [(PETITION_WORDS[None], report.awaiting_at_end), (f"filed before {report.period[0].isoformat()}", before)])


def petitions_said(report: Report) -> str:
    """The petitions and rulings the report counts, as one sentence for a screen reader, those
    pending on its period's last day, and the people added in it: the window's period box
    changes them in the text, away from the focus (A125-01)."""
    p = report.petitions
    days = f" {_days(report.period)}" if report.period else ""
    awaiting, *ruled = (f"{words} {p.get(key, 0):,}" for key, words in PETITION_WORDS.items())
    rulings = f"rulings made{days}" if report.period else "rulings"
    # The petitions pending on the period's last day, whenever filed: the funder's "pending",
    # which the text shows under the rulings and a screen-reader user choosing a quarter did not
    # hear (R318-02).
    pending = "" if (end := pending_at_end(report)) is None else f" {end[0]}: {', '.join(f'{w} {n:,}' for w, n in end[1])}."
    # And the people added then, which the period changes too (T140-01).
    added = "" if (n := added_in_period(report)) is None else f" Added to the caseload{days}: {n:,}."
    return f"Petitions filed{days}: {petitions_filed(report):,}, {awaiting}; {rulings}: {', '.join(ruled)}.{pending}{added}"


def period_in_a_name(period: tuple[date, date]) -> str:
    """`period` as a file's name says it: "2026-11" for a whole month, "2026-Q4" for a whole
    quarter, "2026" for a whole year (H399-01), else its first and last day
    ("2026-10-15-to-2026-11-14"), a day alone once."""
    from clinic_app.probation_ended import month, whole_year

    first, last = period
    if (first, last) == month(first):
        return first.strftime("%Y-%m")
    if first.day == 1 and first.month % 3 == 1 and last == month(first, -2)[1]:
        return f"{first.year}-Q{first.month // 3 + 1}"
    if (first, last) == whole_year(first.year):
        return str(first.year)
    return first.isoformat() if first == last else f"{first.isoformat()}-to-{last.isoformat()}"


def _days(period: tuple[date, date]) -> str:
    return f"{period[0].isoformat()} to {period[1].isoformat()}"


def petitions_of_relief(report: Report) -> dict[str, dict[str, int]]:
    """Each relief petitioned for, in the registry's order: its petitions filed and how many
    of them await a ruling, and the rulings granted, denied or withdrawn (F122-02)."""
    keys = {remedy for remedy, _column in report.by_relief}
    order = [r.key for r in REMEDIES if r.key in keys] + sorted(keys - {r.key for r in REMEDIES})
    return {remedy: {column: report.by_relief.get((remedy, column), 0) for column in RELIEF_COLUMNS} for remedy in order}


def _by_relief_lines(report: Report, *, narrow: bool = False, width: int = 0) -> list[str]:
    """The petitions filed relief by relief, under their rulings' totals, each relief by its
    short name so a row fits 80 columns (its counts on the line under it where `narrow` and
    that is wider than `width`, or 72, as the remedy table's); and the arrests sealed, said in
    a funder's words."""
    table = petitions_of_relief(report)
    if not table:
        return []
    room = max(len("By relief asked for"), *(len(short_name(key)) for key in table)) + 2
    widths = [max(len(name), 5) + 1 for name in RELIEF_COLUMNS]
    room = 0 if narrow and 2 + room + sum(widths) > (width or 72) else room

    def row(title: str, cells: Iterable) -> list[str]:
        numbers = "".join(f"{cell:>{w},}" if isinstance(cell, int) else f"{cell:>{w}}" for cell, w in zip(cells, widths))
        return [f"  {title:<{room}}{numbers}"] if room else [f"  {title}", f"  {numbers}"]

    lines = row("By relief asked for", RELIEF_COLUMNS)
    for key, counts in table.items():
        lines += row(short_name(key), (counts[name] for name in RELIEF_COLUMNS))
    if (sealed := arrests_sealed(report)) is not None:
        lines.append(f"  {sealed[0]}: {sealed[1]:,}")
    return lines


def arrests_sealed(report: Report) -> tuple[str, int] | None:
    """What PC 851.91 grants, the arrests sealed, as the court's order says it (a petition is of
    one case), in a funder's words and counted: ("Arrests sealed (PC 851.91 petitions granted
    2026-10-01 to 2026-12-31)", 1); None where no such petition is counted.  The text's line
    under its relief table and the CSV's row (K148-05)."""
    if "pc851_91" not in (table := petitions_of_relief(report)):
        return None
    days = f" {_days(report.period)}" if report.period else ""
    return f"Arrests sealed (PC 851.91 petitions granted{days})", table["pc851_91"]["granted"]


def _title_by_key(key: str) -> str:
    """A remedy's title with its KEY, said without the statute where the KEY spells it: "Relief
    for a trafficking victim's 647(b) conviction: pc1203_49", where the whole title and its
    KEY (75 characters) left a terminal 80 wide no room for a count of three digits, and the
    row went on two lines (W122-01).  A KEY that does not spell it keeps the statute
    ("prop47" is not HS 11361.8)."""
    statute = remedy_statute(key)
    if statute.lower().replace(" ", "").replace(".", "_") != key:
        return f"{remedy_title(key)}: {key}"
    return f"{remedy_title(key).removesuffix(f' ({statute})')}: {key}"


def _page(lines: list[str], width: int) -> str:
    """The report's `lines`, its closing line after them, each fitted to `width` (0: as they are)."""
    lines = [*lines, "", "Counts only: no client is named. Screening results, not legal advice."]
    if width:
        lines = [fitted for line in lines for fitted in _wrapped(line, width)]
    return "\n".join(lines).replace(_KEEP, " ") + "\n"



def _wrapped(line: str, width: int) -> list[str]:
    """`line` as it is where it fits `width`, else cut between words, each further line
    indented two more than it (a remedy's long title, the rules of a mixed caseload)."""
    if len(line) <= width:
        return [line]
    indent = " " * (len(line) - len(line.lstrip()))
    return textwrap.wrap(line.strip(), width=width, initial_indent=indent, subsequent_indent=indent + "  ",
                         break_long_words=False, break_on_hyphens=False) or [line]


def report_json(report: Report) -> str:
    """The report as one JSON object (for a spreadsheet or a funder's form)."""

    def plain(counter: Counter) -> dict:
        return {("not_screened" if k is None else k.isoformat() if isinstance(k, date) else k): v for k, v in counter.items()}

    return json.dumps(
        {
            "event": report.event,
            # The handout language whose clients alone are counted (report --language), or null.
            "language": report.language,
            "clients": report.clients,
            "screened": report.screened,
            # Of `clients`, records the window lists under "Possible duplicates", each counted
            # as a person until merged (G63-01).
            "possible_duplicates": report.possible_duplicates,
            # Of them, a person's second (or third) record: the people may be so many fewer (F109-03).
            "possible_duplicates_people_fewer": report.people_counted_twice,
            "needs_review": report.needs_review,
            "eligible_now_automatic": report.eligible_now_automatic,
            "eligible_later_automatic": report.eligible_later_automatic,
            # Of those just above, with a petition to file after the automatic relief (L51).
            "eligible_now_automatic_petition_later": report.eligible_now_petition_later,
            "eligible_later_automatic_petition_later": report.eligible_later_petition_later,
            # Of outcomes["needs_review"], those with a case's convictions still to type and
            # no answer for the attorney, reviewed or not (R61-01).
            "needs_review_convictions_to_type": report.needs_review_to_type,
            # Of outcomes["nothing_available"], those with no case entered yet (G63-05).
            "nothing_available_no_case_entered": report.nothing_to_enter,
            # Of outcomes["not_screened"], those listed under "Cases still to enter" (F109-01).
            "not_screened_cases_to_enter": report.not_screened_to_enter,
            "convictions": report.convictions,
            # Cases screened that ended in no conviction, and those still open (F122-01).
            "arrests": report.arrests,
            "open_cases": report.open_cases,
            # Clients (not petitions) whose every petition to file now is filed (P53): awaiting
            # the court, denied (every client with a denial, reviewed or not, as before: the
            # text's "denied: attorney to review" is it less the key below, with those beside a
            # filing to make, further below), granted; clients
            # with a hearing to come ("hearings_to_come").
            "petitions": {state: report.court.get(state, 0) for state in COURT_WORDS},
            # Of petitions["denied"], those the attorney has reviewed since the ruling (L63-02):
            # the text's "denied, reviewed by the attorney".
            "petitions_denied_reviewed": report.denied_reviewed,
            # Clients with petitions still to file, one filed denied (not in "petitions"), and
            # of them those reviewed since the ruling: the text's "denied: attorney to review"
            # counts the first less the second too, and "denied, reviewed by attorney" the second.
            "petitions_denied_beside_filing": report.denied_beside_filing,
            "petitions_denied_beside_filing_reviewed": report.denied_beside_filing_reviewed,
            # Clients whose PC 17(b) petition stands denied, the 17(b) left to the attorney, not
            # eligible now or eligible now with the rest filed, awaiting the court (in
            # petitions["filed"] too, K155-01), in no other denial's key (one eligible now with
            # petitions still to file is in the two just above),
            # and of them those reviewed since the ruling: the text's "denied: attorney to review"
            # under their best outcome counts the first less the second, "denied, reviewed by
            # attorney" the second (K153-02).
            "petitions_denied_under_review": sum(report.denied_under_review.values()),
            "petitions_denied_under_review_reviewed": sum(report.denied_under_review_reviewed.values()),
            # Of petitions["filed"], the clients counted in one of the denials above too, a 17(b)
            # denied beside the petitions awaiting the court (K155-01): the text's "also counted
            # as denied" under "filed, awaiting the court" (R156-01).
            "petitions_filed_also_denied": report.filed_also_denied,
            # The petitions themselves, by ruling, and how many clients have one (G63-04).
            "petitions_filed": {"filed": petitions_filed(report),
                                **{key or "awaiting": report.petitions.get(key, 0) for key in PETITION_WORDS},
                                "clients": report.petitions.get("clients", 0)},
            # The petitions by the relief each asks for: filed, awaiting, granted, denied,
            # withdrawn (F122-02); of "pc851_91", "granted" is the arrests sealed.
            "petitions_by_relief": petitions_of_relief(report),
            # The petitions awaiting a ruling on the period's last day, whenever filed, or null
            # without a period, whose "awaiting" counts them all (F312-03).
            "petitions_pending_at_period_end": report.awaiting_at_end if report.period else None,
            # The day they are pending on: the period's last day, or the day counted where that
            # has not come yet (K322-01); null without a period.
            "petitions_pending_on": None if (on := pending_on(report)) is None else on.isoformat(),
            # Of the clients eligible on a later date or blocked, how many wait for each thing,
            # and how many for a waiting period only (F122-04).
            "waiting_for": dict(sorted(report.waiting_for.items(), key=lambda item: (-item[1], item[0]))),
            "waiting_period_only": report.waiting_only,
            # The days of the petitions filed and the rulings made counted (F122-03), or null: all;
            # of a period, "awaiting" are its petitions with no ruling made by its last day (R122-02).
            "period": {"from": report.period[0].isoformat(), "to": report.period[1].isoformat()} if report.period else None,
            # Of `clients`, those added to the caseload in the period, by language, or null
            # without one (T140-01).
            "added_in_period": None if (added := added_in_period(report)) is None else
            {"clients": added, "languages": dict(sorted(report.added.items()))},
            "hearings_to_come": report.hearings_to_come,
            # Clients with a hearing held before counted_on and no ruling entered (H351-03).
            "hearings_held": report.hearings_held,
            # Clients screened eligible on, or blocked until, a day come by counted_on (P101-01).
            "dates_come": report.dates_come,
            "counted_on": report.counted_on.isoformat() if report.counted_on else None,  # the day they are to come from
            "clinic": report.clinic,  # File > Clinic details' name, or null (C131-03)
            "outcomes": plain(report.outcomes),
            "languages": plain(report.languages),
            # The whole caseload's people by clinic event, null in an event's report (F122-05).
            "events": report.events,
            "as_of_dates": plain(report.as_of_dates),
            "rules_versions": plain(report.rules_versions),
            "remedies": {key: dict(report.remedies[key]) for key in _remedy_order(report)},
            # What each remedy's counts above are of (F109-04).
            "remedy_counts_of": {key: "cases" if key in BY_CASE else "convictions" for key in _remedy_order(report)},
            # Clients (not convictions) each remedy can help, now or later, as `list --remedy KEY` lists them (F109-02).
            "remedy_people": {key: report.remedy_people.get(key, 0) for key in _remedy_order(report)},
        },
        ensure_ascii=False,
        indent=1,
    ) + "\n"


# What a spreadsheet reads as a formula at the start of a cell: an event named "+1 Fair" or
# "=Saturday" would be run, not shown (CSV injection), so such a cell is kept as text.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


Cell = TypeVar("Cell")


def kept_as_text(cell: Cell) -> Cell | str:
    """A cell as a spreadsheet should show it: words a spreadsheet would run as a formula ("=1+1",
    "+1 Fair") with a ' first, which keeps them as text; the report's CSV and the caseload list's
    Ctrl+C write their cells so (K255-01).  Numbers, and other words, as they are."""
    return f"'{cell}" if isinstance(cell, str) and cell.startswith(_FORMULA_STARTS) else cell


# Under "(with any result to review)" and its note, the window's "Attorney review" count (S161-03):
# results not reviewed and denials, "(still waiting for review)" read as a part of the line above (K164-02).
AWAITING_REVIEW = "(waiting for the attorney: results or denials)"
WAITING_SECTION = "Still waiting (eligible on a later date, or blocked for now)"
DUPLICATES_SECTION = "Possible duplicates (records counted as people until merged)"


def report_csv(report: Report) -> str:
    """The report as rows of a spreadsheet (T140-02): section, what is counted, number, one count
    a row, the report's head first (clinic, day, period, rules, "no client is named").  Saved
    as text or JSON, a funder's figures had to be typed into the funder's sheet by hand.  It
    starts with a byte-order mark: without one, Excel reads UTF-8 as the Windows code page, and
    an event "Clínica — Pomona" came out "ClÃ­nica â€” Pomona"."""
    rows: list[tuple[str, str, object]] = [("Section", "Counted", "Number")]
    about = [("Clinic", report.clinic or ""), ("Counted on", report.counted_on.isoformat() if report.counted_on else ""),
             ("Clients of", (f"clinic event {report.event}" if report.event else "the whole caseload")
              + (f": {speakers(report.language)}" if report.language else "")),
             ("Petitions and rulings of", _days(report.period) if report.period else "all, whenever filed"),
             ("Screened as of", _screened_as_of(report) if report.as_of_dates else ""),
             ("Rules", _rules_said(report, grouped=False) if report.rules_versions else ""),
             ("Note", "Counts only: no client is named. Screening results, not legal advice.")]
    rows += [("Report", what, said) for what, said in about]
    rows += [("People", "People", report.clients), ("People", "Screened", report.screened)]
    # The text's lines the spreadsheet had none of (C160-01), each a count a row, 0 where none:
    # the records counted as people until merged, and the people fewer they may make (F109-03).
    rows += [(DUPLICATES_SECTION, "Records possibly of a person with another record", report.possible_duplicates),
             (DUPLICATES_SECTION, "People there may be fewer by, as many as", report.people_counted_twice)]
    if (added := added_in_period(report)) is not None:
        days = _days(report.period)
        rows.append(("People", f"Added to the caseload {days}", added))
        rows += [("People", f"Added to the caseload {days}: {LANGUAGE_NAMES.get(language, language)}", n)
                 for language, n in sorted(report.added.items())]
    rows += [("Records screened", "Convictions", report.convictions), ("Records screened", "Arrests with no conviction", report.arrests),
             ("Records screened", "Open cases", report.open_cases)]
    day = report.counted_on.isoformat() if report.counted_on else ""
    # Counted as screened, as the text's "Dates come" says (P101-01).
    rows.append((f"Dates come (counted as screened: re-screen as of {day} for that day's answers)",
                 f"Clients eligible on, or blocked until, a day come by {day}", report.dates_come))
    rows += [("Where people stand (best outcome of each)", words, report.outcomes.get(key, 0)) for key, words in OUTCOME_WORDS.items()]
    # The text's lines under an outcome, a section of their own so the one above still adds up to the people.
    rows += [("Where people stand, in part (of the outcome named)", f"{OUTCOME_WORDS[key]}: {words}", n)
             for key, words, n in outcome_parts(report)]
    rows += [("Where the court stands (clients)", words[0].upper() + words[1:], n) for words, n in court_counts(report)]
    rows.append(("Where the court stands (clients)", f"With a hearing to come (on or after {day})", report.hearings_to_come))
    rows.append(("Where the court stands (clients)", f"With a hearing held before {day} and no ruling entered",
                 report.hearings_held))
    rows.append(("Attorney review (clients)", "With any result to review (any best outcome, reviewed or not)", report.needs_review))
    rows.append(("Attorney review (clients)", "Waiting for the attorney: results or denials (the caseload window's Attorney review count)",
                 report.awaiting_review))
    # What the clients still waiting wait for, as the text says it: the spreadsheet had none of
    # it, so a funder's "how many wait on fines" was copied from the text by hand (S154-05).
    rows.append((WAITING_SECTION, "Clients", waiting_clients(report)))
    rows += [("Still waiting, by what they wait for (a client may be counted more than once)",
              words[0].upper() + words[1:], n) for words, n in waited_for(report)]
    rows += [("Languages", LANGUAGE_NAMES.get(language, language), n)
             for language, n in sorted(report.languages.items(), key=lambda item: (-item[1], item[0]))]
    if report.events:
        unnamed = report.clients - sum(report.events.values())
        events = sorted(report.events.items(), key=lambda item: (-item[1], item[0])) + ([("(no event given)", unnamed)] if unnamed else [])
        rows += [("People by clinic event", name, n) for name, n in events]
    section = f"Petitions filed {_days(report.period)}" if report.period else "Petitions filed"
    # A ruling counted in the days it was made, whenever its petition was filed, as the text says.
    rulings = f"Rulings made {_days(report.period)}" if report.period else "Rulings"
    rows.append((section, "Filed", petitions_filed(report)))
    rows += [(section if key is None else rulings, words.capitalize(), report.petitions.get(key, 0)) for key, words in PETITION_WORDS.items()]
    for key, counts in petitions_of_relief(report).items():
        rows += [(f"{section}, by relief asked for", f"{short_name(key)}: {column}", counts[column]) for column in RELIEF_COLUMNS]
    if (pending := pending_at_end(report)) is not None:
        rows += [(pending[0], words[0].upper() + words[1:], n) for words, n in pending[1]]
    if (sealed := arrests_sealed(report)) is not None:
        # Under the rulings, which count the grants, and as the text says it: the CSV left it out (K148-05).
        rows.append((rulings, *sealed))
    order = _remedy_order(report)
    rows += [("Remedy by remedy (convictions; cases where a title says by case)", f"{table_title(key)}: {status.replace('_', ' ')}",
              report.remedies[key].get(status, 0)) for key in order for status in STATUS_ORDER]
    rows += [("People each remedy can help, now or later", remedy_title(key), report.remedy_people.get(key, 0)) for key in order]
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerows([[kept_as_text(cell) for cell in row] for row in rows])
    return "\ufeff" + out.getvalue()


def json_keys() -> list[str]:
    """The top-level keys of `report_json`, in its order: `clinic-app report --help` names them
    (C113-02), read off the object itself so the help says what a script gets."""
    return list(json.loads(report_json(Report(event=None))))


__all__ = ["Report", "CountedScreening", "build_report", "report_text", "report_json", "report_csv", "period_in_a_name", "json_keys", "table_title", "periods_offered"]
