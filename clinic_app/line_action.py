"""What to do next for a client's caseload line, from the line's state: the list's Next action
column, its words in fewer for a list too narrow for them, the day it is done on (the list's
order by Next action), and the whole of it with the day on the record (the cell's tooltip).

It lived in the window's list model (`ui.models.caseload_model`), yet it is the clinic's logic,
read by no widget: here, a test or `clinic-app` can ask it with no QApplication (D58-01).  It is
not `clinic_app.next_action` itself, which holds the words' type (`NextAction`): `court.py` says
the court's actions in that type, and this module asks `court.py` for them, so the two in one
file would import each other.

`row` is a caseload line (`db.repository.ClientRow`, or anything with its fields): read, never
imported, as the domain imports no storage.  Pure domain: no clock (`today` is given), no Qt.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from clinic_app.court import (CourtLine, court_day, court_next_action, denial_to_review, denied_action, file_now,
                              granted_to_record, with_hearings)
from clinic_app.next_action import NextAction, automatic_from, automatic_then_petition, immigration_counsel_first
from clinic_app.checklist import probation_to
from clinic_app.summary import day_awaited, still_to_enter


def next_action(row: Any, today: date) -> tuple[str, date | None]:
    """What to do next for a client's line on `today`, in the clinic's words, and the day it
    is done on (None: no day; `date.min`: today).  The "Next action" column showed a bare date and no
    words, and none for most clients (U30-01): "2028-09-03" beside "Eligible now", where the
    filing could be made today, and nothing beside "Needs review" or a pending case."""
    said, day = next_action_said(row, today)
    return said.full, day


def next_action_said(row: Any, today: date) -> tuple[NextAction, date | None]:
    """`next_action`, its words whole and, where it has them, in fewer words for a list too
    narrow for them (853 pixels: 1280 at 150%), both made here from the line's state (Z55: the
    fewer words were found by matching the whole ones again, and a word changed lost them)."""
    if row.best is None:
        return _SCREEN, None
    if row.case_count == 0 and row.best == "nothing_available":
        return _ENTER_CASES, None  # as the outcome says "No case entered" (W21-21)
    come = _day_come(row, today)
    if come is not None:
        # The day the last screening waited for has come since (T113-02): "File on 2027-03-08"
        # read on 2027-07-05 told to file on a day gone, from a screening that no longer holds
        # (the status line counts such lines, and Re-screen now screens them again).
        return NextAction(f"Screen again: {come.isoformat()} has come", "Screen again"), come
    if row.best == "eligible_now":
        # DOJ grants automatic relief on its own: there is no petition to prepare (N47), until
        # the day a petition comes, which is said whole, to be diarised (J50).
        if row.automatic_only and row.file_on is not None:
            # Its day come since the screening (T113-04), the petition is to file now, not "on" a
            # day gone: the screening found it eligible from then, as a line "File now" is.
            return (_AUTOMATIC_FILE_NOW if row.file_on <= today else automatic_then_petition(row.file_on)), date.min
        court = None if row.automatic_only else court_next_action(row.court, today)
        if court is not None:
            # Every petition to file now is filed (P53): the court to wait for, on its hearing
            # day, or its ruling to act on (or to enter, the hearing held: Q54) today; no
            # longer "File now" for ever.
            return court, court_day(row.court, today)
        if row.automatic_only:
            return _CHECK_RAP_SHEET, date.min
        # Some still to file, and one filed denied or its hearing held with no ruling entered:
        # said beside the filing, as today's work too (Y55-01: "File now" alone hid it).
        filing = file_now(row.court, today)
        if getattr(row, "counsel_first", False):  # a stand-in line may have none
            # The client is not a US citizen, and the Eligibility tab, worksheet and text report
            # say immigration counsel comes before anything is filed; the list said "File now"
            # (I165-02).  Whatever the motion to vacate's status: a probation running in one
            # case keeps it from the remedies open, and "File now" was read for another (R167-01).
            filing = immigration_counsel_first(filing)
        return filing, date.min
    if row.best == "eligible_on":
        if row.automatic_only and row.file_on is not None and row.best_date is not None:
            # The Best outcome column beside it says the automatic relief's day; the words of
            # "then" outgrew the column at 1280 pixels (J50).
            return automatic_then_petition(row.file_on), row.best_date
        if row.automatic_only:
            # The relief coming that day is automatic: nothing to file then either (A48).  What
            # to do then is the tooltip's: with it the words outgrew the column ("...").
            return (automatic_from(row.best_date), row.best_date) if row.best_date \
                else (NextAction("Automatic later, day not known"), None)
        if sooner_by_ending_probation(row):
            # The header says "Can be sooner: PC 1203.3 end probation early, open now" (S156-02);
            # "File on <day>" alone hid it from a paralegal going down the list by next action
            # (S160-02).  Still sorted by the filing day it ends with: as today's work, a tenth of
            # a demo caseload (every client on probation) lost its order by the day probation ends.
            return _EARLY_END_NOW_OR_FILE_ON(row.best_date), row.best_date
        return (NextAction.ending_with(row.best_date, "File on"), row.best_date) if row.best_date \
            else (NextAction("File later, day not known"), None)
    if row.best == "blocked":
        if sooner_by_ending_probation(row):
            # The header says "Blocked until <day> · Can be sooner: PC 1203.3 ..." (S165-01): the
            # block is that probation, which the court can be asked now to end early.
            return _EARLY_END_NOW_OR_RECHECK(row.best_date), row.best_date
        if row.best_date is not None:
            return NextAction.ending_with(row.best_date, "Screen again on"), row.best_date
        if any(item.startswith("pending case") for item in row.outstanding):
            return NextAction("Wait for the pending case"), None
        return NextAction("See what blocks it"), None
    if row.best == "needs_review":
        if still_to_enter(row.case_count, row.outstanding):
            # A case marked convicted whose counts are not typed: the screening has nothing to
            # weigh there, so the work is the paralegal's, not the attorney's ("Attorney review"
            # beside "convictions of case 24CR001 not entered", I59 left alone).
            return _ENTER_CONVICTIONS, None
        # Awaiting, as the Attorney review count says (A29-01); reviewed: the attorney has answered.
        said = attorney_review(row.awaiting_review, row.court)
        return said, date.min if said.short else None  # a grant's relief to record is today's work
    if row.next_action_date is not None:  # nothing now, a referral's or a condition's day to come
        return NextAction.ending_with(row.next_action_date, "Screen again on"), row.next_action_date
    return NextAction("Nothing to file"), None


def sooner_by_ending_probation(row: Any) -> bool:
    """Whether the line's filing day, later (or the day its block lifts, S165-01), is the day
    after a probation ends that the court can be asked now to end early (PC 1203.3 open for some
    case: `row.remedies`).  Read from the line alone, as the list has no screening: the day the
    relief waits for is that probation's last ("probation to <day>" among what is outstanding)
    where the client header finds the relief's step asking the court to end it early
    (client_view._sooner_said)."""
    # A line read without the remedies open (a stand-in with a line's other fields) cannot tell.
    # Blocked until the day after another case's probation ends, as the header reads it (S165-01).
    if (row.best not in ("eligible_on", "blocked") or row.automatic_only or row.best_date is None
            or "pc1203_3" not in (getattr(row, "remedies", "") or "").split()):
        return False
    return probation_to(row.best_date - timedelta(days=1)) in row.outstanding


def _EARLY_END_NOW_OR_FILE_ON(day: date) -> NextAction:
    """Ask the court to end probation early now, or file on `day` (the day after it ends)."""
    return NextAction.ending_with(day, "PC 1203.3 now, or file on", "1203.3;")


def _EARLY_END_NOW_OR_RECHECK(day: date) -> NextAction:
    """Ask the court to end the blocking probation early now, or recheck on `day` (the day
    after it ends, the block lifted); fewer words as the filing's (shorter_samples)."""
    return NextAction.ending_with(day, "PC 1203.3 now, or recheck", "1203.3;")


def attorney_review(awaiting: bool, court: CourtLine | None) -> NextAction:
    """The line of a client whose best outcome needs review: the attorney's to do (`awaiting`)
    or done, and a grant of relief under review beside it (a 17(b) the attorney filed), its relief
    still to record on the count: "Attorney review" alone hid it (Y119-05).  A petition for relief
    under review the judge denied is said as a denial of relief to file is, "Denied <day>: attorney
    to review" (or reviewed, where nothing else awaits the attorney): "Attorney review" alone said
    nothing of the no (S150-02)."""
    if court is not None and court.denied_under_review and (denial_to_review(court) or not awaiting):
        return denied_action(court)
    whole, short = ("Attorney review", "Review") if awaiting else ("Follow the attorney's review", "Follow")
    if court is not None and court.granted:
        return NextAction(f"{whole}; {granted_to_record(court)}", f"{short}; enter relief")
    return NextAction(whole)


def _day_come(row: Any, today: date) -> date | None:
    """The day the line's last screening waited for (`line_day_awaited`), where it has come by `today`."""
    day = line_day_awaited(row)
    return day if day is not None and day <= today else None


def line_day_awaited(row: Any) -> date | None:
    """The day a caseload line's last screening waited for: its "Eligible on" or "Blocked
    until" day (`day_awaited`, as the report counts them), or the day "Nothing available" was
    to be screened again on.  Once come, the line says "Screen again" (T113-02), and the
    window's status line counts it and offers Re-screen now (Y114-04)."""
    if row.best not in ("eligible_on", "blocked", "nothing_available"):
        return None  # a line eligible now waits for no day: its fields of days are not read
    return day_awaited(row.best, row.best_date) or (row.next_action_date if row.best == "nothing_available" else None)


# The words most lines say, made once.
_SCREEN, _ENTER_CASES = NextAction("Screen the client"), NextAction("Enter the cases")
_ENTER_CONVICTIONS = NextAction("Enter the convictions")
_CHECK_RAP_SHEET = NextAction("Automatic: check RAP sheet")
_AUTOMATIC_FILE_NOW = NextAction("Automatic; file now", "Auto; file now")


def shorter_samples(day: date) -> list[str]:
    """Every kind of next action's fewer words, said of `day`, for the least width the list keeps
    the Next action at (CaseloadView._least): the automatic relief's ("Auto; file <day>", V53-01),
    the court's ("Held: record ruling", Q54-04) and an early end's ("1203.3; <day>", S160-02),
    made by the code that says them."""
    after = day + timedelta(days=1)
    court = [court_next_action(CourtLine("filed", day, hearings=(day,)), day),  # "Hearing <day>"
             court_next_action(CourtLine("filed", day), day),  # awaiting the ruling
             # Awaited, a hearing coming or held, beside a grant of relief under review (Y119-05).
             *(court_next_action(CourtLine("filed", day, hearings=hearings, granted=True, granted_on=day), when)
               for hearings, when in (((), day), ((day,), day), ((day,), after))),
             court_next_action(CourtLine("filed", day, hearings=(day,)), after),  # held: the ruling to enter
             # Awaited beside a 17(b) denied, left to the attorney (K155-01).
             *(court_next_action(CourtLine("filed", day, day, hearings=hearings, granted=granted, granted_on=day,
                                           denied_under_review=True), after)
               for hearings, granted in (((), False), ((day,), False), ((), True), ((day,), True))),
             court_next_action(CourtLine("denied", ruling_on=day), day),
             court_next_action(CourtLine("denied", ruling_on=day, granted=True, granted_on=day), day),  # in part (H63-02)
             court_next_action(CourtLine("granted", ruling_on=day), day),
             # Still to file beside a denial, a grant (A56-01) and a hearing held (Y55-01).
             *(file_now(CourtLine(None, day, hearings=hearings, denied=denied, ruling_on=day, granted=granted,
                                  granted_on=day), after)
               for denied, granted, hearings in ((True, False, (day,)), (True, True, ()), (False, True, (day,)),
                                                 (True, True, (day,))))]
    # A review beside a grant of relief under review, its relief to record (Y119-05).
    review = [attorney_review(awaiting, CourtLine(None, granted=True, granted_on=day)) for awaiting in (True, False)]
    return [said.short for said in (automatic_then_petition(day), automatic_from(day), *court, *review, _EARLY_END_NOW_OR_FILE_ON(day),
                                    immigration_counsel_first(file_now(None, day)))
            if said and said.short]


def next_action_in_full(row: Any, today: date) -> str:
    """The next action whole, as the list's tooltip and a screen reader say it (a narrow list
    cuts the words short), and the line's next date on the record, with what falls due that
    day, which the column no longer shows."""
    said = next_action(row, today)[0]
    come = _day_come(row, today) is not None
    if come:
        # Not what the screening said of that day, which may no longer hold (T113-02).
        said += ", the day the last screening waited for: its answer may have changed"
    elif row.automatic_only and row.file_on is not None:
        # The automatic relief first, as its line without a petition says it, then the petition (J50).
        said = next_action(replace(row, file_on=None), today)[0]
    # A hearing the words do not say, which "Hearing within 7 days" lists the client by (R54-03).
    said = with_hearings(said, row.court, today)
    petition_come = row.automatic_only and row.file_on is not None and row.file_on <= today
    if row.best == "eligible_now" and row.automatic_only and not petition_come:
        said += (". Nothing to file now: the only relief available now is automatic, which DOJ grants on its own "
                 "(PC 1203.425 for a conviction, PC 851.93 for an arrest). Check the RAP sheet, or ask DOJ, "
                 "and tell the client")
    elif row.best == "eligible_on" and row.automatic_only and not come:
        said += (": nothing to file then. The relief that comes first is automatic, which DOJ grants on its own "
                 "(PC 1203.425 for a conviction, PC 851.93 for an arrest). From that day, check the RAP sheet, "
                 "or ask DOJ, and tell the client")
    elif not come and sooner_by_ending_probation(row) and row.best == "blocked":
        # What "PC 1203.3 now" asks of a block (S165-01).
        said += ", the day after the probation that blocks relief ends: the court can be asked now to end it early, and the block lifted sooner"
    elif not come and sooner_by_ending_probation(row):
        # What "PC 1203.3 now" asks, and why the day can come sooner (S160-02).
        said += ", the day after probation ends: the court can be asked now to end it early, and the petition filed sooner"
    if row.automatic_only and row.file_on is not None and not come:
        said += f". A petition can be filed from {row.file_on.isoformat()}: " + ("that day has come, file it" if petition_come
                                                                              else "diarise it")
    if row.next_action_date is None:
        return said
    day = row.next_action_date.isoformat()
    due = [item for item in row.outstanding if day in item]
    return f"{said}. Next date on the record: {day}" + (f" ({', '.join(due)})" if due else "")
