"""The repository: the only way anything reads or writes a caseload.

Every write runs in one ``BEGIN IMMEDIATE`` transaction and appends a row to the audit
log (when, who, which client, what, before and after), so a clinic can always answer
"who changed this and what was it before".  Reads build the domain dataclasses of
`clinic_app.model` directly (see `db.records`): there is no second model.

The full-text index `client_search` (names, aliases, case numbers, accents folded) is
kept in step here, in the same transaction as the write it reflects.
"""

from __future__ import annotations

import contextlib
import copy
import gc
import getpass
import json
import os
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlite_utils import Database

from clinic_app.matching import (PAIRS_TOLD, ImportResult, UnfinishedImport, alphabetical, as_written, case_before_defendant_number,
                                  case_keys, case_number_key, digits_of_a_case_number, names_a_case, names_read, person_key,
                                  named_as_searched_first, phone_digits_searched, phone_written_ends_in, printed_after_letters, put_right_keys,
                                  search_readings)
from clinic_app.court import (CourtLine, DenialTyped, ReviewSaid, court_from_json, denial_reviewed, denial_reviews_that_count,
                               kept_moment, moment_said, review_day)
from clinic_app.merging import Merged
from clinic_app.case_titles import case_title_day_first, sharing_a_number, told_by_what_the_record_holds
from clinic_app.model import ArrestOffense, Case, Client, ClientSummary, Conviction, CountRemoved, Determination, Probation, Screening, Violation
from clinic_app.review import CaseNamed, CountNamed, QueueRead, ReviewKept
from clinic_app.screening_format import DenialEntered, ExportedReview, check_cases, jurisdiction_written
from clinic_app.summary import unentered_case_line
from db import records as r
from db.connection import BUSY_TIMEOUT_MS, empty_the_wal, open_caseload
from db.errors import CaseloadError, ChangedElsewhere, ClientNotFound, DiskFull, Locked, ReadOnly, user_errors
from db.lines import bring_lines_up_to_date

if TYPE_CHECKING:  # pragma: no cover
    from clinic_app.answers_moved import AnswersMoved
    from clinic_app.probation_ended import OthersRunning
    from clinic_app.report import CountedScreening

# How many stored screenings a client keeps: enough to compare with the last few runs,
# few enough that re-screening a large caseload now and then does not grow the file.
KEEP_SCREENINGS = 5
_BULK_CHUNK = 2000


def _noting_a_stop(progress: Callable[[int], None], stopped: list[BaseException]) -> Callable[[int], None]:
    """`progress`, and what it raised, kept in `stopped`: the caller stopping the import."""
    def told(done: int) -> None:
        try:
            progress(done)
        except Exception as err:  # not a Ctrl+C that fell in it: a command stopped so is not said stopped
            stopped.append(err)
            raise
    return told
# Ids in one "IN (...)" of a query: well under SQLite's limit on bound values (999 before 3.32).
_IN_CHUNK = 500


def default_user() -> str:
    """Who is working: $CLINIC_DESK_USER, else the operating-system login."""
    user = os.environ.get("CLINIC_DESK_USER")
    if user:
        return user
    try:
        return getpass.getuser()
    except Exception:  # no login name (some containers): still record something honest
        return "unknown"


def _utc_now() -> datetime:
    return datetime.now(timezone.utc)


def _review_time(at: str) -> str:
    """A review's time in the form the caseload writes its own (`record_review`: UTC, +00:00,
    whole seconds), the same instant: an imported one kept its exporter's offset or
    fractions, so it read differently from the caseload's own and from what SQLite's
    datetime() compares (D24-01).  Fractions of a second are kept when there are any, or
    the instant would move; a time with no offset is read as UTC, as datetime() reads it."""
    when = kept_moment(at).astimezone(timezone.utc)
    return when.isoformat(timespec="seconds" if when.microsecond == 0 else "microseconds")


@dataclass
class ClientRow:
    """One line of the caseload list; summary fields are None until the client is screened."""

    id: int
    name: str
    dob: date | None
    case_count: int
    event: str | None
    language: str
    best: str | None = None
    best_date: date | None = None
    next_action_date: date | None = None
    outstanding: list[str] = field(default_factory=list)
    needs_review: bool = False
    # Some needs-review result of the newest screening has no review that counts for it
    # (clinic_app.review): the attorney's queue, which `needs_review` alone is not (A29-01).
    awaiting_review: bool = False
    # Some result of the newest screening is the attorney's to review, reviewed or not (its
    # review keys: not the rows waiting for a case's counts, N61-01).  A client reviewed whose
    # counts are still to type stays under "Needs review" (R61-02).
    attorney_answers: bool = False
    # Eligible now, or on best_date, by automatic relief alone: nothing to file for it
    # (ClientSummary.automatic_only).
    automatic_only: bool = False
    # The day the line became eligible now, None when not eligible now or not known since when
    # (clinic_app.summary.eligible_now_since): "Newly eligible" (E48).
    eligible_now_since: date | None = None
    # Of a line with automatic relief only, the first day a petition can be filed after it
    # (ClientSummary.file_on): "Automatic; file on <day>" (J50).
    file_on: date | None = None
    # Where the petitions filed stand with the court (ClientSummary.court): "Filed ..." (P53).
    court: CourtLine | None = None
    # The remedies (keys, one space between) the newest screening finds eligible now or on a
    # later day, of any case or count: the Remedy filter's, "every client Prop 47 can help"
    # (F75-01; `can_help`).  Kept on the client row by a trigger on each screening stored
    # (m018_remedies_open).  The text as stored, not a set: 100,000 sets, which Python's
    # garbage collector walks, took the list's read from 1.0-1.4 s to 1.4-1.9 (measured).
    remedies: str = ""
    # The client told us they are not a US citizen and has a California conviction: the Next
    # action says immigration counsel first (clinic_app.eligibility.immigration.counsel_first_of_record).
    counsel_first: bool = False

    def can_help(self, remedy: str) -> bool:
        """Whether the newest screening finds `remedy` available now or later for some case or count."""
        return remedy in self.remedies.split()


# A caseload line as `clinic_app.summary.eligible_now_since` reads it: (best outcome, automatic
# relief only, the day it became eligible now).
CaseloadLine = tuple[str | None, bool, date | None]


_RULINGS = ("granted", "denied", "withdrawn")


def _clients_chosen(event: str | None, language: str | None, column: str = "") -> tuple[str, tuple]:
    """" AND event = ? AND language = ?" (each where given), of the clients table `column` names
    ("k." for `k.event`), and its parameters: a report of an event's clients, or of a handout
    language's (F312-02: a funder asks each count of English and Spanish speakers apart)."""
    sql, params = "", ()
    for name, value in (("event", event), ("language", language)):
        if value is not None:
            sql, params = f"{sql} AND {column}{name} = ?", (*params, value)
    return sql, params


def _days_between(period: tuple[date, date] | None) -> tuple[str, str]:
    """`period`'s first and last day as stored (ISO), or days before and after any a record holds."""
    return (period[0].isoformat(), period[1].isoformat()) if period is not None else ("0000", "9999")


class ReportLine(NamedTuple):
    """What a report reads of a client's caseload line (clinic_app.report.ListedClient)."""

    language: str
    best: str | None
    needs_review: bool
    automatic_only: bool = False
    file_on: date | None = None  # a petition's day after that automatic relief (J50, L51)
    court: CourtLine | None = None  # where the petitions filed stand with the court (P53)
    # Whether the line is under "Cases still to enter" rather than "Needs review" (R61-01):
    # read of a line whose best outcome needs review or is nothing available (no case entered
    # yet, G63-05), or of a line not screened yet (F109-01), only (None, () for the others).
    case_count: int | None = None
    outstanding: Sequence[str] = ()
    awaiting_review: bool = False
    attorney_answers: bool = False
    best_date: date | None = None  # an "eligible on" or "blocked until" day (P101-01: come by the report's day?)


@dataclass
class StoredScreening:
    """A screening as stored, with what is needed to tell whether it is stale."""

    screening: Screening
    facts_hash: str
    rules_version: str
    as_of: date
    created_at: datetime
    summary: ClientSummary | None = None
    # How the record's cases and convictions were named when it was made (None in results
    # stored before labels were kept): see db.records.read_stored.
    labels: r.Labels | None = None


@dataclass
class AuditEntry:
    """One line of the audit log; `before`/`after` are the JSON-decoded records."""

    id: int
    at: datetime
    user: str
    client_id: int | None
    entity: str
    action: str
    before: Any
    after: Any


@dataclass
class Review:
    """An attorney's review of one determination."""

    id: int
    client_id: int
    case: str
    conviction: str | None
    remedy: str
    reviewer: str
    at: datetime
    note: str
    # What it was given on (clinic_app.review); None in a review kept before they were.
    facts_hash: str | None = None
    answer: str | None = None


@dataclass
class ScreeningCounts:
    """How the caseload's newest stored screenings stand, for the window's status bar."""

    older: int = 0  # clients screened by older rules than the program's: a re-screen updates them
    # Clients screened by newer rules (another laptop's newer Clinic Desk, through a backup):
    # a re-screen here would replace those answers by older ones (store check S18-12).
    newer: int = 0
    newest_rules: str | None = None
    later: dict[date, int] = field(default_factory=dict)  # clients screened for a later day (planning), by that day

    @classmethod
    def of_one(cls, screened_by: str, as_of: date, rules_version: str, today: date) -> ScreeningCounts:
        """One client's part of the counts, from their newest screening's rules and day (as
        `Repository.screening_counts` counts each client)."""
        counts = cls()
        if screened_by < rules_version:
            counts.older = 1
        elif screened_by > rules_version:
            counts.newer, counts.newest_rules = 1, screened_by
        if as_of > today:
            counts.later[as_of] = 1
        return counts

    def add(self, one: ScreeningCounts) -> None:
        """A client's part (see `of_one`) joins the counts: a client added or put back."""
        self.older += one.older
        self.newer += one.newer
        if one.newest_rules is not None:
            self.newest_rules = max(self.newest_rules or one.newest_rules, one.newest_rules)
        for day, n in one.later.items():
            self.later[day] = self.later.get(day, 0) + n

    def take(self, one: ScreeningCounts) -> bool:
        """A client's part leaves the counts: a client deleted.  False when the newest rules
        named can no longer be told without counting again (this client was screened by them,
        and others by newer rules than the program's remain)."""
        self.older = max(0, self.older - one.older)
        self.newer = max(0, self.newer - one.newer)
        for day, n in one.later.items():
            left = self.later.get(day, 0) - n
            if left > 0:
                self.later[day] = left
            else:
                self.later.pop(day, None)
        if not self.newer:
            self.newest_rules = None
        return not (self.newer and one.newest_rules is not None and one.newest_rules == self.newest_rules)


# Each client's newest stored screening, and of those the ones made by rules older than the
# running version given ("?"): rules versions are made so that text order is the order they were
# made in.  `Repository.screening_counts` counts them, `screened_by_older_rules` names them.
_NEWEST_SCREENINGS = "id IN (SELECT MAX(id) FROM screenings GROUP BY client_id)"
_BY_OLDER_RULES = "rules_version < ?"


def is_stale(stored: StoredScreening, facts_hash: str, rules_version: str) -> bool:
    """A stored screening is stale when the facts or the rules changed since it was made."""
    return stored.facts_hash != facts_hash or stored.rules_version != rules_version


# A California case whose County box is blank or was cleared (C80-01): it names no court, and the
# County filter lists its client under "County not given".  A case of another state or a federal
# court is in no California county, and is not among them.
_NO_COUNTY = "jurisdiction = 'CA' AND (county IS NULL OR TRIM(county) = '')"
# A county counts for a California case only: another state's case keeps whatever its County
# box held ("Los Angeles", kept at intake from the case before), and the County filter listed
# the client under it (O112-02).
_IN_CALIFORNIA = "jurisdiction = 'CA'"


def fts_query(text: str) -> str | None:
    """The FTS5 query for what a user typed: every word, as a prefix, all required.

    Words are quoted so that FTS5 syntax characters (quotes, ``-``, ``*``, ``AND``) in a
    name or a case number are searched for, never interpreted.  None when there is no
    word at all.
    """
    words = re.findall(r"\w+", text)
    if not words:
        return None
    every_word = " ".join(f'"{w}"*' for w in words)
    if len(words) == 1:
        return every_word
    # Or the words run together: a case number copied from a docket as "BA-123456" or
    # "BA 123456" finds the "BA123456" stored (W21-20: it found nothing).
    return f'({every_word}) OR "{"".join(words)}"*'



# A client's search entry written: `_search_values`' row.
_SEARCH_INSERT = "INSERT INTO client_search (rowid, name, aliases, case_numbers) VALUES (?, ?, ?, ?)"


def _search_values(client: Client, client_id: int) -> tuple:
    numbers = r.searched_case_numbers([c.case_number for c in client.cases if c.case_number])
    return (client_id, r.searched_names(client.name), r.searched_names(" ".join(client.aliases)), numbers)


def _labels(text: str) -> list[str]:
    """The `outstanding` labels from their JSON text, quickly (the caseload list reads 100,000).

    `db.records._json` writes a compact list; when it holds no backslash no string in it
    has an escaped character, so no string contains a quote and splitting on '","' is exact.
    """
    if text == "[]":
        return []
    if "\\" not in text and text.startswith('["') and text.endswith('"]'):
        return text[2:-2].split('","')
    return json.loads(text)


# A review (`reviews AS v`) is of the denial only if no denial of its relief was typed after it:
# a review made on the ruling's day, or on a day after, before the ruling was entered was of the
# screening, not of what the court said (T63; D64-02).  When a ruling was entered is written once,
# by the save that enters it (`save_client`: an audit row "denial" "entered" for each petition
# denied in the record after and not in the record before, `_denials_entered`), so the list, the
# report and `denial_reviews` read those few small rows and not every save's whole record (Y64-01:
# parsing each later save made the list load of a 20,000-client caseload 3-6 times slower), found
# by client through their own index (`audit_denial`, migration m016) without reading the saves.  A
# denial that came with the record (made here or imported, "create") shows no such moment: the
# review's day decides, as before (clinic_app.court.denial_reviewed); one a merge took from the
# other record gets the moment it was typed there (`_denials_carried`).  A save that
# only puts back a denial entered before (Edit > Redo) writes none when no review was made while
# it was off (`_denial_put_back`): the review made while it stood was of that very denial.  A denial typed
# before this row was written got it from its save's "update" row when the caseload was opened
# (migration m017).  The rule is the domain's (clinic_app.court.denial_reviews_that_count, which
# `denial_reviews_said` and the text of an exported client ask); this is it in SQL for the list
# and the report of 100,000 clients, and a test pairs the two (X268-01).
_REVIEW_AFTER_DENIAL_ENTERED = """NOT EXISTS (SELECT 1 FROM audit AS a
        WHERE a.client_id = v.client_id AND a.entity = 'denial' AND a.action = 'entered'
            AND julianday(a.at) > julianday(v.at) AND json_extract(a.after, '$.case') = v.case_key
            AND json_extract(a.after, '$.remedy') = v.remedy
            AND (v.conviction_key IS NULL OR json_array_length(a.after, '$.convictions') = 0
                 OR EXISTS (SELECT 1 FROM json_each(a.after, '$.convictions') AS n WHERE n.value = v.conviction_key)))"""


def _denials_entered(before_json: str, after_json: str) -> list[dict]:
    """The petitions a save enters as denied: denied in the record after, in a case (by its key)
    whose record before had no denial of the same remedy, filed day, ruling day and counts.  Each
    is written to the audit log as a "denial" "entered" row (`_REVIEW_AFTER_DENIAL_ENTERED`)."""
    if '"denied"' not in after_json:
        return []

    def denied(record: dict) -> dict[str, list[dict]]:
        return {k.get("id"): [p for p in k.get("petitions") or [] if p.get("ruling") == "denied"] for k in record.get("cases") or []}

    was = denied(json.loads(before_json))
    out = []
    for case, petitions in denied(json.loads(after_json)).items():
        for p in petitions:
            if not any(q.get("remedy") == p.get("remedy") and q.get("filed_on") == p.get("filed_on")
                       and q.get("ruling_on") == p.get("ruling_on") and q.get("convictions") == p.get("convictions")
                       for q in was.get(case, [])):
                out.append({"case": case, "remedy": p.get("remedy"), "convictions": p.get("convictions") or [],
                            "filed_on": p.get("filed_on"), "ruling_on": p.get("ruling_on")})
    return out

def _denial_put_back(conn: Any, client_id: int, denial: dict) -> bool:
    """Whether a save that enters `denial` (`_denials_entered`) only puts back the same denial the
    log shows entered before, with no review of its relief made since it was taken off: Edit >
    Redo after Undo, or a ruling day corrected and corrected back.  The attorney's review made
    while it stood was of this very denial (same case, remedy, counts, filed and ruling days), so
    no new "entered" moment is written and that review still counts (S64: the Redo asked for the
    review again).  A review made while it was off was made without the denial on the record: the
    moment is written and the attorney is asked again.  So is it when what took the denial off
    cannot be read from the saves (a merge or its undo)."""
    # The save that entered it is found by the moment its row shares with it (`save_client`), not
    # by id: the rows m017 wrote for older saves come after every save of the log.  So is the last
    # time it was entered: by id, m017's row of a first typing came after stop 43's row of the
    # same denial typed again since, and the review of it was asked for again (S66-01).
    entered = conn.execute("SELECT at FROM audit WHERE client_id = ? AND entity = 'denial' AND action = 'entered' AND after = ? "
                           "ORDER BY julianday(at) DESC, id DESC LIMIT 1", (client_id, r._json(denial))).fetchone()
    if entered is None:
        return False
    taken_off = None
    for action, at, after in conn.execute(
            "SELECT action, at, after FROM audit WHERE client_id = ? AND entity = 'client' AND id >= "
            "(SELECT MIN(id) FROM audit WHERE client_id = ? AND entity = 'client' AND at = ?) ORDER BY id",
            (client_id, client_id, entered[0])):
        if action != "update":
            return False
        if not any(d == denial for d in _denials_entered("{}", after)):
            taken_off = at
            break
    if taken_off is None:
        return False
    return conn.execute("SELECT NOT EXISTS (SELECT 1 FROM reviews WHERE client_id = ? AND case_key = ? AND remedy = ? "
                        "AND julianday(at) >= julianday(?))", (client_id, denial["case"], denial["remedy"], taken_off)).fetchone()[0] == 1


# Of a client not screened yet (no best outcome, no outstanding items), the cases marked
# convicted whose counts are not typed (`_unentered_lines` says them): read by the list's line
# and by the report's alike (F109-01).
# Each with its place in the record, which `_unentered_lines` sorts them by: since a save writes
# only the cases that changed (P316-01), a case edited has a row id after the others', and the
# line said them in the order they were last edited (R321-01).
_UNENTERED_CASES_SQL = """CASE WHEN c.best IS NULL THEN (SELECT json_group_array(json_array(k.position, k.case_key, k.case_number,
                                                                                k.jurisdiction, k.county, k.disposition_date,
                                                                                k.arrest_offenses,
                                                                                (SELECT json_group_array(o.case_number) FROM cases AS o
                                                                                 WHERE o.client_id = c.id AND o.id != k.id
                                                                                 AND o.case_number IS NOT NULL)))
            FROM cases AS k WHERE k.client_id = c.id AND k.outcome = 'convicted'
            AND NOT EXISTS (SELECT 1 FROM convictions WHERE convictions.case_id = k.id)) END"""

# A client's cases read in the record's order: their row ids are not in it once a save has
# written a case that changed and kept the others (P316-01).  "+client_id": the rows found are
# sorted, where the whole table was walked by its client index (41 ms, not 31, at 100,000).
_IN_RECORD_ORDER = " ORDER BY +client_id, position"

# ClientRow.counsel_first, as clinic_app.eligibility.immigration.counsel_first_of_record reads a
# client: asked of the few lines of clients who said they are not citizens only.
_COUNSEL_FIRST_SQL = """CASE WHEN c.us_citizen = 0 THEN EXISTS (SELECT 1 FROM cases AS k WHERE k.client_id = c.id
            AND k.jurisdiction = 'CA' AND k.outcome = 'convicted' AND EXISTS (SELECT 1 FROM convictions WHERE convictions.case_id = k.id))
            ELSE 0 END"""

# The summary of each client's newest screening is kept on the client row (migration
# m002), so the list reads one narrow table and not the screenings.
_LIST_SQL = """
SELECT c.id, c.name, c.dob, (SELECT COUNT(*) FROM cases WHERE cases.client_id = c.id),
       c.event, c.language, c.best, c.best_date, c.next_action_date, c.outstanding, c.needs_review, c.awaiting_review,
       c.automatic_only, c.eligible_now_since, c.file_on, c.court, c.remedies_open,
       """ + _COUNSEL_FIRST_SQL + """,
       CASE WHEN c.awaiting_review THEN 1 WHEN c.needs_review THEN EXISTS (SELECT 1 FROM screenings AS s, json_each(s.review_keys)
            WHERE s.id = (SELECT MAX(id) FROM screenings WHERE client_id = c.id)) ELSE 0 END,
       """ + _UNENTERED_CASES_SQL + """,
       CASE WHEN c.court LIKE '%"denials"%' THEN (SELECT json_group_array(json_array(v.answer, v.at)) FROM reviews AS v
            WHERE v.client_id = c.id AND v.facts_hash = (SELECT facts_hash FROM screenings
            WHERE id = (SELECT MAX(id) FROM screenings WHERE client_id = c.id)) AND """ + _REVIEW_AFTER_DENIAL_ENTERED + """) END
FROM clients AS c
"""
# The column before the last: ClientRow.attorney_answers, read of the newest screening only for
# a line that needs review with nothing awaiting (a reviewed client; one whose counts are to
# type): the others' answer is the line's own.
# The column before it: of a client not screened yet (no best outcome, no outstanding items), the
# labels of the cases marked convicted whose counts are not typed, which the line then says as
# a screening would ("convictions of case 24CR001 not entered"): a client imported from an
# intake laptop, not screened yet, was missing from "Cases still to enter" and
# `clinic-app list --outcome to_enter` (M60-02).  A screened line is read as stored.
# The last column: of a line whose petition stands denied, the reviews that count on the newest
# screening's facts, (answer key, when): the attorney's review of the denial moves the line on
# (clinic_app.court.denial_reviewed, H63-04); read only for such a line.


# The client's own details beside the facts, as stored (db.records.client_values writes them
# in this order): an import compares them too (see Repository.import_clients).
_DETAILS = r.CLIENT_COLUMNS[1:7]  # name, aliases, language, event, phone, notes


def _case_as_written(case: Any, client_id: int, position: int) -> tuple:
    """The rows `_insert_records` writes for `case` at `position`, row ids left out: equal
    to `Repository._cases_as_stored`'s for a case stored unchanged."""
    payments = case.money.payments if case.money is not None else []
    return (
        r.case_values(case, 0, client_id, position)[1:],
        tuple(r.conviction_values(c, 0, 0, n)[2:] for n, c in enumerate(case.convictions)),
        tuple(r.condition_values(c, 0, 0, n)[2:] for n, c in enumerate(case.conditions)),
        tuple(r.payment_values(p, 0, 0, n)[2:] for n, p in enumerate(payments)),
        tuple(r.petition_values(p, 0, 0, n)[2:] for n, p in enumerate(case.petitions)),
    )


def _details_of(client: Client) -> tuple:
    return _as_written(r.client_values(client, 0)[1:7])


def _as_written(details: Iterable[Any]) -> tuple:
    """The details as an import compares them: accents in one form (clinic_app.matching.as_written)."""
    return tuple(as_written(value) for value in details)


def _most_like(known: list[tuple[Any, tuple]], client: Client, record: tuple, numbers: dict[int, set[str]]) -> Any:
    """Of the clients here with `client`'s name and date of birth (the import's `known`: a stored
    id or a client this import adds, with its record), the one `client` is most like: sharing a
    case number first, then the same facts, details and ledger lines; the first of equals.

    Two people of one name and birth date (twins, a common name) each come back from the laptop
    changed: the first of them was named beside both, "María García, id 209 beside id 203" with
    203's every case and payment said to differ, and the merge the import offers took the other
    twin's record into her (F65-04)."""
    mine = set(case_keys(case.case_number for case in client.cases))

    def likeness(entry: tuple[Any, tuple]) -> tuple:
        who, (facts, details, ledger) = entry
        theirs = numbers.get(who, set()) if isinstance(who, int) else set(case_keys(case.case_number for case in who.cases))
        return (bool(mine & theirs), facts == record[0], sum(a == b for a, b in zip(details, record[1])),
                len(set(ledger) & set(record[2])))

    return max(known, key=likeness)[0]


def _ledger_of(client: Client) -> tuple:
    """The client's payment ledger as stored (case, kind, day, amount, receipt), which the facts
    hash leaves out: a receipt number or a payment's day put right on another laptop; then the
    petitions filed (P53), left out of the facts too: a petition recorded on an event laptop
    was skipped with the record as "the same"."""
    return tuple((case.id, p.kind, p.date.isoformat(), p.amount, p.receipt)
                 for case in client.cases if case.money is not None for p in case.money.payments) + tuple(
        (case.id, "petition", *r.petition_values(p, 0, 0, 0)[3:3 + len(r.PETITION_AS_FILED)]) for case in client.cases for p in case.petitions)


@dataclass
class RemovedClient:
    """What `Repository.delete_client` took out, as stored: enough to put the client back."""

    client: Client
    row: dict[str, Any]  # the client row, every column (caseload line, facts hash, when created)
    screenings: list[dict[str, Any]]  # oldest first
    reviews: list[dict[str, Any]]
    # Typing kept for them (`keep_draft`: the window's, intake's box 2, a review note), as the
    # settings rows hold it: Undo of "Delete client" brought the client back without the
    # intake typing a crash had kept, gone with no word (P119).
    drafts: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class MergeDone:
    """What `Repository.merge_clients` changed, enough for `unmerge` to put both records back."""

    before: Client  # the kept client's record before the merge
    reviews: list[dict[str, Any]]  # the kept client's review rows before it
    merged: Client  # the kept client's record as merged
    removed: RemovedClient  # the other record, whole


def review_contents(rows: Iterable[dict[str, Any]]) -> list[tuple]:
    """What each review row holds but its row number (which a client put back gets anew), in order."""
    return [(row["case_key"], row["conviction_key"], row["remedy"], row["reviewer"], row["at"], row["note"],
             row.get("facts_hash"), row.get("answer")) for row in rows]


def _rows(conn: Any, sql: str, *params: Any) -> list[dict[str, Any]]:
    """Whole rows, each as {column: value}."""
    cursor = conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def _insert_row(conn: Any, table: str, row: dict[str, Any]) -> None:
    """Insert one row read by `_rows` (its column names come from the file itself)."""
    columns = ", ".join(row)
    conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({', '.join('?' for _ in row)})", tuple(row.values()))


def _id_of(who: Any) -> int:
    """A stored client's id, or the id a client of the running import was given."""
    return who.id if isinstance(who, Client) else who


def _page_one_written(conn: Any) -> None:
    """A write that changes nothing (page 1, with the number it holds), inside a transaction:
    refused where the connection cannot write, as a save would be (K273-01, R283-01)."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    conn.execute(f"PRAGMA user_version = {version}")


def _in_transaction(conn: Any) -> bool:
    """Whether `conn` has a transaction open; False once it is closed.  A read or write left
    open by a Ctrl-C that landed between its `with` entering and its block is finished only
    when its generator is collected, which may be after the caseload was closed: it printed
    "Exception ignored ... Cannot operate on a closed database" under an interrupted export."""
    try:
        return conn.in_transaction
    except Exception as error:
        if type(error).__name__ == "ProgrammingError":  # sqlite3's or SQLCipher's: closed
            return False
        raise


class gc_paused:  # noqa: N801 - a context manager, named as the function it replaced
    """Pause the cyclic garbage collector while records are built or screened.

    Building a batch of records, or screening a range of clients, allocates millions of small,
    acyclic objects (freed by reference counting); without the pause the collector walks the
    heap over and over (about 40% of a 100,000-client read, 8% of screen() alone, measured).
    Anything cyclic is collected once the collector is back on.  A class, not a
    @contextmanager generator: with the generator (Q124-01) a 30,000-client read took about
    1.5 s against 1.4 s, run in turns, and the benchmark's read 5.8 s against 4.8 s.
    """

    def __enter__(self) -> None:
        self.was_enabled = gc.isenabled()
        gc.disable()

    def __exit__(self, *_exception) -> None:
        if self.was_enabled:
            gc.enable()


class Repository:
    """Clients and their whole record, screenings, reviews, settings and the audit log."""

    def __init__(self, db: Database, *, user: str | None = None, clock: Callable[[], datetime] = _utc_now):
        self.db = db
        self.user = user or default_user()
        self._clock = clock

    @classmethod
    def open(cls, path: Path | str, *, user: str | None = None, create: bool = True, passphrase: str | None = None,
             progress: Callable[[int, int, str], None] | None = None, make_lines_again: bool = True) -> Repository:
        """Open the caseload at `path` (see `db.connection.open_caseload`; `passphrase` for an encrypted one,
        `progress` told the steps of backing up and updating an older one, and of making its lines
        again where an older Clinic Desk made them, in its words: db.lines).  `make_lines_again`
        False: a whole re-screen is to follow, which makes every line and then marks them (R184)."""
        repo = cls(open_caseload(path, create=create, passphrase=passphrase, progress=progress), user=user)
        if not make_lines_again:
            return repo
        try:
            repo.make_lines_again(progress)
        except BaseException:
            repo.close()
            raise
        return repo

    def make_lines_again(self, progress: Callable[[int, int, str], None] | None = None,
                         each_range_whole: Callable[[], contextlib.AbstractContextManager] = contextlib.nullcontext) -> None:
        """The open's making the caseload's lines again in this program's words, where an older
        Clinic Desk made them (db.lines.bring_lines_up_to_date, which says `each_range_whole`):
        `open` does it unless told not to, the command line after its own open, to say a stop."""
        try:
            bring_lines_up_to_date(self, progress, each_range_whole)
        except (Locked, ReadOnly, DiskFull):
            # Another desk writing to it (an import), a read-only file, a full disk: it opened as
            # it was before there were lines to make, and does still, its lines as they were (the
            # ranges made kept), made at an open that can write them (R184).
            pass

    @property
    def passphrase(self) -> str | None:
        """The passphrase the caseload was opened with (kept in memory only), or None if plain."""
        return getattr(self.db, "passphrase", None)

    def close(self) -> None:
        self.db.close()

    def encrypt(self, passphrase: str) -> list[Path]:
        """Encrypt this caseload in place (db.cipher.encrypt_caseload) and go on with it, encrypted.

        The connection is closed for the conversion (the file is replaced) and opened
        again: with the passphrase when it worked, as it was when not (the error is then
        raised).  Returns the plain backups left beside it, for the user to deal with.
        """
        from db.cipher import driver, encrypt_caseload

        if self.passphrase is not None:
            raise CaseloadError("This caseload is already encrypted.", path=self.path)
        driver()  # SQLCipher missing: say so before anything is closed
        path = Path(self.path or "")
        self.db.close()
        try:
            plain_backups = encrypt_caseload(path, passphrase)
        except BaseException:
            self.db = open_caseload(path, create=False)
            raise
        self.db = open_caseload(path, create=False, passphrase=passphrase)
        return plain_backups

    def change_passphrase(self, new: str) -> list[Path]:
        """Give this encrypted caseload the passphrase `new` (db.cipher.change_passphrase) and
        go on with it; on failure it is opened again with the old one and the error raised.
        Returns the backups that still open with the old passphrase."""
        from db.cipher import change_passphrase, driver

        old = self.passphrase
        if old is None:
            raise CaseloadError("This caseload is not encrypted: encrypt it to give it a passphrase.", path=self.path)
        driver()
        path = Path(self.path or "")
        self.db.close()
        try:
            copies = change_passphrase(path, old, new)
        except BaseException:
            self.db = open_caseload(path, create=False, passphrase=old)
            raise
        self.db = open_caseload(path, create=False, passphrase=new)
        return copies

    def __enter__(self) -> Repository:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- plumbing -----------------------------------------------------------------------

    @property
    def path(self) -> str | None:
        row = self.db.conn.execute("PRAGMA database_list").fetchone()
        return row[2] if row else None

    def read_only(self) -> bool:
        """Whether the caseload's file cannot be written (its permissions, `chattr +i`, a read-only
        disk): it opens and reads as any other, and the first save of what was typed fails (E248).
        So too where the file was made writable since it opened: SQLite opened it read-only, and
        its connection stays so until the caseload is opened again (K273-01)."""
        path = self.path
        if not path:
            return False
        if os.path.exists(path) and not os.access(path, os.W_OK):
            return True
        return not self._connection_writes()

    def writable_when_opened_again(self) -> bool:
        """Whether the file can be written now while this connection, opened when it could not
        be, cannot: opening the caseload again is the way to save (K273-01)."""
        path = self.path
        return bool(path) and os.access(path, os.W_OK) and not self._connection_writes()

    # The connection and whether it writes: fixed for its life (SQLite opened its file read-write
    # or, refused, read-only), so asked once, not at each load.
    _writes_known: tuple[Any, bool] | None = None

    def _connection_writes(self) -> bool:
        """Whether the connection can write, asked of SQLite by a write rolled back: Python's
        sqlite3 (and sqlcipher3) have no `sqlite3_db_readonly`, and ``BEGIN IMMEDIATE`` alone
        succeeds on a read-only connection.  Busy (another desk writing), or inside a
        transaction: taken to write, as before, and asked again the next time."""
        conn = self.db.conn
        known = self._writes_known
        if known is not None and known[0] is conn:
            return known[1]
        if conn.in_transaction:
            return True
        conn.execute("PRAGMA busy_timeout = 0")  # a desk writing: not waited for, only to ask
        try:
            with user_errors(self.path):
                conn.execute("BEGIN IMMEDIATE")
                try:
                    _page_one_written(conn)
                finally:
                    if _in_transaction(conn):
                        conn.execute("ROLLBACK")
        except ReadOnly:
            writes = False
        except CaseloadError:
            return True
        else:
            writes = True
        finally:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        self._writes_known = (conn, writes)
        return writes

    def _now(self) -> str:
        return self._clock().isoformat(timespec="seconds")

    @contextlib.contextmanager
    def _write(self) -> Iterator[Any]:
        """One write transaction (a savepoint when nested); environmental errors become CaseloadError.

        ``BEGIN IMMEDIATE`` takes the write lock up front, so two windows writing at once
        wait for each other (busy timeout) instead of failing half-way.
        """
        conn = self.db.conn
        with user_errors(self.path):
            if conn.in_transaction:
                with self.db.atomic():
                    yield conn
                return
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                if _in_transaction(conn):
                    conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def wait_until_writable(self) -> None:
        """Wait (the busy timeout) for another program writing to the caseload to finish, and
        raise its `Locked` if it does not: asked before a command's copy of the caseload, which
        was made and said ("kept in ...") before a re-screen then found the caseload busy, and
        each retry's copy pushed an older one out of the newest few kept (C103-04).  And raise
        the save's own `ReadOnly` where the file cannot be written: ``BEGIN IMMEDIATE`` alone
        passes there, and the copy was made and said before the first save failed (R283-01)."""
        with self._write():
            pass
        if not self._connection_writes():  # asked after the wait: a desk writing is not waited on twice
            with self._write() as conn:
                _page_one_written(conn)  # refused as a save is, in its words

    @contextlib.contextmanager
    def _read(self) -> Iterator[Any]:
        """Several SELECTs seeing one snapshot of the file."""
        conn = self.db.conn
        with user_errors(self.path):
            if conn.in_transaction:
                yield conn
                return
            conn.execute("BEGIN")
            try:
                yield conn
            finally:
                if _in_transaction(conn):
                    conn.execute("COMMIT")

    def _audit(self, conn: Any, client_id: int | None, entity: str, action: str, before: Any = None, after: Any = None,
               *, at: str | None = None) -> None:
        conn.execute(
            "INSERT INTO audit (at, user, client_id, entity, action, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (at or self._now(), self.user, client_id, entity, action, before, after),
        )

    def _next_id(self, conn: Any, table: str) -> int:
        row = conn.execute(
            f"SELECT MAX(COALESCE((SELECT MAX(id) FROM {table}), 0), "
            f"COALESCE((SELECT seq FROM sqlite_sequence WHERE name = '{table}'), 0))"
            if table == "clients"
            else f"SELECT COALESCE(MAX(id), 0) FROM {table}"
        ).fetchone()
        return row[0] + 1

    # ---- writing clients ----------------------------------------------------------------

    def _insert_records(self, conn: Any, clients: list[Client], first_client_id: int | None, *, with_client_rows: bool = True,
                        hashes: list[str] | None = None, cases_kept: Collection[int] = (), with_search_row: bool = True) -> list[int]:
        """Insert clients (ids from `first_client_id` on, or their own) with every child row.

        With `with_client_rows=False` only the cases, their children and the search entry
        are written (the client row is already there: `_put_back`).  `hashes` are the
        clients' facts hashes when the caller has already worked them out (an import).
        `cases_kept`: `_replace_record`'s, the positions of the cases it left stored as they are;
        `with_search_row=False`: the search entry is not written (`_replace_record` writes its own).
        """
        from clinic_app.eligibility import facts_hash

        now = self._now()
        # The next row ids, looked up only where a case is written: a save that keeps every case
        # as stored (a phone typed) read five ids it never used (K329-03).
        written = any(position not in cases_kept for client in clients for position in range(len(client.cases)))
        case_id, conviction_id, condition_id, payment_id, petition_id = (
            [self._next_id(conn, table) for table in ("cases", "convictions", "conditions", "payments", "petitions")]
            if written else [0] * 5)
        client_rows, case_rows, conviction_rows, condition_rows, payment_rows, search_rows = [], [], [], [], [], []
        petition_rows = []
        ids = []
        for n, client in enumerate(clients):
            client_id = client.id if first_client_id is None else first_client_id + n
            ids.append(client_id)
            if with_client_rows:
                hashed = hashes[n] if hashes is not None else facts_hash(client.person, client.cases)
                client_rows.append((*r.client_values(client, client_id), hashed, now, now))
            if with_search_row:
                search_rows.append(_search_values(client, client_id))
            for cpos, case in enumerate(client.cases):
                if cpos in cases_kept:
                    continue
                case_rows.append(r.case_values(case, case_id, client_id, cpos))
                for pos, conviction in enumerate(case.convictions):
                    conviction_rows.append(r.conviction_values(conviction, conviction_id, case_id, pos))
                    conviction_id += 1
                for pos, condition in enumerate(case.conditions):
                    condition_rows.append(r.condition_values(condition, condition_id, case_id, pos))
                    condition_id += 1
                if case.money is not None:
                    for pos, payment in enumerate(case.money.payments):
                        payment_rows.append(r.payment_values(payment, payment_id, case_id, pos))
                        payment_id += 1
                for pos, petition in enumerate(case.petitions):
                    petition_rows.append(r.petition_values(petition, petition_id, case_id, pos))
                    petition_id += 1
                case_id += 1
        if with_client_rows:
            conn.executemany(r.insert_sql("clients", (*r.CLIENT_COLUMNS, "facts_hash", "created_at", "updated_at")), client_rows)
        conn.executemany(r.insert_sql("cases", r.CASE_COLUMNS), case_rows)
        conn.executemany(r.insert_sql("convictions", r.CONVICTION_COLUMNS), conviction_rows)
        conn.executemany(r.insert_sql("conditions", r.CONDITION_COLUMNS), condition_rows)
        conn.executemany(r.insert_sql("payments", r.PAYMENT_COLUMNS), payment_rows)
        if petition_rows:
            conn.executemany(r.insert_sql("petitions", r.PETITION_COLUMNS), petition_rows)
        conn.executemany(_SEARCH_INSERT, search_rows)
        return ids

    def add_client(self, client: Client) -> int:
        """Store a new client with their whole record; sets and returns `client.id`.

        Raises `FormatError` (naming the bad value) for a record whose facts contradict
        each other, e.g. two cases with one id or probation ending before it started.
        """
        check_cases(client.cases, dob=client.person.dob)
        with self._write() as conn:
            (client_id,) = self._insert_records(conn, [client], self._next_id(conn, "clients"))
            client.id = client_id
            self._audit(conn, client_id, "client", "create", None, r.client_json(client))
        return client_id

    def add_clients(self, clients: Iterable[Client], *, progress: Callable[[int], None] | None = None) -> list[int]:
        """Store many new clients in one transaction (a demo or an import): all or nothing.

        Sets each `client.id`.  The audit log gets one compact row per client (name and
        number of cases), not the whole record, to keep a 100,000-client import fast.
        `progress(count_so_far)` is called after each chunk.
        """
        ids: list[int] = []
        with self._write() as conn:
            next_id = self._next_id(conn, "clients")
            chunk: list[Client] = []
            for client in clients:
                chunk.append(client)
                if len(chunk) >= _BULK_CHUNK:
                    next_id = self._store_chunk(conn, chunk, next_id, ids)
                    chunk = []
                    if progress is not None:
                        progress(len(ids))
            if chunk:
                self._store_chunk(conn, chunk, next_id, ids)
                if progress is not None:
                    progress(len(ids))
        return ids

    def import_would_change(self, clients: Sequence[Client], *, reviews: Sequence[list[ExportedReview]] | None = None,
                            hashes: Sequence[str] | None = None) -> bool:
        """Whether `import_clients` of these would change the caseload: a client to add, or an
        attorney review a client already here lacks (and did not take back).  Nothing is
        written.  `clinic-app import` asks first, so that a file imported again, every client
        skipped, makes no copy "before" it: each such copy pushed out one made before a real
        import, as only the newest few are kept (J59-02).  `hashes`: as `import_clients`'."""
        return self._import(clients, reviews=reviews, hashes=hashes, trial=True)

    def _same_but_as_written(self, conn, known: list[tuple[Any, tuple]], record: tuple, written_otherwise: set[int]) -> int | None:
        """Of the clients stored with `record`'s name and date of birth, the one whose record it is
        but for a case number of spaces alone stored where the file has none (R86-05), or a case's
        state or court stored as typed where the file's is read as the import reads it ("Calif.":
        "CA", "nv": "NV", R115-01): such a caseload exported, and imported back (a laptop's day, a
        copy made for another desk), had each such client added again as a possible duplicate,
        "case c1: court details", a record nobody changed.  None when there is no such client."""
        from clinic_app.eligibility import facts_hash

        for who, (_hash, details, ledger) in known:
            # `who` is a stored id, or a client this import adds (not stored: read as the import reads)
            if not isinstance(who, int) or who not in written_otherwise or (details, ledger) != record[1:]:
                continue
            (stored,) = self._load(conn, who, who)
            for case in stored.cases:
                if case.case_number is not None and not case.case_number.strip():
                    case.case_number = None
                case.jurisdiction = jurisdiction_written(case.jurisdiction)
            if facts_hash(stored.person, stored.cases) == record[0]:
                return who
        return None

    def import_clients(self, clients: Iterable[Client], *, reviews: Sequence[list[ExportedReview]] | None = None,
                       progress: Callable[[int], None] | None = None, source: str | None = None,
                       hashes: Sequence[str] | None = None, moments: Sequence[list[DenialEntered]] | None = None) -> ImportResult:
        """`add_clients` for clients from another caseload or a file, all or nothing,
        without adding anyone twice (clinic_app.matching).

        A client already stored with the same name, date of birth and record (a file
        imported twice, or twice in one file) is skipped; one with the same name and date of
        birth but another record is added and named in `similar` (with both ids), for a
        person to check.  The record is the facts and the client's own details (name as
        written, aliases, language, event, phone, notes): a client whose notes or phone were
        added on a volunteer's laptop was skipped as "the same record", and what was typed
        there lost without a word (storage check D21-08).  So is the payment ledger, which
        the facts leave out (D23-13).

        `reviews[n]` are the attorney reviews `clients[n]` carried (an export of another
        caseload): stored with an added client, and for a skipped one added where the
        caseload's copy lacks them (the same case, conviction, remedy, reviewer, time and
        note), so a review made on an event laptop is not lost in the merge (D23-12).

        With `source` (the file's name), the audit log gets an "import start" line before the
        write and an "import finish" line inside it, so an import stopped half-way can be told
        on the next open (`unfinished_imports`).

        `hashes`, when given, are the clients' `facts_hash`es, worked out once for
        `import_would_change` and this (half the time of a file imported again).

        `moments[n]`: when each denial `clients[n]` carries was typed (`client.denials_entered`),
        written for an added client as its own save would have written them (F70-03).
        """
        return self._import(clients, reviews=reviews, progress=progress, source=source, hashes=hashes, moments=moments)

    def _import(self, clients: Iterable[Client], *, reviews: Sequence[list[ExportedReview]] | None = None,
                progress: Callable[[int], None] | None = None, source: str | None = None,
                hashes: Sequence[str] | None = None, trial: bool = False,
                moments: Sequence[list[DenialEntered]] | None = None) -> Any:
        """`import_clients`' work.  A `trial` (`import_would_change`) stops before the first
        write, and returns whether there was anything to write."""
        from clinic_app.differences import differences, reviews_apart
        from clinic_app.eligibility import facts_hash

        result = ImportResult()
        # Hashed before the write transaction, which would otherwise hold the caseload's write
        # lock for the hashing of every client of the file as well, and the windows' saves
        # wait (D24-07).  Nothing is written until the transaction, so it stays all or nothing.
        clients = list(clients)
        hashes = list(hashes) if hashes is not None else [facts_hash(client.person, client.cases) for client in clients]
        # Written just before the import's own transaction, which takes the write lock at once:
        # an `unfinished_imports` waits for that lock, so it does not take a running import for
        # a stopped one.
        started = None if source is None or trial else self._import_started(source, len(clients))
        stopped: list[BaseException] = []  # what the caller's `progress` raised to stop the import
        if progress is not None:
            progress = _noting_a_stop(progress, stopped)
        with self._stop_said(started, stopped, source, len(clients)), (self._read() if trial else self._write()) as conn:
            # person key -> [(stored id, or a client added by this import; (facts hash, details))]
            known: dict[tuple, list[tuple[Any, tuple]]] = defaultdict(list)
            ledgers: dict[int, list[tuple]] = defaultdict(list)
            for client_id, *payment in conn.execute(
                "SELECT cases.client_id, cases.case_key, kind, date, amount, receipt FROM payments JOIN cases ON cases.id = payments.case_id "
                "ORDER BY cases.client_id, cases.position, payments.position"
            ):
                ledgers[client_id].append(tuple(payment))
            for client_id, *petition in conn.execute(
                "SELECT cases.client_id, cases.case_key, 'petition', " + ", ".join(f"petitions.{c}" for c in r.PETITION_AS_FILED)
                + " FROM petitions JOIN cases ON cases.id = petitions.case_id ORDER BY cases.client_id, cases.position, petitions.position"
            ):
                ledgers[client_id].append(tuple(petition))
            # (date of birth, facts hash) -> the first client with them: a name put right on a
            # laptop is found by these when the name no longer meets (M29-01).
            # So is one whose facts changed too (a case added), by a case number the two share (M29-07).
            # Keyed by clinic_app.matching.put_right_keys, the rule Merge a duplicate and the
            # "Possible duplicates" count decide such a pair by too (B48).
            by_facts: dict[tuple, Any] = {}
            # Clients stored with a case number of spaces alone (an import before R85b-02, which
            # reads such a number as none), or a case's state or court as typed before the box
            # read it so ("Calif." before R110-02, "nv" before Z112-01), which an import reads as
            # "CA" and "NV": their record comes back from an export written otherwise (R115-01).
            written_otherwise = {client_id for (client_id,) in conn.execute(
                "SELECT DISTINCT client_id FROM cases WHERE case_number IS NOT NULL AND case_number <> '' AND TRIM(case_number) = ''")}
            written_otherwise.update(client_id for client_id, jurisdiction in conn.execute(
                "SELECT DISTINCT client_id, jurisdiction FROM cases WHERE jurisdiction <> 'CA'")
                if jurisdiction_written(jurisdiction) != jurisdiction)
            numbers: dict[int, set[str]] = defaultdict(set)
            for client_id, number in conn.execute("SELECT client_id, case_number FROM cases WHERE case_number IS NOT NULL"):
                numbers[client_id].update(case_keys([number]))
            rows = conn.execute(f"SELECT id, dob, facts_hash, {', '.join(_DETAILS)} FROM clients ORDER BY id")
            for client_id, dob, stored_hash, *details in rows:
                record = (stored_hash, _as_written(details), tuple(ledgers.pop(client_id, ())))
                born = date.fromisoformat(dob) if dob else None
                known[person_key(details[0], born)].append((client_id, record))
                # The facts hash of a client with no cases is kept too: no client added with
                # cases has it, and telling which have none would cost a read of the cases.
                for k in put_right_keys(details[0], born, stored_hash, numbers.get(client_id, ()), json.loads(details[1])):
                    by_facts.setdefault(k, (client_id, details[0]))
            to_add: list[Client] = []
            to_add_hashes: list[str] = []
            similar: list[tuple[Client, Any]] = []
            renamed: list[tuple[Client, Any, str]] = []  # (client, the one with its cases, that one's name)
            reviewed: list[tuple[Any, list[ExportedReview]]] = []  # (stored id or added client, its reviews)
            # stored id -> the name it was first skipped under: the taken-back reviews' client is
            # named from this, where a search of every skipped client for each cost minutes at thousands.
            skipped_as: dict[int, str] = {}
            merged_away: dict[tuple, dict[int, tuple[int, str]]] | None = None  # read once, when first needed
            typed_when: dict[int, list[DenialEntered]] = {}  # id(client added) -> its denials' moments
            for n, client in enumerate(clients):
                carried = reviews[n] if reviews is not None else []
                entered = moments[n] if moments is not None else []
                key = person_key(client.name, client.person.dob)
                hashed = hashes[n]
                record = (hashed, _details_of(client), _ledger_of(client))
                for n, (who, (stored_hash, details, ledger)) in enumerate(known[key]):
                    if stored_hash is None and isinstance(who, int):
                        # Saved before schema 3, so no hash yet (m003): worked out here, or the
                        # same client imported again was added a second time (D22-07).
                        (stored,) = self._load(conn, who, who)
                        known[key][n] = (who, (facts_hash(stored.person, stored.cases), details, ledger))
                same = next((who for who, stored in known[key] if stored == record), None)
                if same is None and written_otherwise:
                    same = self._same_but_as_written(conn, known[key], record, written_otherwise)
                if same is not None:
                    result.skipped.append((client.name, same))
                    if isinstance(same, int):
                        skipped_as.setdefault(same, client.name)
                    if carried:
                        reviewed.append((same, carried))
                    continue
                if merged_away is None:
                    merged_away = self._merged_away(conn)
                was = next((away for away, (into, record_json, _took) in merged_away.get(key, {}).items()
                            if record_json == r.client_json(replace(client, id=away))), None)
                if was is not None:
                    # This very record was imported before and merged since (Merge a duplicate):
                    # it is in the caseload, in the client kept.  It came back as a possible
                    # duplicate of that client, to be merged again for nothing (U67).  So it
                    # did when it was the record kept, the office's merged into it (R71-02).
                    into, _record, took = merged_away[key][was]
                    if took is None:
                        result.merged.append((client.name, into, was))
                    else:
                        result.kept.append((client.name, into, took))
                    continue
                if known[key]:
                    similar.append((client, _most_like(known[key], client, record, numbers)))
                else:
                    # No client of this name, but one born the same day with the same cases, or
                    # a case number of theirs: a typo in the name put right on a laptop (or two
                    # people).  Added, as a possible duplicate is, and named beside that client;
                    # it had been added with not a word (M29-01, M29-07).
                    # A date of birth put right is found the same way, by the name and a case number (M29-08).
                    mine = put_right_keys(client.name, client.person.dob, hashed if client.cases else None,
                                          case_keys(case.case_number for case in client.cases), client.aliases)
                    match = next((by_facts[k] for k in mine if k in by_facts), None)
                    if match is not None:
                        renamed.append((client, *match))
                    for k in mine:
                        by_facts.setdefault(k, (client, client.name))
                known[key].append((client, record))
                to_add.append(client)
                to_add_hashes.append(hashed)
                if entered:
                    typed_when[id(client)] = entered
                if carried:
                    reviewed.append((client, carried))
            # A review this caseload took back, carried again by an export made before (the laptop
            # copied the caseload with it), is left out: of a client skipped (M42-01), and of one
            # added beside the client it was taken back from (edited on the laptop, M42-06), where
            # it had gone with the added record and was named as "only in" it.
            beside = {id(client): who for client, who, *_name in [*similar, *renamed] if isinstance(who, int)}
            taken_back: list[tuple[str, int, int]] = []
            stored_ids = [who if isinstance(who, int) else beside.get(id(who)) for who, _carried in reviewed]
            # One read of the log for every client concerned: a query each made a re-import 12% slower.
            withdrawn = self._withdrawals(conn, {stored_id for stored_id, (_who, carried) in zip(stored_ids, reviewed)
                                                 if stored_id is not None and carried})
            for n, (who, carried) in enumerate(reviewed):
                stored_id = stored_ids[n]
                if stored_id is None:
                    continue
                kept = self._not_taken_back(withdrawn.get(stored_id, {}), carried)
                if len(kept) < len(carried):
                    name = skipped_as[who] if isinstance(who, int) else who.name
                    taken_back.append((name, stored_id, len(carried) - len(kept)))
                    reviewed[n] = (who, kept)
            if trial:  # a client to add, or a review a client here lacks
                return bool(to_add) or any(self._add_reviews_lacking(
                    conn, [(who, carried) for who, carried in reviewed if isinstance(who, int)], count_only=True).values())
            next_id = self._next_id(conn, "clients")
            for start in range(0, len(to_add), _BULK_CHUNK):
                end = start + _BULK_CHUNK
                next_id = self._store_chunk(conn, to_add[start:end], next_id, result.ids, to_add_hashes[start:end], source=source)
                if progress is not None:
                    progress(len(result.ids))
            for client in to_add:
                # When each denial the file carries was typed, as the laptop's log had it: without it
                # the review's day alone decided here (F70-03).  Only of a denial on the record.
                on_record = _denials_entered("{}", r.client_json(client)) if id(client) in typed_when else []
                for moment in typed_when.get(id(client), []):
                    if moment.denial() in on_record:
                        self._audit(conn, client.id, "denial", "entered", None, r._json(moment.denial()), at=moment.at)
            added_reviews = self._add_reviews_lacking(conn, [(_id_of(who), carried) for who, carried in reviewed], source)
            # What each client added for checking differs in from the one it was added beside,
            # said with the pair: the ids alone sent the paralegal to compare every case,
            # condition and payment by eye (M29-02).
            carried_by = {id(client): carried for client, carried in reviewed if isinstance(client, Client)}
            for client, who, *_name in [*similar, *renamed][:PAIRS_TOLD]:  # what is said; each costs a load
                old = self._load(conn, who, who)[0] if isinstance(who, int) else who
                said = differences(old, client, f"id {_id_of(who)}", f"id {client.id}")
                # The reviews went with the added record: named, or deleting it as "the extra
                # one" took a laptop's attorney review with it unnoticed (M29-04).
                had = {(case, conviction, remedy, reviewer, _review_time(at), note) for case, conviction, remedy, reviewer, at, note in
                       conn.execute("SELECT case_key, conviction_key, remedy, reviewer, at, note FROM reviews WHERE client_id = ?", (_id_of(who),))}
                brought = {(rv.case, rv.conviction, rv.remedy, rv.reviewer, _review_time(rv.at), rv.note)
                           for rv in carried_by.get(id(client), [])}
                said += reviews_apart(brought, had, f"id {client.id}", f"id {_id_of(who)}")
                result.differs[client.id] = said  # type: ignore[index]
            if started is not None:
                self._audit(conn, None, "import", "finish", str(started),
                            r._json({"file": source, "added": len(result.ids), "skipped": len(result.skipped)}))
        # Matches with clients of this same import get their ids now that they have them.
        result.skipped = [(name, _id_of(who)) for name, who in result.skipped]
        # Said, or the reviews a skipped client was given went without a word (D23C-02); a
        # client added by this import brought its reviews with it and is not named again.
        for name, stored in result.skipped:
            if added_reviews.get(stored) and stored not in result.ids:
                result.reviewed.append((name, stored, added_reviews.pop(stored)))
        result.taken_back = taken_back
        result.similar = [(client.name, _id_of(who), client.id) for client, who in similar]  # type: ignore[misc]
        result.renamed = [(client.name, _id_of(who), client.id, name) for client, who, name in renamed]  # type: ignore[misc]
        return result

    def merged_into(self, client_ids: Iterable[int]) -> dict[int, tuple[int, str]]:
        """Of `client_ids` gone from the caseload, those a merge took into another client (at
        another desk, or another window) and still away: id -> (the client holding them now,
        their name).  One merged into a record merged on again in turn is in the client holding
        both; one deleted since, put back by an undo, or whose client was deleted, is not here
        (C80-04: the export said such a client "removed")."""
        found: dict[int, tuple[int, str]] = {}
        with user_errors(self.path):
            conn = self.db.conn
            for client_id in client_ids:
                into, seen = client_id, set()
                while into not in seen:
                    seen.add(into)
                    held = conn.execute("SELECT name FROM clients WHERE id = ?", (into,)).fetchone()
                    if held is not None:
                        if into != client_id:
                            found[client_id] = (into, held[0])
                        break
                    last = conn.execute("SELECT action, after FROM audit WHERE client_id = ? AND entity = 'client' "
                                        "ORDER BY id DESC LIMIT 1", (into,)).fetchone()
                    if last is None or last[0] != "merge away":
                        break  # deleted, or never here
                    into = json.loads(last[1])["merged_into"]
        return found

    def _merged_away(self, conn: Any) -> dict[tuple, dict[int, tuple[int, str, int | None]]]:
        """The records a merge took into another client and that are still away (not put back
        by its undo): by person key, their id -> (the client now holding them, their record as
        they left, JSON, None).  A record merged into one merged away since in turn is said to be in
        the client that holds both; one whose client was deleted since is not in the caseload.
        With them, the records such a merge kept, as they were before it took the other in:
        the kept id -> (the client now holding it, that record, the id it took in)."""
        away: dict[int, tuple[int, str]] = {}
        kept_before: dict[int, tuple[int, str]] = {}  # away id -> (the id that took it in, its record before)
        for away_id, client_id, before, after in conn.execute(
                "SELECT a.id, a.client_id, a.before, a.after FROM audit AS a WHERE a.entity = 'client' AND a.action = 'merge away' "
                "AND a.id = (SELECT MAX(id) FROM audit WHERE client_id = a.client_id AND entity = 'client') "
                "AND NOT EXISTS (SELECT 1 FROM clients WHERE clients.id = a.client_id)"):
            into = json.loads(after)["merged_into"]
            away[client_id] = (into, before)
            # The kept record's own line of that merge, written just before (Repository.merge_clients).
            line = conn.execute("SELECT before FROM audit WHERE client_id = ? AND entity = 'client' AND action = 'merge' AND id < ? "
                                "ORDER BY id DESC LIMIT 1", (into, away_id)).fetchone()
            if line is not None and line[0]:
                kept_before[client_id] = (into, line[0])
        held: dict[int, int] = {}  # away id -> the client holding it now
        for client_id, (into, _before) in away.items():
            seen = {client_id}
            while into in away and into not in seen:  # merged on again
                seen.add(into)
                into = away[into][0]
            held[client_id] = into
        present = {client_id for client_id, in conn.execute(
            f"SELECT id FROM clients WHERE id IN ({','.join('?' * len(set(held.values())))})", sorted(set(held.values())))} if held else set()
        out: dict[tuple, dict[int, tuple[int, str, int | None]]] = defaultdict(dict)

        def keyed(before: str) -> tuple:
            record = json.loads(before)
            born = date.fromisoformat(record["person"]["dob"]) if record["person"].get("dob") else None
            return person_key(record["name"], born)

        for client_id, (_into, before) in away.items():
            into = held[client_id]
            if into in present:
                out[keyed(before)][client_id] = (into, before, None)
        for client_id, (kept_id, before) in kept_before.items():
            into = held[client_id]
            if into in present and kept_id not in out[keyed(before)]:
                out[keyed(before)][kept_id] = (into, before, client_id)
        return out

    def _import_started(self, source: str, clients: int) -> int:
        """The audit line an import writes before it stores anyone; returns its id, which the
        import's "finish" line names."""
        with self._write() as conn:
            self._audit(conn, None, "import", "start", None, r._json({"file": source, "clients": clients}))
            return conn.execute("SELECT last_insert_rowid()").fetchone()[0]

    @contextlib.contextmanager
    def _stop_said(self, started: int | None, stopped: list[BaseException], source: str | None, clients: int) -> Iterator[None]:
        """Around an import's transaction: where the caller stopped it (File > Import's Cancel
        raises in `progress`), the import is recorded as said ("import not finished") once its
        transaction has kept none of it.  The window said "Stopped: no client ... was added" at
        once, and the next opening of the caseload said again that the import "did not finish:
        it was stopped half-way", as of one killed or cut off by a power loss (R75-01); those
        are still told, once (`unfinished_imports`)."""
        try:
            yield
        except BaseException as err:
            if started is not None and err in stopped:
                with self._write() as conn:
                    self._audit(conn, None, "import", "not finished", str(started), r._json({"file": source, "clients": clients}))
            raise

    def unfinished_imports(self) -> list[UnfinishedImport]:
        """The imports begun and never finished (stopped half-way) that nobody was told of yet;
        each is recorded as told ("import not finished"), so it is said once (W29-03).

        A running import holds the write lock from just after its start line to its finish
        line, and this waits for it (the busy timeout) rather than call it unfinished."""
        unfinished = (
            "SELECT id, at, user, after FROM audit AS s WHERE client_id IS NULL AND entity = 'import' AND action = 'start' "
            "AND NOT EXISTS (SELECT 1 FROM audit AS e WHERE e.client_id IS NULL AND e.entity = 'import' "
            "AND e.action IN ('finish', 'not finished') AND e.before = CAST(s.id AS TEXT)) ORDER BY id"
        )
        with self._read() as conn:
            if conn.execute(unfinished).fetchone() is None:
                return []  # nearly always: no write lock taken (a read-only or busy caseload opens as before)
        found = []
        with self._write() as conn:
            rows = conn.execute(unfinished).fetchall()
            for start_id, at, user, after in rows:
                self._audit(conn, None, "import", "not finished", str(start_id), after)
                begun = json.loads(after)
                found.append(UnfinishedImport(begun["file"], begun["clients"], moment_said(at), user))
        return found

    def _add_reviews_lacking(self, conn: Any, reviewed: list[tuple[int, list[ExportedReview]]],
                             source: str | None = None, came: dict[str, Any] | None = None, *,
                             count_only: bool = False) -> dict[int, int]:
        """Store the carried reviews each client lacks (matched on every field), audited as
        `record_review` audits one, with who reviewed and when.  Returns how many each
        client id was given (with `count_only`, would be given: nothing is stored)."""
        have: dict[int, set[tuple]] = {}
        added: dict[int, int] = defaultdict(int)
        for client_id, carried in reviewed:
            if client_id not in have:
                have[client_id] = {
                    (case, conviction, remedy, reviewer, _review_time(at), note)
                    for case, conviction, remedy, reviewer, at, note in conn.execute(
                        "SELECT case_key, conviction_key, remedy, reviewer, at, note FROM reviews WHERE client_id = ?", (client_id,))
                }
            for review in carried:
                fields = (review.case, review.conviction, review.remedy, review.reviewer, _review_time(review.at), review.note)
                if fields in have[client_id]:
                    continue
                have[client_id].add(fields)
                if count_only:
                    added[client_id] += 1
                    continue
                # With the facts and answer it was given on, when it carries them: it counts here
                # while this caseload's record of the client has those facts (A29-04).
                conn.execute(
                    "INSERT INTO reviews (client_id, case_key, conviction_key, remedy, reviewer, at, note, facts_hash, answer) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (client_id, *fields, review.facts_hash, review.answer),
                )
                after = {"case": review.case, "conviction": review.conviction, "remedy": review.remedy,
                         "note": review.note, "reviewer": review.reviewer, "at": fields[4]}
                if review.facts_hash is not None:
                    after |= {"facts_hash": review.facts_hash, "answer": review.answer}
                if source is not None:
                    after["imported_from"] = source  # where it came from, in the client's own history (M42-04)
                after |= came or {}  # a merge's: "merged_from" the other record
                self._audit(conn, client_id, "review", "review", None, r._json(after))
                added[client_id] += 1
        if not count_only:
            conn.executemany(self._AWAITING_UPDATE, [(client_id,) for client_id in added])
        return added

    @staticmethod
    def _not_taken_back(withdrawn: dict[tuple, datetime], carried: list[ExportedReview]) -> list[ExportedReview]:
        """The carried reviews but those this caseload took back from the client after they were
        made (`withdrawn`, the client's `_withdrawals`): a review taken back (Edit > Undo) came
        back with every import of an export made before (M42-01).  The withdrawal's log line is
        later than the review it took back; a review made again after it (a later moment) is a
        new act, and kept."""
        if not withdrawn:
            return carried
        return [review for review in carried
                if withdrawn.get((review.case, review.conviction, review.remedy, review.reviewer, review.note, review.facts_hash,
                                  review.answer), datetime.min.replace(tzinfo=timezone.utc)) < datetime.fromisoformat(_review_time(review.at))]

    @staticmethod
    def _withdrawals(conn: Any, client_ids: Iterable[int]) -> dict[int, dict[tuple, datetime]]:
        """By client id, the reviews `withdraw_reviews` took back and nothing kept again since
        (Edit > Redo), each with the moment it was taken back; a client with none is left out.
        The log line keeps the reviewer only when another than the account's user, who is the
        line's own user (`_review_json`).  Read in chunks of ids (indexed by audit_client), not
        a query per client."""
        found: dict[int, dict[tuple, datetime]] = defaultdict(dict)
        ids = sorted(set(client_ids))
        for start in range(0, len(ids), _IN_CHUNK):
            chunk = ids[start:start + _IN_CHUNK]
            for client_id, at, user, action, before, after in conn.execute(
                    f"SELECT client_id, at, user, action, before, after FROM audit WHERE client_id IN ({', '.join('?' * len(chunk))}) "
                    "AND entity = 'review' AND action IN ('review', 'withdraw') ORDER BY id", chunk):
                kept = json.loads(before if action == "withdraw" else after)
                key = (kept["case"], kept["conviction"], kept["remedy"], kept.get("reviewer", user), kept["note"],
                       kept.get("facts_hash"), kept.get("answer"))
                if action == "withdraw":
                    found[client_id][key] = datetime.fromisoformat(at)
                else:
                    found[client_id].pop(key, None)
        return {client_id: taken for client_id, taken in found.items() if taken}

    def _store_chunk(self, conn: Any, chunk: list[Client], next_id: int, ids: list[int], hashes: list[str] | None = None,
                     source: str | None = None) -> int:
        new_ids = self._insert_records(conn, chunk, next_id, hashes=hashes)
        now = self._now()
        audit_rows = []
        # An imported client's history said "client create" as if typed here: which laptop's
        # file they came from was only in the caseload's whole log, between the import's start
        # and finish lines, which the client's History tab does not show (M42-04).
        came = {} if source is None else {"imported_from": source}
        for client, client_id in zip(chunk, new_ids):
            client.id = client_id
            summary = r._json({"name": client.name, "cases": len(client.cases)} | came)
            audit_rows.append((now, self.user, client_id, "client", "create", None, summary))
        conn.executemany("INSERT INTO audit (at, user, client_id, entity, action, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)", audit_rows)
        ids.extend(new_ids)
        return next_id + len(chunk)

    def save_client(self, client: Client, *, expected: Client | None = None, undoing: str | None = None) -> None:
        """Replace the stored record of `client` (by `client.id`) with this one, audited.

        The UI's every edit goes through here.  Saving an unchanged record writes nothing;
        a contradictory one raises `FormatError` and writes nothing either.

        `expected` is the record the edit was made on (as the editor read or last saved
        it).  When the stored record is no longer that one, another window or desk saved
        the client since, and replacing the whole record would silently undo their edit
        (storage check D21-02): `ChangedElsewhere` is raised and nothing is written.

        `undoing` is the step an Edit > Undo takes back ("Edit Case BA100001, PC 484, level"):
        the log's line keeps it beside the record, as "undone" (a merge's keeps "merged_from"),
        so that History says what was undone and not "Record edited" (Q113-01).
        """
        if client.id is None:
            raise ValueError("save_client needs a stored client; use add_client for a new one")
        check_cases(client.cases, dob=client.person.dob)  # FormatError, as in add_client
        with self._write() as conn:
            before = self._load(conn, client.id, client.id)
            if not before:
                raise ClientNotFound(f"There is no client number {client.id} in this caseload.")
            before_json, after_json = r.client_json(before[0]), r.client_json(client)
            if before_json == after_json:
                return
            if expected is not None and r.client_json(replace(expected, id=client.id)) != before_json:
                raise ChangedElsewhere(
                    f"{before[0].name}'s record was changed in another window or on another desk after you opened it, "
                    "so this change was not saved (it would have undone theirs). Make your change again on "
                    "the record as it is now.",
                    path=self.path,
                )
            self._replace_record(conn, client)
            at = self._now()
            logged = after_json if undoing is None else r._json(r.plain(client) | {"undone": undoing})
            self._audit(conn, client.id, "client", "update", before_json, logged, at=at)
            # When a ruling of denial was typed, written once here, at the same moment as the save
            # (a review in the same second counts, as it follows what is shown): D64-02, Y64-01.
            for denial in _denials_entered(before_json, after_json):
                if not _denial_put_back(conn, client.id, denial):
                    self._audit(conn, client.id, "denial", "entered", None, r._json(denial), at=at)

    def _replace_record(self, conn: Any, client: Client) -> None:
        """Write `client`'s record over the stored one (save_client, a merge and its undo).

        Only what changed is written: a case whose row, counts, conditions, payments and
        petitions are all as stored stays as it is, and the search entry too when its words
        are the same.  One case number typed on a 25-case record rewrote every case and count
        (P316-01)."""
        from clinic_app.eligibility import facts_hash

        # The client row is updated in place (its screenings and reviews stay); a case that
        # changed is replaced whole, its children following by ON DELETE CASCADE.
        stored = self._cases_as_stored(conn, client.id)
        at = Counter(position for position, _row_id, _written in stored)  # one row a position, as written
        kept = {position for position, _row_id, written in stored if at[position] == 1 and position < len(client.cases)
                and written == _case_as_written(client.cases[position], client.id, position)}
        gone = [row_id for position, row_id, _written in stored if position not in kept]
        if gone:
            conn.execute(f"DELETE FROM cases WHERE id IN ({','.join('?' * len(gone))})", gone)
        searched = _search_values(client, client.id)
        search_changed = conn.execute("SELECT rowid, name, aliases, case_numbers FROM client_search WHERE rowid = ?",
                                      (client.id,)).fetchone() != searched
        if search_changed:
            # Written here, as worked out for the comparison: `_insert_records` worked it out again.
            conn.execute("DELETE FROM client_search WHERE rowid = ?", (client.id,))
            conn.execute(_SEARCH_INSERT, searched)
        columns = r.CLIENT_COLUMNS[1:]
        assignments = ", ".join(f"{c} = ?" for c in columns)
        values = r.client_values(client, client.id)[1:]
        new_hash = facts_hash(client.person, client.cases)
        conn.execute(f"UPDATE clients SET {assignments}, facts_hash = ?, updated_at = ? WHERE id = ?", (*values, new_hash, self._now(), client.id))
        self._insert_records(conn, [client], None, with_client_rows=False, cases_kept=kept, with_search_row=False)

    @staticmethod
    def _cases_as_stored(conn: Any, client_id: int) -> list[tuple[int, int, tuple]]:
        """Each stored case of `client_id`: its position, its row id, and its rows as
        `_case_as_written` makes them (row ids and the case's row id left out)."""
        children: dict[int, list[list[tuple]]] = defaultdict(lambda: [[], [], [], []])
        for n, (table, columns) in enumerate((("convictions", r.CONVICTION_COLUMNS), ("conditions", r.CONDITION_COLUMNS),
                                              ("payments", r.PAYMENT_COLUMNS), ("petitions", r.PETITION_COLUMNS))):
            sql = (r.select_sql(table, columns) + f" JOIN cases ON cases.id = {table}.case_id WHERE cases.client_id = ?"
                   f" ORDER BY {table}.case_id, {table}.position")
            for row in conn.execute(sql, (client_id,)):
                children[row[1]][n].append(tuple(row[2:]))
        rows = conn.execute(r.select_sql("cases", r.CASE_COLUMNS) + " WHERE client_id = ?", (client_id,)).fetchall()
        return [(row[2], row[0], (tuple(row[1:]), *map(tuple, children[row[0]]))) for row in rows]

    def delete_client(self, client_id: int, *, expected: Client | None = None, reviews: Sequence[tuple] | None = None) -> RemovedClient:
        """Remove a client with their whole record, screenings and reviews; the audit log keeps the record.

        Returns what was removed, for `restore_client` to put back (an undo in the window).
        With `expected` (the record as this window added it), a client whose record another
        window or desk has changed since is not removed: `ChangedElsewhere` (see save_client).
        With `reviews` (`review_contents` of the reviews the client had as this window added or
        put them back: none for a client added), neither is a client an attorney has reviewed
        since: the review is work of its own, not kept in the record (U33-02, U33-04).  Their
        stored screenings are no such work: the record is screened again when put back.
        """
        with self._write() as conn:
            before = self._load(conn, client_id, client_id)
            if not before:
                raise ClientNotFound(f"There is no client number {client_id} in this caseload.")
            if expected is not None and r.client_json(replace(expected, id=client_id)) != r.client_json(before[0]):
                raise ChangedElsewhere(
                    f"{before[0].name}'s record was changed in another window or on another desk after you added it, "
                    "so the client was not removed (that would have removed their change too).",
                    path=self.path,
                )
            if reviews is not None and review_contents(_rows(conn, "SELECT * FROM reviews WHERE client_id = ? ORDER BY id", client_id)) != list(reviews):
                raise ChangedElsewhere(
                    f"An attorney has reviewed {before[0].name}'s results since, so the client was not "
                    "removed (that would have removed the review too).",
                    path=self.path,
                )
            removed = self._take_out(conn, before[0])
            self._audit(conn, client_id, "client", "delete", r.client_json(before[0]), None)
        with user_errors(self.path):
            empty_the_wal(self.db.conn)  # the -wal still held the client's pages as they were
        return removed

    def _take_out(self, conn: Any, client: Client) -> RemovedClient:
        """Remove a stored client (`client`, as loaded) with their screenings and reviews; returns
        what `_put_back` needs (delete_client, and a merge's other record)."""
        client_id = client.id
        removed = RemovedClient(
            client,
            _rows(conn, "SELECT * FROM clients WHERE id = ?", client_id)[0],
            _rows(conn, "SELECT * FROM screenings WHERE client_id = ? ORDER BY id", client_id),
            _rows(conn, "SELECT * FROM reviews WHERE client_id = ? ORDER BY id", client_id),
        )
        conn.execute("DELETE FROM client_search WHERE rowid = ?", (client_id,))
        conn.execute("DELETE FROM clients WHERE id = ?", (client_id,))
        # Typing kept for them: the window's, intake's box 2 (K114-01), a review note (K114-02).
        drafts = (_draft_key(client_id), _draft_key(client_id, "intake"), _draft_key(client_id, "review"))
        removed.drafts = _rows(conn, "SELECT * FROM settings WHERE key IN (?, ?, ?) ORDER BY key", *drafts)
        conn.execute("DELETE FROM settings WHERE key IN (?, ?, ?)", drafts)
        # The search index only marks a row deleted: the words of the client's name,
        # aliases and case numbers stayed in its older segments until a merge.  Merged
        # now (0.35 s at 100,000 clients, measured; a delete is rare), they are gone (V28-01).
        conn.execute("INSERT INTO client_search (client_search) VALUES ('optimize')")
        return removed

    def restore_client(self, removed: RemovedClient) -> None:
        """Put back a client `delete_client` removed (Edit > Undo of "Delete client"), whole:
        the same number (the audit log names them by it), record, stored screenings and
        reviews.  The screenings and reviews get new row numbers, in their old order."""
        client = removed.client
        with self._write() as conn:
            self._put_back(conn, removed)
            self._audit(conn, client.id, "client", "restore", None, r.client_json(client))

    def denials_entered(self, client_id: int) -> list[DenialEntered]:
        """When each denial on the client's record was typed (its last "denial" "entered" row),
        for an export to carry (F70-03); a denial with no such row (imported before, or come
        with the record) is left out, as the review's day decides for it here too."""
        with self._read() as conn:
            stored = self._load(conn, client_id, client_id)
            if not stored:
                return []
            on_record = _denials_entered("{}", r.client_json(stored[0]))
            if not on_record:
                return []
            last = {after: at for at, after in conn.execute(
                "SELECT at, after FROM audit WHERE client_id = ? AND entity = 'denial' AND action = 'entered' "
                "ORDER BY julianday(at), id", (client_id,))}
        return [DenialEntered(**denial, at=last[r._json(denial)]) for denial in on_record if r._json(denial) in last]

    def exported_reviews(self, client_id: int) -> list[ExportedReview]:
        """A client's reviews as a merge (clinic_app.merging) and an export read them, oldest first."""
        with self._read() as conn:
            return self._reviews_as_exported(conn, client_id)

    def merge_clients(self, merged: Merged, from_id: int, *, expected: tuple[Client, Client],
                      reviews: tuple[list[ExportedReview], list[ExportedReview]] | None = None) -> MergeDone:
        """Make two records of one client one (clinic_app.merging.merge_into worked out `merged`):
        in one transaction the kept client (`merged.client.id`) gets its merged record and the
        other's reviews it lacked, and the other record (`from_id`) leaves the caseload, both
        audited, each naming the other ("merge" on the kept, "merge away" on the other, whose
        log line keeps its whole record).  `expected` are the two records (kept, other) the merge
        was worked out on, and `reviews` their reviews: when another window or desk has changed
        either since, `ChangedElsewhere` is raised and nothing is written.  Returns what
        `unmerge` needs to put both back as they were (Edit > Undo)."""
        into_id = merged.client.id
        if into_id is None or into_id == from_id:
            raise ValueError("a merge needs two stored clients")
        check_cases(merged.client.cases, dob=merged.client.person.dob)  # FormatError, as save_client
        with self._write() as conn:
            into, other = self._load(conn, into_id, into_id), self._load(conn, from_id, from_id)
            if not into or not other:
                raise ClientNotFound(f"There is no client number {into_id if not into else from_id} in this caseload.")
            into, other = into[0], other[0]
            changed = [client.name for client, was in zip((into, other), expected)
                       if r.client_json(client) != r.client_json(replace(was, id=client.id))]
            if reviews is not None:
                changed += [client.name for client, was in zip((into, other), reviews)
                            if client.name not in changed and self._reviews_as_exported(conn, client.id) != list(was)]
            if changed:
                raise ChangedElsewhere(f"{changed[0]}'s record or attorney reviews were changed in another window or on another desk "
                                       "since the merge was shown, so nothing was merged. Open the client again and merge from there.",
                                       path=self.path)
            into_reviews = _rows(conn, "SELECT * FROM reviews WHERE client_id = ? ORDER BY id", into_id)
            removed = self._take_out(conn, other)
            self._replace_record(conn, merged.client)
            self._add_reviews_lacking(conn, [(into_id, merged.reviews)], came={"merged_from": from_id})
            conn.execute(self._AWAITING_UPDATE, (into_id,))
            # What this record kept over the other's (its clinic event, phone, date of birth) in
            # the merge's own line: said once at the merge, then gone with the other record,
            # and History no longer told that the client came to that event (P129-03).
            kept = {"kept": list(merged.kept)} if merged.kept else {}
            self._audit(conn, into_id, "client", "merge", r.client_json(into),
                        r._json(r.plain(merged.client) | {"merged_from": from_id} | kept))
            self._audit(conn, from_id, "client", "merge away", r.client_json(other), r._json({"merged_into": into_id}))
            self._denials_carried(conn, merged, from_id, r.client_json(into))
        return MergeDone(into, into_reviews, copy.deepcopy(merged.client), removed)

    def _denials_carried(self, conn: Any, merged: Merged, from_id: int, before_json: str) -> None:
        """Each denial the merge took from the other record (`from_id`) gets, on the kept record,
        the moment it was typed there: its "denial" "entered" row, on this record's keys.  With
        none, the review's day alone decided, and a review the attorney made on the laptop on the
        hearing morning, before the ruling was typed in that afternoon, read "reviewed by the
        attorney" once merged, where it had read "attorney to review" (closing-note45).  A
        denial the other record has no moment for (it came with an import) is left to the day,
        as before."""
        new = _denials_entered(before_json, r.client_json(merged.client))
        if not new:
            return
        rows = conn.execute("SELECT at, after FROM audit WHERE client_id = ? AND entity = 'denial' AND action = 'entered' "
                            "ORDER BY julianday(at), id", (from_id,)).fetchall()
        for denial in new:
            moment = None
            for at, after in rows:
                there = json.loads(after)
                case = merged.case_keys.get(there.get("case"))
                counts = {merged.conviction_keys.get((there.get("case"), key)) or key for key in there.get("convictions") or []}
                # The filing day may be this record's, kept (put right on one side): the ruling is what was typed.
                if (case, there.get("remedy"), there.get("ruling_on"), counts) == (
                        denial["case"], denial["remedy"], denial["ruling_on"], set(denial["convictions"])):
                    moment = at  # the last one typed
            if moment is not None:
                self._audit(conn, merged.client.id, "denial", "entered", None, r._json(denial), at=moment)

    def unmerge(self, done: MergeDone) -> None:
        """Put back both records `merge_clients` made one (Edit > Undo of the merge): the kept
        client's record and reviews as they were, the other whole under its own number, with its
        stored screenings and reviews; one transaction, audited on both.  Refused with
        `ChangedElsewhere`, nothing written, when the kept record was changed since the merge."""
        into_id = done.before.id
        with self._write() as conn:
            now = self._load(conn, into_id, into_id)
            if not now:
                raise ClientNotFound(f"There is no client number {into_id} in this caseload.")
            if r.client_json(now[0]) != r.client_json(done.merged):
                raise ChangedElsewhere(f"{now[0].name}'s record was changed after the merge, in this window or another, so "
                                       "the merge was not undone (that would throw the change away).", path=self.path)
            self._replace_record(conn, done.before)
            conn.execute("DELETE FROM reviews WHERE client_id = ?", (into_id,))
            for row in done.reviews:
                _insert_row(conn, "reviews", {k: v for k, v in row.items() if k != "id"})
            self._put_back(conn, done.removed)
            conn.execute(self._AWAITING_UPDATE, (into_id,))
            self._audit(conn, into_id, "client", "unmerge", r.client_json(done.merged),
                        r._json(r.plain(done.before) | {"merged_from": done.removed.client.id}))
            self._audit(conn, done.removed.client.id, "client", "unmerge", None,
                        r._json(r.plain(done.removed.client) | {"merged_into": into_id}))

    def _reviews_as_exported(self, conn: Any, client_id: int) -> list[ExportedReview]:
        rows = conn.execute("SELECT case_key, conviction_key, remedy, reviewer, at, note, facts_hash, answer FROM reviews "
                            "WHERE client_id = ? ORDER BY id", (client_id,)).fetchall()
        return [ExportedReview(case, conviction, remedy, reviewer, _review_time(at), note, hashed, answer)
                for case, conviction, remedy, reviewer, at, note, hashed, answer in rows]

    def _put_back(self, conn: Any, removed: RemovedClient) -> None:
        client = removed.client
        if conn.execute("SELECT 1 FROM clients WHERE id = ?", (client.id,)).fetchone():
            raise CaseloadError(f"Client number {client.id} is already in this caseload.", path=self.path)
        _insert_row(conn, "clients", removed.row)
        self._insert_records(conn, [client], None, with_client_rows=False)
        for row in removed.screenings:
            _insert_row(conn, "screenings", {k: v for k, v in row.items() if k != "id"})
        for row in removed.reviews:
            _insert_row(conn, "reviews", {k: v for k, v in row.items() if k != "id"})
        for row in removed.drafts:  # one kept since under their number (none is) is not written over
            conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO NOTHING", (row["key"], row["value"]))

    # ---- reading clients ----------------------------------------------------------------

    def _load(self, conn: Any, first_id: int, last_id: int, limit: int | None = None) -> list[Client]:
        """Clients with ids in [first_id, last_id] (at most `limit`), whole records, by id."""
        sql = r.select_sql("clients", r.CLIENT_COLUMNS) + " WHERE id BETWEEN ? AND ? ORDER BY id"
        params: tuple = (first_id, last_id)
        if limit is not None:
            sql += " LIMIT ?"
            params = (first_id, last_id, limit)
        client_rows = conn.execute(sql, params).fetchall()
        if not client_rows:
            return []
        return self._with_cases(conn, client_rows, "BETWEEN ? AND ?", (client_rows[0][0], client_rows[-1][0]))

    def _load_ids(self, conn: Any, client_ids: list[int]) -> list[Client]:
        """The clients numbered `client_ids` (at most `_IDS_AT_ONCE`), whole records, by id: a
        list's few clients spread over a caseload, where `_load`'s span would read all between."""
        among = f"IN ({','.join('?' * len(client_ids))})"
        client_rows = conn.execute(r.select_sql("clients", r.CLIENT_COLUMNS) + f" WHERE id {among} ORDER BY id", client_ids).fetchall()
        return self._with_cases(conn, client_rows, among, tuple(client_ids)) if client_rows else []

    def _with_cases(self, conn: Any, client_rows: list, among: str, span: tuple) -> list[Client]:
        """`client_rows` as Clients with their cases, counts, conditions, payments and petitions,
        read for the clients whose id is `among` (SQL after "client_id": a span or a list) `span`."""
        case_rows = conn.execute(r.select_sql("cases", r.CASE_COLUMNS) + f" WHERE client_id {among} ORDER BY client_id, position", span).fetchall()
        children: dict[str, dict[int, list]] = {}
        for table, columns, build in (
            ("convictions", r.CONVICTION_COLUMNS, r.conviction_from_row),
            ("conditions", r.CONDITION_COLUMNS, r.condition_from_row),
            ("payments", r.PAYMENT_COLUMNS, r.payment_from_row),
            ("petitions", r.PETITION_COLUMNS, r.petition_from_row),
        ):
            grouped: dict[int, list] = defaultdict(list)
            sql = (
                r.select_sql(table, columns)
                + f" JOIN cases ON cases.id = {table}.case_id WHERE cases.client_id {among} ORDER BY {table}.case_id, {table}.position"
            )
            for row in conn.execute(sql, span):
                grouped[row[1]].append(build(row))
            children[table] = grouped
        cases_by_client: dict[int, list[Case]] = defaultdict(list)
        convictions, conditions, payments = children["convictions"], children["conditions"], children["payments"]
        for row in case_rows:
            case_id = row[0]
            case = r.case_from_row(row, convictions.get(case_id, []), conditions.get(case_id, []), payments.get(case_id, []),
                                   children["petitions"].get(case_id))
            cases_by_client[row[1]].append(case)
        return [r.client_from_row(row, cases_by_client.get(row[0], [])) for row in client_rows]

    def _load_quickly(self, conn: Any, first_id: int, last_id: int, limit: int | None = None) -> list[Client]:
        """`_load` with the cyclic garbage collector paused.

        Building a batch allocates hundreds of thousands of small acyclic objects; every
        allocation burst would otherwise trigger collections that walk the whole heap
        (measured: about 40% of a 100,000-client read).
        """
        with gc_paused():
            return self._load(conn, first_id, last_id, limit)

    def get_client(self, client_id: int) -> Client:
        """The whole record of one client; `ClientNotFound` (a KeyError) when there is none."""
        with self._read() as conn:
            found = self._load(conn, client_id, client_id)
        if not found:
            raise ClientNotFound(f"There is no client number {client_id} in this caseload.")
        return found[0]

    def iter_clients(self, batch_size: int = 1000) -> Iterator[Client]:
        """Every client with the whole record, in id order, read `batch_size` at a time."""
        last = 0
        while True:
            with self._read() as conn:
                batch = self._load_quickly(conn, last + 1, 2**62, limit=batch_size)
            if not batch:
                return
            yield from batch
            last = batch[-1].id  # type: ignore[assignment]

    def data_version(self) -> int:
        """A number that changes when another connection (window, desk, worker) has written to
        the caseload since it was last asked (SQLite's PRAGMA data_version): a cheap way to know
        the list may be out of date, without reading it."""
        with user_errors(self.path):
            return self.db.conn.execute("PRAGMA data_version").fetchone()[0]

    def client_ids(self) -> list[int]:
        """Every client's id, in order (a whole-caseload re-screen splits them into ranges)."""
        with self._read() as conn:
            return [row[0] for row in conn.execute("SELECT id FROM clients ORDER BY id")]

    def count_clients_numbered(self, spans) -> int:
        """How many clients have a number within one of `spans` ((first, last) pairs, ends
        included): an indexed count per span, not a pass over every client's number in Python
        (the demo caseload's mark, asked at each save: 0.2 s at 20,000 clients, W62-01)."""
        merged: list[list[int]] = []
        for first, last in sorted((int(lo), int(hi)) for lo, hi in spans):
            if merged and first <= merged[-1][1] + 1:  # overlapping or touching: counted once
                merged[-1][1] = max(merged[-1][1], last)
            else:
                merged.append([first, last])
        with self._read() as conn:
            return sum(conn.execute("SELECT COUNT(*) FROM clients WHERE id BETWEEN ? AND ?", span).fetchone()[0]
                       for span in merged)

    def changed_since(self, moment: datetime, event: str | None = None) -> list[int]:
        """The ids of the clients added or changed at `moment` or later (of `event` only, if
        given), in order: the client's own timestamps, and the audit log for what leaves them
        alone (an attorney's review).  A client deleted since is not among them.

        Both sides go through SQLite's datetime(), which reads an offset, a 'Z', a space for
        the 'T' and fractions of a second: compared as text, a stamp written with another
        offset than +00:00 (the clock is the caller's) or by another program fell on the
        wrong side of the day (D23D-01)."""
        since = moment.astimezone(timezone.utc).isoformat(timespec="seconds")
        sql = ("SELECT id FROM clients WHERE (datetime(created_at) >= datetime(?) OR datetime(updated_at) >= datetime(?) OR id IN "
               "(SELECT client_id FROM audit WHERE datetime(at) >= datetime(?) AND entity IN ('client', 'review')))")
        params: list[Any] = [since, since, since]
        if event is not None:
            sql += " AND event = ?"
            params.append(event)
        with self._read() as conn:
            return [row[0] for row in conn.execute(sql + " ORDER BY id", params)]

    def reviewed_since(self, moment: datetime) -> list[tuple[int, str]]:
        """(id, name) of the clients with an attorney's review recorded at `moment` or later, by
        name: the reviews kept, so one taken back by Undo is not among them.  Compared through
        SQLite's datetime(), as `changed_since` compares (D23D-01)."""
        since = moment.astimezone(timezone.utc).isoformat(timespec="seconds")
        with self._read() as conn:
            return [(row[0], row[1]) for row in conn.execute(
                "SELECT id, name FROM clients WHERE id IN (SELECT client_id FROM reviews WHERE datetime(at) >= datetime(?)) "
                "ORDER BY name, id", (since,))]

    def clients_between(self, first_id: int, last_id: int) -> list[Client]:
        """The whole records of the clients with ids in [first_id, last_id], by id."""
        with self._read() as conn:
            return self._load_quickly(conn, first_id, last_id)

    def clients_to_screen_between(self, first_id: int, last_id: int) -> list[tuple[Client, str | None]]:
        """`clients_between`, each with the hash of its facts as saved (None where a caseload
        from before schema 3 has not stored it yet), read in one transaction."""
        with self._read() as conn:
            clients = self._load_quickly(conn, first_id, last_id)
            hashes = dict(conn.execute("SELECT id, facts_hash FROM clients WHERE id BETWEEN ? AND ?", (first_id, last_id)).fetchall())
        return [(client, hashes.get(client.id)) for client in clients]

    def count_clients(self, event: str | None = None) -> int:
        """How many clients the caseload has (of `event` only, when it is given)."""
        with user_errors(self.path):
            if event is None:
                return self.db.conn.execute("SELECT COUNT(*) FROM clients").fetchone()[0]
            return self.db.conn.execute("SELECT COUNT(*) FROM clients WHERE event = ?", (event,)).fetchone()[0]

    def search_ids(self, text: str, *, ranked: bool = True) -> list[int]:
        """Ids of clients whose name, alias or case number matches `text`, best match first.

        ``ranked=False`` skips the bm25 ranking (in no particular order): the caseload list
        sorts by its own column, and ranking 20,000 hits of a one-letter search costs ~70 ms.
        """
        # A case number as printed, or else a short name and a birth with dashes ("Paz 3-2-85", R71-01).
        found = next((ids for words, born in search_readings(text)
                      if (ids := self._of_the_case(text, words, self._found_ids(words, born, ranked)))), [])
        # And "12-3-45", a date alone, the digits of "CR 12-3-45" too: that client first (W74-02).
        if numbered := self.found_by_case_digits(text):
            numbered_ids = set(numbered)
            found = numbered + [client_id for client_id in found if client_id not in numbered_ids]
        # And a phone number, "(626) 555-0104": those whose phone ends in its digits, after (P97-01).
        if by_phone := self.found_by_phone(text):
            already = set(found)
            found = found + [client_id for client_id in by_phone if client_id not in already]
        return found

    def found_by_phone(self, text: str) -> list[int]:
        """The clients whose phone number, as typed on their record, ends in the digits of a
        phone number searched (`matching.phone_digits_searched`: "(626) 555-0104" or "555-0104"),
        by id; [] for any other search.  The marks a phone is typed with are set aside in SQL,
        one pass over the clients' phones where the search is a phone number only (P97-01)."""
        digits = phone_digits_searched(text)
        if digits is None:
            return []
        with user_errors(self.path):
            # Its last four digits, run together in a phone typed any way, first: a LIKE over
            # 100,000 phones is quick; each number written in the few it leaves is then asked,
            # a word or an extension beside it set aside (R100-01: "(626) 555-0104 (cell)").
            rows = self.db.conn.execute("SELECT id, phone FROM clients WHERE phone LIKE ? ORDER BY id", (f"%{digits[-4:]}%",))
            return [client_id for client_id, phone in rows if phone_written_ends_in(phone, digits)]

    def found_by_case_digits(self, text: str) -> list[int]:
        """The clients search `text` finds by a case, where it is the digits of a case number
        alone that are also a date ("12-3-45" of "CR 12-3-45", W74-02), by id; [] for any other
        search.  `search_ids` lists them first; the window's list keeps its own order, and
        Enter goes to them (R75-02)."""
        digits = digits_of_a_case_number(text)
        return self._printed_after_letters(digits) if digits is not None else []

    def _printed_after_letters(self, digits: str) -> list[int]:
        """Ids of the clients with a case numbered `digits` after its court's letters
        ("CR 12-3-45" of "12-3-45", `matching.printed_after_letters`), by id.  The index gives
        those whose numbers hold the parts after the first as whole words one after the other
        ("3 45": the first may be run on to the letters, "CR12-3-45"), a few and quickly; their
        numbers are read to keep those parted as typed."""
        later_parts = '"' + " ".join(digits.split("-")[1:]) + '"'  # one after the other, as printed
        with user_errors(self.path):
            held = [row[0] for row in self.db.conn.execute(
                "SELECT rowid FROM client_search WHERE client_search MATCH ?", (f"{{case_numbers}} : ({later_parts})",))]
            numbers = [row for start in range(0, len(held), 500) for row in self.db.conn.execute(
                f"SELECT client_id, case_number FROM cases WHERE case_number IS NOT NULL"
                f" AND client_id IN ({', '.join('?' * len(held[start:start + 500]))})", held[start:start + 500])]
        return sorted({client_id for client_id, number in numbers if printed_after_letters(number, digits)})

    def _of_the_case(self, text: str, words: str, ids: list[int]) -> list[int]:
        """Of `ids`, found by the reading `words` of search `text`, where that reading is the case
        without the defendant's number ("BA350123" of "BA350123-01", T103-02), those with that
        very case, its case, spaces and dashes aside; else `ids`.  Searched as the start of a
        word, "BA350123" found the co-defendant's "BA350123-02", whose "-02" says it is not the
        person at the table, and case "BA3501234" (R104-01)."""
        case = case_before_defendant_number(text)
        if case is None or words != case or not ids:
            return ids
        key = case_number_key(case)
        with user_errors(self.path):
            numbered = {client_id for start in range(0, len(ids), 500) for client_id, number in self.db.conn.execute(
                f"SELECT client_id, case_number FROM cases WHERE case_number IS NOT NULL"
                f" AND client_id IN ({', '.join('?' * len(ids[start:start + 500]))})", ids[start:start + 500])
                if case_number_key(number) == key}
        return [client_id for client_id in ids if client_id in numbered]

    def _found_ids(self, words: str, born: date | None, ranked: bool) -> list[int]:
        """Ids of the clients one reading of a search finds (`search_ids`)."""
        if born is not None and not words:  # a date of birth alone: who was born that day
            with user_errors(self.path):
                return [row[0] for row in self.db.conn.execute("SELECT id FROM clients WHERE dob = ?", (born.isoformat(),))]
        query = fts_query(words)
        if query is None:
            return []
        order = " ORDER BY rank" if ranked else ""
        sql, params = "SELECT rowid FROM client_search WHERE client_search MATCH ?", [query]
        if born is not None:  # a name and a date of birth: those so named born that day (C64)
            sql = ("SELECT client_search.rowid FROM client_search JOIN clients AS c ON c.id = client_search.rowid"
                   " WHERE client_search MATCH ? AND c.dob = ?")
            params.append(born.isoformat())
        with user_errors(self.path):
            rows = self.db.conn.execute(sql + order, params).fetchall()
        return [row[0] for row in rows]

    def found_by_alias(self, text: str) -> dict[int, str]:
        """The clients a search for `text` finds by an alias rather than by their name, with
        the alias that matched: {id: "Mónica Ibáñez"}.  The caseload list shows it beside the
        name (E27B-01: "Ibanez Monica" listed Héctor Ibáñez, a Mónica Ibáñez among his
        aliases, with nothing to say why).  One indexed query: the aliases column's matches
        that the name column's are not; the alias is picked in Python among those few.  Of a
        name and a date of birth ("Ibanez Monica 3/2/85"), the name's words: the list shows
        only those born that day, and a date alone is found by no alias."""
        readings = search_readings(text)
        # The reading the list shows: the name and the day when the case number finds nobody (R71-01).
        text = next((words for words, _born in readings[1:] if not self._found_ids(*readings[0], ranked=False)), readings[0][0])
        query = fts_query(text)
        if query is None:
            return {}
        # Found by the whole search with a word of it in the aliases, and not by the name and
        # case numbers alone: the words may be split, "Monica Ibanez" finding Mónica Ruiz (alias
        # Ana Ibáñez) or "Paz Monica" Jorge Paz (alias Mónica Ibáñez), which the aliases alone
        # do not (W28-06: no note).  A word in the aliases is asked first, so a case-number
        # search ("BA3", every client) costs next to nothing, not a pass over all its matches.
        some_word = " OR ".join(f'"{word}"*' for word in re.findall(r"\w+", text))
        sql = ("SELECT c.id, c.aliases FROM client_search JOIN clients AS c ON c.id = client_search.rowid"
               " WHERE client_search MATCH ?"
               " AND client_search.rowid NOT IN (SELECT rowid FROM client_search WHERE client_search MATCH ?)")
        with user_errors(self.path):
            rows = self.db.conn.execute(sql, (f"{{aliases}} : ({some_word}) AND ({query})",
                                              f"{{name case_numbers}} : ({query})")).fetchall()
        words = [person_key(word, None)[0] for word in re.findall(r"\w+", text)]
        found = {}
        for client_id, aliases in rows:
            best, hits = None, 0
            for alias in json.loads(aliases):
                # (With the alias's words run together, as the index holds them: "OBrien" typed, F58-04.)
                alias_words = re.findall(r"\w+", r.searched_names(person_key(alias, None)[0]))
                matched = sum(any(a.startswith(word) for a in alias_words) for word in words)
                if matched > hits:
                    best, hits = alias, matched
            if best is not None:
                found[client_id] = best
        return found

    def list_clients(self, search: str | None = None, limit: int | None = None, event: str | None = None) -> list[ClientRow]:
        """The caseload list: every client (by name), or those matching `search` (best first);
        only the clients of the clinic `event` when it is given.  A date of birth in the search,
        alone or beside a name ("3/2/85", "darnell jackson 10/12/1983"), finds who was born that
        day (`matching.search_terms`), as the window's search box does (J63-04, C64)."""
        readings = search_readings(search) if search else [("", None)]
        # A case number as printed, or else a short name and a birth (R71-01).
        rows = next((rows for words, born in readings[:-1] if (rows := self._listed(words, born, limit, event))), None)
        if rows is None:
            rows = self._listed(*readings[-1], limit, event)
            if search and case_before_defendant_number(search) is not None:  # that very case (R104-01)
                kept = set(self._of_the_case(search, readings[-1][0], [row.id for row in rows]))
                rows = [row for row in rows if row.id in kept]
        # And "12-3-45", a date alone, the digits of "CR 12-3-45" too: that client first (W74-02).
        if search and (numbered := self.found_by_case_digits(search)):
            first = [row for row in self.client_rows(numbered) if event is None or row.event == event]
            first.sort(key=lambda row: alphabetical(row.name))
            numbered_ids = set(numbered)
            rows = (first + [row for row in rows if row.id not in numbered_ids])[:limit]
        # And a phone number, "(626) 555-0104": those whose phone ends so, after (P97-01).
        if search and (by_phone := self.found_by_phone(search)):
            listed = {row.id for row in rows}
            called = [row for row in self.client_rows(by_phone) if row.id not in listed and (event is None or row.event == event)]
            called.sort(key=lambda row: alphabetical(row.name))
            rows = (rows + called)[:limit]
        # A whole name searched: those of exactly that name first, as the window lists them (K374-01).
        return named_as_searched_first(rows, search) if search else rows

    def _listed(self, words: str, born: date | None, limit: int | None, event: str | None) -> list[ClientRow]:
        """The caseload list's rows for one reading of a search (`list_clients`)."""
        query = fts_query(words) if words else None
        params: list[Any] = []
        where: list[str] = []
        if query is not None:
            sql = _LIST_SQL + " JOIN (SELECT rowid AS hit, rank FROM client_search WHERE client_search MATCH ?) AS f ON f.hit = c.id"
            order = " ORDER BY f.rank"
            params.append(query)
        elif words.strip():
            return []  # only punctuation: nothing can match
        else:
            sql, order = _LIST_SQL, " ORDER BY c.name COLLATE NOCASE, c.id"
        if born is not None:
            where.append("c.dob = ?")
            params.append(born.isoformat())
        if event is not None:
            where.append("c.event = ?")
            params.append(event)
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += order
        by_name = query is None  # SQLite's NOCASE puts "Gómez" after "Gutiérrez": sorted here
        if limit is not None and not by_name:
            sql += " LIMIT ?"
            params.append(limit)
        with self._read() as conn:
            rows = conn.execute(sql, params).fetchall()
        if by_name:
            rows.sort(key=lambda row: alphabetical(row[1]))
            rows = rows[:limit] if limit is not None else rows
        return [_client_row(row) for row in rows]

    def probation_ended(self, first: date, last: date, client_ids: Iterable[int] | None = None) -> dict[int, tuple[date, str | None]]:
        """The clients with a probation grant whose last day falls from `first` to `last` (both
        included; clinic_app.probation_ended.ended_within: an early end wins, a revoked grant is
        left out), each with the latest such day and its case's number: whose probation ended
        last month, who may be eligible now (C64).  Read from the cases as stored, screening
        nobody; of `client_ids` only when given (a line saved while the list shows them)."""
        from clinic_app.probation_ended import ended_within

        sql = (f"SELECT client_id, case_number, {_GRANT_COLUMNS} FROM cases WHERE sentence_type = 'probation' AND has_probation"
               " AND COALESCE(early_termination, probation_end) BETWEEN ? AND ?")
        params: list[Any] = [first.isoformat(), last.isoformat()]
        if client_ids is not None:
            ids = list(client_ids)
            sql += f" AND client_id IN ({', '.join('?' * len(ids))})"
            params += ids
        # Two grants ending the same day: the case first in the record is named, not the one
        # edited last (a save writes only the cases that changed, P316-01; R321-01).
        sql += _IN_RECORD_ORDER
        found: dict[int, tuple[date, str | None]] = {}
        with self._read() as conn:
            for client_id, number, *grant in conn.execute(sql, params):
                day = ended_within(_probation_grant(*grant), first, last)
                if day is not None and (client_id not in found or found[client_id][0] < day):
                    found[client_id] = (day, number or None)
        return found

    def probation_running_on(self, found: Mapping[int, tuple[date, str | None]], today: date) -> dict[int, OthersRunning]:
        """Of the clients `probation_ended` found (each with the day their grant ended), those
        whose other grants say something beside it as of `today` (clinic_app.probation_ended.
        others_running: another still running, B118-03), read from the cases as stored: the
        terminal's list and the window's line say it alike."""
        from clinic_app.probation_ended import others_running

        grants: dict[int, list[tuple[Probation, str | None]]] = defaultdict(list)
        ids = list(found)
        with self._read() as conn:
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                for client_id, number, *grant in conn.execute(
                        f"SELECT client_id, case_number, {_GRANT_COLUMNS} FROM cases WHERE sentence_type = 'probation'"
                        f" AND has_probation AND client_id IN ({', '.join('?' * len(chunk))})" + _IN_RECORD_ORDER, chunk):
                    grants[client_id].append((_probation_grant(*grant), number))
        said = {client: others_running(grants[client], found[client][0], today) for client in grants}
        return {client: others for client, others in said.items() if others is not None}

    def client_names(self) -> list[str]:
        """Every client's name as typed, in no order: the words a search spelled as heard is
        put right by (`matching.close_spellings`, P97-02)."""
        with self._read() as conn:
            return [row[0] for row in conn.execute("SELECT name FROM clients")]

    def client_rows(self, client_ids: Iterable[int]) -> list[ClientRow]:
        """The caseload list's lines of these clients (those still stored), in no order."""
        ids = list(client_ids)
        with self._read() as conn:
            return [_client_row(row) for start in range(0, len(ids), 500)
                    for row in conn.execute(_LIST_SQL + f" WHERE c.id IN ({', '.join('?' * len(ids[start:start + 500]))})", ids[start:start + 500])]

    def changes_since(self, audit_id: int | None) -> tuple[int, set[int] | None]:
        """The audit log's last entry, and the clients whose entries come after `audit_id`
        (added, edited, screened, reviewed, removed); None for them when an entry names no
        client but changes many (a whole-caseload re-screen).  `audit_id` None: none read."""
        with self._read() as conn:
            last = conn.execute("SELECT COALESCE(MAX(id), 0) FROM audit").fetchone()[0]
            if audit_id is None:
                return last, set()
            changed: set[int] | None = set()
            for client_id, entity in conn.execute("SELECT client_id, entity FROM audit WHERE id > ?", (audit_id,)):
                if client_id is not None:
                    changed.add(client_id)
                elif entity != "setting":
                    changed = None
                    break
        return last, changed

    def latest_screenings(self, event: str | None = None) -> Iterator[tuple[ClientRow, Screening | None]]:
        """Each client's list line with their newest stored screening (None if never screened),
        the clients of `event` only when it is given; for reports (clinic_app.report)."""
        for row in self.list_clients(event=event):
            stored = self.latest_screening(row.id)
            yield row, stored.screening if stored is not None else None

    def counted_screenings(self, event: str | None = None, language: str | None = None
                           ) -> Iterator[tuple[ReportLine, CountedScreening | None]]:
        """What a report counts (clinic_app.report.build_report) of each client, the clients
        of `event` (and of the handout `language`) only when it is given: their list line's language, outcome and review
        flag, and their newest screening's day, rules and determinations (None if never
        screened).  One read in the file's order, where the report read the list sorted by
        name, then each newest screening whole, one by one (21 s at 100,000 clients: P29B-04)."""
        from clinic_app.report import WAITING_OUTCOMES, CountedScreening

        sql = ("SELECT c.language, c.best, c.needs_review, c.automatic_only, c.file_on, c.court, s.as_of, s.rules_version, s.result, "
               "c.outstanding, c.awaiting_review, "
               # Read only where the report asks (a best outcome of needs review, R61-01, or of
               # nothing available: no case entered yet, G63-05; or none, not screened yet,
               # F109-01): a count of cases for each of 100,000 clients is no cost to pay for none.
               "CASE WHEN c.best IN ('needs_review', 'nothing_available') OR c.best IS NULL "
               "THEN (SELECT COUNT(*) FROM cases WHERE cases.client_id = c.id) END, "
               # Whether some answer is the attorney's, reviewed or not (ClientRow.attorney_answers):
               # of a line with none, "(with any result to review)" counted a client whose only
               # needs-review rows wait for a case's counts (R61-03).
               "CASE WHEN c.needs_review THEN EXISTS (SELECT 1 FROM json_each(s.review_keys)) ELSE 0 END, "
               # Of a line whose petition stands denied, the reviews that count on the newest
               # screening's facts, as the list's line reads them (`_LIST_SQL`): a denial the
               # attorney had reviewed was counted "denied: attorney to review" (L63-02).
               "CASE WHEN c.court LIKE '%\"denials\"%' THEN (SELECT json_group_array(json_array(v.answer, v.at)) FROM reviews AS v "
               "WHERE v.client_id = c.id AND v.facts_hash = s.facts_hash AND " + _REVIEW_AFTER_DENIAL_ENTERED + ") END, "
               "c.best_date, "
               # Of a line not screened yet, the cases whose counts are still to type, as the
               # list's line says them: "Cases still to enter" listed them, and the report
               # counted them "Not screened yet" only (F109-01).
               + _UNENTERED_CASES_SQL + " "
               "FROM clients AS c "
               "LEFT JOIN screenings AS s ON s.id = (SELECT MAX(id) FROM screenings WHERE client_id = c.id)")
        chosen, params = _clients_chosen(event, language, "c.")
        sql += f" WHERE 1{chosen}" if chosen else ""
        with self._read() as conn:
            cursor = conn.execute(sql, params)
            while rows := cursor.fetchmany(500):
                for (language, best, needs_review, automatic_only, file_on, court, as_of, rules_version, result,
                     outstanding, awaiting, case_count, attorney_answers, denial_reviews, best_date, unentered) in rows:
                    listed = (_labels(outstanding) if outstanding else []) + _unentered_lines(unentered) if case_count is not None else ()
                    if best in WAITING_OUTCOMES:  # what they wait for, said by the report (F122-04)
                        listed = _labels(outstanding) if outstanding else []
                    line = ReportLine(language, best, bool(needs_review), bool(automatic_only),
                                      date.fromisoformat(file_on) if file_on else None, _court_reviewed(court, denial_reviews),
                                      case_count, listed,
                                      bool(awaiting), bool(attorney_answers), date.fromisoformat(best_date) if best_date else None)
                    if result is None:
                        yield line, None
                    else:
                        yield line, CountedScreening(date.fromisoformat(as_of), rules_version, r.counted_results(result))

    def events(self) -> list[str]:
        """The clinic events clients were seen at, alphabetically."""
        with user_errors(self.path):
            rows = self.db.conn.execute("SELECT DISTINCT event FROM clients WHERE event IS NOT NULL ORDER BY event").fetchall()
        return [row[0] for row in rows]

    def event_counts(self, language: str | None = None) -> dict[str, int]:
        """Each clinic event clients were seen at, alphabetically, with how many clients it has
        (Caseload > Rename clinic event offers them so); of those of the handout `language`
        only where it is given (a report of Spanish speakers, F312-02)."""
        chosen, params = _clients_chosen(None, language)
        with user_errors(self.path):
            rows = self.db.conn.execute(f"SELECT event, COUNT(*) FROM clients WHERE event IS NOT NULL{chosen} GROUP BY event "
                                        "ORDER BY event", params)
            return dict(rows.fetchall())

    def rename_event(self, old: str, new: str, *, client_ids: Iterable[int] | None = None,
                     undoing: str | None = None) -> list[int]:
        """Put the clients of the clinic event `old` under the name `new` (an event of that name
        already here is joined): one day stored under two names, "Saturday Clinic" and
        "saturday clinic", had half its clients left out of the event's report, export and
        handouts, and the window had no way to make them one.  In one transaction, each client's
        change in the audit log as a save writes it (their History says "Clinic event").

        `client_ids`: only those of them still under `old` (Edit > Undo puts back the clients a
        rename moved, not those another desk has since given another event, nor the ones the
        joined event had before).  Returns the ids of the clients moved, in order.

        `undoing`: the rename an Edit > Undo takes back ("Rename clinic event “A” to “B”"), kept
        beside each client's record in the log as "undone", as `save_client` keeps an edit's, so
        that their History says what was undone, not "Record edited" (Z114-04)."""
        new = new.strip()
        if not new:
            raise ValueError("a clinic event needs a name")
        with self._write() as conn:
            ids = [row[0] for row in conn.execute("SELECT id FROM clients WHERE event = ? ORDER BY id", (old,))]
            if client_ids is not None:
                wanted = set(client_ids)
                ids = [client_id for client_id in ids if client_id in wanted]
            if old == new or not ids:
                return []
            at = self._now()
            for client_id in ids:
                (before,) = self._load(conn, client_id, client_id)
                conn.execute("UPDATE clients SET event = ?, updated_at = ? WHERE id = ?", (new, at, client_id))
                after = r.plain(replace(before, event=new)) | ({} if undoing is None else {"undone": undoing})
                self._audit(conn, client_id, "client", "update", r.client_json(before), r._json(after), at=at)
        return ids

    # ---- screenings ---------------------------------------------------------------------

    _SCREENING_INSERT = (
        "INSERT INTO screenings (client_id, as_of, rules_version, facts_hash, result, "
        "best, best_date, next_action_date, outstanding, needs_review, automatic_only, review_keys, file_on, court, remedies_open, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    )
    # Whether the client awaits an attorney's review (ClientRow.awaiting_review): some answer
    # key of the newest screening's needs-review results has no review kept with the same
    # facts hash and answer key.  Written whenever the newest screening or the reviews change,
    # so the list reads it; a client's screenings and reviews are found by their indexes.
    _AWAITING_UPDATE = (
        "UPDATE clients SET awaiting_review = EXISTS (SELECT 1 FROM screenings AS s, json_each(s.review_keys) AS k "
        "WHERE s.id = (SELECT MAX(id) FROM screenings WHERE client_id = clients.id) AND NOT EXISTS "
        "(SELECT 1 FROM reviews AS v WHERE v.client_id = clients.id AND v.facts_hash = s.facts_hash AND v.answer = k.value)) "
        "WHERE id = ?"
    )
    # The newest KEEP_SCREENINGS, and the newest of each rules version: a day of edits must
    # not prune the one result that shows what the older rules said (issue 3, item 8;
    # GUI check G18-07).  Nor the newest of a day before the newest's: a client back a year
    # later, told "the Showing list keeps the earlier result", lost it to the visit's sixth
    # save (a tick, its day, hours, a payment, probation ended; H328-01).  Five parameters, all
    # the client's id.
    _SCREENING_PRUNE = (
        "DELETE FROM screenings WHERE client_id = ? AND id NOT IN "
        f"(SELECT id FROM screenings WHERE client_id = ? ORDER BY id DESC LIMIT {KEEP_SCREENINGS}) "
        "AND id NOT IN (SELECT MAX(id) FROM screenings WHERE client_id = ? GROUP BY rules_version) "
        "AND id IS NOT (SELECT MAX(id) FROM screenings WHERE client_id = ? AND as_of < "
        "(SELECT as_of FROM screenings WHERE client_id = ? ORDER BY id DESC LIMIT 1))"
    )

    # The newest screening's summary, copied onto the client row for the caseload list.
    _SUMMARY_UPDATE = ("UPDATE clients SET best = ?, best_date = ?, next_action_date = ?, outstanding = ?, needs_review = ?, "
                       "automatic_only = ?, eligible_now_since = ?, file_on = ?, court = ?, remedies_open = ? WHERE id = ?")
    # The same for a re-screen, whose rows were screened from the stored facts: it also
    # fills in the facts hash of a client saved before schema 3 (see m003_client_facts_hash).
    _RESCREEN_SUMMARY_UPDATE = (
        "UPDATE clients SET best = ?, best_date = ?, next_action_date = ?, outstanding = ?, needs_review = ?, "
        "automatic_only = ?, eligible_now_since = ?, file_on = ?, court = ?, remedies_open = ?, awaiting_review = ?, facts_hash = COALESCE(facts_hash, ?) "
        "WHERE id = ? AND (facts_hash IS NULL OR facts_hash = ?)"
    )
    # The caseload line as it stands, before a screening replaces it: when the line became
    # eligible now is worked out from it (clinic_app.summary.eligible_now_since).
    _LINES_BEFORE = ("SELECT id, best, automatic_only, eligible_now_since FROM clients "
                     "WHERE id IN (SELECT value FROM json_each(?))")
    # The clients of a batch with an attorney's review kept (one JSON list of ids).
    _REVIEWED = "SELECT DISTINCT client_id FROM reviews WHERE client_id IN (SELECT value FROM json_each(?))"
    # A re-screen's row is written only while the client still has the facts it was screened
    # from: another window or desk may have saved new facts (and their screening) or removed
    # the client since the workers read it (store check S18-07: an older answer overwrote a
    # newer one; S18-08: a removed client's row failed its foreign key and ended the run).
    _RESCREEN_INSERT = (
        "INSERT INTO screenings (client_id, as_of, rules_version, facts_hash, result, "
        "best, best_date, next_action_date, outstanding, needs_review, automatic_only, review_keys, file_on, court, remedies_open, created_at) "
        "SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE EXISTS "
        "(SELECT 1 FROM clients WHERE id = ? AND (facts_hash IS NULL OR facts_hash = ?))"
    )

    _NEWEST_KEY = (
        "SELECT as_of, rules_version, facts_hash, best, best_date, next_action_date, outstanding, needs_review, automatic_only, file_on, court "
        "FROM screenings WHERE client_id = ? ORDER BY id DESC LIMIT 1"
    )

    def store_screening(self, client_id: int, screening: Screening, facts_hash: str, summary: ClientSummary, cases=(), *,
                        of_saved_facts: bool = False, line_before: CaseloadLine | None = None) -> None:
        """Keep a screening of one client with its summary (the newest `KEEP_SCREENINGS` are kept).

        With `of_saved_facts` (a window screening the record it read) it is kept only while
        the stored record still has the facts screened (D24-05).

        `line_before`: the line the day it became eligible now is worked out from, in place of
        the one stored (`eligible_now_line`): an undo's, the line before the step it takes back.

        The same facts, rules and day as the newest stored one give the same answer (screen()
        is deterministic): with the same caseload line too, it is not stored again.  A note or a phone number saved five times
        had filled the kept five with copies and pruned the one result of the older rules
        (store check S18-05).  `cases` are the cases screened, whose labels it keeps."""
        row = r.screening_row(client_id, screening, facts_hash, summary, cases)
        with self._write() as conn:
            saved = conn.execute("SELECT facts_hash FROM clients WHERE id = ?", (client_id,)).fetchone()
            if saved is None:
                self._require_client(conn, client_id, "its screening was not stored")
            if of_saved_facts and saved[0] != facts_hash and not self._has_facts(conn, client_id, facts_hash):
                # Screened from facts another window or desk has replaced since (their save
                # came between this screen and this store): kept, it became the newest result
                # and the caseload line, for facts the client no longer has (D24-05).  The
                # next open screens the facts as saved, as a re-screen's rows are (S18-07).
                return
            newest = conn.execute(self._NEWEST_KEY, (client_id,)).fetchone()
            if newest is not None and tuple(newest) == (*row[1:4], *row[5:11], row[12], row[13]):
                return
            conn.execute(self._SCREENING_INSERT, (*row, self._now()))
            conn.execute(self._SCREENING_PRUNE, (client_id,) * 5)
            conn.execute(self._SUMMARY_UPDATE, (*row[5:11], self._since(conn, [row], line_before)[client_id], row[12], row[13], row[14], client_id))
            conn.execute(self._AWAITING_UPDATE, (client_id,))
            after = r._json({"as_of": screening.as_of.isoformat(), "rules_version": screening.rules_version, "best": summary.best})
            self._audit(conn, client_id, "screening", "screen", None, after)

    def _require_client(self, conn: Any, client_id: int, so: str) -> None:
        """`ClientNotFound` when `client_id` is not in the caseload (removed in another window
        or on another desk since this one read it): writing a row of theirs failed on the
        foreign key, and the window showed it as a programming error (D24-06)."""
        if conn.execute("SELECT 1 FROM clients WHERE id = ?", (client_id,)).fetchone() is None:
            raise ClientNotFound(f"There is no client number {client_id} in this caseload: they were removed in another "
                                 f"window or on another desk, so {so}.")

    def _has_facts(self, conn: Any, client_id: int, hashed: str) -> bool:
        """Whether the stored record of `client_id` has the facts hashed `hashed`, worked out
        from the record itself: the hash kept on the row may be missing (before schema 3)."""
        from clinic_app.eligibility import facts_hash

        stored = self._load(conn, client_id, client_id)
        return bool(stored) and facts_hash(stored[0].person, stored[0].cases) == hashed

    def store_screenings(self, rows: Iterable[tuple]) -> int:
        """Keep the screenings of a batch re-screen in one transaction; returns how many.
        Each row is (client id, screening, facts hash, summary[, the cases screened]).

        The audit log gets one row for the whole batch.
        """
        return self.store_screening_rows(r.screening_row(*row) for row in rows)

    def store_screening_rows(self, rows: Iterable[tuple], *, earlier: int = 0, more: bool = False, whole: bool = True,
                             continues: bool = False, moved: list[AnswersMoved] | None = None) -> int:
        """`store_screenings` for rows already made by `db.records.screening_row`.

        A whole-caseload re-screen (db.rescreen) encodes the rows in worker processes and
        only writes them here.  One transaction, one audit row for the batch.

        A run stores a range of clients at a time, each in its own transaction and row: the
        row counts the clients the run has stored so far (`earlier`, its ranges before), says
        `more` where ranges are still to come, and `whole` False where the run screened only
        the clients just imported.  A client's History shows the whole caseload's re-screens
        (`history`): a caseload of 2,000 showed four, "500 clients" each, and an import of 12
        clients one "Whole caseload re-screened: 12 clients" (R126-02).  `continues` marks a
        range after the run's first: a run stopped half-way (Cancel, Ctrl-C, a full disk) has
        no row without `more`, and History knows its last row by the next row not continuing
        it (R127-01).

        `moved`, where given, gets each client whose answers changed from their last screening,
        made by other rules, on the same facts (U148-01): whom to tell after a rules update.
        """
        now = self._now()
        count = 0
        with self._write() as conn:
            batch: list[tuple] = []
            rules, days = set(), set()
            for row in rows:
                batch.append((*row, now))
                rules.add(row[2])
                days.add(row[1])
                if len(batch) >= _BULK_CHUNK:
                    count += self._flush_screenings(conn, batch, moved)
                    batch = []
            count += self._flush_screenings(conn, batch, moved)
            # The day screened for, as the rules it was screened by: a re-screen for the spring
            # event's day, run later, was logged with its moment only (M124-04, C123).
            run = {"clients": earlier + count, "rules_version": sorted(rules), "as_of": sorted(days)}
            self._audit(conn, None, "screening", "rescreen", None,
                        r._json({**run, **({"more": True} if more else {}), **({} if whole else {"whole": False}),
                                 **({"continues": True} if continues else {})}))
        return count

    # The newest stored screening of each client of a batch (one JSON list of ids).
    _NEWEST_KEYS = (
        "SELECT client_id, as_of, rules_version, facts_hash, best, best_date, next_action_date, outstanding, needs_review, automatic_only, file_on, court "
        "FROM screenings WHERE id IN (SELECT MAX(id) FROM screenings WHERE client_id IN (SELECT value FROM json_each(?)) GROUP BY client_id)"
    )

    # The newest stored result of each client of a batch (one JSON list of ids).
    _NEWEST_RESULTS = ("SELECT client_id, result FROM screenings WHERE id IN "
                       "(SELECT MAX(id) FROM screenings WHERE client_id IN (SELECT value FROM json_each(?)) GROUP BY client_id)")

    def _flush_screenings(self, conn: Any, batch: list[tuple], moved: list[AnswersMoved] | None = None) -> int:
        """Write a batch of re-screen rows; the number of clients whose newest result is now
        the batch's.  Rows whose client moved on since it was read are skipped (see
        _RESCREEN_INSERT); so are rows the same as the client's newest result (same day,
        rules, facts and caseload line: screen() is deterministic), which are counted: a
        re-screen of clients opened today had stored each a second copy and pruned an older
        result of the five kept (GUI check G18-08, as store_screening does since S18-05)."""
        if not batch:
            return 0
        newest = {row[0]: tuple(row[1:]) for row in conn.execute(self._NEWEST_KEYS, (r._json([row[0] for row in batch]),))}
        fresh = [row for row in batch if newest.get(row[0]) != (*row[1:4], *row[5:11], row[12], row[13])]
        same = len(batch) - len(fresh)
        if not fresh:
            return same
        batch = fresh
        if moved is not None:
            self._answers_moved(conn, batch, newest, moved)
        written = same + conn.executemany(self._RESCREEN_INSERT, [(*row, row[0], row[3]) for row in batch]).rowcount
        conn.executemany(self._SCREENING_PRUNE, [(row[0],) * 5 for row in batch])
        # In batch order: a client screened twice in one batch keeps the later summary.
        # Whether the client awaits a review: with no review kept, it does exactly when the new
        # screening has a needs-review result (its review keys); written with the line, under
        # the same check of the facts as the row.  The few clients with reviews are worked out
        # in full (_AWAITING_UPDATE): doing that for every client cost a re-screen of 100,000
        # about a second in this one writing process.
        since = self._since(conn, batch)
        conn.executemany(self._RESCREEN_SUMMARY_UPDATE, [(*row[5:11], since[row[0]], row[12], row[13], row[14], int(row[11] != "[]"), row[3], row[0], row[3])
                                                         for row in batch])
        reviewed = [row[0] for row in conn.execute(self._REVIEWED, (r._json([row[0] for row in batch]),))]
        conn.executemany(self._AWAITING_UPDATE, [(client_id,) for client_id in reviewed])
        return written

    def _answers_moved(self, conn: Any, batch: list[tuple], newest: dict[int, tuple], moved: list[AnswersMoved]) -> None:
        """Add to `moved` the clients of `batch` whose answers differ from their newest stored
        screening's, made by other rules on the same facts, on the same day (`_changed_that_day`).
        Only their results are read and compared: a re-screen by the same rules (a later day)
        reads no more than before."""
        from clinic_app.answers_moved import AnswersMoved, changes

        # newest: (as_of, rules_version, facts_hash, ...) of each client's newest result
        other = {row[0]: newest[row[0]][1] for row in batch
                 if row[0] in newest and newest[row[0]][1] != row[2] and newest[row[0]][2] == row[3]}
        if not other:
            return
        results = dict(conn.execute(self._NEWEST_RESULTS, (r._json(list(other)),)))
        found_here, other_day = [], []
        for row in batch:
            # Most clients' results are word for word what the older rules wrote: not decoded.
            if row[0] in other and not r.alike_but_for_day_and_rules(results[row[0]], row[4]):
                found = changes(r.answers(results[row[0]]), r.answers(row[4]))
                if found:
                    found_here.append(AnswersMoved(row[0], other[row[0]], found))
                    if newest[row[0]][0] != row[1]:
                        other_day.append(len(found_here) - 1)
        if other_day:
            self._changed_that_day(conn, found_here, other_day, newest, results)
        moved.extend(m for m in found_here if m.changes)

    def _changed_that_day(self, conn: Any, found: list[AnswersMoved], other_day: list[int], newest: dict[int, tuple],
                          results: dict[int, str]) -> None:
        """`found[i]` for each i of `other_day`, a client last screened on another day than this
        re-screen's, made what these rules change on that day, the facts the same (none: no
        change).  Set beside a later day's, June's "eligible on 2026-09-01" was told in November
        as the rules' change: 222 of 2,000 demo clients were named whom the older rules had
        answered as these do (A150-04)."""
        from clinic_app.answers_moved import AnswersMoved, changed_that_day

        # Read together, a few hundred at a time: read one by one, each client's record cost
        # five statements, more than screening it.
        ids = [found[i].client_id for i in other_day]
        clients = {client.id: client for start in range(0, len(ids), self._IDS_AT_ONCE)
                   for client in self._load_ids(conn, ids[start:start + self._IDS_AT_ONCE])}
        for i in other_day:
            m = found[i]
            if (client := clients.get(m.client_id)) is not None:
                day = date.fromisoformat(newest[m.client_id][0])
                found[i] = AnswersMoved(m.client_id, m.rules_before, changed_that_day(r.answers(results[m.client_id]), client, day))

    def _since(self, conn: Any, rows: list[tuple], line_before: CaseloadLine | None = None) -> dict[int, str | None]:
        """Each screened client's `eligible_now_since` (ISO) for the line of its screening row
        (db.records.screening_row), from the line stored until now (or `line_before`, of the
        one row's client).  Rows in batch order: a client screened twice in one batch is
        worked out from their line before the batch.  A row screened for a day after this
        computer's day (the clock's, local) gives today as its day (summary.eligible_now_since),
        whether the window or `clinic-app rescreen` stores it."""
        from clinic_app.summary import eligible_now_since

        before = {cid: (best, bool(automatic), r._pd(since))
                  for cid, best, automatic, since in conn.execute(self._LINES_BEFORE, (r._json([row[0] for row in rows]),))}
        if line_before is not None:
            before[rows[0][0]] = line_before
        today = self._clock().astimezone().date()
        return {row[0]: r._d(eligible_now_since(before.get(row[0]), row[5], bool(row[10]), date.fromisoformat(row[1]), today))
                for row in rows}

    def eligible_now_since(self, client_id: int) -> date | None:
        """The day the client's line became eligible now (ClientRow.eligible_now_since)."""
        with user_errors(self.path):
            row = self.db.conn.execute("SELECT eligible_now_since FROM clients WHERE id = ?", (client_id,)).fetchone()
        return r._pd(row[0]) if row else None

    def eligible_now_line(self, client_id: int) -> CaseloadLine | None:
        """The client's line as the day it became eligible now is worked out from: kept by an
        undoable step before it is made, for its undo to put the day back with the record
        (R51-02: an edit that took the client out of eligible now, undone, made them "Newly
        eligible" that day, though eligible for years).  None for no such client."""
        with user_errors(self.path):
            row = self.db.conn.execute(self._LINES_BEFORE, (r._json([client_id]),)).fetchone()
        return None if row is None else (row[1], bool(row[2]), r._pd(row[3]))

    def newest_screening_key(self, client_id: int) -> tuple[str, str, date] | None:
        """(rules version, facts hash, as-of) of the newest stored screening: enough to tell,
        without decoding it, whether opening the client must store a fresh one."""
        with user_errors(self.path):
            row = self.db.conn.execute("SELECT rules_version, facts_hash, as_of FROM screenings WHERE client_id = ? ORDER BY id DESC LIMIT 1", (client_id,)).fetchone()
        return None if row is None else (row[0], row[1], date.fromisoformat(row[2]))

    def answer_before(self, client_id: int, day: date) -> tuple[date, ClientSummary] | None:
        """(as-of, best outcome and its day) of the newest kept screening for a day before `day`:
        what the clinic told a client who comes back, where a re-screen of the whole caseload for
        today has made the caseload line today's answer (N125-01).  None: none kept."""
        with user_errors(self.path):
            row = self.db.conn.execute("SELECT as_of, best, best_date FROM screenings WHERE client_id = ? AND as_of < ? "
                                       "ORDER BY id DESC LIMIT 1", (client_id, day.isoformat())).fetchone()
        return None if row is None else (date.fromisoformat(row[0]), ClientSummary(best=row[1], best_date=r._pd(row[2])))

    _STORED_COLUMNS = ("result, facts_hash, rules_version, as_of, created_at, best, best_date, next_action_date, outstanding, needs_review, "
                       "automatic_only, file_on, court")

    def latest_screening(self, client_id: int) -> StoredScreening | None:
        """The newest stored screening of a client, or None if never screened."""
        with user_errors(self.path):
            row = self.db.conn.execute(
                f"SELECT {self._STORED_COLUMNS} FROM screenings WHERE client_id = ? ORDER BY id DESC LIMIT 1",
                (client_id,),
            ).fetchone()
        return None if row is None else self._stored(row)

    def stored_screenings(self, client_id: int) -> list[StoredScreening]:
        """Every kept screening of a client, newest first, as it was stored (issue 3, item 8:
        "a result can be shown as it was"): its own rules' words, not a recomputation."""
        with user_errors(self.path):
            rows = self.db.conn.execute(
                f"SELECT {self._STORED_COLUMNS} FROM screenings WHERE client_id = ? ORDER BY id DESC",
                (client_id,),
            ).fetchall()
        return [self._stored(row) for row in rows]

    @staticmethod
    def _stored(row) -> StoredScreening:
        summary = ClientSummary(best=row[5], best_date=r._pd(row[6]), next_action_date=r._pd(row[7]), outstanding=json.loads(row[8]), needs_review=bool(row[9]),
                                automatic_only=bool(row[10]), file_on=r._pd(row[11]), court=court_from_json(row[12]))
        screening, labels = r.read_stored(row[0])
        return StoredScreening(
            screening=screening,
            facts_hash=row[1],
            rules_version=row[2],
            as_of=date.fromisoformat(row[3]),
            created_at=datetime.fromisoformat(row[4]),
            summary=summary,
            labels=labels,
        )

    def screened_by_older_rules(self, rules_version: str) -> dict[int, str]:
        """The clients whose newest stored screening was made by older rules than the running
        `rules_version`, each with those rules, by id: whom `screening_counts` counts `older`
        (the window's status line) by the same rule, named (`clinic-app list --older-rules`,
        K374-03); the count alone told a paralegal with 3,000 clients neither who nor how old."""
        with user_errors(self.path):
            return dict(self.db.conn.execute(
                f"SELECT client_id, rules_version FROM screenings WHERE {_NEWEST_SCREENINGS} AND {_BY_OLDER_RULES}"
                " ORDER BY client_id", (rules_version,)).fetchall())

    def screening_counts_of(self, client_id: int, rules_version: str, today: date) -> ScreeningCounts:
        """One client's part of `screening_counts` (nothing when never screened): one indexed
        read, where counting the whole caseload again read every stored screening (P29B-01)."""
        newest = self.newest_screening_key(client_id)
        return ScreeningCounts() if newest is None else ScreeningCounts.of_one(newest[0], newest[2], rules_version, today)

    def screening_counts(self, rules_version: str, today: date) -> ScreeningCounts:
        """How clients' newest stored screenings stand against the running `rules_version`
        and `today`, in one pass (see ScreeningCounts).

        Rules versions are dates with a letter or letters after them ("2026.11.30zb"), made
        so that text order is the order they were made in (tests/eligibility/test_engine_api).
        """
        with user_errors(self.path):
            rows = self.db.conn.execute(
                f"SELECT CASE WHEN {_BY_OLDER_RULES} THEN -1 WHEN rules_version > ? THEN 1 ELSE 0 END, "
                "MAX(rules_version), CASE WHEN as_of > ? THEN as_of END, COUNT(*) FROM screenings "
                f"WHERE {_NEWEST_SCREENINGS} GROUP BY 1, 3",
                (rules_version, rules_version, today.isoformat()),
            ).fetchall()
        counts = ScreeningCounts()
        for order, newest, day, n in rows:
            if order < 0:
                counts.older += n
            elif order > 0:
                counts.newer += n
                counts.newest_rules = max(counts.newest_rules or newest, newest)
            if day is not None:
                counts.later[date.fromisoformat(day)] = counts.later.get(date.fromisoformat(day), 0) + n
        return counts

    def put_right_candidates(self, client: Client) -> list[int]:
        """Other clients that may be `client` with a name or a date of birth put right on a
        laptop (clinic_app.matching.put_right_elsewhere decides, as the import does): those
        born the same day with the same facts, and those the search finds by one of its case
        numbers.  Indexed look-ups and one pass over the clients' dates of birth, not a load of
        the caseload (M44)."""
        from clinic_app.eligibility import facts_hash

        found: dict[int, None] = {}
        with user_errors(self.path):
            if client.cases:
                # "IS": two records with no birth date yet are "born the same day" to the import
                # and the count (put_right_pairs); "= NULL" met none, and the pair counted under
                # "Possible duplicates" was not offered here (R46-09).
                born = client.person.dob.isoformat() if client.person.dob is not None else None
                for (other,) in self.db.conn.execute("SELECT id FROM clients WHERE dob IS ? AND facts_hash = ? AND id != ?",
                                                     (born, facts_hash(client.person, client.cases), client.id)):
                    found[other] = None
        for case in client.cases:
            if case.case_number and names_a_case(case_number_key(case.case_number)):
                found.update(dict.fromkeys(other for other in self.search_ids(case.case_number, ranked=False) if other != client.id))
        if client.person.dob is not None:
            # Born the same day and going by a name of theirs: "Elena Gomez" imported, the
            # other names of María Elena Ruiz (put_right_keys).
            names = {read for written in (client.name, *client.aliases) for read in names_read(written)}
            with user_errors(self.path):
                rows = self.db.conn.execute("SELECT id, name, aliases FROM clients WHERE dob = ? AND id IS NOT ?",
                                            (client.person.dob.isoformat(), client.id)).fetchall()
            found.update(dict.fromkeys(other for other, name, aliases in rows
                                       if names & {read for written in (name, *json.loads(aliases)) for read in names_read(written)}))
        return list(found)

    def put_right_pairs(self) -> set[frozenset[int]]:
        """Every pair of clients Merge a duplicate offers as a name or a date of birth put right
        on a laptop (clinic_app.matching.put_right_pairs), for the caseload's "Possible
        duplicates" (X45).  Two reads: the clients' dates of birth and facts, and the case numbers."""
        from clinic_app.matching import put_right_pairs

        with self._read() as conn:
            people = [(client_id, name, date.fromisoformat(dob) if dob else None, hashed if has_cases else None)
                      for client_id, name, dob, hashed, has_cases in conn.execute(
                          "SELECT id, name, dob, facts_hash, EXISTS (SELECT 1 FROM cases WHERE cases.client_id = clients.id) FROM clients")]
            numbers = conn.execute("SELECT client_id, case_number FROM cases WHERE case_number IS NOT NULL").fetchall()
            aliases = conn.execute("SELECT clients.id, alias.value FROM clients, json_each(clients.aliases) AS alias"
                                   " WHERE clients.aliases <> '[]'").fetchall()
        return put_right_pairs(people, numbers, aliases)

    def petitions_filed(self, event: str | None = None, period: tuple[date, date] | None = None,
                        by_relief: Counter | None = None, language: str | None = None) -> Counter:
        """The petitions recorded (Record tab, "Add petition filed"), of `event`'s clients only
        when it is given: under "filed" how many, by the court's ruling (None: none yet), and
        under "clients" how many clients have one: for the report, whose court lines count
        clients, not petitions (G63-04).  `period` (first and last day): those filed in it, and
        the rulings made in it, as petitions_by_relief counts them; `by_relief`, its count where
        already made (the report's table of them), not made again."""
        found: Counter = Counter()
        if by_relief is None:
            by_relief = self.petitions_by_relief(event, period, language)
        for (_remedy, column), n in by_relief.items():
            found[None if column == "awaiting" else column] += n
        sql = ("SELECT COUNT(DISTINCT c.client_id) FROM petitions AS p JOIN cases AS c ON c.id = p.case_id "
               "JOIN clients AS k ON k.id = c.client_id WHERE p.filed_on BETWEEN ? AND ?")
        chosen, of_clients = _clients_chosen(event, language, "k.")
        sql += chosen
        params: tuple = _days_between(period) + of_clients
        with self._read() as conn:
            (clients,) = conn.execute(sql, params).fetchone()
        if clients:
            found["clients"] = clients
        found = +found
        if found:  # said even where none was filed in `period`, beside rulings made in it
            found["filed"] = found.get("filed", 0)
        return found

    def report_counts(self, event: str | None = None, period: tuple[date, date] | None = None,
                      language: str | None = None) -> dict[str, Any]:
        """What a report counts beside the clients' lines (clinic_app.report.build_report's
        keywords), of `event`'s clients only when it is given, the petitions of `period` only
        when it is: the window's report, its screenshot and `clinic-app report` each named them
        one by one, and had to be told of each new count alike.  `language`: of the clients of
        that handout language only (F312-02)."""
        from clinic_app.handouts.command import SETTING_KEYS

        return {"duplicates": self.people_sharing(event, language), **self.petitions_counted(event, period, language),
                "cases": self.cases_screened(event, language), "events": self.event_counts(language) if event is None else None,
                "clinic": (self.get_setting(SETTING_KEYS["name"]) or "").strip() or None}

    def petitions_counted(self, event: str | None = None, period: tuple[date, date] | None = None,
                          language: str | None = None) -> dict[str, Any]:
        """The report's petitions of `period` (build_report's keywords), and the clients added
        in it: the window's report counts them again when another period is chosen, and nothing
        else (F122-06)."""
        by_relief = self.petitions_by_relief(event, period, language)
        return {"petitions": self.petitions_filed(event, period, by_relief, language), "by_relief": by_relief, "period": period,
                "added": self.clients_added(event, period, language),
                "awaiting_at_end": self.petitions_awaiting_at_end(event, period, language)}

    def petitions_awaiting_at_end(self, event: str | None = None, period: tuple[date, date] | None = None,
                                  language: str | None = None) -> int | None:
        """The petitions awaiting a ruling on `period`'s last day, whenever filed (of `event`'s
        and `language`'s clients only where given); None without a period, whose "awaiting"
        counts every one already.  A quarter's "awaiting" counts only the petitions filed in it:
        one filed in September and still pending at the end of December was in no count of the
        quarter, and a funder's "pending" read from it was short (F312-03)."""
        if period is None:
            return None
        last = period[1].isoformat()
        chosen, of_clients = _clients_chosen(event, language, "k.")
        sql = ("SELECT COUNT(*) FROM petitions AS p JOIN cases AS c ON c.id = p.case_id JOIN clients AS k ON k.id = c.client_id "
               "WHERE p.filed_on <= ? AND (p.ruling IS NULL OR COALESCE(p.ruling_on, p.filed_on) > ?)" + chosen)
        with self._read() as conn:
            return conn.execute(sql, (last, last, *of_clients)).fetchone()[0]

    def clients_added(self, event: str | None = None, period: tuple[date, date] | None = None,
                      language: str | None = None) -> Counter | None:
        """The clients (of `event` only when it is given) whose record was made in this caseload
        in `period`, its days as this computer's clock has them, by language; None without a
        period.  A month's report gave the funder no month's people at all, only the whole
        caseload's, whenever seen (T140-01).  An imported record was made on the day of its
        import: the event laptop's clients count on the day they came into this caseload."""
        if period is None:
            return None
        first, after = (datetime.combine(day, datetime.min.time()).astimezone() for day in (period[0], period[1] + timedelta(days=1)))
        sql = "SELECT language, COUNT(*) FROM clients WHERE datetime(created_at) >= datetime(?) AND datetime(created_at) < datetime(?)"
        chosen, of_clients = _clients_chosen(event, language)
        sql += chosen
        params: tuple = (first.isoformat(), after.isoformat(), *of_clients)
        with self._read() as conn:
            return Counter(dict(conn.execute(sql + " GROUP BY language", params).fetchall()))

    def petitions_by_relief(self, event: str | None = None, period: tuple[date, date] | None = None,
                            language: str | None = None) -> Counter:
        """The petitions recorded, of `event`'s clients only when it is given, by (remedy asked
        for, column): "filed", of them "awaiting" a ruling, and the rulings, "granted",
        "denied", "withdrawn": the report said 4 granted and not of which relief, where a funder
        asks how many arrests were sealed and how many convictions dismissed (F122-02).
        `period` (first and last day, both in): the petitions filed in it, and the rulings made
        in it, whenever filed (a ruling with no day entered, by its filing day): a quarter's
        report asked of the whole caseload's since the first (F122-03).  Those "awaiting" are
        the period's with no ruling made by its last day: a quarter's petition the court ruled
        on after it was in no count of the quarter (R122-02)."""
        ruled_on = "COALESCE(p.ruling_on, p.filed_on)"
        columns = ", ".join(
            ["SUM(p.filed_on BETWEEN ? AND ?)", f"SUM(p.filed_on BETWEEN ? AND ? AND (p.ruling IS NULL OR {ruled_on} > ?))"]
            + [f"SUM(IFNULL(p.ruling, '') = '{ruling}' AND {ruled_on} BETWEEN ? AND ?)" for ruling in _RULINGS])
        sql = (f"SELECT p.remedy, {columns} FROM petitions AS p JOIN cases AS c ON c.id = p.case_id "
               "JOIN clients AS k ON k.id = c.client_id")
        days = _days_between(period)
        chosen, of_clients = _clients_chosen(event, language, "k.")
        sql += f" WHERE 1{chosen}" if chosen else ""
        params: tuple = days + days + days[1:] + days * len(_RULINGS) + of_clients
        with self._read() as conn:
            rows = conn.execute(sql + " GROUP BY p.remedy", params).fetchall()
        return +Counter({(remedy, column): n for remedy, *counts in rows
                         for column, n in zip(("filed", "awaiting", *_RULINGS), counts)})

    def cases_screened(self, event: str | None = None, language: str | None = None) -> Counter:
        """The cases of the clients screened (a screening stored), of `event`'s clients only
        when it is given, by how each ended (Case.outcome): for the report, whose count of
        convictions screened read 0 for an evening of arrests sealed (F122-01)."""
        sql = ("SELECT c.outcome, COUNT(*) FROM cases AS c JOIN clients AS k ON k.id = c.client_id "
               "WHERE EXISTS (SELECT 1 FROM screenings AS s WHERE s.client_id = k.id)")
        chosen, params = _clients_chosen(event, language, "k.")
        sql += chosen
        with self._read() as conn:
            return Counter(dict(conn.execute(sql + " GROUP BY c.outcome", params).fetchall()))

    def same_person(self, name: str, dob: date | None, *, besides: int | None = None,
                    alike: bool = False) -> list[tuple[int, str, str | None, int]]:
        """The clients already here whose name and date of birth meet `name` and `dob` as the
        "Possible duplicates" count meets them (clinic_app.matching.person_key: accents, case
        and spacing aside), `besides` left out: (id, name as stored, event, number of cases),
        oldest first.  None without a date of birth: a name alone is many people.  For intake,
        which started a returning client as a new record with not a word (Z83-01).  `alike`:
        also those born that day whose name is `name` typed another way ("Jon Smith" for John
        Smith, a second surname or a middle name more or less: matching.names_alike, I109-01),
        and those who go by `name` among their aliases (H149-03: "Elena Gomez", a RAP sheet's
        other name of María Elena Ruiz, started a new record with not a word)."""
        from clinic_app.matching import names_alike, person_key

        if dob is None:
            return []
        wanted = person_key(name, dob)
        typed = set(names_read(name))  # "Elena Gomez" meets an alias "GOMEZ, ELENA" (R151-02)
        with self._read() as conn:
            rows = conn.execute("SELECT k.id, k.name, k.event, (SELECT COUNT(*) FROM cases AS c WHERE c.client_id = k.id), k.aliases"
                                " FROM clients AS k WHERE k.dob = ? ORDER BY k.id", (dob.isoformat(),)).fetchall()

        def known_as(aliases: str) -> bool:
            return aliases != "[]" and any(typed.intersection(names_read(alias)) for alias in json.loads(aliases))

        return [(client_id, stored, event, cases) for client_id, stored, event, cases, aliases in rows
                if client_id != besides and (person_key(stored, dob) == wanted
                                             or alike and (names_alike(name, stored) or known_as(aliases)))]

    def people_sharing(self, event: str | None = None, language: str | None = None) -> list[set[int]]:
        """The clients the window's "Possible duplicates" lists (a name and date of birth
        shared with another, or a pair put right on a laptop: put_right_pairs), person by person
        (`clinic_app.matching.people_sharing`), each set cut to `event`'s clients when it is
        given, the empty left out: a record whose other is of another event is the event's only
        one of that person.  For the report, which counted each of them as a person of its own
        (G63-01), and says how many people fewer there may be (F109-03)."""
        from clinic_app.matching import people_sharing

        with self._read() as conn:
            people = [(client_id, name, date.fromisoformat(dob) if dob else None)
                      for client_id, name, dob in conn.execute("SELECT id, name, dob FROM clients")]
            chosen, params = _clients_chosen(event, language)
            of_event = None if not chosen else {row[0] for row in conn.execute(f"SELECT id FROM clients WHERE 1{chosen}", params)}
        groups = people_sharing(people, self.put_right_pairs())
        return groups if of_event is None else [cut for group in groups if (cut := group & of_event)]

    def record_keys_used(self, client_id: int) -> set[str]:
        """The case and conviction keys a client's reviews and kept results name, which a
        new case or conviction must not take (see clinic_app.model.new_record_id)."""
        with user_errors(self.path):
            reviewed = self.db.conn.execute("SELECT case_key, conviction_key FROM reviews WHERE client_id = ?", (client_id,)).fetchall()
            results = self.db.conn.execute("SELECT result FROM screenings WHERE client_id = ?", (client_id,)).fetchall()
        used = {key for row in reviewed for key in row if key}
        for (text,) in results:
            for d in r.screening_from_stored(text).results:
                used.add(d.case)
                if d.conviction:
                    used.add(d.conviction)
        return used

    # ---- reviews ------------------------------------------------------------------------

    def record_review(self, client_id: int, case: str, conviction: str | None, remedy: str, note: str = "", *,
                      facts_hash: str | None = None, answer: str | None = None, reviewer: str | None = None) -> int:
        """Record that an attorney reviewed one determination (see `record_reviews`)."""
        return self.record_reviews(client_id, [(case, conviction, remedy, answer)], note, facts_hash=facts_hash, reviewer=reviewer)[0]

    def record_reviews(self, client_id: int, reviewed: Sequence[tuple[str, str | None, str, str | None]], note: str = "", *,
                       facts_hash: str | None = None, reviewer: str | None = None, at: datetime | None = None) -> list[int]:
        """Record that `reviewer` (the current user when not given) reviewed each of `reviewed`,
        (case, conviction, remedy, answer key), on the facts hashed `facts_hash`, with one note;
        one transaction, an audit row for each.  A review counts for a result only while the
        facts and the answer are those it was kept with (clinic_app.review): without them it
        is kept and shown but counts for nothing.  `at` is when the attorney reviewed, now
        when not given (a redo keeps the review's own moment).  Returns the reviews' ids."""
        at_text = at.isoformat(timespec="seconds") if at is not None else self._now()
        who = reviewer or self.user
        ids = []
        with self._write() as conn:
            self._require_client(conn, client_id, "the review was not recorded")
            for case, conviction, remedy, answer in reviewed:
                cursor = conn.execute(
                    "INSERT INTO reviews (client_id, case_key, conviction_key, remedy, reviewer, at, note, facts_hash, answer) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (client_id, case, conviction, remedy, who, at_text, note, facts_hash, answer),
                )
                ids.append(cursor.lastrowid)
                self._audit(conn, client_id, "review", "review", None, self._review_json(case, conviction, remedy, note, who, facts_hash, answer))
            conn.execute(self._AWAITING_UPDATE, (client_id,))
        return ids  # type: ignore[return-value]

    def _review_json(self, case: str, conviction: str | None, remedy: str, note: str, who: str, facts_hash: str | None,
                     answer: str | None) -> str:
        """A review as the audit log keeps it (the reviewer named when not the account's user)."""
        kept: dict[str, Any] = {"case": case, "conviction": conviction, "remedy": remedy, "note": note}
        if who != self.user:
            kept["reviewer"] = who
        if facts_hash is not None:
            kept |= {"facts_hash": facts_hash, "answer": answer}
        return r._json(kept)

    def withdraw_reviews(self, client_id: int, reviewed: Sequence[tuple[str, str | None, str, str | None]], note: str = "", *,
                         facts_hash: str | None = None, reviewer: str | None = None, at: datetime) -> None:
        """Take back the reviews `record_reviews` kept with these same arguments, at the moment
        `at` (Edit > Undo of an attorney's review), audited: the log keeps each review taken back.
        Each is found by what it holds, not by its row number: a client deleted and put back
        by Undo has their reviews back under other row numbers.

        Refused with `ChangedElsewhere`, nothing written, when one of them is no longer in the
        caseload, or when another review of the same result was kept after it: taking ours
        back would not give back the review state before it, and the later one may build on
        ours ("agree with the note above")."""
        at_text = at.isoformat(timespec="seconds")
        who = reviewer or self.user
        with self._write() as conn:
            self._require_client(conn, client_id, "the review was not taken back")
            found: list[int] = []
            for case, conviction, remedy, answer in reviewed:
                marks = ", ".join("?" for _ in found)
                (row_id,) = conn.execute(
                    "SELECT MAX(id) FROM reviews WHERE client_id = ? AND case_key = ? AND conviction_key IS ? AND remedy = ? "
                    f"AND reviewer = ? AND at = ? AND note = ? AND facts_hash IS ? AND answer IS ? AND id NOT IN ({marks})",
                    (client_id, case, conviction, remedy, who, at_text, note, facts_hash, answer, *found)).fetchone()
                if row_id is None:
                    break
                found.append(row_id)
            marks = ", ".join("?" for _ in found)
            later = len(found) == len(reviewed) and any(
                conn.execute("SELECT 1 FROM reviews WHERE client_id = ? AND case_key = ? AND conviction_key IS ? AND remedy = ? "
                             f"AND id > ? AND id NOT IN ({marks}) LIMIT 1",
                             (client_id, case, conviction, remedy, row_id, *found)).fetchone()
                for (case, conviction, remedy, _answer), row_id in zip(reviewed, found))
            if len(found) != len(reviewed) or later:
                raise ChangedElsewhere(
                    "The review was changed in another window or on another desk since (a review of the same result "
                    "kept after it, or the review gone), so it was not taken back.",
                    path=self.path,
                )
            conn.execute(f"DELETE FROM reviews WHERE id IN ({marks})", tuple(found))
            for case, conviction, remedy, answer in reviewed:
                self._audit(conn, client_id, "review", "withdraw", self._review_json(case, conviction, remedy, note, who, facts_hash, answer))
            conn.execute(self._AWAITING_UPDATE, (client_id,))

    def attorney_answers(self, client_id: int) -> bool:
        """Whether some result of the client's newest screening is the attorney's to review,
        reviewed or not (ClientRow.attorney_answers)."""
        with user_errors(self.path):
            row = self.db.conn.execute(
                "SELECT EXISTS (SELECT 1 FROM screenings AS s, json_each(s.review_keys) "
                "WHERE s.id = (SELECT MAX(id) FROM screenings WHERE client_id = ?))", (client_id,)).fetchone()
        return bool(row[0])

    def counties(self) -> dict[str, tuple[str, list[str]]]:
        """The counties the caseload's cases were heard in, by key (clinic_app.counties): (the
        name shown, the spellings typed), of the California cases (_IN_CALIFORNIA).  45-60 ms
        at 100,000 clients (F75-02)."""
        from clinic_app.counties import NOT_GIVEN, counties

        with user_errors(self.path):
            typed = dict(self.db.conn.execute(f"SELECT county, COUNT(*) FROM cases WHERE {_IN_CALIFORNIA} GROUP BY county").fetchall())
            blank = [county for county in typed if county is None or not county.strip(" ")]
            # A California case given no county, as "" (NOT_GIVEN, C80-01): asked only where a case
            # has none, as another pass over the cases costs 15-25 ms at 20,000 clients.
            given_none = bool(blank) and self.db.conn.execute(f"SELECT EXISTS (SELECT 1 FROM cases WHERE {_NO_COUNTY})").fetchone()[0]
        for county in blank:
            del typed[county]
        if given_none:
            typed[NOT_GIVEN] = 1
        return counties(typed)

    def clients_in_county(self, spellings: Iterable[str], client_ids: Iterable[int] | None = None) -> set[int]:
        """The clients with a California case whose county is typed as one of `spellings` (one county's, as
        `counties` gives them; "" for a California case given none); of `client_ids` only when
        given (a line saved while the list shows the county's).  20 ms at 100,000 clients, where reading every case's county and
        telling its county in Python took 80-200 (F75-02)."""
        asked = list(spellings)
        typed = [spelling for spelling in asked if spelling.strip()]
        where = f"county IN ({', '.join('?' * len(typed))})"
        if len(typed) < len(asked):  # NOT_GIVEN ("") among them: the cases given no county (C80-01)
            where = f"({where} OR {_NO_COUNTY})"
        sql = f"SELECT DISTINCT client_id FROM cases WHERE {_IN_CALIFORNIA} AND {where}"
        params: list[Any] = typed
        if client_ids is not None:
            ids = list(client_ids)
            sql += f" AND client_id IN ({', '.join('?' * len(ids))})"
            params = typed + ids
        with user_errors(self.path):
            return {row[0] for row in self.db.conn.execute(sql, params)}

    def counties_of(self, client_id: int) -> list[str]:
        """The counties typed on the client's California cases (as typed), and "" for one
        given none (clinic_app.counties.NOT_GIVEN, C80-01)."""
        with user_errors(self.path):
            rows = self.db.conn.execute(f"SELECT DISTINCT CASE WHEN {_NO_COUNTY} THEN '' ELSE county END FROM cases "
                                        f"WHERE client_id = ? AND {_IN_CALIFORNIA}",
                                        (client_id,))
            return [row[0] for row in rows if row[0] == "" or (row[0] or "").strip()]

    def remedies_open(self, client_id: int) -> str:
        """The remedies the client's newest screening finds eligible now or later (ClientRow.remedies)."""
        with user_errors(self.path):
            row = self.db.conn.execute("SELECT remedies_open FROM clients WHERE id = ?", (client_id,)).fetchone()
        return row[0] or "" if row else ""

    def awaiting_review(self, client_id: int) -> bool:
        """Whether the client awaits an attorney's review (ClientRow.awaiting_review)."""
        with user_errors(self.path):
            row = self.db.conn.execute("SELECT awaiting_review FROM clients WHERE id = ?", (client_id,)).fetchone()
        return bool(row and row[0])

    def denial_reviews(self, client_id: int) -> list[tuple[str, date]]:
        """The reviews of a client that count on their newest screening's facts, (answer key,
        the local day reviewed): what `clinic_app.court.denial_reviewed` reads, as the list's
        line does (`_LIST_SQL`), for a line made of a record just saved (H63-04)."""
        return [(said.answer, said.day) for said in self.denial_reviews_said(client_id)]

    def denial_reviews_said(self, client_id: int) -> list[ReviewSaid]:
        """`denial_reviews`, each with who made it and its note, in the order made: what the
        filing worksheet, a staff page, prints of a denial reviewed (C70-04).  Which count is
        the domain's rule (`court.denial_reviews_that_count`), as `screen --format text` of an
        exported client reads it; the list's SQL (`_REVIEW_AFTER_DENIAL_ENTERED`) is paired
        with it by a test (X268-01)."""
        with self._read() as conn:
            facts = conn.execute("SELECT facts_hash FROM screenings WHERE id = (SELECT MAX(id) FROM screenings WHERE client_id = ?)",
                                 (client_id,)).fetchone()
            if facts is None:
                return []
            reviews = [ExportedReview(case, conviction, remedy, reviewer or "", at, note or "", facts_hash, answer)
                       for case, conviction, remedy, reviewer, at, note, facts_hash, answer in conn.execute(
                           "SELECT case_key, conviction_key, remedy, reviewer, at, note, facts_hash, answer FROM reviews "
                           "WHERE client_id = ? AND facts_hash = ? ORDER BY id", (client_id, facts[0]))]
            typed = [_denial_typed(after, at) for at, after in conn.execute(
                "SELECT at, after FROM audit WHERE client_id = ? AND entity = 'denial' AND action = 'entered'", (client_id,))]
        return denial_reviews_that_count(reviews, facts[0], typed)

    def reviews(self, client_id: int) -> list[Review]:
        """The reviews of a client's determinations, oldest first."""
        with user_errors(self.path):
            rows = self.db.conn.execute(
                "SELECT id, client_id, case_key, conviction_key, remedy, reviewer, at, note, facts_hash, answer FROM reviews "
                "WHERE client_id = ? ORDER BY id",
                (client_id,),
            ).fetchall()
        return [Review(row[0], row[1], row[2], row[3], row[4], row[5], datetime.fromisoformat(row[6]), row[7], row[8], row[9]) for row in rows]

    # Ids asked of SQLite at once: under its oldest limit of 999 parameters.
    _IDS_AT_ONCE = 500

    def queue_reads(self, client_ids: Iterable[int]) -> Iterator[tuple[int, QueueRead]]:
        """What the attorney's queue says of each of `client_ids` (clinic_app.review.awaiting_said)
        that has a stored screening: the names of their cases and counts, the results of their
        newest screening that need review, its facts hash and their reviews (`awaiting_of`'s
        record, screening and reviews).  Four reads for each 500 clients, one snapshot each, where
        reading the whole record, the whole screening and the reviews one client at a time took
        28-35 s for the 52,792 clients on the queue of a 100,000-client caseload (S71-01)."""
        ids = sorted(set(client_ids))
        for start in range(0, len(ids), self._IDS_AT_ONCE):
            some = ids[start:start + self._IDS_AT_ONCE]
            marks = ",".join("?" * len(some))
            with self._read() as conn:
                screened = self._newest_screened(conn, some)
                cases: dict[int, list[CaseNamed]] = defaultdict(list)
                by_case: dict[int, CaseNamed] = {}
                # A case with no court number (left blank, or typed "unknown") is named by what
                # its record holds, as the window's lists name it, the day first: the queue's
                # "for case c3" told the attorney nothing of which case it was (K85-03).  So is
                # each of two cases of one number (`sharing_a_number`): "for case 24CR042" was
                # said once of both (K413-02).
                untitled: dict[int, Case] = {}
                listed: dict[int, dict[int, Case]] = defaultdict(dict)
                for row_id, client_id, key, number, outcome, jurisdiction, county, disposed, arrested, offenses in conn.execute(
                        "SELECT id, client_id, case_key, case_number, outcome, jurisdiction, county, disposition_date, arrest_date, "
                        f"arrest_offenses FROM cases WHERE client_id IN ({marks}) ORDER BY client_id, position", some):
                    by_case[row_id] = named = CaseNamed(key, number or key, [])
                    cases[client_id].append(named)
                    case = _case_as_listed(key, outcome, number, jurisdiction, county, disposed, offenses, arrested)
                    if told_by_what_the_record_holds(case):
                        untitled[row_id] = case
                    listed[client_id][row_id] = case
                apart: set[int] = set()
                for client_cases in listed.values():
                    if len(client_cases) > 1:
                        shared = sharing_a_number(client_cases.values())
                        apart |= {row_id for row_id, case in client_cases.items() if case.id in shared}
                untitled |= {row_id: case for client_cases in listed.values() for row_id, case in client_cases.items()
                             if row_id in apart}
                for case_id, key, code, section, convicted in conn.execute(
                        "SELECT v.case_id, v.conviction_key, v.code, v.section, v.conviction_date FROM convictions AS v "
                        f"JOIN cases ON cases.id = v.case_id WHERE cases.client_id IN ({marks}) ORDER BY v.case_id, v.position", some):
                    by_case[case_id].convictions.append(CountNamed(key, code, section))
                    if case_id in untitled:
                        untitled[case_id].convictions.append(Conviction(key, section, code, conviction_date=r._pd(convicted)))
                titles = {id(by_case[row_id]): case_title_day_first(case, apart=row_id in apart) for row_id, case in untitled.items()}
                if titles:
                    for client_cases in cases.values():
                        client_cases[:] = [named._replace(label=titles[id(named)]) if id(named) in titles else named
                                           for named in client_cases]
                reviews: dict[int, list[ReviewKept]] = defaultdict(list)
                # With the first day the court denied its relief on its case, if it did: a review
                # made since was of the denial (clinic_app.review.of_a_denial, N125-05).
                for client_id, *kept, at, denied_on in conn.execute(
                        "SELECT v.client_id, v.facts_hash, v.answer, v.case_key, v.conviction_key, v.remedy, v.at, "
                        "(SELECT MIN(p.ruling_on) FROM petitions AS p JOIN cases AS c ON c.id = p.case_id "
                        " WHERE c.client_id = v.client_id AND c.case_key = v.case_key AND p.remedy = v.remedy "
                        " AND p.ruling = 'denied' AND p.ruling_on IS NOT NULL) "
                        f"FROM reviews AS v WHERE v.client_id IN ({marks}) ORDER BY v.id", some):
                    denial = denied_on is not None and review_day(at) >= date.fromisoformat(denied_on)
                    reviews[client_id].append(ReviewKept(*kept, of_denial=denial))
            for client_id, facts_hash, result in screened:
                yield client_id, QueueRead(cases.get(client_id, []), r.results_to_review(result), facts_hash,
                                           reviews.get(client_id, []))

    def records_and_results(self, client_ids: Iterable[int], status: str) -> Iterator[tuple[Client, list[Determination] | None]]:
        """Each of `client_ids`' whole record with the results of their newest stored screening
        whose status is `status` (None if never screened), by id, as `get_client` and
        `latest_screening` read them one client at a time: two reads a client, and every
        result made with its reasons, made `list --outcome eligible_now_to_file`'s column of
        what to file (P123-01) take as long as the rest of the list (Q124-01).  A client not
        there is left out."""
        ids = sorted(set(client_ids))
        for start in range(0, len(ids), self._IDS_AT_ONCE):
            some = ids[start:start + self._IDS_AT_ONCE]
            with self._read() as conn:
                with gc_paused():  # as `_load_quickly`
                    clients = self._load_ids(conn, some)
                results = {client_id: result for client_id, _, result in self._newest_screened(conn, some)}
            for client in clients:
                result = results.get(client.id)  # type: ignore[arg-type]
                yield client, None if result is None else r.results_of(result, status)

    @staticmethod
    def _newest_screened(conn: Any, client_ids: list[int]) -> list[tuple[int, str, str]]:
        """(client id, facts hash, stored result) of the newest screening of each of `client_ids`
        (at most `_IDS_AT_ONCE`) that has one."""
        return conn.execute("SELECT client_id, facts_hash, result FROM screenings WHERE id IN (SELECT MAX(id) FROM screenings "
                            f"WHERE client_id IN ({','.join('?' * len(client_ids))}) GROUP BY client_id)", client_ids).fetchall()

    # ---- audit log ----------------------------------------------------------------------

    def counts_had(self, client_id: int) -> dict[str, dict[str, CountRemoved]]:
        """The counts each case of a client had in its audit log, by case and count key, as
        last written (the newest kept): a petition naming a count since removed says it by
        them on the Record tab (C57-04), and an export carries them (E58-03)."""
        had: dict[str, dict[str, CountRemoved]] = defaultdict(dict)
        for entry in self.history(client_id):  # newest first
            for record in (entry.after, entry.before):
                if entry.entity != "client" or not isinstance(record, dict):
                    continue
                cases = record.get("cases")  # an import's line says how many, not which (a number)
                for case in cases if isinstance(cases, list) else ():
                    if not isinstance(case, dict) or not isinstance(case.get("id"), str):
                        continue
                    convictions = case.get("convictions")
                    for kept in convictions if isinstance(convictions, list) else ():
                        if isinstance(kept, dict) and isinstance(kept.get("id"), str) and isinstance(kept.get("section"), str):
                            level = kept.get("level") if kept.get("level") in ("felony", "misdemeanor", "infraction") else None
                            had[case["id"]].setdefault(kept["id"], CountRemoved(kept["id"], kept["section"], kept.get("code") or "PC", level))
        return dict(had)

    def history(self, client_id: int | None = None, *, rescreens: bool = False) -> list[AuditEntry]:
        """The audit log of one client (or, with None, of the whole caseload), newest first.

        `rescreens`: with the whole caseload's re-screens logged since the client's first row,
        which screened them too: the re-screen's row is of no one client, and the History tab
        never said when the caseload was last re-screened, or for what day (N125-04)."""
        sql = "SELECT id, at, user, client_id, entity, action, before, after FROM audit"
        params: tuple = ()
        if client_id is not None:
            sql += " WHERE client_id = ?"
            params = (client_id,)
            if rescreens:
                # A run's last range only, and not the screening of clients just imported.  A run
                # stopped half-way has no range without "more": its last is the one the next
                # range does not continue, or its clients' answers changed by no re-screen shown
                # (R127-01).
                sql += (" UNION ALL SELECT id, at, user, client_id, entity, action, before, after FROM"
                        " (SELECT *, LEAD(json_extract(after, '$.continues')) OVER (ORDER BY id) AS continued FROM audit"
                        "  WHERE client_id IS NULL AND entity = 'screening' AND action = 'rescreen'"
                        "  AND json_extract(after, '$.whole') IS NULL)"
                        " WHERE (json_extract(after, '$.more') IS NULL OR continued IS NULL)"
                        " AND id > (SELECT MIN(id) FROM audit WHERE client_id = ?)")
                params = (client_id, client_id)
        with user_errors(self.path):
            rows = self.db.conn.execute(sql + " ORDER BY id DESC", params).fetchall()
        return self._audit_entries(rows)

    def saves_after(self, client_id: int, day: date) -> list[AuditEntry]:
        """The saves and merges of a client's record logged after `day` on this computer's
        calendar, newest first: what the come-back message reads of the audit log
        (clinic_app.came_back.entered_since).  One query, from the first moment of the next
        day: the whole history of a long record (300 saves) took 168 ms on opening (K342-02)."""
        start = datetime.combine(day + timedelta(days=1), datetime.min.time()).astimezone().astimezone(timezone.utc)
        # julianday() reads a moment kept with no offset as UTC, and one with an offset by it,
        # as court.kept_moment does.
        sql = ("SELECT id, at, user, client_id, entity, action, before, after FROM audit WHERE client_id = ? "
               "AND entity = 'client' AND action IN ('update', 'merge') AND julianday(at) >= julianday(?) ORDER BY id DESC")
        with user_errors(self.path):
            rows = self.db.conn.execute(sql, (client_id, start.isoformat(timespec="seconds"))).fetchall()
        return self._audit_entries(rows)

    @staticmethod
    def _audit_entries(rows) -> list[AuditEntry]:
        """Rows of the audit log (id, at, user, client_id, entity, action, before, after) as entries."""
        return [
            AuditEntry(
                id=row[0],
                at=datetime.fromisoformat(row[1]),
                user=row[2],
                client_id=row[3],
                entity=row[4],
                action=row[5],
                before=json.loads(row[6]) if row[6] is not None else None,
                after=json.loads(row[7]) if row[7] is not None else None,
            )
            for row in rows
        ]

    def imported_from(self, client_ids: Iterable[int]) -> dict[int, tuple[str, datetime]]:
        """Of these clients, those an import added: id -> (the file, the moment, UTC), from the
        `imported_from` of the client's create line (M42-04).  Merge a duplicate says which of
        the two records is the laptop's copy with it, which the paralegal could not tell (X45)."""
        ids = sorted(set(client_ids))
        found: dict[int, tuple[str, datetime]] = {}
        created: set[int] = set()
        with user_errors(self.path):
            for start in range(0, len(ids), _IN_CHUNK):
                chunk = ids[start:start + _IN_CHUNK]
                for client_id, at, after in self.db.conn.execute(
                        f"SELECT client_id, at, after FROM audit WHERE client_id IN ({', '.join('?' * len(chunk))}) "
                        "AND entity = 'client' AND action = 'create' ORDER BY id", chunk):
                    if client_id in created:
                        continue  # the record's first create line says where it came from
                    created.add(client_id)
                    source = json.loads(after).get("imported_from") if after else None
                    if source:
                        # The moment, not its UTC day: an import at 5 p.m. in Los Angeles is
                        # the next day in UTC, and the dialog says the day of the clinic (R46-03).
                        found[client_id] = (source, datetime.fromisoformat(at))
        return found

    def last_change(self) -> datetime | None:
        """When the caseload last changed (its newest audit entry, UTC), or None if never."""
        with user_errors(self.path):
            row = self.db.conn.execute("SELECT at FROM audit ORDER BY id DESC LIMIT 1").fetchone()
        return datetime.fromisoformat(row[0]) if row else None

    # ---- settings -----------------------------------------------------------------------

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        """A clinic setting (clinic name, address, phone, website for handouts)."""
        with user_errors(self.path):
            row = self.db.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return default if row is None or row[0] is None else row[0]

    def set_setting(self, key: str, value: str | None) -> None:
        """Change a clinic setting, audited."""
        with self._write() as conn:
            row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
            before = None if row is None else row[0]
            if row is not None and before == value:
                return
            conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))
            self._audit(conn, None, "setting", "update", r._json({key: before}), r._json({key: value}))

    # ---- drafts: typing the window has not saved yet (D28-02) ----------------------------

    def keep_draft(self, client_id: int | None, record: dict[str, Any] | None, *, of: str = "") -> None:
        """Keep `record` (the client as the window's forms hold it, as a request dict of
        clinic_app.screening_format) as the client's draft, or with None drop it; `client_id`
        None for a new client's, not stored yet.  `of`: another place's typing, kept beside the
        window's draft of the same client: "intake", box 2's case typed and not added (ui.intake);
        "review", an attorney's review note not yet recorded (ui.eligibility_view).

        In the caseload, so encrypted with it, and not in the audit log: it is no change
        to the record until it is saved, which is audited as any save.  Who kept it (this
        program's process on this computer) is kept too: `draft` offers it back only once
        that program is gone, not to another window still typing it.
        """
        conn = self.db.conn
        # Never waited for: another desk's long write would hold the window still for the
        # busy timeout for a copy of typing the form still shows (`Locked` is raised instead).
        conn.execute("PRAGMA busy_timeout = 0")
        try:
            with self._write() as conn:
                if record is None:
                    conn.execute("DELETE FROM settings WHERE key = ?", (_draft_key(client_id, of),))
                    return
                kept = {"at": self._now(), "host": _this_computer(), "pid": os.getpid(), "record": record}
                conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                             (_draft_key(client_id, of), r._json(kept)))
        finally:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")

    def draft(self, client_id: int | None, *, of: str = "") -> tuple[datetime, dict[str, Any]] | None:
        """When the client's draft (`of` another place's, see `keep_draft`) was kept and the
        record it holds; None when there is none, or when the program that kept it is still
        running on this computer."""
        with user_errors(self.path):
            row = self.db.conn.execute("SELECT value FROM settings WHERE key = ?", (_draft_key(client_id, of),)).fetchone()
        if row is None or row[0] is None:
            return None
        kept = json.loads(row[0])
        at = datetime.fromisoformat(kept["at"])
        if kept.get("host") == _this_computer():
            if _running(kept.get("pid")):
                return None
        elif self._clock() - at < OTHER_DESK_DRAFT_WAIT:
            # Kept by a desk on another computer sharing the caseload, whose program cannot be
            # asked whether it still runs: its user may be typing it now.  Offered once it has
            # lain there long enough that the program keeping it would have saved or renewed it.
            return None
        return at, kept["record"]

    def drafts_left(self, *, of: str = "") -> list[int | None]:
        """The clients whose typing a Clinic Desk kept as a draft (`of` another place's, see
        `keep_draft`) and did not save, as `draft` offers them back (the program that kept it
        gone), by number; None for a new client's, not stored yet.  An export leaves them out:
        it says so (F65-03)."""
        start = _draft_key(0, of).removesuffix("0")
        with user_errors(self.path):
            keys = [row[0] for row in self.db.conn.execute("SELECT key FROM settings WHERE key LIKE ? ORDER BY key", (start + "%",))]
        held = [None if key == _draft_key(None) else int(key[len(start):]) for key in keys
                if (not of and key == _draft_key(None)) or key[len(start):].isdigit()]
        return [client_id for client_id in held if self.draft(client_id, of=of) is not None]


# A draft kept on another computer is offered only this long after it was kept (see `draft`).
OTHER_DESK_DRAFT_WAIT = timedelta(minutes=30)


# A case's probation grant as stored: the columns `_probation_grant` reads, in its order.
_GRANT_COLUMNS = "probation_kind, probation_start, probation_end, early_termination, violations, probation_status"


def _probation_grant(kind, start, end, early, violations, status) -> Probation:
    """A case's probation grant from its `_GRANT_COLUMNS`."""
    iso = date.fromisoformat
    return Probation(kind, iso(start) if start else None, iso(end) if end else None, iso(early) if early else None,
                     [Violation(iso(d), o) for d, o in json.loads(violations)], status)


def _client_row(row) -> ClientRow:
    """A caseload list line from a row of `_LIST_SQL`."""
    (cid, name, dob, case_count, event, language, best, best_date, next_date, outstanding, needs_review, awaiting, automatic, since,
     file_on, court, remedies, counsel_first, attorney_answers, unentered, denial_reviews) = row
    iso = date.fromisoformat
    return ClientRow(
        cid,
        name,
        iso(dob) if dob is not None else None,
        case_count,
        event,
        language,
        best,
        iso(best_date) if best_date is not None else None,
        iso(next_date) if next_date is not None else None,
        (_labels(outstanding) if outstanding is not None else []) + _unentered_lines(unentered),
        bool(needs_review),
        bool(awaiting),
        bool(attorney_answers),
        bool(automatic),
        iso(since) if since is not None else None,
        iso(file_on) if file_on is not None else None,
        _court_reviewed(court, denial_reviews),
        remedies or "",
        bool(counsel_first),
    )


def _court_reviewed(court: str | None, denial_reviews: str | None) -> CourtLine | None:
    """The line's court (stored JSON) with the attorney's review of its denial, of the reviews
    read beside it ((answer key, when), JSON), on the local day each was made (H63-04)."""
    return denial_reviewed(court_from_json(court), [(answer, review_day(at)) for answer, at in json.loads(denial_reviews or "[]")])


def _denial_typed(after: str, at: str) -> DenialTyped:
    """A "denial" "entered" row of the audit log (`_denials_entered`'s denial, when it was typed)."""
    denial = json.loads(after)
    return DenialTyped(denial.get("case"), denial.get("remedy"), denial.get("convictions") or [], at)


def _draft_key(client_id: int | None, of: str = "") -> str:
    # A new client, not stored yet (no number), has one draft: the name typed at Ctrl+N was
    # lost in a crash, as the client is stored only when a field is left (D32-02).  Another
    # place's (intake's box 2, a review note) has one of its own: intake stores its client at Start.
    if of:
        return f"draft:{of}:{client_id}"
    return "draft:new" if client_id is None else f"draft:{client_id}"


def _this_computer() -> str:
    import socket

    return socket.gethostname()


def _running(pid: Any) -> bool:
    """Whether a process numbered `pid` runs on this computer (a number reused since by
    another program counts: the draft then waits for that one's end, nothing is lost)."""
    if not isinstance(pid, int) or pid <= 0:
        return False
    if sys.platform == "win32":
        # os.kill there ends the process whatever the signal: not asked.  The draft is
        # offered; a second window typing the same client is the rare case it then misjudges.
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process: running
        return True
    return True


def _unentered_lines(unentered: str | None) -> list[str]:
    """The outstanding items of a line not screened yet, from `_UNENTERED_CASES_SQL`'s column:
    each case marked convicted whose counts are not typed, as a screening's line says it."""
    cases = sorted(json.loads(unentered or "[]"), key=lambda case: case[0])  # by their place in the record
    lines = []
    for _position, key, number, *case, others in cases:
        # Its number another of the client's cases has (the column's last, their numbers): said
        # apart, as the screening's line says it (K417-03).
        apart = key in sharing_a_number([Case(key, case_number=number),
                                         *(Case(f"{key} {i}", case_number=other) for i, other in enumerate(others))])
        lines.append(unentered_case_line(_unentered_case(key, number, *case, apart=apart), apart))
    return lines


def _unentered_case(key: str, number: str | None, jurisdiction: str | None, county: str | None, disposed: str | None,
                    offenses: str | None = None, apart: bool = False) -> Case:
    """A case marked convicted whose counts are not typed, of a line not screened yet, as much of
    it as its line names: a screening's line names it so (clinic_app.summary.unentered_case_line),
    one with no court number by what its record holds, not by its key alone (K85-04), with the
    arrest offenses it kept when marked convicted, which its title names where it has no count
    (case_titles.record_parts): without them the line changed its words at the list's next read
    (R86-04); so one whose number another of the client's cases has (`apart`, K417-03)."""
    return _case_as_listed(key, "convicted", number, jurisdiction, county, disposed, offenses, apart=apart)


def _case_as_listed(key: str, outcome: str, number: str | None, jurisdiction: str | None, county: str | None,
                    disposed: str | None, offenses: str | None, arrested: str | None = None, apart: bool = False) -> Case:
    """A case of its stored columns, as much as the window's lists name it by: one with no court
    number (left blank, or "unknown") with its arrest offenses, which its title names where it
    has no count (case_titles.record_parts); a numbered one by its number alone.  The review
    queue's read (K85-03) and a line's cases not entered (K85-04, R86-04) build it alike."""
    case = Case(key, outcome, number, jurisdiction or "CA", county, r._pd(disposed), r._pd(arrested))
    if offenses and (apart or told_by_what_the_record_holds(case)):
        case.arrest_offenses = [ArrestOffense(*offense) for offense in json.loads(offenses)]
    return case
