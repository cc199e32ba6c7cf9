"""What the record says about a case's sentence: when probation ends, when custody and
supervision end, when the whole sentence was completed (ca-rules.md section 2.2).

Small pure functions over the model; every remedy and the person-level bars read the
sentence through them so that "completion" means one thing everywhere.
"""

from __future__ import annotations

from datetime import date, timedelta
from operator import attrgetter
from typing import Callable, NamedTuple

from clinic_app.eligibility.dates import anniversary, iso
from clinic_app.model import Case, Conviction, Probation, Sentence

# The sentences served in custody (1170(h) county jail or state prison), as opposed to
# probation or a misdemeanor sentence without it.
CUSTODY_SENTENCES = ("county_jail_1170h", "state_prison")

# A term in state prison, or in county jail under PC 1170(h), is a felony's punishment alone:
# "A felony is a crime that is punishable ... by imprisonment in the state prison, or ... in a
# county jail under ... subdivision (h) of Section 1170" (PC 17(a)), and a wobbler is a
# misdemeanor only after a judgment imposing another punishment (PC 17(b)(1); ca-rules.md 3.7).
# Intake's Level box (level_on_the_day, Z80-01) and screen() (a count of unknown level, E81-01)
# read a count's level from it; the words name the term.
FELONY_TERMS = {"state_prison": "state prison", "county_jail_1170h": "county jail under PC 1170(h)"}

REALIGNMENT = date(2011, 10, 1)  # PC 1170(h): county-jail felony sentences exist from this day
# The sentencing fact PC 17(b)(3) turns on (People v. Wood), as the minute order says it
# ("imposition of sentence suspended" or "execution of sentence suspended"): one wording for
# the reason that says the record lacks it and the question that asks it (S27-02: a reason,
# a step and the question each said it their own way).
SENTENCING_CHOICE = "suspend imposition of sentence, or impose a sentence and suspend its execution"
# The supervision that follows a release from custody (parole, PRCS, mandatory supervision).
SUPERVISION_KINDS = ("parole", "prcs", "mandatory_supervision")
SUPERVISION_NAMES = {
    "parole": "parole",
    "prcs": "post-release community supervision (PRCS)",
    "mandatory_supervision": "mandatory supervision",
    "probation": "probation",
}


def aside(words: str) -> str:
    """`words` (an event or a sentence part such as "end of post-release community supervision
    (PRCS)") in parentheses, a parenthesis of its own set off by a comma instead: two closing
    parentheses in a row read badly aloud (S28B-02: "completed on 2015-05-16 (end of
    post-release community supervision (PRCS))")."""
    return f"({words.replace(' (', ', ').replace(')', '')})" if "(" in words else f"({words})"


def probation_of(case: Case) -> Probation | None:
    """The case's probation grant, if its sentence is probation."""
    s = case.sentence
    if s is None or s.type != "probation":
        return None
    return s.probation


# probation_end(p): the day probation ended or ends: early termination (PC 1203.3) wins over
# the ordered end (Probation.last_day).  An attrgetter, not a function of its own: it is asked
# about 17 times a client, and the Python call cost more than the property it reads (R28-01).
probation_end: Callable[[Probation], date | None] = attrgetter("last_day")


def ended_early(p: Probation) -> bool:
    """The court ended (or has ordered to end) probation before its ordered end (PC 1203.3):
    "discharged prior to the termination of the period" (1203.4(a)(1)).  An order the record
    dates on the ordered end itself discharges nothing early (S30-04: it made a violated grant
    mandatory at H)."""
    et = p.early_termination
    return et is not None and (p.end is None or et < p.end)


def ended_on_ordered_end(p: Probation) -> bool:
    """The record dates the court's order ending probation on the ordered end date itself."""
    return p.early_termination is not None and p.early_termination == p.end


# What 1203.4 says of such an order: no discharge before the end, and the fact that would show one.
ON_ORDERED_END = "the ordered end date itself, so the record shows no discharge before the end of the period"
ORDERED_END_STEP = "Check the minute order: if the court ended probation before the end it had first ordered, record that first end date and screen again (an early discharge makes PC 1203.4 mandatory)."


def probation_active(p: Probation, as_of: date) -> bool | None:
    """Is the person on probation in this case on `as_of`?  None when the record cannot say.

    The dates decide where they can (a screening may speak for a past day): probation runs
    through its end date (or the day the court ended it early).  Past that date, a record
    still marked "active" is taken at its word (the remedies flag the contradiction, by
    `marked_active_past_end`).
    """
    if p.stands_revoked():
        return False
    end = p.last_day  # probation_end(p)
    if end is not None and as_of <= end:
        return True
    if p.early_termination is not None:
        return False  # a court order ended it, whatever the status field still says
    if p.status == "active":
        return True
    if end is None and p.status is None:
        return None
    return False


def marked_active_past_end(p: Probation, as_of: date) -> date | None:
    """The end date, when the record still marks probation active though that date has
    passed (extended, or a record not brought up to date): every reader asks, none decides."""
    end = probation_end(p)
    if end is not None and end < as_of and p.status == "active" and p.early_termination is None:
        # (An early termination is a court order that ended it: no stale record to ask about;
        # metamorphic finding: it was read as "may have been extended".)
        return end
    return None


def reinstated_after_end(p: Probation, as_of: date) -> date | None:
    """The day of the latest violation after which probation went on (reinstated or
    continued), when it is dated after the recorded end of probation, and not after `as_of`
    (Q163 fault 02): the court cannot reinstate a grant that has ended, so it must have
    extended it (or a day is mistyped), and the real end is unknown."""
    if not p.violations:  # the usual grant: asked first, as nearly every screening meets it
        return None
    end = p.last_day
    if end is None:
        return None
    return max((v.date for v in p.violations if v.outcome != "revoked" and end < v.date <= as_of), default=None)


def went_on_after_end(p: Probation, as_of: date) -> date | None:
    """`reinstated_after_end`, where the record does not already mark the grant active past its
    end: that older doubt (`marked_active_past_end`) answers first, in its readers' own words,
    so the checks of both said here once for the engine's readers and the Checklist's."""
    day = reinstated_after_end(p, as_of)
    return day if day is not None and marked_active_past_end(p, as_of) is None else None


class ProbationConflict(NamedTuple):
    """A probation record that contradicts itself on whether it still runs: what each reader says."""

    fact: str  # the FORMAT.md path (of the case's own) that settles it: the end as modified
    reason: str  # the case's own remedies' reason
    doubt: str  # the clause other cases' bars say it by ("it went on after a violation ...")
    step: str  # what the clinic does to settle it


def probation_record_conflict(p: Probation, as_of: date) -> ProbationConflict | None:
    """The contradiction, when the record of a probation contradicts itself on `as_of` in a
    way that decides whether it still runs: a grant that went on after its recorded end (the
    mirror of marked_active_past_end, whose readers say it their own way); None when not.
    Not a grant marked completed before its ordered end: a record written today says that of
    a grant a screening of a past day finds running (Probation.as_it_stood)."""
    day = went_on_after_end(p, as_of)
    if day is not None:
        ended = p.last_day.isoformat()  # type: ignore[union-attr]  # went_on_after_end needs it
        return ProbationConflict(
            "sentence.probation.end",
            f"The record shows probation going on after a violation on {day.isoformat()}, after its recorded end date {ended}; the court must have extended it, to an end the record does not show.",
            f"it went on after a violation on {day.isoformat()}, after its recorded end date {ended}; it must have been extended",
            "Get the order that reinstated or continued probation from the docket, record the end date it set, and screen again.",
        )
    return None


def probation_violated(p: Probation) -> bool:
    """Any violation found, whatever the court then did (continued, reinstated, revoked)."""
    return bool(p.violations)


def probation_revoked(p: Probation) -> bool:
    """Probation was revoked at some point (even if later reinstated)."""
    # Most grants record no violation: no generator to run.
    return p.status == "revoked" or (bool(p.violations) and any(v.outcome in ("reinstated", "revoked") for v in p.violations))


def supervision_after_release(sentence: Sentence) -> tuple[str, date | None] | None:
    """(kind, end or None when not recorded) of the parole, PRCS or mandatory supervision the
    record says follows a known release from custody; None when none does."""
    c = sentence.custody
    if c is None or c.release_date is None or c.supervision not in SUPERVISION_KINDS:
        return None
    return c.supervision, c.supervision_end


def unpaid_though_completed(case: Case) -> int:
    """The fines still owed in a case the record marks completed: two facts that disagree
    (FORMAT: "completed: fully performed, fine paid"), unless the fine was converted or
    waived, which the record cannot show.  0 when they agree, and when nothing is recorded
    paid (Money.unrecorded): then "completed" is the one fact given, and says the fine was
    paid (U52-02)."""
    s = case.sentence
    if s is None or s.completed is not True or case.money is None or case.money.unrecorded("fine"):
        return 0
    return case.money.fines_owed


def custody_completion(sentence: Sentence) -> tuple[date | None, str]:
    """When a jail or prison sentence was completed, and what event that was.

    Completion is the end of parole, PRCS or mandatory supervision where there was any,
    else release from custody (ca-rules.md 2.2).  Returns (None, what is missing) when the
    record does not show it, including a prison or split sentence whose supervision is not
    recorded at all.
    """
    c = sentence.custody
    if c is None:
        return None, "sentence.custody"
    if c.supervision in SUPERVISION_KINDS:
        if c.supervision_end is not None:
            return c.supervision_end, f"end of {SUPERVISION_NAMES[c.supervision]}"
        return None, "sentence.custody.supervision_end"
    if c.supervision is None and c.supervision_end is not None:
        return c.supervision_end, "end of supervision"
    if c.supervision is None:
        # Whether supervision followed is not recorded.  A prison release is almost always
        # onto parole or PRCS, and a split sentence ends with mandatory supervision: the
        # release date alone would give too early a date (ca-rules.md 2.2: "flag").
        if sentence.type == "state_prison":
            return None, "sentence.custody.supervision"
        if c.split:
            return None, "sentence.custody.supervision_end"
    if c.release_date is not None:
        return c.release_date, "release from custody"
    return None, "sentence.custody.release_date"


def active_supervision(sentence: Sentence, as_of: date) -> tuple[str, date | None] | None:
    """(kind, end) when the case's custody sentence leaves the person under parole, PRCS or
    mandatory supervision on `as_of`; `end` is the known last day or None."""
    c = sentence.custody
    if c is None or c.supervision not in SUPERVISION_KINDS:
        return None
    if c.supervision_end is not None and c.supervision_end < as_of:
        return None
    if c.release_date is not None and c.release_date > as_of:
        return None  # still in custody: the serving-a-sentence bar speaks for it
    return c.supervision, c.supervision_end


# How long a sentence the record does not describe may still be running: misdemeanor
# probation ran up to 5 years before AB 1950 (and still may for DUI and domestic violence),
# a felony's probation or term longer.  Within this, an unknown sentence of one case is a
# doubt for the others (metamorphic finding: they were told "not on probation, serving a
# sentence or charged"); past it, the sentence is taken to be over rather than asked about
# in every screening.  Conservative on purpose (ca-rules.md 7: under-flagging is the failure
# to avoid); a long prison term with no sentence recorded can outlast even the felony window.
UNKNOWN_SENTENCE_YEARS = {"misdemeanor": 5, "felony": 10}
# A sentence without probation runs a year at most for a misdemeanor (a jail term, a fine
# paid in time), and an infraction carries no jail (PC 19.8): a completion the record leaves
# blank, or an infraction-only case's unknown sentence, is a doubt for that long.
UNKNOWN_COMPLETION_YEARS = 1


def _latest_judged(case: Case) -> date | None:
    """The case's judgment date or latest conviction date, whichever is later; None when the
    record gives neither."""
    days = [v.conviction_date for v in case.convictions if v.conviction_date is not None]
    if case.sentence is not None and case.sentence.judgment_date is not None:
        days.append(case.sentence.judgment_date)
    return max(days) if days else None


def unknown_sentence_ends(case: Case, years: int | None = None) -> date | None:
    """The first day a sentence of `case` the record does not describe (or does not say is
    over) is taken to be over: `years` (by the case's level when None) after its judgment or
    latest conviction; None when the record gives neither date."""
    last = _latest_judged(case)
    if last is None:
        return None
    return anniversary(last, years if years is not None else _window_years(case)) + timedelta(days=1)


def _window_years(case: Case) -> int:
    """How long an unrecorded sentence of this case may run, by its level."""
    levels = {v.level for v in case.convictions}
    if levels and levels <= {"infraction"}:
        return UNKNOWN_COMPLETION_YEARS
    # A count whose level is not known may be a felony: its longer window, never a day too early (V53-02).
    return UNKNOWN_SENTENCE_YEARS["felony" if "felony" in levels or None in levels else "misdemeanor"]


def revoked_sentence_ends(case: Case) -> date | None:
    """The first day the term executed after a probation revocation, which the record does
    not describe, is taken to be over: the unknown-sentence window (by the case's level) from
    the latest revocation the record dates; None when it dates none (readability finding: a
    2013 misdemeanor revocation was a doubt for every other case in 2026)."""
    p = case.sentence.probation if case.sentence is not None else None
    days = [v.date for v in p.violations if v.outcome == "revoked"] if p is not None else []
    if not days:
        return None
    return anniversary(max(days), _window_years(case)) + timedelta(days=1)


def may_still_run(case: Case, as_of: date, years: int | None = None) -> bool:
    """Whether such a sentence could still be running on `as_of` (see unknown_sentence_ends);
    not for a screening of a day before the case's sentence."""
    last = _latest_judged(case)
    if last is not None and last > as_of:
        return False
    ends = unknown_sentence_ends(case, years)
    return ends is None or as_of < ends


def unnamed_supervision(sentence: Sentence, as_of: date) -> tuple[date, date | None] | None:
    """(last day, the release it follows when that is still ahead, else None) of a supervision
    running on or after `as_of` whose kind the record leaves blank (a supervision end date
    given, the supervision not); None otherwise."""
    c = sentence.custody
    if c is None or c.supervision is not None or c.supervision_end is None or c.supervision_end < as_of:
        return None
    if c.release_date is not None and c.release_date > as_of:
        # Still in custody: the supervision follows the release, if it runs past it.
        return (c.supervision_end, c.release_date) if c.supervision_end >= c.release_date else None
    return c.supervision_end, None


# Parole and PRCS last at most 3 years for all but some lifers (PC 3000(b), 3000.1; PC 3456),
# and mandatory supervision no longer than the term: this many years after release, a
# supervision the record gives no end date for is in doubt, not taken as still running.
SUPERVISION_LIKELY_OVER_YEARS = 5
# What settles a release still ahead whose supervision the record does not give (1203.41,
# automatic relief: counted from release alone the date would be too early).
SUPERVISION_AFTER_RELEASE_STEP = "Find out what supervision follows the release, and until when (CDCR or probation), record it, and screen again."


def screen_again_step(sentence: Sentence | None, last: date) -> str:
    """The step of a day still to come while supervision runs: its end named where the record
    gives the end of this sentence's supervision and the sentence runs through that day (H428:
    "Screen again when supervision ends" beside parole recorded to 2027-06-15); its release where
    the record says no supervision follows it (R438-03: "when supervision ends" of a jail term
    with none after)."""
    c = sentence.custody if sentence is not None else None
    if c is not None and c.supervision_end == last:
        return f"Screen again when supervision ends on {iso(last)} to confirm the date."
    if c is not None and c.supervision == "none" and c.release_date == last:
        return f"Screen again after release on {iso(last)} to confirm the date."
    return "Screen again when supervision ends to confirm the date."


def supervision_end_in_doubt(sentence: Sentence, as_of: date) -> bool:
    """True when the record shows a release onto supervision with no end date, so long ago
    that the supervision has most likely ended: its end date is a missing fact
    (ca-rules.md 2.2: "if only the release date is known ... flag")."""
    c = sentence.custody
    return (
        c is not None
        and c.supervision in SUPERVISION_KINDS
        and c.supervision_end is None
        and c.release_date is not None
        and as_of > anniversary(c.release_date, SUPERVISION_LIKELY_OVER_YEARS)
    )


def in_custody(sentence: Sentence, as_of: date) -> tuple[bool | None, date | None]:
    """(in custody on as_of?, release date when known) for a jail or prison sentence."""
    c = sentence.custody
    if c is None:
        return (None if sentence.completed is not True else False), None
    if c.release_date is not None:
        return c.release_date > as_of, c.release_date
    if c.supervision_end is not None or sentence.completed is True:
        return False, None
    if c.supervision in SUPERVISION_KINDS:
        return False, None  # released onto supervision (the supervision bar applies)
    return None, None


# How a felony conviction was made a misdemeanor since (effective_level), in words.
MADE_MISDEMEANOR = {"pc17b": "reduced to a misdemeanor under PC 17(b)", "prop47": "redesignated a misdemeanor under Prop 47", "prop64": "redesignated under Prop 64"}


def made_misdemeanor(conv: Conviction) -> str | None:
    """"reduced to a misdemeanor under PC 17(b)" (or a Prop 47 / 64 redesignation) for a felony
    conviction since made a misdemeanor, else None."""
    if conv.level != "felony" or not conv.relief_granted:
        return None
    return next((MADE_MISDEMEANOR[r.remedy] for r in conv.relief_granted if r.remedy in MADE_MISDEMEANOR), None)


def effective_level(conv: Conviction) -> str:
    """The level now: a felony reduced under 17(b) or redesignated (Prop 47 / Prop 64) is a
    misdemeanor for all purposes (PC 17(b); PC 1170.18(k); HS 11361.8)."""
    if conv.level == "felony" and conv.relief_granted and any(r.remedy in ("pc17b", "prop47", "prop64") for r in conv.relief_granted):
        return "misdemeanor"
    return conv.level


def judgment_assumed(case: Case) -> bool:
    """True when the record has no judgment date, so `judgment_date` gave the conviction date:
    sentencing is often that day, but may be later, and never earlier (FORMAT.md: never guess
    a fact that decides the outcome)."""
    return case.sentence is None or case.sentence.judgment_date is None


# Sentencing follows conviction by weeks or months, rarely more than a year: once a wait
# counted from the conviction date ended that long ago, the missing judgment date cannot
# change the answer.
_JUDGMENT_LAG = timedelta(days=366)


def wait_from_judgment_in_doubt(case: Case, first: date, as_of: date) -> bool:
    """True when `first`, a wait's first day counted from `judgment_date`, rests on the
    conviction date standing in for a missing judgment date and could still be wrong on
    `as_of`: the remedy then asks for the judgment date."""
    return judgment_assumed(case) and first > as_of - _JUDGMENT_LAG


def judgment_date(case: Case, conv: Conviction | None = None) -> date | None:
    """Pronouncement of judgment; the conviction date stands in when the judgment date is missing
    (where a wait runs from judgment, `judgment_assumed` says so and the remedy asks)."""
    if case.sentence is not None and case.sentence.judgment_date is not None:
        return case.sentence.judgment_date
    return conv.conviction_date if conv is not None else None
