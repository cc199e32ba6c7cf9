"""When an attorney's review of a result still counts.

A review is a judgement of one answer (a remedy for a conviction, or for a whole case) on
the facts the attorney had before them.  It is kept with two things (db.repository):

- the facts hash of the whole record (`clinic_app.eligibility.facts_hash`, the one every
  stored screening already has), and
- `answer_key`, a hash of the answer itself: which result, its status, date, reasons and
  the facts it says are missing.

A review counts for a result while both are the same.  Why the whole record's facts and not
only the conviction's: the rules read across cases (a later conviction, a pending charge,
another case's probation), so no smaller part of the record is known to be all that an
answer rests on; the hash is the one the screening has already made, so it costs nothing to
keep, and a change anywhere in the facts asks the attorney to look again rather than let a
review stand for facts it never saw.  Why the answer too: new rules may answer the same
facts otherwise (another reason, another question), which the attorney has not seen either;
and when they answer the same, the review still counts after a rules upgrade.

Pure domain: no clock, no I/O.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple

from clinic_app.case_titles import titles_by_id
from clinic_app.catalog import law_named
from clinic_app.court import denial_to_review, review_day
from clinic_app.model import Case, Determination, Screening


class CountNamed(NamedTuple):
    """A count as the queue names it ("VC 23152(b)"): its key in the record, code and section."""
    id: str
    code: str
    section: str


class CaseNamed(NamedTuple):
    """A case as the queue names it: its key, its label (its number; without one, or where another
    of the client's cases has it, what its record holds, `case_titles.titles_day_first`) and its
    counts; all `awaiting_said` reads of a record, without reading the whole of it."""
    id: str
    label: str
    convictions: list[CountNamed]


class ReviewKept(NamedTuple):
    """What `awaiting_said` reads of a review kept: the facts and the answer it was given on,
    and the result it is of (its case, count and remedy)."""
    facts_hash: str | None
    answer: str | None
    case: str | None = None
    conviction: str | None = None
    remedy: str | None = None
    # Made on or after a denial of its relief on its case (`of_a_denial`): of what the court said.
    of_denial: bool = False


def of_a_denial(review, cases: Sequence) -> bool:
    """Whether `review` was of a denial: made (its local day) on or after the ruling day of a
    petition for its relief on its case that the court denied, as a denial's review is told
    (clinic_app.court.denial_reviewed).  A `ReviewKept` says it (the queue's batched read works
    it out); a review kept with its moment (`at`) is told from `cases`' petitions."""
    if isinstance(review, ReviewKept):
        return review.of_denial
    at = getattr(review, "at", None)
    if at is None:
        return False
    day = review_day(at)
    return any(p.remedy == review.remedy and p.ruling == "denied" and p.ruling_on is not None and p.ruling_on <= day
               for case in cases if isinstance(case, Case) and case.id == review.case for p in case.petitions)


# Said after a result on the queue whose earlier review no longer counts (E122-05): a second
# look read as a first.
EARLIER_REVIEW_SET_ASIDE = " (an earlier review no longer counts)"


class QueueRead(NamedTuple):
    """What the queue says of one client is made from (db.repository.Repository.queue_reads):
    their cases named, their newest screening's results that need review, its facts hash and
    their reviews kept."""
    cases: Sequence
    results: list[Determination]
    facts: str
    reviews: list


def answer_key(d: Determination) -> str:
    """A short hash of one result's answer: which result it is, its status and date, its
    reasons (text and statute) and the facts it says are missing.  Next steps are left out:
    they are advice on what to file, not what the attorney judged.  128 bits of sha256 are
    plenty to tell a client's few answers apart, and half the size in every stored screening."""
    text = json.dumps([d.case, d.conviction, d.remedy, d.status, d.date.isoformat() if d.date else None,
                       [[r.text, r.cite] for r in d.reasons], list(d.missing_facts)],
                      ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def review_keys(screening: Screening) -> list[str]:
    """The answer keys of the results that await an attorney's review, in order: those that
    need review, but for the rows of a case whose convictions are not typed yet (below)."""
    return [answer_key(d) for d in screening.results if d.status == "needs_review" and not waits_for_convictions(d)]


def waits_for_convictions(d: Determination) -> bool:
    """Whether result `d` is a row of a case marked convicted whose counts are not typed yet
    (the engine names the case's convictions as its missing fact, FORMAT.md's path).  Such a
    row needs review only in the sense that nothing can be weighed: the work is the paralegal's
    ("Enter the convictions", clinic_app.line_action), under "Cases still to enter", not the
    attorney's.  It put the client in the Attorney review queue (count, filter) with nothing
    for the attorney to review yet (N61-01)."""
    return d.conviction is None and f"cases[{d.case}].convictions" in d.missing_facts


def counts_for(review_facts: str | None, review_answer: str | None, facts: str, d: Determination) -> bool:
    """Whether a review kept with (`review_facts`, `review_answer`) counts for result `d`
    screened from the facts hashed `facts`.  A review kept before reviews kept their facts
    (both None) was given on facts nobody knows now: it does not count."""
    return review_facts is not None and review_facts == facts and review_answer == answer_key(d)


def awaits_attorney(line) -> bool:
    """Is the client on the attorney's queue (the window's Attorney review count and Review
    needed tick, `clinic-app list --review`)?  A caseload line (db.repository.ClientRow) with a
    result that needs review and no review that counts for it, or a petition denied and not
    reviewed since the ruling (K66-01: "Denied 2026-12-01: attorney to review" on the line, and
    the client in neither).  Asked of every line each time the list is filtered or sorted with
    Review needed ticked: `denial_to_review` is imported once, with the module, where an import
    in here (PySide's import hook, in the window) cost 3-4 us a line, half the 0.1-0.17 s the
    window was held at 20,000 clients (B70-05)."""
    return line.awaiting_review or denial_to_review(line.court)


def review_unlisted(line, screened_afresh: Callable[[], Screening]) -> bool:
    """Does the client's handout go out before an attorney's review, with the client on no
    review list?  A batch of handouts is made from a fresh screening, and the queue
    (`awaits_attorney`, Review needed, `clinic-app list --review`) is of the stored ones: a
    client never screened (an import; `line.best` None) whose fresh result needs review
    (`review_keys` of `screened_afresh()`, the batch's own screening) is on none until
    screened.  C112-01 counted them with the queue, and the note's "6 clients ... (clinic-app
    list --review --event NAME lists them)" listed 5: the attorney, reviewing the list, could
    not find the sixth.  They are said apart, with how to find them (C113-03)."""
    return line.best is None and not awaits_attorney(line) and bool(review_keys(screened_afresh()))


def attorney_waits_for(line, awaiting: str | None = None) -> str:
    """Why `line` is on the attorney's queue, in a few words: the results to review
    (`awaiting`, as `awaiting_said` says them, or "results to review" where not given), a
    denial ("denied 2026-12-01: attorney to review"), or both."""
    said = [f"to review: {awaiting}" if awaiting else "results to review"] if line.awaiting_review else []
    if denial_to_review(line.court):
        said.append(f"{_denied_on(line.court)}: attorney to review")
    return "; ".join(said)


def waiting_said(line, awaiting: str | None) -> str | None:
    """All that of the client on `line` (db.repository.ClientRow) waits for the attorney, for a
    sentence that begins "Still waiting for an attorney's review: ": the results (`awaiting`, as
    `awaiting_said` says them) and a denial not reviewed since ("a petition denied 2026-11-20").
    One client's handout preview said the results only, and a denial's handout went out with
    nothing said, where an event's batch counts the client as awaiting the attorney (V122-01).
    None where nothing waits."""
    said = [awaiting] if awaiting else []
    if line is not None and denial_to_review(line.court):
        said.append(f"a petition {_denied_on(line.court)}")
    return "; ".join(said) or None


def _denied_on(court) -> str:
    """"denied 2026-12-01", or "denied" where the ruling's day is not said."""
    return f"denied {court.ruling_on.isoformat()}" if court.ruling_on else "denied"


def awaiting_said(cases: Sequence[Case], results: Iterable[Determination], facts: str,
                  reviews: Iterable, most: int = 2, *, earlier_said: bool = True) -> str | None:
    """The results of a screening (its facts hashed `facts`) that await the attorney, in a few
    words each: the relief, the counts, and what is open: "PC 1203.425 automatic relief for
    VC 23152(b): open question", "PC 1473.7 motion to vacate for PC 211: Is the person a US
    citizen?" (the first fact to find out), or "...: record to weigh" where the reasons leave
    it to the attorney's judgement.  `reviews` (with `facts_hash` and `answer`, as the caseload
    keeps them) that count take a result off; a result reviewed before whose review no longer
    counts says so (EARLIER_REVIEW_SET_ASIDE), where `earlier_said`, but for a review of a
    denial (`of_a_denial`); the first `most` are
    said, "+N more" after them.
    None when none awaits.  The queue's lines read "File now", or "results to review", and
    not what the attorney was there for (closing note 45; C70-01)."""
    # The answers reviewed on these facts: a result's answer is hashed once, not once a review.
    reviews = list(reviews)
    on_these_facts = {r.answer for r in reviews if r.facts_hash is not None and r.facts_hash == facts}
    # A denial's review was of what the court said, not an answer to the question asked now (N125-05).
    reviewed_before = ({(r.case, r.conviction, r.remedy) for r in reviews if getattr(r, "remedy", None) and not of_a_denial(r, cases)}
                       if earlier_said else set())
    # Named as every page names a count: the code once ("476a PC"), a conspiracy as read (law_named).
    counts = {conv.id: law_named(conv.code, conv.section) for case in cases for conv in case.convictions}
    # A case with no court number by what its record holds, the day first, as the window's lists
    # name it ("case c3 (convicted 2019-01-05, PC 647(f), Orange County)", not "case c3": K85-03),
    # and so each of two of one number ("for case 24CR042" was said once of both, K413-02); the
    # caseload's batched read (CaseNamed) brings them so titled.
    records = [case for case in cases if isinstance(case, Case)]
    labels = {case.id: case.label for case in cases} | titles_by_id(records)
    said: dict[tuple[str, str], list[str]] = {}
    for d in results:
        if d.status != "needs_review" or waits_for_convictions(d):
            continue
        if on_these_facts and answer_key(d) in on_these_facts:  # a review that counts (`counts_for`)
            continue
        what = review_waits_on(d) + (EARLIER_REVIEW_SET_ASIDE if (d.case, d.conviction, d.remedy) in reviewed_before else "")
        on = counts.get(d.conviction, d.conviction) if d.conviction is not None else f"case {labels.get(d.case, d.case)}"
        named = said.setdefault((d.remedy, what), [])
        if on not in named:
            named.append(on)
    if not said:
        return None
    from clinic_app.eligibility.registry import short_name

    # Reliefs open on the same counts for the same reason said once ("PC 1203.4 dismissal,
    # PC 1203.4a dismissal for PC 459: What was the sentence ...?"); three counts or more by
    # their number: the Eligibility tab lists them.
    reliefs: dict[tuple[tuple[str, ...], str], list[str]] = {}
    for (remedy, what), on in said.items():
        reliefs.setdefault((tuple(on), what), []).append(short_name(remedy))
    lines = [f"{', '.join(names)} for {', '.join(on) if len(on) < 3 else f'{len(on)} counts'}: {what}"
             for (on, what), names in reliefs.items()]
    more = f"; +{len(lines) - most} more" if len(lines) > most else ""
    return "; ".join(lines[:most]) + more


def set_aside_said(cases: Sequence[Case], before: Screening, before_facts: str, after: Screening, after_facts: str,
                   reviews: Sequence) -> str | None:
    """The results an attorney's review counted for on the facts hashed `before_facts` that wait
    for the attorney again once they are `after_facts`, said as `awaiting_said` says them: what
    a save that changed a fact the review was given on tells the paralegal who made it (E122-02:
    the client went back on the queue without a word).  None where it set no review aside."""
    def reviewed(d: Determination, facts: str) -> bool:
        return any(counts_for(r.facts_hash, r.answer, facts, d) for r in reviews)

    counted = {(d.case, d.conviction, d.remedy) for d in before.results if d.status == "needs_review" and reviewed(d, before_facts)}
    again = [d for d in after.results if (d.case, d.conviction, d.remedy) in counted]
    return awaiting_said(cases, again, after_facts, reviews, earlier_said=False) if again else None


def awaiting_of(repo, client_id: int) -> str | None:
    """`awaiting_said` of a client of the caseload `repo` (db.repository.Repository, read, never
    imported): their record's cases, newest screening and reviews; None where not screened or
    nothing awaits (or removed meanwhile, at another desk: its line goes with the next read)."""
    return awaiting_of_many(repo, [client_id]).get(client_id)


def awaiting_of_many(repo, client_ids: Iterable[int]) -> dict[int, str | None]:
    """`awaiting_of` of each of `client_ids`, read in a few batched reads (`queue_reads`): what
    `clinic-app list --review` says on each line and the window's queue on the lines it shows.
    A client not screened, or not there, is left out."""
    return {client_id: awaiting_said(read.cases, read.results, read.facts, read.reviews)
            for client_id, read in repo.queue_reads(client_ids)}


def review_waits_on(d: Determination) -> str:
    """What is open in result `d`, in a few words: its first fact to find out, as the question
    asked of anyone's count (the line names the count already), and how many more; an open
    question of law its reasons name; else the record for the attorney to weigh.  The queue's
    lines say it, and intake's box 3 after each "Needs review" (K294-02)."""
    if d.missing_facts:
        from clinic_app.eligibility.fact_questions import question

        asked = question(_OWNER.sub("", d.missing_facts[0]))
        return asked + (f" (+{len(d.missing_facts) - 1} more)" if len(d.missing_facts) > 1 else "")
    for reason in d.reasons:
        if "open question" in reason.text:
            return open_question_named(reason.text)
    return "record to weigh"


def open_question_named(text: str) -> str:
    """"open question: whether ...", the point of law a reason's `text` says is open, in its own
    words (H337-02: 560 lines of a 2,000-client queue read "open question" alone); where the
    clause points back ("whether that blocks relief"), from the start of its sentence where that
    is short enough for a line, and with its condition where it is open only "If ...".  Plain
    "open question" where the reason does not word the point."""
    found = _WHETHER_OPEN.search(text)
    if found is None:
        return "open question"
    clause = "whether " + found.group(1)
    start = text.rfind(". ", 0, found.start())
    before = text[start + 2 if start >= 0 else 0:found.start()]
    if before.startswith("If "):
        # Open only on a condition ("If a jail term was then executed, whether PC 1203.4a covers
        # the case"): said with it, or the line read as open for every such case (R344-03).
        clause = "i" + before[1:] + clause
    elif _POINTS_BACK.search(found.group(1)):
        whole = before + clause
        # A sentence of a line and more (PC 245(a)(1)'s 250 characters) is the Eligibility tab's.
        clause = whole if len(whole) <= 160 else clause
    return f"open question: {clause}"


# "Whether automatic relief covers a DUI (VC 23152(b)) is an open question": the point, and a
# point that needs its sentence's start to be read ("whether that blocks relief", "covers one").
# The point is the last "whether" before it: a reduced PC 261.5(d)'s "whether the exclusion still
# applies is unsettled. Whether automatic relief covers it is an open question" ran the two into
# one line (R344-02).
# A clause the reason sets off with commas ("covers PC 261.5(d), which PC 1203.4(b) excludes from
# dismissal, is an open question") ends the line without its last comma (R344-04).
_WHETHER_OPEN = re.compile(r"\b[Ww]hether ((?:(?!\b[Ww]hether ).)+?),? is (?:an |the same )?open question")
_POINTS_BACK = re.compile(r"^(?:that|it|this|they)\b|\b(?:one|such a conviction)$")


# The case and count a fact's path names ("cases[c1].convictions[c1-1]."), which the line says.
_OWNER = re.compile(r"^(?:cases\[[^\]]*\]\.)?(?:convictions\[[^\]]*\]\.)?")
