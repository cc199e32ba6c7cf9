"""The few steps the workspace repeats after every change: screen, summarise, store.

The engine is a pure function (`clinic_app.eligibility.screen`); this module is where the
workspace calls it with the as-of date the user chose and keeps the result beside the
client, so the caseload list can be drawn without re-screening 100,000 clients.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from clinic_app.case_titles import titles_day_first
from clinic_app.eligibility.immigration import counsel_first_of_record
from clinic_app.model import Client, ClientSummary, Screening
from clinic_app.record_said import named_in, where_in_record  # its home since K395, named here as before
from clinic_app.summary import unentered_lines
from db.repository import CaseloadLine, ClientRow, Repository


@dataclass
class Screened:
    """A client's fresh screening and the caseload line it gives."""

    screening: Screening
    summary: ClientSummary
    facts_hash: str


def screen_client(client: Client, as_of: date) -> Screened:
    """Screen `client` as of `as_of` (no database)."""
    from clinic_app.eligibility import facts_hash, screen
    from clinic_app.summary import summarize

    screening = screen(client.person, client.cases, as_of)
    return Screened(screening, summarize(client, screening, as_of), facts_hash(client.person, client.cases))


def screen_and_store(repo: Repository, client: Client, as_of: date, line_before: CaseloadLine | None = None) -> Screened:
    """Screen a stored client and keep the result (audited by the repository).  `line_before`:
    an undo's, the caseload line before the step it takes back (Repository.store_screening)."""
    screened = screen_client(client, as_of)
    assert client.id is not None
    repo.store_screening(client.id, screened.screening, screened.facts_hash, screened.summary, client.cases, of_saved_facts=True,
                         line_before=line_before)
    return screened


def client_row(client: Client, summary: ClientSummary | None, awaiting_review: bool = False,
               eligible_now_since: date | None = None, attorney_answers: bool | None = None,
               remedies: str = "") -> ClientRow:
    """The caseload line of one client, as `Repository.list_clients` would give it
    (`awaiting_review`, `eligible_now_since` and `attorney_answers` as the repository says
    them; `attorney_answers` is at least `awaiting_review`)."""
    assert client.id is not None
    return ClientRow(
        id=client.id,
        name=client.name,
        dob=client.person.dob,
        case_count=len(client.cases),
        event=client.event,
        language=client.language,
        best=summary.best if summary else None,
        best_date=summary.best_date if summary else None,
        next_action_date=summary.next_action_date if summary else None,
        # Not screened yet: the cases whose counts are still to type, as `list_clients` says them (M60-02).
        outstanding=list(summary.outstanding) if summary else unentered_lines(client.cases),
        needs_review=summary.needs_review if summary else False,
        awaiting_review=awaiting_review,
        attorney_answers=awaiting_review if attorney_answers is None else attorney_answers or awaiting_review,
        automatic_only=summary.automatic_only if summary else False,
        eligible_now_since=eligible_now_since,
        file_on=summary.file_on if summary else None,
        court=summary.court if summary else None,
        remedies=remedies,
        counsel_first=counsel_first_of_record(client.person, client.cases),
    )


def not_saved_said(refused: str) -> str:
    """A change refused because the record it saves is one the record's check refuses, stored
    before the check did (an end before the conviction, K386): a Checklist change (R389-02) and a
    merge (K391-02) say it in these words."""
    return f"Not saved: {refused}. Put it right on the Record tab first."


def impossible_facts(client: Client, *, titled: bool = False) -> str | None:
    """Why the client's facts, each valid alone, cannot be true together (a conviction before
    the date of birth), in the form's words; None when they can.  The repository refuses to
    store such a record, so the forms say it before saving.  `titled`: a case without a number
    named as the Record tab's list and History name it (`_titles`), not by its place."""
    return impossible_said(client, impossible_fact(client), titled=titled)


def impossible_said(client: Client, error, *, titled: bool = False) -> str | None:
    """`impossible_facts`' words for `error`, the client's `impossible_fact` (None: None).
    `titled`: the place as the Record tab names it (`named_in`), an end by its label and two
    cases of one number apart: "custody supervision end" and "Case 24CR042" of either were
    said in its "Cannot save", where a refused merge sends the paralegal (A403-01)."""
    if error is None:
        return None
    if titled:
        return f"{named_in(client.cases, error.path)}: {error.problem}"
    return f"{where_in_record(error.path, [case.case_number for case in client.cases])}: {error.problem}"


def _titles(client: Client) -> list[str]:
    """The client's cases as the Record tab's list and History name them: a number, or what the
    record holds, "c3 (convicted 2019-06-01, PC 459, Fresno County)".  By its place, "Case 2",
    a case the list shows as "(case c3)" was named beside Date of birth and in "Cannot save"
    (R365-01), where intake's box 3 lists its cases by their place ("Case 1 (no number yet)").
    Two of one number so too, as the list tells them apart: "After Case 24CR042, conviction 1"
    was said of either (K408-03)."""
    return titles_day_first(client.cases)


def born_too_late(client: Client) -> str | None:
    """What the Date of birth field says when a day of the record comes before it ("After
    Case BA100001, conviction 1, Convicted (2003-05-01)"), or how many counts' and the earliest
    where several do ("After 3 counts' conviction days, the earliest Case BA200002, conviction 1,
    Convicted (2019-02-03)"); None when none does.  Said
    only in the header's "Cannot save", it was not where the paralegal was typing (Q110-03)."""
    error, dob = impossible_fact(client), client.person.dob
    if error is None or dob is None or not error.problem.endswith(f"the date of birth {dob.isoformat()}"):
        return None
    numbers = _titles(client)  # as the list names them (R365-01)
    # Several counts convicted before it: how many, and the earliest, which the date of birth
    # must come before.  The first alone was named, and the paralegal who put that count right
    # met the next (Q113-03).
    # The field by its label, the count by its row, as "Cannot save" names them: "After 3
    # conviction dates, the earliest Case BA200002, conviction 1, conviction date" (K425-01).
    before = sorted((count.conviction_date, f"cases[{i}].convictions[{j}]")
                    for i, case in enumerate(client.cases) for j, count in enumerate(case.convictions)
                    if count.conviction_date is not None and count.conviction_date < dob)
    if len(before) > 1:
        day, row = before[0]
        # "3 counts' Convicted dates" read as no sentence (K425-01): the field's label stays by the row.
        return (f"After {len(before)} counts' conviction days, the earliest "
                f"{where_in_record(row, numbers)}, Convicted ({day.isoformat()})")
    # The field as the Record tab labels it, as "Cannot save" names it: "offense date" was said
    # beside "Offense on:" (K422-01).
    return f"After {named_in(client.cases, error.path)} ({error.problem.split()[0]})"


def impossible_fact(client: Client):
    """The first of the client's facts that cannot be true with the others (a FormatError, its
    `path` the fact's), or None."""
    from clinic_app.record_said import refused_fact

    return refused_fact(client)


