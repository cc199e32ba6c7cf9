"""What the window tells a client who comes back: what the clinic last told them, where today's
answer is another (C123), and what this visit entered since then in place of asking about it
(K336-05, K341-03).

The words are decided from the record, the caseload line as last screened and the saves of the
client's audit log, each given: this module reads no file and no clock.  The window
(ui.client_view) asks the caseload for those saves and shows the words; they were kept there,
beside its widgets, until the clinic's logic came out of ui/ (DESIGN.md's dependency rule, K348).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, Protocol

from clinic_app.case_titles import titles_by_id
from clinic_app.model import Case, Client, ClientSummary
from clinic_app.summary import outcome_text
from clinic_app.wording import listed


class SaveLogged(Protocol):
    """A save or a merge of a client's record, a line of its audit log as the caseload reads it
    (db.repository.AuditEntry): which (`action`, "update" or "merge"), and the record as JSON,
    `before` and `after`."""
    action: str
    before: Any
    after: Any


def came_back_said(listed, last_as_of: date | None, now: ClientSummary, today: date,
                   entered: Callable[[date], list[str]] = lambda day: []) -> str:
    """What the clinic last told a client who comes back, where today's answer is another: a
    client seen on probation in 2026, told "come back after your probation ends", opened in
    2027 showed only today's "Needs review", and what they were told then ("Eligible on
    2027-06-04") was only in the Eligibility tab's Showing list (C123).  `listed` is their
    caseload line as last screened, for `last_as_of`, or the last earlier day's kept result where
    the line is today's (N125-01); nothing is said of a line not shown, nor where the answer is
    the same.

    The record cannot know of an arrest, a charge or a case since the last visit, which would
    change every answer: the paralegal is asked to ask the client (M124-03).  Where cases were
    entered since (`entered`: those of the record entered after a day), the client was asked,
    and what they told is in the record: the client opened again that visit was asked still, the
    arrest just typed in as if it were not (K336-05).  What was entered is said instead
    (`entered_since`): the cases, and a pending charge ticked (K341-03)."""
    if listed is None or listed.best is None or last_as_of is None or last_as_of >= today:
        return ""
    then, answer = outcome_text(listed.best, listed.best_date), outcome_text(now.best, now.best_date)
    if then == answer:
        return ""
    new = entered(last_as_of)
    since = (f"Entered since {last_as_of.isoformat()}: {'; '.join(new)}." if new else
             f"Ask the client about any arrest, charge or case since {last_as_of.isoformat()}: the record cannot "
             "know of one, and it would change every answer.")
    return (f"Last screened as of {last_as_of.isoformat()}: {then}. Now, as of {today.isoformat()}: {answer}. {since} "
            "The Eligibility tab's Showing list keeps the earlier result.")


# What ticking "Has a pending criminal charge" on the Record tab entered, as the come-back message says it.
PENDING_CHARGE_ENTERED = "a pending criminal charge (“Has a pending criminal charge”, Record tab)"


def entered_since(saves: Sequence[SaveLogged], client: Client) -> list[str]:
    """What `client`'s record had entered since the last screening's day, as the come-back message
    says it: the cases typed in since (`cases_entered_since`), and a pending charge ticked since,
    against the record before the first of `saves`.  `saves` are the saves and merges of its
    record logged after that day, newest first, as the caseload chooses them by day, in one query
    (db.repository's `saves_after`, K342-02): chosen once, there, and passed down as they are.
    The message asks about "any arrest, charge or case since": the charge the client told of,
    ticked, answers it as an arrest typed in does; the question was asked still (K341-03).
    Ticked on the day of the last screening, it was that visit's."""
    new = cases_entered_since(saves, client)
    person = saves[-1].before.get("person") if saves and isinstance(saves[-1].before, dict) else None
    ticked = client.person.pending_charges and isinstance(person, dict) and not person.get("pending_charges")
    # Each case by the one name History and Edit > Undo give it, the day first: the screening's
    # sentences' title, its offense first, named one arrest two ways (K341-04); a number another
    # of the client's cases has, told apart as History tells it ("case 24CR042" of either, K413-03).
    titles = titles_by_id(client.cases)
    cases = listed([f"case {titles[case.id]}" for case in new]) if new else None
    return ([cases] if cases else []) + ([PENDING_CHARGE_ENTERED] if ticked else [])


def cases_entered_since(saves: Sequence[SaveLogged], client: Client) -> list[Case]:
    """The cases of `client` entered since the last screening's day (on this computer's calendar
    as the window's `today` is): those its record did not have before the first of `saves` (its
    saves and merges logged after that day, newest first: `entered_since`), and has now, typed in
    by one of them.  A case typed on the day of the last screening was that visit's; a client
    added since (imported with the screening they came with) entered nothing then; a case
    removed and put back by Undo is no new one; nor is one a merge brought from another record
    (typed there, perhaps years ago: said entered, it took the place of the question no one had
    asked, R340-01)."""
    known = _case_ids(saves[-1].before) if saves else None
    if known is None:
        return []
    typed: set = set()
    for save in saves:
        added = (_case_ids(save.after) or set()) - (_case_ids(save.before) or set())
        if save.action == "merge":
            known |= added
        else:
            typed |= added
    return [case for case in client.cases if case.id in typed and case.id not in known]


def _case_ids(record) -> set | None:
    """The case ids of a record as the audit log keeps it (None: no list of cases)."""
    cases = record.get("cases") if isinstance(record, dict) else None
    if not isinstance(cases, list):
        return None
    return {case.get("id") for case in cases if isinstance(case, dict)}
