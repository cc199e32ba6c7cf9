"""The caseload's lines made again in this Clinic Desk's words, from the stored screenings.

Each client's caseload line (best outcome, its day, Next action's day, Outstanding's labels, the
court line: `clinic_app.summary.summarize`) is stored when the client is screened, beside the
determinations, so that a list of 100,000 draws without screening anyone.  A caseload screened
by an older Clinic Desk kept that program's words until someone re-screened it: "probation to
DAY" for an early end the court had ordered (S165-02), "File now" beside a Prop 47 denial left to
the attorney (P172-04).  Nothing marked such a line out of date, as RULES_VERSION marks answers.

The settings row `LINES_WORDING_KEY` keeps the `summary.LINES_WORDING` the lines were made with.
Opening a caseload whose number is lower (or missing: made before it was kept) makes each
screened client's line again from their newest stored screening, its own day and the facts it
was made from: no screen() is run, the determinations are not touched, and a client whose facts
changed since (their line is redone at their next screening) is left.  About 200-400 us a client
on a 2-core machine (reading the client and decoding the stored result most of it): some 20-40 s
for 100,000, once after an update, told to the opening's progress.  A caseload marked with a
higher number (a newer Clinic Desk on another desk) is left as it is: its words are the newer ones.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date
from typing import Any

from clinic_app.summary import LINES_WORDING, eligible_now_since, summarize
from db import records as r

LINES_WORDING_KEY = "caseload_lines_wording"
RANGE_SIZE = 500  # clients read and written at a time, each range in its own transaction

LINES_SAID = "Updating the caseload list's lines for this version of Clinic Desk..."

# The screened clients of a range whose newest screening was made from the facts they have.
_NEWEST_OF_THE_FACTS = (
    "SELECT c.id, c.best, c.automatic_only, c.eligible_now_since, s.id, s.as_of, s.result, "
    "s.best, s.best_date, s.next_action_date, s.outstanding, s.needs_review, s.automatic_only, s.file_on, s.court "
    "FROM clients AS c JOIN screenings AS s ON s.id = (SELECT MAX(id) FROM screenings WHERE client_id = c.id) "
    "WHERE c.id BETWEEN ? AND ? AND s.facts_hash = c.facts_hash")
_LINE_OF_SCREENING = ("UPDATE screenings SET best = ?, best_date = ?, next_action_date = ?, outstanding = ?, needs_review = ?, "
                      "automatic_only = ?, file_on = ?, court = ? WHERE id = ?")
_LINE_OF_CLIENT = ("UPDATE clients SET best = ?, best_date = ?, next_action_date = ?, outstanding = ?, needs_review = ?, "
                   "automatic_only = ?, file_on = ?, court = ?, eligible_now_since = ? WHERE id = ? "
                   "AND (SELECT MAX(id) FROM screenings WHERE client_id = ?) = ?")


def lines_wording(conn: Any) -> int:
    """The `LINES_WORDING` the caseload's lines were made with (0: before it was kept)."""
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (LINES_WORDING_KEY,)).fetchone()
    try:
        return int(row[0]) if row is not None else 0
    except (TypeError, ValueError):
        return 0  # a value this program cannot read: its lines made again, as of a caseload before


def bring_lines_up_to_date(repo: Any, progress: Callable[[int, int, str], None] | None = None,
                           each_range_whole: Callable[[], contextlib.AbstractContextManager] = contextlib.nullcontext) -> int:
    """Make the lines of `repo`'s caseload again where they were made in older words (see the
    module docstring); how many lines changed.  One read of the settings when they are current.

    `progress(done, total, LINES_SAID)`: first with none done, then after each range is written
    (`done` of the screened clients have their lines in this program's words).  `each_range_whole`:
    a context each range's writing and counting runs in, the command line's holding a stop
    (`whole_line`) until the range is written and counted, so that what it says made is so."""
    conn = repo.db.conn
    if lines_wording(conn) >= LINES_WORDING:
        return 0
    ids = [row[0] for row in conn.execute("SELECT DISTINCT client_id FROM screenings ORDER BY client_id")]
    today = repo._clock().astimezone().date()
    changed = 0
    if progress is not None and ids:  # a new caseload, or none screened: marked, with nothing said
        progress(0, len(ids), LINES_SAID)
    for start in range(0, len(ids), RANGE_SIZE):
        end = min(start + RANGE_SIZE, len(ids))
        with each_range_whole():
            with repo._write() as conn:
                changed += _range_made_again(repo, conn, ids[start], ids[end - 1], today)
            if progress is not None:
                progress(end, len(ids), LINES_SAID)
    # Written last: an open stopped half-way makes the rest (and finds the done ones alike) next time.
    with each_range_whole():
        lines_made_in_these_words(repo)
    return changed


def lines_made_in_these_words(repo: Any) -> None:
    """Mark `repo`'s caseload as having every line in this program's words: after the lines are
    made again, or after a whole re-screen (which makes every client's line), never part-way.
    A caseload marked higher (a newer Clinic Desk on another desk) keeps its mark."""
    if lines_wording(repo.db.conn) >= LINES_WORDING:
        return
    with repo._write() as conn:
        conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                     (LINES_WORDING_KEY, str(LINES_WORDING)))


def _range_made_again(repo: Any, conn: Any, first: int, last: int, today: date) -> int:
    """The lines of the clients `first`..`last` made again and written where they differ."""
    stored = {row[0]: row[1:] for row in conn.execute(_NEWEST_OF_THE_FACTS, (first, last))}
    if not stored:
        return 0
    screenings, clients = [], []
    for client in repo._load_quickly(conn, first, last):
        if client.id not in stored:
            continue
        best_before, automatic_before, since, screening_id, as_of, result, *line = stored[client.id]
        try:
            summary = summarize(client, r.screening_from_stored(result), date.fromisoformat(as_of))
        except (ValueError, TypeError, KeyError, IndexError):
            continue  # a result this program cannot read (a damaged row): its line left as it was
        made = (summary.best, r._d(summary.best_date), r._d(summary.next_action_date), r._json(summary.outstanding),
                int(summary.needs_review), int(summary.automatic_only), r._d(summary.file_on), r.court_json(summary.court))
        if made == tuple(line):
            continue
        before = (best_before, bool(automatic_before), r._pd(since))
        since = r._d(eligible_now_since(before, summary.best, summary.automatic_only, date.fromisoformat(as_of), today))
        screenings.append((*made, screening_id))
        clients.append((*made, since, client.id, client.id, screening_id))
    conn.executemany(_LINE_OF_SCREENING, screenings)
    conn.executemany(_LINE_OF_CLIENT, clients)
    return len(screenings)
