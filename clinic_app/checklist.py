"""What still stands between a client and relief, case by case, in plain words.

A paralegal reads this list to the client: "Probation ends 2027-03-02 (100 days left)",
"52-week batterer program: 30 of 52", "Restitution: $700 of $1,500 paid".  Items come from
the record only (probation, custody and supervision, conditions, money, pending cases,
protective orders); the eligibility engine decides what they mean for each remedy.

Pure domain: no clock (``as_of`` is passed), no I/O.  Cheap enough to run for every client
of a caseload on each re-screen.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date

from clinic_app.case_titles import case_heading, case_title_day_first, sharing_a_number
from clinic_app.eligibility.bars import case_words
from clinic_app.eligibility.common import AB1950_CITE, SB1106_EFFECTIVE
from clinic_app.eligibility.sentence import CUSTODY_SENTENCES, ended_early, went_on_after_end
from clinic_app.model import Case, Client, Condition, Custody, Money, Probation, Screening, Sentence, open_cases_hold_up_nothing
from clinic_app import years_alone
from clinic_app.wording import count

ItemKind = str  # "probation" | "supervision" | "sentence" | "condition" | "revocation" | "fines" | "restitution" | "pending_case" | "protective_order" | "probation_cap"
KINDS: tuple[str, ...] = ("probation", "supervision", "sentence", "condition", "revocation", "fines", "restitution",
                          "pending_case", "protective_order", "probation_cap")

SUPERVISION_NAMES = {"mandatory_supervision": "Mandatory supervision", "parole": "Parole", "prcs": "PRCS"}
SUPERVISION_UNNAMED = "Supervision"  # after release, its kind not recorded
# A probation whose end the record does not give (a year told alone is added to it, O207-04).
PROBATION_END_UNKNOWN = "Probation: end date unknown"
# A jail or prison term with no supervision after it recorded, and its release day not given.
RELEASE_UNKNOWN = "Release from custody: date unknown"
RELEASE_UNKNOWN_SHORT = "release date"
# A sentence the record says is not completed, with no release day nor end that says when.
SENTENCE_UNFINISHED = "Sentence not yet completed"
# A state prison term whose release is recorded but nothing of the parole or PRCS after it: the
# screening asks that end (PC 1203.41, 1203.425 count from it), and the tab said nothing (H428-01).
PAROLE_UNRECORDED = "Parole or PRCS after release: end date unknown"
PAROLE_UNRECORDED_SHORT = "parole or prcs end date"


@dataclass(slots=True)
class ChecklistItem:
    """One thing on a case's checklist: done or not, how far along, and by when."""

    case: str
    kind: ItemKind
    label: str
    done: bool
    progress: float | None = None  # 0..1 where it can be measured
    due: date | None = None
    days_left: int | None = None


def checklist(client: Client, as_of: date) -> list[ChecklistItem]:
    """Every checklist item of every case of the client, in case order."""
    return [item for item, _ in _items(client, as_of)]


def outstanding(client: Client, as_of: date) -> list[str]:
    """Short labels of what is not done: "probation to 2027-03-02", "restitution $800", "class 30/52"."""
    return pending(client, as_of)[0]


def checklist_and_outstanding(client: Client, as_of: date) -> tuple[list[ChecklistItem], list[str]]:
    """Both at once (one pass over the record)."""
    items, short, _ = checklist_view(client, as_of)
    return items, short


def checklist_view(client: Client, as_of: date) -> tuple[list[ChecklistItem], list[str], list[date]]:
    """(items, outstanding short labels, due dates of the items not done)."""
    items: list[ChecklistItem] = []
    short: list[tuple[str, str]] = []
    dues: list[date] = []
    for item, label in _items(client, as_of):
        items.append(item)
        if not item.done:
            if label:
                short.append((item.case, label))
            if item.due is not None:
                dues.append(item.due)
    return items, across_cases(short), dues


def probation_cap_items(screening: Screening | None) -> list[ChecklistItem]:
    """One item per case whose probation the screening flags under AB 1950's cap
    (eligibility.common.ab1950_flag), in the engine's words: a question to raise with the
    court, which the Eligibility tab and the handout said and the Checklist, where a
    paralegal plans what to ask the court, did not (K30-02: "AB 1950 caps misdemeanor
    probation at 1 year ...; this probation, granted 2024-03-04, was ordered to 2027-03-03").

    From the screening, not the record: whether the cap could reach the case turns on the
    offense catalog's exceptions, which only the engine reads.  Never in the caseload's
    Outstanding column: it is a note for the attorney, nothing the client has still to do."""
    if screening is None:
        return []
    notes: dict[str, str] = {}
    for d in screening.results:
        for reason in d.reasons:
            if reason.cite == AB1950_CITE:
                notes.setdefault(d.case, reason.text)  # one flag per case: every remedy gives the same
    return [ChecklistItem(case, "probation_cap", text, False) for case, text in notes.items()]


def pending(client: Client, as_of: date) -> tuple[list[str], list[date]]:
    """(outstanding short labels, due dates of the items not done), without building the items.

    The caseload summary needs only these, for every client on every re-screen, so this is
    the checklist's fast path.  It follows `_items` rule for rule; a property test checks
    that both always agree.
    """
    short: list[str] = []
    cases: list[str] = []  # the case of each label in `short`
    dues: list[date] = []
    pending_in_record = False
    apart: frozenset[str] | None = None  # read once, of a record with a pending case only
    for case in client.cases:
        if case.outcome == "pending":
            pending_in_record = True
            # Named as the window's lists name a case: one with no number by what its record
            # holds, the day first ("pending case c3 (arrested 2025-03-01, ...)"), not "c3" (K85-06);
            # so one whose number another case has (K417-01).
            apart = sharing_a_number(client.cases) if apart is None else apart
            short.append(_pending_case_short(case, case.id in apart))
        sentence = case.sentence
        if sentence is not None:
            if sentence.probation is not None:
                _probation_pending(sentence.probation.as_it_stood(as_of), as_of, short, dues)
            if sentence.custody is not None:
                _custody_pending(sentence.custody, as_of, short, dues, _release_unrecorded(sentence),
                                 _parole_unrecorded(sentence))
            elif sentence.completed is False and sentence.probation is None:
                short.append("sentence")
        kept_on = case.still_to_keep(as_of)
        revoked = _revoked(case, as_of)
        if revoked is not None:
            short.append(_revocation_item(case, revoked, bool(kept_on))[1])
        for condition in kept_on:
            if ((revoked is None or condition.standing) and not released_from(case, condition, as_of)
                    and not owed_as_restitution(case, condition, as_of)):
                short.append(_condition_short(condition))
        money = case.money.as_it_stood(as_of) if case.money is not None else None
        if money is not None:
            if money.unrecorded("fine"):
                short.append(UNRECORDED_SHORT.format(name="fines"))
            elif money.fines_ordered and money.paid("fine") < money.fines_ordered:
                short.append(f"fines ${money.fines_ordered - money.paid('fine'):,}")
            if money.unrecorded("restitution"):
                short.append(UNRECORDED_SHORT.format(name="restitution"))
            elif money.restitution_ordered:
                paid = money.paid("restitution")
                if paid < money.restitution_ordered:
                    short.append(f"restitution ${money.restitution_ordered - paid:,}")
        until = case.protective_order_until
        if until is not None and until >= as_of:  # through its last day, as _case_items says it
            short.append(f"protective order to {until}")
            dues.append(until)
        cases.extend([case.id] * (len(short) - len(cases)))  # the labels this case added
    if client.person.pending_charges and not pending_in_record:
        short.append("pending charge")
        cases.append("")
    return across_cases(list(zip(cases, short, strict=True))), dues


_MONEY_SHORT = ("fines $", "restitution $")

# What a client's outstanding labels (`pending`) wait for, in a report's words, each by how its
# labels begin, as made above: a funder asks how many still wait and why, and the report said
# "Eligible on a later date 35" alone (F122-04).  A label none begins with is a condition.
WAITING_FOR = (
    ("probation to end", ("probation to ", "probation ends early ", "probation end date", "confirm probation ended")),
    ("custody or supervision", ("custody to ", RELEASE_UNKNOWN_SHORT, "sentence", *(f"{name.lower()} " for name in (*SUPERVISION_NAMES.values(), SUPERVISION_UNNAMED)))),
    ("an open case", ("pending case", "pending charge")),
    ("fines to pay", ("fines",)),
    ("restitution to pay", ("restitution",)),
    ("a revoked probation", ("probation revoked",)),
    ("a protective order to end", ("protective order",)),
)
CONDITIONS_WAITED_FOR = "classes or other conditions"


def waiting_for(label: str) -> str:
    """What an outstanding label (`pending`'s, as stored on the caseload line) waits for, in
    the words of WAITING_FOR, or CONDITIONS_WAITED_FOR."""
    return next((words for words, starts in WAITING_FOR if label.startswith(starts)), CONDITIONS_WAITED_FOR)


def across_cases(labelled: list[tuple[str, str]]) -> list[str]:
    """The short labels of (case, label) pairs, a label that several cases have said once.

    The caseload's Outstanding column read "probation end date, probation end date" and
    "fines $1, fines $394" for a client with two cases, like a typo, and said neither which
    case nor that there were two (J64 left it; X64-03).  Said once with how many cases it is
    of, "probation end date (2 cases)", it fits the narrow column; the money still owed is
    added up, "fines $395 (2 cases)".  Which case is which is the Checklist tab's.  A label
    given twice by one case (two conditions alike) is left as it was."""
    groups: dict[str, list[tuple[str, str]]] = {}
    for case, label in labelled:
        groups.setdefault(_group_of(label), []).append((case, label))
    said: list[str] = []
    merged: set[str] = set()
    for case, label in labelled:
        key = _group_of(label)
        group = groups[key]
        if len(group) < 2 or len({c for c, _ in group}) < len(group):
            said.append(label)
        elif key not in merged:
            merged.add(key)
            if key in _MONEY_SHORT:
                label = f"{key}{sum(int(owed[len(key):].replace(',', '')) for _, owed in group):,}"
            said.append(f"{label} ({len(group)} cases)")
    return said


def _group_of(label: str) -> str:
    """What labels are said together: the same words, or money of one kind ("fines $")."""
    for money in _MONEY_SHORT:
        if label.startswith(money) and label[len(money):].replace(",", "").isdigit():
            return money
    return label


def probation_to(last: date) -> str:
    """What is outstanding of a probation still running to `last`, as the caseload says it; the
    list's Next action finds by it the probation a filing day waits for (line_action, S160-02)."""
    return f"probation to {last}"


def probation_ends_early(last: date) -> str:
    """What is outstanding of a probation the court has ordered to end early on `last`, still
    ahead: said as "probation to <day>" too, the list's Next action read it as one the court
    could still be asked to end early, "PC 1203.3 now" beside a header rightly silent (S160-02,
    S165-02), where there is nothing left to ask."""
    return f"probation ends early {last}"


def probation_outstanding(probation: Probation, last: date) -> str:
    """`probation_ends_early` where the court's order ends it before its term, else `probation_to`."""
    return probation_ends_early(last) if ended_early(probation) and probation.early_termination == last else probation_to(last)


def _probation_pending(probation: Probation, as_of: date, short: list[str], dues: list[date]) -> None:
    if probation.stands_revoked():
        return
    last = _last_day(probation, as_of)
    if last is not None:
        short.append(probation_to(last))
        dues.append(last)
        return
    if went_on_after_end(probation, as_of) is not None:
        short.append("probation end date")  # went on after its recorded end (as _probation_items says it)
        return
    if probation.status == "completed":
        return
    if probation.early_termination is not None and probation.early_termination <= as_of:
        return
    if probation.early_termination is not None:  # ordered, still ahead (as _probation_items says it)
        short.append(probation_outstanding(probation, probation.early_termination))
        dues.append(probation.early_termination)
        return
    end = probation.end
    if end is None:
        short.append("probation end date")
    elif end > as_of:  # its last day is said above, as _probation_items says it
        short.append(probation_to(end))
        dues.append(end)
    elif probation.status is not None:  # as _probation_items says it: past its end, still "active"
        short.append(f"confirm probation ended {end}")
        dues.append(end)


def _custody_pending(custody: Custody, as_of: date, short: list[str], dues: list[date],
                     unrecorded: tuple[str, str] | None = None, parole_asked: bool = False) -> None:
    release = custody.release_date
    if release is not None and release > as_of:
        short.append(f"custody to {release}")
        dues.append(release)
    name = _supervision_name(custody)
    if name is None:
        if release is None and unrecorded is not None:  # as _custody_items says it
            short.append(unrecorded[1])
        elif release is not None and release <= as_of and parole_asked:
            short.append(PAROLE_UNRECORDED_SHORT)
        return
    end = custody.supervision_end
    if end is None:
        short.append(f"{name.lower()} end date")
    elif end >= as_of:  # through its last day (as _custody_items says it)
        short.append(f"{name.lower()} to {end}")
        dues.append(end)


# ---- One generator per source of items; each yields (item, short label) ---------------------


def _items(client: Client, as_of: date) -> Iterator[tuple[ChecklistItem, str]]:
    pending_in_record = False
    convicted = not open_cases_hold_up_nothing(client.cases)
    apart = sharing_a_number(client.cases)
    for case in client.cases:
        if case.outcome == "pending":
            pending_in_record = True
        told = years_alone.told(client, case, "probation end")
        for item, short in _case_items(case, as_of, convicted, case.id in apart):
            if told and item.kind == "probation" and item.label == PROBATION_END_UNKNOWN:
                # "1973" told at intake and kept in the notes, the day left blank: the tab said
                # "end date unknown" alone, the year the client gave said nowhere on it (O207-04).
                item = replace(item, label=f"{PROBATION_END_UNKNOWN} (the client told {told})")
            yield item, short
    if client.person.pending_charges and not pending_in_record:
        # The intake says a charge is pending somewhere the record does not show.
        yield ChecklistItem("", "pending_case", "A pending charge (from intake) must be resolved first", False), \
            "pending charge"


def _pending_case_short(case: Case, apart: bool) -> str:
    """A pending case as the caseload's Outstanding column says it, the day first (K85-06)."""
    return f"pending case {case_title_day_first(case, apart=apart)}"


def _case_items(case: Case, as_of: date, convicted: bool = True, apart: bool = False) -> Iterator[tuple[ChecklistItem, str]]:
    """`convicted`: whether any case of the client's record ended in a conviction; `apart`:
    whether another of its cases has this one's number (case_titles.sharing_a_number)."""
    if case.outcome == "pending":
        # Headed as the Checklist's box and the worksheet head it (case_heading); the line's short
        # words as the window's lists say it, the day first (K85-06).  On a record with no
        # conviction it holds up nothing but its own sealing, once it ends, as the engine says
        # of it: "must be resolved first" read as a wait for the arrests that ended (J119-03).
        # Two cases of one number read alike, "Pending case 24CR042" twice: each is told by
        # what its record holds, as its box is headed (K408-04, K417-01).
        then = "must be resolved first" if convicted else "is still open: screen it again when it ends"
        yield ChecklistItem(case.id, "pending_case", f"Pending case {case_heading(case, apart)} {then}", False), \
            _pending_case_short(case, apart)
    sentence = case.sentence
    if sentence is not None:
        if sentence.probation is not None:
            # Violations, a revocation or a completion dated later had not happened on as_of.
            # Another state's probation: no California court can end it early, and the engine
            # offers no PC 1203.3 for it (outside_california); its end still bars relief (O112-01).
            yield from _probation_items(case.id, sentence.probation.as_it_stood(as_of), as_of,
                                        early_offered=case.jurisdiction == "CA")
        if sentence.custody is not None:
            yield from _custody_items(case.id, sentence.custody, as_of, _release_unrecorded(sentence),
                                      _parole_unrecorded(sentence))
        elif sentence.completed is False and sentence.probation is None:
            yield ChecklistItem(case.id, "sentence", SENTENCE_UNFINISHED, False), "sentence"
    # A standing order lasted until probation ended: over by then, not still to do (S27C-01).
    ended = _orders_ended(case, as_of) if any(c.standing for c in case.conditions) else None
    kept_on = case.still_to_keep(as_of)
    revoked = _revoked(case, as_of)
    if revoked is not None:
        # Whether the conditions still bind after the revocation is an attorney's reading: one
        # line says so, and stands for the conditions to finish in the outstanding column and
        # on the handout (K28-01: "class 5/26"; "Finish: Outpatient drug program (5 of 26
        # done). By June 23, 2027" for a grant revoked on 2025-10-21).  A standing order (stay
        # away) stays open, as it did (S27C-01): not obeying it is no reading to risk.
        # With no condition left, the line stays, for the sentence that followed: the screening
        # is blocked or in review on it, and the line and the tab had said nothing (K30-01).
        yield _revocation_item(case, revoked, bool(kept_on))
    for condition in case.conditions:
        over = condition.standing and condition not in kept_on
        item, short = _condition_item(case.id, condition, as_of, ended if over else None)
        # Still one item per condition, in the record's order: the window pairs them by place.
        # One the court's early end released is outstanding no more (E130-02).
        outstanding_still = (revoked is None or condition.standing) and not released_from(case, condition, as_of)
        if condition.about_restitution and not item.done and as_of >= SB1106_EFFECTIVE:
            # No broken condition since SB 1106, as the restitution line says: an unticked "Pay
            # restitution to the victim in full" read as one still in the way, and Outstanding
            # said the debt twice where the case records the order (F149-03).
            item = replace(item, label=item.label + SB1106_SAID)
            outstanding_still = outstanding_still and not owed_as_restitution(case, condition, as_of)
        yield item, short if outstanding_still else ""
    if case.money is not None:
        # A payment dated after as_of is not paid yet on it (oracle finding O22-09).
        yield from _money_items(case.id, case.money.as_it_stood(as_of), as_of, fines_by(case, as_of))
    if case.protective_order_until is not None and case.protective_order_until >= as_of:
        # In force through its last day, as the screening's consequences and the handout say
        # (oracle finding O23-12: the item vanished that day while they still named the order).
        until = case.protective_order_until
        left = (until - as_of).days
        when = f"{_days(left)} left" if left else "this is its last day"
        yield ChecklistItem(case.id, "protective_order",
                            f"Protective order until {until} ({when}); a dismissal does not end it",
                            False, None, until, left), f"protective order to {until}"


def _probation_items(case_id: str, probation: Probation, as_of: date,
                     early_offered: bool = True) -> Iterator[tuple[ChecklistItem, str]]:
    if probation.stands_revoked():
        return  # custody follows a revocation; the sentence items say what remains
    last = _last_day(probation, as_of)
    if last is not None:
        # Probation runs through its end date (the engine's reading, PC 1203.4 from the next
        # day): "was to end ... confirm that it ended" on that day spoke of it as past, and a
        # grant marked completed was ticked a day early (oracle finding O23-03); so does a day
        # the court ended it early (O23-21: "ended early", ticked, on that very day).
        label = (f"Probation ends early {last} (this is its last day; PC 1203.3)" if ended_early(probation)
                 else f"Probation ends {last} (this is its last day)")
        yield ChecklistItem(case_id, "probation", label, False, _elapsed(probation.start, last, as_of), last, 0), \
            probation_to(last)
        return
    went_on = went_on_after_end(probation, as_of)
    if went_on is not None:
        # The court cannot reinstate a grant that has ended: it extended it, to an end the record
        # lacks, which every result asks for (E163).  Ticked "Probation completed" it read as
        # done on the Checklist, the caseload and the handout's to-do asked nothing (R163-01).
        label = (f"Probation: end date unknown (it went on after a violation on {went_on}, "
                 f"after its recorded end {probation.last_day})")
        yield ChecklistItem(case_id, "probation", label, False), "probation end date"
        return
    early = ended_early(probation)
    # An order the record dates on the ordered end itself ended nothing early (S30-04): said so.
    on_its_end = ", its ordered end; the court's order ending it (PC 1203.3) bears that date"
    if probation.early_termination is not None and probation.early_termination <= as_of:
        label = (f"Probation ended early {probation.early_termination} (PC 1203.3)" if early
                 else f"Probation ended {probation.early_termination}{on_its_end}")
        yield ChecklistItem(case_id, "probation", label, True, 1.0), ""
        return
    if probation.early_termination is not None:
        # Ordered, and still ahead: that is the end, not the ordered term's, and there is no
        # early termination left to ask for (S27C-03: "Probation ends 2001-05-06 (773 days
        # left) - early termination possible" the day before a discharge ordered for 1999-03-26).
        end = probation.early_termination
        left = (end - as_of).days
        label = (f"Probation ends early {end} ({_days(left)} left), as the court has ordered (PC 1203.3)" if early
                 else f"Probation ends {end} ({_days(left)} left){on_its_end}")
        yield ChecklistItem(case_id, "probation", label, False, _elapsed(probation.start, end, as_of), end, left), \
            probation_outstanding(probation, end)
        return
    end = probation.end
    if probation.status == "completed" or (probation.status is None and end is not None and end <= as_of):
        label = f"Probation completed {end}" if end else "Probation completed"
        yield ChecklistItem(case_id, "probation", label, True, 1.0), ""
        return
    if end is None:
        yield ChecklistItem(case_id, "probation", PROBATION_END_UNKNOWN, False), "probation end date"
        return
    left = (end - as_of).days
    if left <= 0:
        label = f"Probation was to end {end}: confirm with the court that it ended"
        # Not "probation to <a past day>": in the caseload's Outstanding column that read as
        # probation still running (seen in a screenshot of the demo caseload).
        yield ChecklistItem(case_id, "probation", label, False, 1.0, end, left), f"confirm probation ended {end}"
        return
    label = f"Probation ends {end} ({_days(left)} left)"
    if early_offered:
        label += " - early termination possible (PC 1203.3)"
    yield ChecklistItem(case_id, "probation", label, False, _elapsed(probation.start, end, as_of), end, left), \
        probation_to(end)


def _revoked(case: Case, as_of: date) -> Probation | None:
    """The case's probation as it stood on `as_of` when it stands revoked and no later sentence
    is recorded (the screening then asks what followed: fact_questions' "Probation was
    revoked"); None otherwise.  What the court ordered after a revocation decides whether the
    grant's conditions still bind, so they are neither "to finish by" the old end date nor
    over.  A revocation a later reinstatement undid (Probation.last_revoked) leaves the grant
    and its conditions as they were."""
    sentence = case.sentence
    if sentence is None or sentence.probation is None or sentence.custody is not None:
        return None
    return _stands_revoked(sentence.probation, as_of)


def _stands_revoked(probation: Probation, as_of: date) -> Probation | None:
    """The grant as it stood on `as_of` when it stands revoked, whatever followed; None
    otherwise, a revocation a later reinstatement undid (Probation.last_revoked) too."""
    p = probation.as_it_stood(as_of)
    if not p.stands_revoked():
        return None
    if p.last_revoked() is None and any(v.outcome == "revoked" for v in p.violations):
        return None  # undone by a reinstatement after it
    return p


def _revocation_item(case: Case, probation: Probation, conditions_open: bool) -> tuple[ChecklistItem, str]:
    """The line of a probation that stands revoked, no later sentence recorded (`_revoked`).

    `conditions_open`: conditions are still to keep, and the line speaks for them (K28-01).
    With none, it names the fact to find out, the sentence that followed and its end: that is
    what the screening waits on ("serving a sentence ... no end date", "Get the minute order
    of the revocation and the sentence that followed"), and a client blocked on it had an
    empty Outstanding column and no word on the Checklist (K30-01: demo client 2820)."""
    day = probation.last_revoked()
    revoked = f"Probation revoked {day}" if day is not None else "Probation revoked"
    if conditions_open:
        return ChecklistItem(case.id, "revocation",
                             f"{revoked}, no later sentence recorded: whether its conditions still bind is for a clinic lawyer to say",
                             False), revoked.lower()
    if case.sentence is not None and case.sentence.completed is True:
        ask = "the record says it was completed; find out what it was and when it ended"
    else:
        ask = "find out what sentence followed and when it ends"
    return ChecklistItem(case.id, "revocation", f"{revoked}, no later sentence recorded: {ask}", False), \
        f"{revoked.lower()}: sentence after it"


def _last_day(probation: Probation, as_of: date) -> date | None:
    """`as_of` when it is the grant's last day: its end date, or the day the court ended it
    early (PC 1203.3), which the engine counts as probation's last; else None."""
    return as_of if probation.last_day == as_of else None


def _supervision_name(custody: Custody) -> str | None:
    """The supervision after release by its kind's name; "Supervision" where its kind is not
    recorded but its end is (intake asks a prison term's end alone, E29-05): it had no name, and
    the checklist showed a client on parole to 2027 only "Released from custody", done (K129-04)."""
    kind = custody.supervision_kind
    if kind is None and custody.supervision_end is not None:
        return SUPERVISION_UNNAMED
    return SUPERVISION_NAMES.get(kind or "none")


def _release_unrecorded(sentence: Sentence) -> tuple[str, str] | None:
    """(item, short label) said of a jail or prison term whose release day and supervision after
    it are not recorded: its release day asked (S215-04), or, the record saying the term is not
    completed, the term to finish: "the day you got out" was asked of it (R223-03).  None for
    custody a request gave a probation case, which asks nothing of it."""
    if sentence.type not in CUSTODY_SENTENCES:
        return None
    return (SENTENCE_UNFINISHED, "sentence") if sentence.completed is False else (RELEASE_UNKNOWN, RELEASE_UNKNOWN_SHORT)


def _parole_unrecorded(sentence: Sentence) -> bool:
    """A state prison term with nothing recorded of the parole or PRCS after its release (not
    even "none"): the end of that supervision is when the sentence was completed (ca-rules.md
    2.2), and intake leaves it blank when the client does not know it."""
    custody = sentence.custody
    return (sentence.type == "state_prison" and custody is not None and custody.supervision is None
            and custody.supervision_end is None)


def _custody_items(case_id: str, custody: Custody, as_of: date,
                   unrecorded: tuple[str, str] | None = None,
                   parole_asked: bool = False) -> Iterator[tuple[ChecklistItem, str]]:
    """`unrecorded`: what a jail or prison term itself says where neither its release day nor a
    supervision after it is recorded (`_release_unrecorded`); `parole_asked`: a prison term's
    parole or PRCS end to ask once it has let the client out (`_parole_unrecorded`)."""
    release = custody.release_date
    if release is not None:
        if release > as_of:
            left = (release - as_of).days
            yield ChecklistItem(case_id, "sentence", f"In custody until {release} ({_days(left)} left)",
                                False, None, release, left), f"custody to {release}"
        else:
            yield ChecklistItem(case_id, "sentence", f"Released from custody {release}", True, 1.0), ""
    name = _supervision_name(custody)
    if name is None:
        if release is None and unrecorded is not None:
            # No supervision after it: the release day is what the waits count from, and the
            # screening asks it; the tab had shown a jail or prison term not at all (S215-04).
            yield ChecklistItem(case_id, "sentence", unrecorded[0], False), unrecorded[1]
        elif release is not None and release <= as_of and parole_asked:
            yield ChecklistItem(case_id, "supervision", PAROLE_UNRECORDED, False), PAROLE_UNRECORDED_SHORT
        return
    end = custody.supervision_end
    if end is None:
        yield ChecklistItem(case_id, "supervision", f"{name}: end date unknown", False), f"{name.lower()} end date"
    elif end >= as_of:
        # Supervision runs through its end date, as probation does (O23-03): on that day it
        # had read "<name> ended <date>", ticked done (oracle finding O23-14).
        left = (end - as_of).days
        when = f"{_days(left)} left" if left else "this is its last day"
        yield ChecklistItem(case_id, "supervision", f"{name} ends {end} ({when})",
                            False, _elapsed(release, end, as_of), end, left), f"{name.lower()} to {end}"
    else:
        yield ChecklistItem(case_id, "supervision", f"{name} ended {end}", True, 1.0), ""


def _orders_ended(case: Case, as_of: date) -> str | None:
    """What the checklist adds to a standing order once the case's probation is over
    (Case.standing_orders_over): "until probation ended on 2026-06-01"; None while it runs."""
    if not case.standing_orders_over(as_of):
        return None
    end = case.sentence.probation.last_day  # type: ignore[union-attr]  # over: there is one
    return f"until probation ended on {end}" if end is not None else "until probation ended"


def _condition_item(case_id: str, condition: Condition, as_of: date, ended: str | None = None) -> tuple[ChecklistItem, str]:
    """`ended`: a standing order whose probation is over, said with when it ended."""
    required, done_count = condition.required, condition.done
    unit = " hours" if condition.kind == "community_service" else ""
    if required and condition.done_unrecorded:
        # Nothing typed in "Done:": not known, not none done (U52-04: "Caltrans: 0 of 40 hours"
        # for hours nobody had asked about).
        label, progress = f"{condition.label}: {required}{unit} required, {NOT_RECORDED_DONE}", None
    elif required:
        count = done_count or 0
        # Community service counts hours; a class or program may count sessions or hours, and
        # the record does not say which ("Sessions or hours required"): "DUI program: 12 of 30"
        # asked "30 what?".  Said as a tally, as the handout's "Done so far: 12 of 30" (K59-02,
        # P61-02), it needs no unit.
        tally = "" if unit else "done so far "
        label = f"{condition.label}: {tally}{count} of {required}{unit}"
        progress = min(1.0, max(0.0, count / required))
    else:
        label, progress = condition.label, None
    short = _condition_short(condition)
    met = condition.met_on(as_of)
    if condition.completed_on is not None:
        # A completion dated after as_of had not happened on it: "(completed 2027-01-05)"
        # beside an unticked box read as done (oracle finding O23-02).
        label += f" (completed {condition.completed_on})" if met else f" (completed later, on {condition.completed_on})"
        # Done from that day on, not before it (oracle finding O22-02).
        progress = 1.0 if met else progress
    if ended is not None and not met:
        label += f" ({ended})"
        met = True
    return ChecklistItem(case_id, "condition", label, met, progress if not met else 1.0), short


NOT_RECORDED_DONE = "done not recorded - ask the client or the program"
# What unpaid restitution is since SB 1106, said on its line and on a condition to pay it (F149-03).
SB1106_SAID = "; since SB 1106 (2023-01-01) unpaid restitution is no ground to deny relief, but it stays owed"


def owed_as_restitution(case: Case, condition: Condition, as_of: date) -> bool:
    """Whether `condition`, to pay restitution, is said by the case's restitution line since SB
    1106 (no broken condition then, ca-rules 2.3): the order is recorded, so Outstanding says
    the debt once, by its amount ("restitution $1,200"), not also as a condition (F149-03)."""
    return (condition.about_restitution and as_of >= SB1106_EFFECTIVE
            and case.money is not None and bool(case.money.restitution_ordered))


def finish_by(case: Case, as_of: date) -> date | None:
    """The day the case's conditions are to be finished by: probation's last day (an early end
    the court ordered, else the ordered term's, S27C-03), while it is still to come.  None
    where it is unknown or gone, or where the grant stands revoked: with no later sentence
    recorded, whether its conditions still bind is a lawyer's reading (`_revoked`, K28-01);
    with the jail or prison term that followed recorded, the grant ended at its revocation, and
    its old end was told as "probation's last day (465 days left)" beside a condition, under
    "In custody until ..." (R120-01).  The handout's "By when" of each condition, and the
    Checklist's words beside it."""
    probation = case.sentence.probation if case.sentence is not None else None
    if probation is None or _stands_revoked(probation, as_of) is not None:
        return None
    end = probation.last_day
    return end if end is not None and end >= as_of else None


def released_early(case: Case, as_of: date) -> date | None:
    """The day the court ended the case's probation early (PC 1203.3), once it has come: the
    grant's conditions still open then were not finished, and are no longer to be: the
    screening reads it as a discharge before the end of the period, the dismissal mandatory
    (ca-rules 2.2).  The handout had still said "Finish your community service. You have 40 of
    80 hours left to do." and the Checklist kept the hours open unsaid (E130-02).  None while
    it runs, where it ended on its ordered day, or where the grant stands revoked."""
    probation = case.sentence.probation if case.sentence is not None else None
    if probation is None or not ended_early(probation) or _stands_revoked(probation, as_of) is not None:
        return None
    day = probation.early_termination
    return day if day is not None and day <= as_of else None


def released_from(case: Case, condition: Condition, as_of: date) -> bool:
    """Whether `condition` is one the court's early end released (`released_early`): open on
    that day, and a task to finish, not a standing order (kept as it was, `still_to_keep`) nor a
    payment (owed after probation however it ends, `Condition.about_money`)."""
    return (not condition.standing and not condition.about_money and not condition.met_on(as_of)
            and released_early(case, as_of) is not None)


def finish_by_said(case: Case, condition: Condition, as_of: date) -> str:
    """What is left of an open condition and by when, as the Checklist says it beside its tick:
    "26 to go; finish by 2028-03-01, probation's last day (452 days left)".  The tab had said
    neither, where the client's handout gave "By March 1, 2028" (B118-02).  Empty for a
    condition met, a standing order (kept, not finished) or a grant with no day to finish by;
    one the court's early end released says so (`released_early`)."""
    if released_from(case, condition, as_of):
        return (f"Not finished when the court ended probation early on {released_early(case, as_of)} (PC 1203.3): "
                "no longer to be done")
    day = finish_by(case, as_of)
    if day is None or condition.standing or condition.met_on(as_of):
        return ""
    when = _by_probations_last_day("finish", day, as_of)
    left = left_to_do(condition)
    if left is not None:
        unit = " hours" if condition.kind == "community_service" else ""
        return f"{left}{unit} to go; {when}"
    return when[0].upper() + when[1:]


def _by_probations_last_day(verb: str, day: date, as_of: date) -> str:
    """"finish by 2028-03-01, probation's last day (452 days left)", or "pay today, ...: probation's
    last day" on it: a condition's and the fines' deadline said alike (`finish_by_said`, E130-01)."""
    left = (day - as_of).days
    return f"{verb} by {day}, probation's last day ({_days(left)} left)" if left else f"{verb} today, {day}: probation's last day"


def fines_by(case: Case, as_of: date) -> date | None:
    """The day the case's fines are to be paid by: probation's last day (`finish_by`) where
    paying them is a condition of probation, as the screening's step says ("Pay the $800 in fines
    before probation ends ... unpaid fines that were a condition can leave only the discretionary
    route").  None where they are not (or not known to be) a condition, or no day is to come.
    The Checklist said "Fines: $600 of $1,400 paid" and no more beside conditions to "finish by"
    that day, and the handout's "Pay the fines you still owe" had no "By when" (E130-01)."""
    if case.money is None or not case.money.fines_condition_of_probation:
        return None
    return finish_by(case, as_of)


def left_to_do(condition: Condition) -> int | None:
    """How many of a counted condition are still to do ("26" of 52 with 26 done): the Checklist's
    "26 to go" and the handout's "You have 26 of 52 left to do" (S122-02).  None where it counts
    nothing, nothing is recorded done (not known, U52-04), or the count is reached."""
    required, done = condition.required, condition.done
    if required and not condition.done_unrecorded and (done or 0) < required:
        return required - (done or 0)
    return None


def _condition_short(condition: Condition) -> str:
    """"class 30/52", "community service 20/40 h", "stay away from the store"; "class ?/52"
    when nothing is recorded done (U52-04)."""
    if condition.required:
        unit = " h" if condition.kind == "community_service" else ""
        done = "?" if condition.done_unrecorded else condition.done or 0
        return f"{_condition_word(condition)} {done}/{condition.required}{unit}"
    return _condition_word(condition)


def _condition_word(condition: Condition) -> str:
    """The short name used in the caseload's outstanding column."""
    if condition.kind == "community_service":
        return "community service"
    if condition.kind in ("class", "program"):
        return condition.kind
    return condition.label.lower()


# An amount ordered with nothing recorded paid (Money.unrecorded): a question for the client or
# the court, not a sum owed (U52-01: a blank "Fines paid" read "Fines: $0 of $500 paid").
UNRECORDED_LABEL = "{name}: ${ordered:,} ordered, payments not recorded - ask the client or the court"
UNRECORDED_SHORT = "{name}: payments not recorded"


def _money_items(case_id: str, money: Money, as_of: date, fines_due: date | None = None) -> Iterator[tuple[ChecklistItem, str]]:
    """`fines_due`: the day the fines are to be paid by (`fines_by`), said beside what is left."""
    if money.unrecorded("fine"):
        yield (ChecklistItem(case_id, "fines", UNRECORDED_LABEL.format(name="Fines", ordered=money.fines_ordered), False),
               UNRECORDED_SHORT.format(name="fines"))
    elif money.fines_ordered:
        owed = money.fines_ordered - money.paid("fine")
        # Not a condition: what is left all the same, as restitution's line below says it
        # (R206-02: "Fines: $72 of $500 paid" over "Restitution: ... - $6,675 to go").
        item = _money_item(case_id, "fines", "Fines", money.fines_ordered, money.fines_paid, _ledger(money, "fine"),
                           left_said=fines_due is None)
        if not item.done and fines_due is not None:
            when = _by_probations_last_day("pay", fines_due, as_of)
            item = replace(item, label=f"{item.label} - ${owed:,} to go, a condition of probation: {when}")
        yield item, f"fines ${owed:,}"
    if money.restitution_ordered:
        owed = money.restitution_ordered - money.paid("restitution")
        if money.unrecorded("restitution"):
            item = ChecklistItem(case_id, "restitution",
                                 UNRECORDED_LABEL.format(name="Restitution", ordered=money.restitution_ordered), False)
            short = UNRECORDED_SHORT.format(name="restitution")
        else:
            # What is left, as the fines' line says it: "$2,100 of $4,800 paid" left a client
            # paying monthly to do the sum the handout prints as "$2,700" (E201-01).
            item = _money_item(case_id, "restitution", "Restitution", money.restitution_ordered,
                               money.restitution_paid, _ledger(money, "restitution"))
            short = f"restitution ${owed:,}"
        if not item.done and as_of >= SB1106_EFFECTIVE:
            # Still owed, so still listed, but not in the way of relief: the engine's words
            # (restitution_reason), as the handout says it; "• Restitution: $700 of $1,500
            # paid" had read as one more thing to do before filing (K29B-03).
            item = replace(item, label=item.label + SB1106_SAID)
        yield item, short


def _money_item(case_id: str, kind: str, name: str, ordered: int, paid: int | None,
                ledger: tuple[int, int], *, left_said: bool = True) -> ChecklistItem:
    """`left_said`: what is left of the debt said after it ("- $2,700 to go"), while some is,
    except where the ledger and the recorded total disagree (the line says so, picking neither)."""
    count, total = ledger
    paid_amount = paid if paid is not None else total
    label = f"{name}: ${paid_amount:,} of ${ordered:,} paid"
    if count and total != paid_amount:
        # The payment ledger and the recorded total disagree: say so instead of picking one.
        label += f" (the ledger's {count} payment{'s' if count != 1 else ''} total ${total:,})"
    elif left_said and paid_amount < ordered:
        label += f" - ${ordered - paid_amount:,} to go"
    if paid_amount > ordered:
        # "Restitution: $150 of $100 paid", ticked done, had said nothing of the $50 too many:
        # a typo in an amount, most often, or money the client may ask back (K29-03).
        label += f" (${paid_amount - ordered:,} more than ordered: check the ledger)"
    progress = min(1.0, max(0.0, paid_amount / ordered))
    return ChecklistItem(case_id, kind, label, paid_amount >= ordered, progress)


# From this many cases the Checklist says first where what is left stands (H130-03).
CASES_TO_SAY_WHERE = 3


def _items_left(client: Client, items: list[ChecklistItem], as_of: date) -> Counter:
    """How many items are still to do in each case, by its id: a condition the court's early
    end released is not (`released_from`, R133-02)."""
    left = Counter(i.case for i in items if not i.done and i.case)
    left.subtract(case.id for case in client.cases for condition in case.conditions
                  if released_from(case, condition, as_of))
    return left


def cases_left(client: Client, items: list[ChecklistItem], as_of: date) -> list[Case]:
    """The cases of `client` with something still to do, in the record's order."""
    left = _items_left(client, items, as_of)
    return [c for c in client.cases if left[c.id] > 0]


def where_left_said(client: Client, items: list[ChecklistItem], as_of: date) -> str:
    """Above a long record's Checklist, where what is left to do stands: "Still to do: 3
    items, in case 24M08080 (below). The other 11 cases have nothing left." (H130-03: a client
    with twelve cases, one probation still running, had its three open items under the last
    case, below eleven cases of ticks, found only by scrolling past them); "Nothing left to do
    in any of the 12 cases." where all is done.  "" for a short record, or where every case has
    something left (each case's box says it).  A condition the court's early end released
    stays unticked, said "no longer to be done" (`released_from`): it is not still to do (R133-02:
    "Still to do: 1 item" of such hours, nothing outstanding)."""
    if len(client.cases) < CASES_TO_SAY_WHERE:
        return ""
    left = _items_left(client, items, as_of)
    where = [c for c in client.cases if left[c.id] > 0]
    if not where:
        return f"Nothing left to do in any of the {len(client.cases)} cases."
    if len(where) == len(client.cases):
        return ""
    others = len(client.cases) - len(where)
    rest = "The other case has" if others == 1 else f"The other {others} cases have"
    apart = sharing_a_number(client.cases)  # as each box is headed (K408-04)
    named = case_words([case_heading(c, apart=c.id in apart) for c in where])
    return f"Still to do: {count(sum(left[c.id] for c in where), 'item')}, in {named} (below). {rest} nothing left."


def possible_doubles_said(money: Money, kind: str) -> list[str]:
    """What the Checklist says under a debt's balance of each pair of its payments that may be
    one payment typed twice (Money.possible_doubles): both count in the amount paid, which a
    receipt typed at two desks, or on the laptop and at the office, had raised with not a word
    (Z64, F70-01).  Said until one is taken out, or a receipt number tells them apart."""
    out = []
    for one, other in money.possible_doubles():
        if one.kind == kind:
            # One receipt number is said as both's only where both have it: "$50 and $5 ... (receipt
            # R-1001)" sent the paralegal to R-1001 for a $5 typed with none (R71-03).
            if one.receipt and one.receipt == other.receipt:
                on = f" (receipt {one.receipt})"
            elif one.receipt or other.receipt:
                on = " (" + ", ".join(f"${p.amount:,} {f'receipt {p.receipt}' if p.receipt else 'no receipt number'}"
                                      for p in (one, other)) + ")"
            else:
                on = ""
            out.append(f"Check: ${one.amount:,} and ${other.amount:,} paid toward the {kind} on {one.date.isoformat()}{on}: two "
                       "payments, or one typed twice with another amount? Both count in the amount paid; if it is one, "
                       "remove the wrong one from the ledger")
    return out


def _ledger(money: Money, kind: str) -> tuple[int, int]:
    amounts = [p.amount for p in money.payments if p.kind == kind]
    return len(amounts), sum(amounts)


def _elapsed(start: date | None, end: date, as_of: date) -> float | None:
    """How much of a term has passed, 0..1, when its start is known."""
    if start is None or end <= start:
        return None
    return min(1.0, max(0.0, (as_of - start).days / (end - start).days))


def _days(count: int) -> str:
    return "1 day" if count == 1 else f"{count} days"
