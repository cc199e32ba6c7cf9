"""Where a client's petitions stand with the court, as the caseload line says it (P53).

A paralegal files a CR-180 for a client eligible now; the next morning the list still said
"File now", until someone typed the granted relief on the count.  The petitions a case keeps
(`Case.petitions`) are read here beside the screening's results, to give the line's
`CourtLine`:

- ``filed``: every petition to file now (an eligible relief that is not automatic, see
  `clinic_app.summary`) is asked for by a petition filed and not yet ruled on: "Filed
  2026-11-02; hearing 2027-01-10", nothing to file, the court to wait for;
- ``denied``: one of them was denied: back to an action, "Denied <day>: attorney to review",
  with a grant beside it (`granted`) whose relief is still to record on the count: a
  petition granted in part is two, one granted and one denied (H63-02);
- ``granted``: all ruled on and granted: "Granted <day>: record the relief on the count"
  (the relief granted is a screening fact, so it is never written here: a person records it,
  and the screening then finds nothing left to ask for);
- None: some petition to file now has none filed for it (or only one withdrawn): "File now".

A denial stands until the attorney has reviewed it: the results of the relief denied, marked
reviewed on the Eligibility tab on or after the ruling's day (a review that counts, on the
facts and the answer of the newest screening, `clinic_app.review`), make it "Denied <day>:
reviewed by the attorney <day>", no longer today's work (H63-04).  The line keeps the answer
keys of those results (`denials`); the reviews are read beside it (`denial_reviewed`), as the
caseload keeps them apart from the record, a review made before the denial was typed left out
there (the audit log shows when: the save that typed the denial writes it, db.repository, D64-02, Y64-01).

The hearing days of every petition still awaiting a ruling are kept too, whatever the state,
because the clinic prepares for a hearing whether or not the rest is filed; and, while some
are still to file, whether one of those filed was denied (`denied`), because its review is
today's work too (Y55-01: "File now" hid it, and a hearing held with no ruling entered), or
granted (`granted`, A56-01: the relief to record on the count was hidden the same way).

A petition is caseload data, never a screening fact: `screen()` does not read it.

Pure domain: no clock, no I/O.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, datetime, timezone
from typing import Iterable, Literal, NamedTuple, Protocol, TypeVar

from clinic_app.eligibility.common import is_already_granted
from clinic_app.model import Case, Determination, Petition
from clinic_app.next_action import NextAction

CourtState = Literal["filed", "granted", "denied"]
# The Outcome filter's and `clinic-app list --outcome`'s name for the clients whose every
# petition to file now is filed and awaiting the court.
FILED_OUTCOME = "filed"


@dataclass(frozen=True)
class CourtLine:
    """What the caseload line says of a client's petitions (see the module docstring)."""

    state: CourtState | None
    filed_on: date | None = None  # filed: the first day one of them was filed
    ruling_on: date | None = None  # denied / granted: the day of the ruling said; filed: a 17(b)'s denial
    hearings: tuple[date, ...] = ()  # every hearing day of a petition awaiting a ruling, soonest first
    # State None (not all filed): one of those filed stands denied, on `ruling_on` (Y55-01).
    denied: bool = False
    # State None or "denied": one of those filed stands granted, on `granted_on` when its day is
    # known (A56-01, H63-02).
    granted: bool = False
    granted_on: date | None = None
    # The answer keys (clinic_app.review.answer_key) of the results whose petition stands
    # denied, and the day the attorney last reviewed them after the denial, where every one has
    # a review of that day or later (read with the reviews: `denial_reviewed`, never stored).
    denials: tuple[str, ...] = ()
    reviewed_on: date | None = None
    # A petition stands denied for a 17(b) the screening leaves to the attorney, not one to file
    # now, its day in `ruling_on` and its answer keys in `denials`: the line said "Attorney
    # review" and nothing of the judge's no (S150-02).  State None, "denied", or "filed" (K155-01:
    # all else granted, it is "denied" with the grant beside it, as granted in part).
    denied_under_review: bool = False


def court_line(cases: Iterable[Case], to_file_now: Iterable[Determination],
               results: Iterable[Determination] = ()) -> CourtLine | None:
    """The line's `CourtLine` for a client's `cases` and the determinations of the petitions
    to file now (eligible relief, not automatic), the screening's other `results` read for a
    grant whose relief is still to record; None when no petition is recorded."""
    from clinic_app.review import answer_key

    cases, to_file_now = list(cases), list(to_file_now)
    petitions = {case.id: case.petitions for case in cases if case.petitions}
    if not petitions:
        return None
    results = list(results)
    besides = _granted_besides(petitions, to_file_now, results)
    # A denial of relief under review is said, and reviewed, as one of relief to file (S150-02).
    weighed = _denied_under_review(petitions, results)
    hearings = tuple(sorted({p.hearing_on for listed in petitions.values() for p in listed
                             if p.ruling is None and p.hearing_on is not None}))
    asked = [_latest_asking(petitions.get(d.case, []), d) for d in to_file_now]
    denials = tuple(answer_key(d) for d, p in zip(to_file_now, asked) if p is not None and p.ruling == "denied")
    denials += tuple(answer_key(d) for d, _p in weighed)
    under_review = bool(weighed)
    if not asked or any(p is None for p in asked):
        refused = [p for p in asked if p is not None and p.ruling == "denied"]
        allowed = [p for p in asked if p is not None and p.ruling == "granted"] + besides
        return CourtLine(None, ruling_on=_last(p.ruling_on for p in refused + [p for _d, p in weighed]), hearings=hearings,
                         denied=bool(refused), granted=bool(allowed), granted_on=_last(p.ruling_on for p in allowed),
                         denials=denials, denied_under_review=under_review)
    ruled = [p for p in asked if p is not None]
    denied = [p for p in ruled if p.ruling == "denied"]
    if denied:
        # A grant beside it is said too: a petition granted in part (two, H63-02) read
        # "Denied ...: attorney to review" alone, the granted count's relief never recorded.
        allowed = [p for p in ruled if p.ruling == "granted"] + besides
        return CourtLine("denied", ruling_on=_last(p.ruling_on for p in denied + [p for _d, p in weighed]), hearings=hearings,
                         granted=bool(allowed), granted_on=_last(p.ruling_on for p in allowed), denials=denials,
                         denied_under_review=under_review)
    waiting = [p for p in ruled if p.ruling is None]
    if waiting:
        # A grant of relief the screening still weighs is said beside the court awaited too
        # (Y119-05: "Filed ...; awaiting ruling" alone hid the reduction still to record), and so
        # is a 17(b) denied, left to the attorney, its day the line's `ruling_on` (K155-01).
        return CourtLine("filed", filed_on=min(p.filed_on for p in waiting), hearings=hearings,
                         ruling_on=_last(p.ruling_on for _d, p in weighed),
                         granted=bool(besides), granted_on=_last(p.ruling_on for p in besides),
                         denials=denials, denied_under_review=under_review)
    if weighed:
        # All granted but a 17(b) denied, left to the attorney: granted in part (H63-02), as the
        # line of a denial with a grant beside it says it; "Granted <day>: record the relief on
        # the count" alone hid the denial from the line, the queue and the report (K155-01).
        return CourtLine("denied", ruling_on=_last(p.ruling_on for _d, p in weighed), hearings=hearings,
                         granted=True, granted_on=_last(p.ruling_on for p in ruled + besides), denials=denials,
                         denied_under_review=True)
    return CourtLine("granted", ruling_on=_last(p.ruling_on for p in ruled), hearings=hearings)


def denial_reviewed(line: CourtLine | None, reviews: Iterable[tuple[str, date]]) -> CourtLine | None:
    """`line` with the day the attorney reviewed its denial (`reviewed_on`), where each result
    denied (`denials`) has a review among `reviews` ((answer key, day), those that count for the
    newest screening's facts) made on or after the ruling's day: a review of before was of the
    screening, not of what the court said.  A denial with no day typed is not taken as reviewed,
    as no review can be told to come after it."""
    if line is None or not line.denials or line.ruling_on is None:
        return line
    reviews = list(reviews)
    days = [_reviewed_after(answer, line.ruling_on, reviews) for answer in line.denials]
    if None in days:
        return line
    return replace(line, reviewed_on=max(days))  # type: ignore[type-var]


def _reviewed_after(answer: str, ruling_on: date, reviews: Iterable[tuple[str, date]]) -> date | None:
    """The last day of a review of result `answer` made on or after `ruling_on`; None if none."""
    return max((day for said, day in reviews if said == answer and day >= ruling_on), default=None)


def denial_reviewed_on(petition: Petition | None, d: Determination, reviews: Iterable[tuple[str, date]],
                       as_of: date) -> date | None:
    """The day the attorney reviewed `petition`'s denial of `d`'s relief, as the caseload line
    takes it (`denial_reviewed`): a review of `d`'s answer among `reviews` (those that count, as
    `Repository.denial_reviews` reads them) made on or after the ruling's day and by `as_of`,
    the day the paper speaks for; None where the petition is not denied, has no ruling day, or
    no such review is kept.  The worksheet, the Eligibility tab and the handout ask this, so all
    say the same once the denial is reviewed (D64-01: they kept "an attorney reviews before it
    is filed again").  A page as of an earlier day says what was known that day: a handout
    made as of 2026-11-10 had told the client "a clinic lawyer looked at this decision on
    November 20" (V64-01)."""
    from clinic_app.review import answer_key

    if petition is None or petition.ruling != "denied" or petition.ruling_on is None:
        return None
    return _reviewed_after(answer_key(d), petition.ruling_on, [(said, day) for said, day in reviews if day <= as_of])


class ReviewSaid(NamedTuple):
    """A review that counts (as `Repository.denial_reviews` reads them), with who made it and
    the note they typed, for a staff page: the filing worksheet printed "reviewed by the
    attorney 2026-11-20: file again only as the review says" and not the review, which was on
    the Eligibility tab only (D64, C70-04).  Its first two are the (answer key, day) every
    reader of the reviews takes; never on a client's page."""

    answer: str
    day: date
    reviewer: str = ""
    note: str = ""


def denial_review_of(petition: Petition | None, d: Determination, reviews: Iterable[ReviewSaid],
                     as_of: date) -> ReviewSaid | None:
    """The review whose day `denial_reviewed_on` gives for `petition`'s denial of `d`'s relief:
    the last of `d`'s answer made on or after the ruling's day and by `as_of` (`reviews` in the
    order made); None where the denial is not reviewed since."""
    reviews = list(reviews)
    day = denial_reviewed_on(petition, d, [(r.answer, r.day) for r in reviews], as_of)
    if day is None:
        return None
    from clinic_app.review import answer_key

    key = answer_key(d)
    return [r for r in reviews if r.answer == key and r.day == day][-1]


class ReviewMade(Protocol):
    """A review as the caseload keeps it (the reviews table, an export's `client.reviews`):
    `denial_reviews_that_count` reads these of it; `at` is when, ISO date and time."""
    case: str
    conviction: str | None
    remedy: str
    reviewer: str
    at: str
    note: str
    facts_hash: str | None
    answer: str | None


class DenialTyped(NamedTuple):
    """When a denial was typed on the record: the audit log's "denial" "entered" row
    (db.repository), or an export's `client.denials_entered` (screening_format.DenialEntered
    has the same four); `at` is when, ISO date and time."""
    case: str
    remedy: str
    convictions: list[str]
    at: str


def denial_reviews_that_count(reviews: Iterable[ReviewMade], facts_hash: str | None,
                              typed: Iterable[DenialTyped]) -> list[ReviewSaid]:
    """The reviews that count for a denial, in the order given, as `ReviewSaid`: those kept on
    `facts_hash`, the newest screening's facts (clinic_app.review; none without one), and not
    made before a denial of their relief was typed (`typed`) on their case, for their count or
    the whole case: a review made on the ruling's day, or after it, before the ruling was
    entered was of the screening, not of what the court said (T63, D64-02).  A denial with no
    moment typed (it came with the record) leaves the review's day to decide
    (`denial_reviewed_on`).  The rule the caseload list and report ask of 100,000 clients in
    SQL (db.repository._REVIEW_AFTER_DENIAL_ENTERED; a test pairs the two); the filing
    worksheet, the handout and `screen --format text` of an exported client read it here
    (X268: the text said a denial reviewed was still to review)."""
    if facts_hash is None:
        return []
    typed = [(t.case, t.remedy, t.convictions, kept_moment(t.at)) for t in typed]
    counted = []
    for v in reviews:
        if v.facts_hash != facts_hash:
            continue
        made = kept_moment(v.at)
        if any(case == v.case and remedy == v.remedy and at > made
               and (v.conviction is None or not convictions or v.conviction in convictions)
               for case, remedy, convictions, at in typed):
            continue
        counted.append(ReviewSaid(v.answer, review_day(v.at), v.reviewer or "", v.note or ""))  # type: ignore[arg-type]
    return counted


def review_day(at: str | datetime) -> date:
    """The local day of a review's moment (`kept_moment`): the day the attorney saw it, which a
    denial's ruling day is compared with (H63-04)."""
    return kept_moment(at).astimezone().date()


def kept_moment(at: str | datetime) -> datetime:
    """A moment the caseload keeps (ISO text as its tables and an export hold it, or read): one
    with no offset is UTC, as the caseload writes its own, an import stores it and SQLite's
    julianday() reads it.  A review's day read it as local time, its order as UTC: in Los Angeles
    a hand-edited export's review read as of another day than once imported (R275, K288-04)."""
    when = datetime.fromisoformat(at) if isinstance(at, str) else at
    return when.replace(tzinfo=timezone.utc) if when.tzinfo is None else when


def moment_said(at: str | datetime) -> str:
    """A kept moment (`kept_moment`) in this computer's own time, to the minute ("2026-12-07
    17:30"), as a paralegal's clock reads it: a backup's (Q289-01), and a restore's or an import's
    stopped half-way, said in UTC at the next open as a time of the next day (R292-03)."""
    return kept_moment(at).astimezone().strftime("%Y-%m-%d %H:%M")


def review_said(review: ReviewSaid | None) -> str | None:
    """The attorney's review of a denial, or of a result to review, as the worksheet and the text
    of an exported client print it, under where the petition stands, the note in the attorney's
    words: "Attorney's review 2026-11-20, by jdoe: “Refile once restitution is paid”"."""
    if review is None:
        return None
    by = f", by {review.reviewer}" if review.reviewer else ""
    note = f"\u201c{review.note.strip()}\u201d" if review.note.strip() else "no note kept"
    return f"Attorney's review {review.day.isoformat()}{by}: {note}"


# The headings over the steps that file a relief where every request for it has a petition
# standing (`filed_heading`), the filing worksheet's over a form's own steps ("File once for
# this case", worksheet.compose.FILE_ONCE) and the text report's over a remedy's steps in a
# case.  "File once for this case: File form CR-180 ..." stood above two requests each reading
# "Not to file again" (L63-01).
FILED_ONCE = "Already filed for this case: not to file again"
# Where one of them was denied: filed again only once an attorney has reviewed the denial.
FILE_ONCE_AFTER_REVIEW = "File once for this case, only after an attorney has reviewed the denial"
# Where every denial among them has been reviewed since (court.denial_reviewed_on, D64-01).
FILE_ONCE_AS_REVIEWED = "File once for this case, only as the attorney's review of the denial says"


def filed_heading(requests: Iterable[tuple[Petition | None, bool]]) -> str | None:
    """The heading over the steps that file `requests` (each its petition, `petition_for`, and
    whether its denial is reviewed since, `denial_reviewed_on`), where every one has a petition
    standing (filed, heard, granted or denied; a withdrawn one stands for nothing): FILED_ONCE,
    or where one was denied FILE_ONCE_AFTER_REVIEW, FILE_ONCE_AS_REVIEWED once every denial
    among them is reviewed.  None where one has none: its steps are still to take."""
    requests = list(requests)
    if not requests or any(p is None or p.ruling == "withdrawn" for p, _reviewed in requests):
        return None
    denials = [reviewed for p, reviewed in requests if p.ruling == "denied"]  # type: ignore[union-attr]
    if not denials:
        return FILED_ONCE
    return FILE_ONCE_AS_REVIEWED if all(denials) else FILE_ONCE_AFTER_REVIEW


def _denial_open(line: CourtLine) -> bool:
    """A denial stands that the attorney has not reviewed since (H63-04)."""
    return line.reviewed_on is None


def denial_to_review(line: CourtLine | None) -> bool:
    """Does a denial wait for the attorney's review ("Denied <day>: attorney to review", or
    "denied ...: attorney to review" beside a filing still to make)?  The window's Attorney
    review count and its Review needed tick ask this beside the results that need review
    (K66-01: a denial typed on a client with no result to review was in neither, so the
    attorney's queue never showed it)."""
    return line is not None and (line.state == "denied" or line.denied or line.denied_under_review) and _denial_open(line)


def _granted_besides(petitions: dict[str, list[Petition]], to_file_now: list[Determination],
                     results: Iterable[Determination]) -> list[Petition]:
    """The petitions granted for a count's relief the screening did not find to file now (one
    the attorney reviewed and filed, a 17(b) left to review) and still weighs: its relief is not
    on the count yet, for once there the engine's answer is "already granted", which does not
    apply.  Said beside a denial or a filing as a grant of relief to file now is (O118-03: only
    those were, and "Denied ...: attorney to review" hid the reduction still to record)."""
    filing = {id(d) for d in to_file_now}
    granted = []
    for d in results:
        if d.conviction is None or d.status == "not_applicable" or id(d) in filing or d.case not in petitions:
            continue
        p = _latest_asking(petitions[d.case], d)
        if p is not None and p.ruling == "granted":
            granted.append(p)
    return granted


# The reductions whose denial is said while the screening leaves them to the attorney: PC 17(b)
# (S150-02), and Prop 47 (P172-04: a 2016 denial of a felony whose value is not known read "File
# now" on the line and "to review: Prop 47 ...: What was the value" in the queue, nothing of the no).
_REDUCTIONS_WEIGHED = frozenset({"pc17b", "prop47"})


def _denied_under_review(petitions: dict[str, list[Petition]],
                         results: list[Determination]) -> list[tuple[Determination, Petition]]:
    """The PC 17(b) and Prop 47 results the screening leaves to the attorney whose reduction a
    petition that stands asked for and the judge denied, with that petition: "Attorney review"
    alone said nothing of the no (S150-02), where a denied dismissal read "Denied <day>: attorney
    to review".  Reductions only: a dismissal denied, reviewed, and then asked a new question
    (the fines, N125-05) is the question's to review, its denial's review made on other facts,
    which the line cannot tell from one never made."""
    refused = []
    for d in results:
        if d.remedy not in _REDUCTIONS_WEIGHED or d.status != "needs_review" or d.conviction is None or d.case not in petitions:
            continue
        p = _latest_asking(petitions[d.case], d)
        if p is not None and p.ruling == "denied":
            refused.append((d, p))
    return refused


def granted_on_an_arrest(case: Case) -> frozenset[str]:
    """The relief the court granted on an arrest (a case with no conviction), the petition that
    stands for it granted: done.  A conviction's grant waits to be recorded on its count, and
    the screening then finds nothing left to ask; an arrest has no count to record it on
    (FORMAT.md), so "record the relief on the count" asked for ever what nobody could do
    (D140-03).  The arrest sealed by the court (PC 851.91) needs DOJ's sealing no more (851.93)."""
    if case.convictions or not case.petitions:
        return frozenset()
    granted = set()
    for remedy in {p.remedy for p in case.petitions}:
        petition = standing([p for p in case.petitions if p.asks_for(remedy, None)])
        if petition is not None and petition.ruling == "granted":
            granted.add(remedy)
    return frozenset(granted | {"pc851_93"} if "pc851_91" in granted else granted)


def standing(asking: list[Petition]) -> Petition | None:
    """Of the petitions asking for one relief, the one that stands: the last filed, a withdrawn
    one only when no other asks for it (the handout's card and the caseload line read it so)."""
    kept = [p for p in asking if p.ruling != "withdrawn"] or asking
    return max(kept, key=lambda p: p.filed_on, default=None)


def _latest_asking(petitions: list[Petition], d: Determination) -> Petition | None:
    """The petition last filed that asks for this relief for this count, a withdrawn one not
    counted: after a denial, a petition filed again is the one that stands."""
    asking = [p for p in petitions if p.ruling != "withdrawn" and p.asks_for(d.remedy, d.conviction)]
    return max(asking, key=lambda p: p.filed_on) if asking else None


def _last(days: Iterable[date | None]) -> date | None:
    known = [day for day in days if day is not None]
    return max(known) if known else None


def awaiting_court(line: CourtLine | None) -> bool:
    """Filed, awaiting the court: the window's Outcome filter "Filed, awaiting the court" and
    `clinic-app list --outcome filed` both ask this, so they list the same clients."""
    return line is not None and line.state == "filed"


def all_filed(line: CourtLine | None) -> bool:
    """Is every petition to file now filed (awaiting the court, denied or granted)?  Such a
    client has nothing to file: "Newly eligible" and `clinic-app rescreen` count them apart
    from the week's filings, by where the court stands (R55 left them among those to file)."""
    return line is not None and line.state is not None


def hearing_within(line: CourtLine | None, today: date, by: date) -> bool:
    """Has the client a hearing from `today` to `by` (both included), to prepare for?"""
    return line is not None and any(today <= day <= by for day in line.hearings)


class _WithCourt(Protocol):
    court: CourtLine | None


_Row = TypeVar("_Row", bound=_WithCourt)


def heard_within(rows: Iterable[_Row], today: date, by: date) -> list[_Row]:
    """The caseload lines (each with its `court`) with a hearing from `today` to `by`, in the
    order the hearings come, soonest first (K170-01: the attorney covering tomorrow's hearings
    met them by name), the lines' own order (by name, or a search's rank) among those heard on
    one day: `clinic-app list --hearing-within` and `worksheet --hearing-within` alike, whose
    worksheets had come in name order under a list by hearing (C171-02)."""
    found = [row for row in rows if hearing_within(row.court, today, by)]
    found.sort(key=lambda row: hearings_coming(row.court, today)[0])
    return found


def hearings_held(line: CourtLine | None, today: date) -> tuple[date, ...]:
    """The hearing days before `today` of petitions still awaiting a ruling: the hearing was
    held and nobody entered what the court said."""
    return tuple(day for day in line.hearings if day < today) if line is not None else ()


def hearings_coming(line: CourtLine | None, today: date) -> tuple[date, ...]:
    """The hearing days from `today` on (today's included) of petitions awaiting a ruling."""
    return tuple(day for day in line.hearings if day >= today) if line is not None else ()


def court_action(line: CourtLine | None, today: date) -> str | None:
    """The Next action the court's answer gives, in the clinic's words, on `today`; None: the
    line's own (nothing filed, or not all of it).  A hearing passed with no ruling entered is
    today's work, "Hearing 2026-11-25 held: record the ruling", with the next one coming if any
    (Q54-01: it read "Filed ...; hearing 2026-11-25" for ever, a day gone by)."""
    said = court_next_action(line, today)
    return None if said is None else said.full


def court_next_action(line: CourtLine | None, today: date) -> NextAction | None:
    """`court_action`'s words and, from the same state, the fewer words a narrow list says them
    in (Q54-04): what to do, and the day to act on (the hearing's), the other days left to the
    tooltip: "Hearing 2027-01-10", "Awaiting ruling", "Held: record ruling", "Denied: to
    attorney", "Granted: enter relief"."""
    if line is None or line.state is None:
        return None
    if line.state == "filed":
        return _with_denial_weighed(_awaited_action(line, today), line, today)
    if line.state == "denied":
        return denied_action(line)
    on = f" {line.ruling_on.isoformat()}" if line.ruling_on else ""
    return NextAction(f"Granted{on}: record the relief on the count", "Granted: enter relief")


def _awaited_action(line: CourtLine, today: date) -> NextAction:
    """`court_next_action`'s words for petitions filed and awaiting the court."""
    held, coming = hearings_held(line, today), hearings_coming(line, today)
    # A grant of relief still weighed by the screening (a 17(b) the attorney filed), its
    # relief to record, said after the court awaited: it is today's work (Y119-05).
    granted = f"; {granted_to_record(line)}" if line.granted else ""
    if held:
        said = f"Hearing {held[0].isoformat()} held: record the ruling"
        said = f"{said}; next {coming[0].isoformat()}" if coming else said
        return NextAction(said + granted, "Held: ruling; relief" if granted else "Held: record ruling")
    filed = f"Filed {line.filed_on.isoformat()}" if line.filed_on else "Filed"
    if coming and granted:
        return NextAction(f"{filed}; hearing {coming[0].isoformat()}{granted}", "Hearing; enter relief")
    if coming:
        return NextAction.ending_with(coming[0], f"{filed}; hearing", "Hearing")
    return NextAction(f"{filed}; awaiting ruling{granted}", "Awaiting; enter relief" if granted else "Awaiting ruling")


def _with_denial_weighed(said: NextAction, line: CourtLine, today: date) -> NextAction:
    """`said` of petitions awaiting the court, with a 17(b) the judge denied and the screening
    leaves to the attorney (`denied_under_review`) said after it in S154-02's words beside a
    filing: "Filed 2026-10-01; awaiting ruling" alone hid it from the paralegal (K155-01).  A
    denial still to review is the attorney's work today, so its fewer words say so."""
    if not line.denied_under_review:
        return said
    full = f"{said.full}; {_denial_said(line)}"
    if not _denial_open(line):
        return NextAction(full, said.short, said.trailing_day)
    short = {(False, False): "Filed; to attorney", (True, False): "Held: ruling; attorney",
             (False, True): "Relief; to attorney", (True, True): "Held; relief; attorney"}
    return NextAction(full, short[(bool(hearings_held(line, today)), line.granted)])


def _denial_said(line: CourtLine) -> str:
    """A denial beside other work, in the line's words: "denied 2025-05-10: attorney to review",
    or once reviewed "denied 2025-05-10: reviewed by the attorney 2026-11-20"."""
    on = f" {line.ruling_on.isoformat()}" if line.ruling_on else ""
    if _denial_open(line):
        return f"denied{on}: attorney to review"
    return f"denied{on}: reviewed by the attorney {line.reviewed_on.isoformat()}"  # type: ignore[union-attr]


def denied_action(line: CourtLine) -> NextAction:
    """The line's words for a petition the judge denied, the attorney's to review or reviewed,
    with a grant beside it whose relief is to record (granted in part, H63-02): the court's
    "denied" state, and a denial of relief under review (`denied_under_review`, S150-02)."""
    on = f" {line.ruling_on.isoformat()}" if line.ruling_on else ""
    denied = f"Denied{on}: attorney to review" if _denial_open(line) else \
        f"Denied{on}: reviewed by the attorney {line.reviewed_on.isoformat()}"  # type: ignore[union-attr]
    if line.granted:
        return NextAction(f"{denied}; {granted_to_record(line)}", "Denied; enter relief")
    return NextAction(denied, "Denied: to attorney" if _denial_open(line) else "Denied: reviewed")


def court_besides_filing(line: CourtLine | None, today: date) -> str | None:
    """What the court asks of a client with petitions still to file (the line's state None),
    on `today`, beside the filing: a denial of one filed to review, a grant whose relief is to
    record on the count, a hearing held with no ruling entered; None when none.  "File now"
    alone hid them, a hearing held on a petition filed while another waited to be (Y55-01), a
    grant (A56-01); the words are court_action's."""
    if line is None or line.state is not None:
        return None
    said = []
    if _denied_beside_filing(line):
        said.append(_denial_said(line))
    if line.granted:
        said.append(granted_to_record(line))
    held = hearings_held(line, today)
    if held:
        said.append(f"hearing {held[0].isoformat()} held: record the ruling")
    return "; ".join(said) or None


def _denied_beside_filing(line: CourtLine) -> bool:
    """A petition filed stands denied beside those still to file: one for relief to file now
    (`denied`), or a 17(b) the screening leaves to the attorney (`denied_under_review`).  A
    client eligible now for PC 1203.4 whose 17(b) the judge denied read "File now" alone, while
    the report counted the denial beside a filing and the attorney's queue listed it (S154-02)."""
    return line.denied or line.denied_under_review


def court_standing(line: CourtLine | None, today: date) -> str | None:
    """Where the petitions stand, in the list's words: the court's (`court_action`) once all is
    filed, else "not all filed" with what the court asks beside the filing (a denial, a grant,
    a hearing held: Y55-01, A56-01); None while nothing filed asks anything.  `clinic-app list`
    and the client's header both say it, the hearing days to come after it (`with_hearings`)."""
    said = court_action(line, today)
    if said is not None:
        return said
    besides = court_besides_filing(line, today)
    return f"not all filed; {besides}" if besides is not None else None


def granted_to_record(line: CourtLine) -> str:
    """A grant beside the line's other work (a denial, a filing, the court awaited, an attorney's
    review), its relief to record on the count: "granted 2026-09-15: record the relief on the count"."""
    on = f" {line.granted_on.isoformat()}" if line.granted_on else ""
    return f"granted{on}: record the relief on the count"


def file_now(line: CourtLine | None, today: date) -> NextAction:
    """"File now" for a client with petitions still to file, with what the court asks beside it
    (`court_besides_filing`, Y55-01), and its fewer words from the same state: cut short, "File
    now; hearing 2026-11-25 held: ..." read "File now; hea..." and hid what to do."""
    besides = court_besides_filing(line, today)
    if besides is None or line is None:
        return NextAction("File now")
    held = bool(hearings_held(line, today))
    to_review = _denied_beside_filing(line) and _denial_open(line)
    if not to_review and not line.granted and not held:
        return NextAction(f"File now; {besides}", "File now")  # a denial reviewed asks nothing more (H63-04)
    # What the court asks, in the order said: denied, granted (A56-01), held.
    short = {(True, False, False): "File; to attorney", (False, True, False): "File; enter relief",
             (False, False, True): "File; record ruling", (True, True, False): "File; attorney; relief",
             (True, False, True): "File; attorney; ruling", (False, True, True): "File; relief; ruling",
             (True, True, True): "File; court: 3 to do"}[(to_review, line.granted, held)]
    return NextAction(f"File now; {besides}", short)


def court_day(line: CourtLine | None, today: date) -> date | None:
    """The day the court's action is done on, for the list's order: `date.min` (today) for a
    ruling to act on or a hearing held with no ruling entered, the next hearing's day while the
    court is awaited, None when no day is known."""
    if line is None or line.state is None:
        return None
    if line.state == "denied" and not _denial_open(line) and not line.granted:
        return None  # reviewed by the attorney: no longer today's work (H63-04)
    if line.state != "filed" or hearings_held(line, today) or line.granted or denial_to_review(line):
        return date.min
    coming = hearings_coming(line, today)
    return coming[0] if coming else None


def with_hearings(said: str, line: CourtLine | None, today: date) -> str:
    """`said` (a line's next action, or the list's words for it) with the hearing days to come
    (from `today`) it does not say: "File now; hearing 2026-12-08".  A client is listed under
    "Hearing within 7 days" (`clinic-app list --hearing-within`) by any petition's hearing,
    while the court's words say one only once all is filed, so a client with another petition still to file, or a denial
    to review, was listed "not all filed" with no day to prepare for (R54-03)."""
    unsaid = [day.isoformat() for day in hearings_coming(line, today) if day.isoformat() not in said]
    if not unsaid:
        return said
    # One more beside a hearing said is "another hearing", not "other hearings" (R55-06).
    if "hearing" in said.lower():
        words = "other hearings" if len(unsaid) > 1 else "another hearing"
    else:
        words = "hearings" if len(unsaid) > 1 else "hearing"
    return f"{said}; {words} {', '.join(unsaid)}"


def court_json(line: CourtLine | None) -> str | None:
    """The line as stored on the client row and the screening (migration m010)."""
    if line is None:
        return None
    data = {"state": line.state, "filed_on": _iso(line.filed_on), "ruling_on": _iso(line.ruling_on),
            "hearings": [day.isoformat() for day in line.hearings]}
    if line.denied:  # only where said: the lines stored before Y55-01 read the same
        data["denied"] = True
    if line.granted:  # likewise (A56-01)
        data["granted"] = True
        data["granted_on"] = _iso(line.granted_on)
    if line.denials:  # likewise (H63-04); `reviewed_on` is read with the reviews, never kept here
        data["denials"] = list(line.denials)
    if line.denied_under_review:  # likewise (S150-02)
        data["denied_under_review"] = True
    return json.dumps(data, separators=(",", ":"))


def court_from_json(text: str | None) -> CourtLine | None:
    if text is None:
        return None
    data = json.loads(text)
    return CourtLine(data["state"], _day(data["filed_on"]), _day(data["ruling_on"]),
                     tuple(date.fromisoformat(day) for day in data["hearings"]), data.get("denied", False),
                     data.get("granted", False), _day(data.get("granted_on")), tuple(data.get("denials", ())),
                     denied_under_review=data.get("denied_under_review", False))


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def petition_for(petitions: Iterable[Petition], d: Determination) -> Petition | None:
    """The petition `petition_said` speaks of: the last filed for `d`'s relief and count, a
    withdrawn one only where no other asks for it."""
    asking = [p for p in petitions if p.asks_for(d.remedy, d.conviction)]
    standing = [p for p in asking if p.ruling != "withdrawn"] or asking
    return max(standing, key=lambda p: p.filed_on) if standing else None


def petition_said(petitions: Iterable[Petition], d: Determination, as_of: date,
                  reviews: Iterable[tuple[str, date]] = (), *, arrest: bool = False) -> str | None:
    """Where the petition filed for `d`'s relief and count stands on `as_of`, for the staff:
    the last filed, a withdrawn one only where no other asks for it (as the handout reads
    them).  The filing worksheet had listed relief filed, heard or granted as relief to ask
    for (D63-02), and the same CR-180 was prepared again; the Eligibility tab read "Eligible
    now ... File form CR-180" beside a denial (D63-04).  None where no petition asks for it.
    A denial the attorney has reviewed since (`reviews`, `denial_reviewed_on`) says so, and
    that it is filed again only as the review says (its note on the Eligibility tab).
    `arrest`: the case has no conviction, so a grant is done, as `granted_on_an_arrest` reads it."""
    p = petition_for(petitions, d)
    if p is None:
        return None
    said = _petition_stands(p, d, as_of, reviews, arrest=arrest)
    # Why the court said no is typed in the petition's Note, on the Record tab only, cut to
    # a dozen letters there; the staff filing again read the day and not the reason (N148-01).
    # And while the court has not ruled, the department or what the DA said: the attorney
    # covering one client's two hearings read neither room on the worksheet (H167-03).
    if p.ruling in ("denied", None) and p.note.strip():
        said += f" Its note: {_note_ending(p.note)}"
    if (before := _denied_before(petitions, p, d)) is not None:
        # Filed again after a denial: what the court wanted then is what this one must answer.
        note = f": {_note_ending(before.note)}" if before.note.strip() else "."
        ruled = f" {before.ruling_on.isoformat()}" if before.ruling_on else ""
        said += f" Filed again after the one filed {before.filed_on.isoformat()} was denied{ruled}{note}"
    return said


def _note_ending(note: str) -> str:
    """A petition's note quoted at the end of a sentence, which its stop ends: one the staff
    typed as a sentence ends it inside the quote, and the worksheet and the Eligibility tab had
    read "…then.”." (K177-03)."""
    note = note.strip()
    return f"\u201c{note}\u201d" + ("" if note.endswith((".", "!", "?", "\u2026")) else ".")


def _denied_before(petitions: Iterable[Petition], p: Petition, d: Determination) -> Petition | None:
    """The last petition for `d`'s relief and count denied before `p` was filed (`p` filed
    again after it), or None."""
    earlier = [q for q in petitions if q.ruling == "denied" and q.asks_for(d.remedy, d.conviction) and q.filed_on < p.filed_on]
    return max(earlier, key=lambda q: q.filed_on) if earlier else None


def _petition_stands(p: Petition, d: Determination, as_of: date, reviews: Iterable[tuple[str, date]], *,
                     arrest: bool) -> str:
    """`petition_said`'s words for the petition `p` itself."""
    filed, ruled = p.filed_on.isoformat(), f" {p.ruling_on.isoformat()}" if p.ruling_on else ""
    if p.ruling == "granted":
        if is_already_granted(d):  # the Granted box of the count holds it: nothing left to record (O118-01)
            return f"Petition filed {filed}, granted{ruled}; the relief is recorded on the count. Not to file again."
        if arrest:
            # Not "record the relief on the count (Record tab)": an arrest has none, and the
            # Eligibility tab and the worksheet asked it for ever (D140-03's, R142-03).
            return f"Petition filed {filed}, granted{ruled}; nothing to record: an arrest has no count. Not to file again."
        return f"Petition filed {filed}, granted{ruled}: record the relief on the count (Record tab). Not to file again."
    if p.ruling == "denied":
        reviewed = denial_reviewed_on(p, d, reviews, as_of)
        if reviewed is not None:
            # Not "Not filed again: ...": it read as the grant's "Not to file again" (U64-01).
            return f"Petition filed {filed}, denied{ruled}; reviewed by the attorney {reviewed.isoformat()}: file again only as the review says."
        return f"Petition filed {filed}, denied{ruled}: an attorney reviews before it is filed again."
    if p.ruling == "withdrawn":
        return f"Petition filed {filed}, withdrawn{ruled}."
    hearing = ""
    if p.hearing_on is not None:
        held = " held: record the ruling (Record tab)" if p.hearing_on < as_of else ""
        hearing = f"; hearing {p.hearing_on.isoformat()}{held}"
    return f"Petition already filed {filed}{hearing}. Not to file again."


def still_to_file(cases: Iterable[Case], results: Iterable[Determination]) -> str | None:
    """The petitions a client eligible now still has to file, by case and court, as `clinic-app
    list --outcome eligible_now_to_file` says them: "case BA123456, Los Angeles County, CA: PC
    1203.4 dismissal, PC 17(b) reduction".  The list named the clients only, so the paralegal
    filing an event's petitions opened each client to learn what to file and where (P123-01).
    A relief asked for by a petition that stands (filed, granted or denied; not withdrawn) is
    the court's, not left to file; None where nothing is."""
    from clinic_app.case_titles import case_title
    from clinic_app.counties import court_of
    from clinic_app.eligibility.registry import named_to_file
    from clinic_app.summary import AUTOMATIC_RELIEF, REFERRAL_ONLY

    by_id = {case.id: case for case in cases}
    asked: dict[str, list[str]] = {}
    for d in results:
        if d.status != "eligible" or d.remedy in REFERRAL_ONLY or d.remedy in AUTOMATIC_RELIEF or d.case not in by_id:
            continue
        if _latest_asking(by_id[d.case].petitions, d) is not None:
            continue
        named = named_to_file(d)
        if named not in asked.setdefault(d.case, []):
            asked[d.case].append(named)
    said = [f"case {case_title(by_id[key], court_said=True)}, {court_of(by_id[key])}: {', '.join(reliefs)}" for key, reliefs in asked.items()]
    return "; ".join(said) or None


def still_to_file_of_many(repo, client_ids: Iterable[int]) -> dict[int, str | None]:
    """`still_to_file` of each of `client_ids`, from their records and newest screenings' results
    eligible (all it reads of them) read 500 clients at a time (`records_and_results`), None for
    one never screened: read one client at a time, and every result made, the column took as long
    as the rest of `list` (1.2 s more at 5,000 clients, Q124-01).  A client not there is left out."""
    return {client.id: None if results is None else still_to_file(client.cases, results)  # type: ignore[misc]
            for client, results in repo.records_and_results(client_ids, "eligible")}
