"""Checks several remedies share: person-level bars from other cases, the AB 1950 probation
cap flag, and the SB 1106 restitution rule by effective date."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable, Sequence

from clinic_app.case_titles import case_named
from clinic_app.catalog import DUI_SECTIONS, law_named
from clinic_app.eligibility import sentence as S
from clinic_app.eligibility.bars import BAR_KINDS, Bar, PersonBars, bar_sentences, blocked, by_end, is_unnamed_supervision, lifts_on
from clinic_app.eligibility.dates import anniversary, day_after, iso
from clinic_app.eligibility.depends_on import unsettled
from clinic_app.eligibility.result import ReasonLike, needs_review, record_lacks, weakest
from clinic_app.model import Case, Condition, Conviction, Determination, Money

SB1106_EFFECTIVE = date(2023, 1, 1)  # unpaid restitution no ground to deny (PC 1203.4(c)(3))
AB1950_EFFECTIVE = date(2021, 1, 1)  # probation caps (PC 1203a, 1203.1)
AB1950_NOT_FINAL_FROM = date(2020, 11, 2)  # judgments within the 60-day appeal window of 2021-01-01


# 1203.4(a)(1) and 1203.4a(a) name serving a sentence, not parole or mandatory supervision:
# those block as part of the sentence, an [M] reading (ca-rules.md 2.1, 2.2).
SUPERVISION_AS_SERVING = ("parole", "mandatory_supervision")
_EVERY_SUPERVISION = set(S.SUPERVISION_KINDS)  # what may follow a release


def bars_decision(
    ctx,
    case: Case,
    conv: Conviction | None,
    remedy: str,
    cite: str,
    *,
    kinds: tuple[str, ...] = BAR_KINDS,
    review_kinds: tuple[str, ...] = (),
    review_question: str = "",
    not_before: date | None = None,
    confidence: str = "H",
    serving_by_reading: tuple[str, ...] = (),
    otherwise: Callable[[], Sequence[ReasonLike]] | None = None,
    skip: Sequence[Bar] = (),
) -> Determination | None:
    """blocked / needs_review when a person-level bar from another case (or the person's own
    facts) stops the remedy; None when nothing does.

    `otherwise` gives what the remedy would say of this conviction without the bar ("Were it
    not for that, relief would be discretionary now", then why): said after the bar, so a
    paralegal does not lose the remedy's own analysis behind another case's question (review
    finding: a VC 12810 count's "discretionary only" vanished behind a doubt elsewhere).  A
    function, called only where a bar is said: most people have none, and building the
    sentences for every conviction cost 5% of screen().

    `kinds` block outright; `review_kinds` are bars whose effect is an open question
    (the reason says which), giving needs_review unless something blocks outright.
    `serving_by_reading` are the kinds that block only as "serving a sentence" read to take
    in supervision (parole, mandatory supervision: ca-rules.md 2.2 [M]); a block resting on
    them alone is M (metamorphic finding).  `skip` are bars the caller says itself.
    """
    if not ctx.bars.bars:  # most people: no bar anywhere in the record
        return None
    others = ctx.bars.others(case.id, kinds + review_kinds)
    if skip:
        others = [b for b in others if b not in skip]
    if not others:
        return None
    by_reading = set(serving_by_reading)
    if "serving_sentence" in kinds and _EVERY_SUPERVISION <= set(kinds) and not _EVERY_SUPERVISION & set(review_kinds):
        # A supervision of unrecorded kind stops this remedy whatever its kind: a certain bar
        # here (review finding: automatic relief asked which kind, though every kind blocks).
        if any(is_unnamed_supervision(b) for b in others):
            others = [b.confirmed(b.missing) if is_unnamed_supervision(b) else b for b in others]
            if by_reading & _EVERY_SUPERVISION:
                by_reading.add("serving_sentence")
    hard = [b for b in others if b.kind in kinds and b.certain and b.kind not in review_kinds]
    if not_before is not None:
        # Bars sure to lift before this remedy's own first day change nothing: the hard ones
        # all together, an open-question one on its own (both readings give the same day).
        lifts = lifts_on(hard) if hard else None
        if lifts is not None and lifts <= not_before:
            others = [b for b in others if b not in hard]
            hard = []
        others = [b for b in others if not (b.kind in review_kinds and b.certain and b.until is not None and b.until <= not_before)]
        # A doubt that lapses before this remedy's own first day (an unknown sentence's
        # window: Bar.until of an uncertain bar) changes nothing either (review finding).
        others = [b for b in others if b.certain or b.until is None or b.until > not_before]
        if not others:
            return None  # eligible_on its own day
    others = by_end(others)  # one order whatever the order of the cases
    unsure = [b for b in others if not b.certain and b.kind not in review_kinds]
    if hard:
        # What outlasts the hard bars is said too: a bar the record cannot confirm, and an
        # open-question bar (PRCS after a release still ahead, say); the day the block lifts,
        # they decide (review and metamorphic findings: the blocked date read as the end of
        # everything in the way, and an uncertain bar vanished beside a certain one).
        lifted = lifts_on(hard)
        later = [b for b in others if b.kind in review_kinds and b.certain and (lifted is None or b.until is None or b.until > lifted)]
        # A doubt that may outlast the certain bars leaves the day the block lifts unknown
        # (verification finding: "blocked until" the release, with supervision of unrecorded
        # kind running three years after it): it joins them, so no date is promised.
        outlast = [b for b in unsure if lifted is not None and (b.until is None or b.until > lifted)]
        extra = [(b.describe(case), cite) for b in unsure if b not in outlast]
        if outlast:
            # The day the certain bars lift is still known, though no date is promised
            # (readability finding R18-10: an old fine's doubt erased a known 2028 date).
            earliest = max(lifted, not_before) if not_before is not None else lifted
            extra.insert(0, (f"Not before {iso(earliest)} in any case, the day the bars the record is sure of lift.", cite))
        if later and lifted is not None:
            extra += [*((b.describe(case), cite) for b in later), (review_question, cite)]
        if all(b.kind in by_reading for b in hard):
            confidence = weakest(confidence, "M")
        barred = blocked(ctx, case, conv, remedy, hard + outlast, cite, extra_reasons=[*extra, *_said(otherwise)], not_before=not_before, confidence=confidence)
        if later and lifted is not None:
            # The day the bars lift, the open question (PRCS, probation elsewhere) still
            # stands: not "blocked until" that day as if relief opened then (oracle finding
            # O23-01), as automatic relief already says (O22-01).
            return question_after_bar(ctx, case, conv, remedy, barred, [*barred.next_steps, QUESTION_AFTER_BAR_STEP])
        return barred
    if unsure:
        # A pending infraction is an open question of law (ca-rules.md 2.1 [L]), not a fact
        # to look up; it stops mattering once that case ends.
        # A pending charge with an end (`until`) is a case that ended after the screening's
        # day: whether a charge had been filed by then is a fact on the docket (bars._charged_then).
        infraction = any(b.kind == "pending_charge" and b.until is None for b in unsure)
        facts = [b for b in unsure if b.kind != "pending_charge"]
        # A bar on a fact the record gives but contradicts is checked, not found out: its
        # check step comes from needs_review (S27B-01).
        steps = list(dict.fromkeys(_settle_step(b) for b in facts if not (b.missing and record_lacks(ctx, case, [b.missing])[1])))
        steps += [f"Find out from the docket when the charge in case {b.case_label or b.case} was filed: if on or before {iso(ctx.as_of)}, relief on that day had to wait until the case ended ({iso(b.until)})."
                  for b in unsure if b.kind == "pending_charge" and b.until is not None]
        if infraction:
            steps.append("An attorney decides whether the pending infraction stops relief; once that case ends, screen again.")
        # An open-question bar (PRCS, probation elsewhere) stays said beside the doubt, and
        # keeps its L (P42-03: an unpaid fine in another case hid "whether PRCS counts as
        # serving a sentence is an open question", and the row went from L to M).
        review = [b for b in others if b.kind in review_kinds]
        if review:
            steps.append(_open_bar_step(review))
        return needs_review(
            ctx,
            case,
            conv,
            remedy,
            [*((said, cite) for said in bar_sentences([*unsure, *review], case, apart=True)), *([(review_question, cite)] if review else []), *_said(otherwise)],
            missing=[b.missing for b in unsure if b.missing],
            next_steps=steps,
            confidence="L" if infraction or review else "M",
        )
    review = [b for b in others if b.kind in review_kinds]
    return needs_review(
        ctx,
        case,
        conv,
        remedy,
        # One case's custody and the supervision after it title that case once, as a blocked
        # result's reasons do: "... parole in case c2 through 2032-09-26", where the whole title
        # was said again in the very next reason (B92-02; bars.bar_sentences).
        [*((said, cite) for said in bar_sentences(review, case, apart=True)), (review_question, cite), *_said(otherwise)],
        next_steps=[_open_bar_step(review)],
        confidence="L",
    )


def _open_bar_step(review: list) -> str:
    """The step of bars whose effect is an open question: PRCS's own, or the general one."""
    return PRCS_STEP if all(b.kind == "prcs" for b in review) else OPEN_BAR_STEP


# How many other convictions a reason names one by one.  A reason that names the record's
# other convictions ("The person has other convictions: ...", a certificate's "Later
# convictions may ...: ...") grows with the record: on a 20-case record it named 19 under each of
# 10 convictions, some 60 lines read aloud to say one thing (L34-01).  Beyond this many, it
# names two and counts the rest.
NAMED_IN_FULL = 3

# Said on its own: "before then" followed the bar's step ("relief can follow once it
# ends"), but the text report says that step once at the top, and a fines step may come
# between (T39-01); the block names what "then" meant.
QUESTION_AFTER_BAR_STEP = "An attorney decides the open question above before the block on relief lifts."
# The step of a bar whose effect is an open question (S27-08: PRCS in another case was
# "An attorney decides the open question above; otherwise screen again when that
# supervision or probation ends", PRCS in the case's own 1203.41 result PRCS_STEP, in one
# report; and "otherwise" said the opposite of what was meant).
PRCS_STEP = "An attorney decides whether PRCS counts as serving a sentence; if it does, screen again once PRCS ends."
OPEN_BAR_STEP = "An attorney decides the open question above; if it stops relief, screen again when that supervision or probation ends."


def question_after_bar(ctx, case: Case, conv: Conviction | None, remedy: str, barred: Determination, steps: Sequence[str], confidence: str = "L") -> Determination:
    """A blocked answer whose bars are followed by an open [L] question: the attorney's
    question (needs_review), its reasons still naming the day the bars lift, then the
    question (ca-rules.md 2.1: an [L] point is never a date).  `confidence` is the question's
    own where it is not [L] (a certificate's later convictions, M)."""
    return needs_review(ctx, case, conv, remedy, barred.reasons, missing=barred.missing_facts, next_steps=steps, confidence=confidence)


def _said(otherwise: Callable[[], Sequence[ReasonLike]] | None) -> Sequence[ReasonLike]:
    return otherwise() if otherwise is not None else ()


# The step for a fact that would settle the route of an open petition (mandatory or
# discretionary), not whether it is open: the text report marks such a row "route to
# confirm" by it.
ROUTE_TO_CONFIRM = "To confirm the route, find out "


def count_on_day(c: Case, v: Conviction, own: Case | None, on: date) -> str:
    """Another count, its case and its day, as a sentence of its own says them, before what
    they mean: "PC 484(a)/488 in case c6 (Los Angeles County) on 2021-01-09", the title leaving
    out the count and day said beside it (B84-02, B87-01).  Said in a bracket, "A later
    conviction (PC 484(a)/488, case c6 (Los Angeles County), 2021-01-09) means ...", a case with
    no court number put its title's bracket inside it (B91-02)."""
    return f"{law_named(v.code, v.section)} in {case_named(c, own, v, on)} on {iso(on)}"


def route_fact_step(other: Case, v: Conviction) -> str:
    """Find the offense date of another case's conviction, which decides the route here.  The
    conviction is said as the reason beside the step says it (`count_on_day`): "find out when
    the offense in case B (Los Angeles County) (PC 602, convicted 2010-11-26) was committed"
    put a title's bracket and the count's side by side (B92-01)."""
    return f"{ROUTE_TO_CONFIRM}when the offense was committed that led to the conviction of {count_on_day(other, v, None, v.conviction_date)}: the complaint or the police report gives it."


def were_it_not(mode: str | None, first: date | None, as_of: date, cite: str, why: str | None = None) -> tuple[str, str]:
    """The lead sentence of a remedy's own analysis said after a bar (bars_decision's
    `otherwise`): "Were it not for that, relief here would be discretionary now (probation
    ended on 2018-03-02)."."""
    kind = f"{mode} " if mode else ""
    when = f"from {iso(first)}" if first is not None and first > as_of else "now"
    because = f" ({why})" if why else ""
    return (f"Were it not for that, relief here would be {kind}{when}{because}.", cite)


_WERE_IT_NOT = re.compile(r"Were it not for that, relief here would be (?:[a-z_]+ )?(?:from (\d{4}-\d{2}-\d{2})|now)\b")


def were_it_not_from(text: str) -> tuple[bool, date | None]:
    """Whether `text` is were_it_not's sentence, and the day it gives (None for "now"): what
    relief a bar holds back would follow from, once the bar lifts (the client's handout says
    that day, H75-02)."""
    found = _WERE_IT_NOT.match(text)
    if found is None:
        return False, None
    return True, date.fromisoformat(found[1]) if found[1] else None


def _settle_step(b: Bar) -> str:
    """What settles an uncertain bar, by the fact it misses (review finding: "find out from
    probation" was said of a fine, and of a case whose sentence is not recorded at all)."""
    missing = b.missing or ""
    # The case named: listed under another case's steps, "that case" read as the one above
    # it (readability finding R17-12).
    which = f"case {b.case_label or b.case}" if b.case is not None else "that case"
    if missing.endswith(".sentence"):
        return f"Get the sentence in {which} from the court (the minute order or the docket), record it, and screen again."
    if missing.endswith(".sentence.completed") or missing.endswith(".money.fines_paid"):
        return f"Find out from the court whether the sentence in {which} has been served (fines paid, converted or waived; any jail done), record it, and screen again."
    in_case = f" in {which}" if b.case is not None else ""
    return f"Find out from the court or probation whether this has ended{in_case}, then screen again."


def probation_still_running(end: date, opens: str = "relief is available") -> str:
    """"Probation is still running and ends on <end>; relief is available from the next day,
    <day after>.": the end date named beside the day relief opens, so the reader sees which
    date of the record it comes from (O24-11: 1203.49 gave the day after alone)."""
    return f"Probation is still running and ends on {iso(end)}; {opens} from the next day, {iso(day_after(end))}."


def stale_active_probation(ctx, case: Case, conv: Conviction | None, remedy: str, end: date, cite: str,
                           elsewhere: Callable[[], Determination | None] | None = None) -> Determination:
    """needs_review for a probation the record marks active although its end date has
    passed: extended, or a stale record; the clinic checks the docket.  Both facts are given,
    so neither is missing: needs_review makes them a check of the record (S27B-01).
    `elsewhere`: what stops or questions the remedy beyond this case (said_beside)."""
    return said_beside(needs_review(
        ctx, case, conv, remedy,
        [(f"The record says probation is still active, but its end date {iso(end)} has passed; it may have been extended.", cite)],
        missing=["sentence.probation.end", "sentence.probation.status"],
        confidence="M",
    ), elsewhere)


def conflicting_probation(ctx, case: Case, conv: Conviction | None, remedy: str, conflict: S.ProbationConflict, cite: str,
                          why: tuple[str, str] | None = None, elsewhere: Callable[[], Determination | None] | None = None) -> Determination:
    """needs_review for a probation whose record contradicts itself in a way that decides
    whether it still runs (sentence.probation_record_conflict: reinstated or continued after
    its recorded end): the missing fact named, with the step that finds it; `why`, what that
    fact decides for this remedy.  Never a guess (Q163 fault 02)."""
    return said_beside(needs_review(
        ctx, case, conv, remedy, [(conflict.reason, cite), *([why] if why is not None else [])],
        missing=[conflict.fact], next_steps=[conflict.step], confidence="M",
    ), elsewhere)


def own_bars(ctx, case: Case, kinds: tuple[str, ...] = BAR_KINDS) -> list[Bar]:
    """The bars this case itself puts on the person (its own waiting condition).  A
    supervision of unrecorded kind is left out: its recorded end is the case's own completion
    day whatever the kind (review finding: 1203.41 and 1203.425 had lost that date)."""
    return [b for b in ctx.bars.of_case(case.id, kinds) if not is_unnamed_supervision(b)]


# What a reason about AB 1950's cap cites (CapFlag): the handout knows a flagged case by it.
AB1950_CITE = "PC 1203a; PC 1203.1(a) (AB 1950); People v. Quinn (2021) 59 Cal.App.5th 874"


@dataclass(frozen=True)
class CapFlag:
    """AB 1950 may have cut this probation short (ca-rules.md 2.2)."""

    capped_end: date
    years: int
    text: str
    cite: str = AB1950_CITE
    # The judgment was most likely final before 2021-01-01, so the cap most likely does not
    # reach it: flagged for the attorney (ca-rules.md 2.2), but it decides nothing.
    final_before: bool = False
    # Granted since 2021-01-01 for longer than the cap, no listed exception showing: the court
    # ordered the term with the cap in force, so its end stands (ca-rules.md 2.2: "use the
    # record's actual end date"); flagged, deciding nothing (S28-05).
    granted_since: bool = False

    @property
    def ordered_end_stands(self) -> bool:
        """The flag is a note for the attorney: the ordered end is the only reading screened."""
        return self.final_before or self.granted_since

    def decides(self, ordered_end: date, as_of: date) -> bool:
        """True when the two readings give different answers on `as_of`."""
        return not self.ordered_end_stands and self.capped_end < as_of <= ordered_end


def ab1950_flag(ctx, case: Case) -> CapFlag | None:
    """The AB 1950 cap flag for a probation grant longer than 1 year (misdemeanor) or
    2 years (felony), when the cap could reach it and no listed exception shows.

    Worked out once per case per screening (PC 1203.4 asks for every conviction of the
    case, PC 1203.3 once more); a CapFlag is frozen, so sharing it is safe."""
    memo = ctx.memo
    key = ("ab1950", id(case))
    if key in memo:
        return memo[key]
    flag = memo[key] = _ab1950_flag(ctx, case)
    return flag


def _ab1950_flag(ctx, case: Case) -> CapFlag | None:
    if ctx.as_of < AB1950_EFFECTIVE:
        return None
    p = S.probation_of(case)
    if p is None or p.start is None or p.end is None or p.early_termination is not None:
        return None
    judgment = S.judgment_date(case) or p.start
    # Granted under AB 1950 already: a longer term was ordered with the cap in force, so the
    # ordered end stands (ca-rules.md 2.2: "use the record's actual end date"), but where no
    # listed exception shows, it is said (S28-05: 3 years for a 2022 petty theft, no word).
    since = judgment >= AB1950_EFFECTIVE
    if since and p.end < ctx.as_of:
        return None  # served to its ordered end: both readings have it over, nothing to argue
    final_before = judgment < AB1950_NOT_FINAL_FROM
    if final_before and p.end < AB1950_EFFECTIVE:
        return None  # over before AB 1950 took effect: it cut nothing short
    convs = case.convictions
    felony = any(c.level in ("felony", None) for c in convs)  # a level not known may be a felony's (V53-02)
    big_theft, theft_asked = _theft_over_25000(ctx, convs)
    # The theft exception allows up to 3 years, not any term (Q287 fault 01: a 5-year term at
    # $30,000 had been read as no cap at all, and told H to wait 17 more months).
    years = THEFT_CAP_YEARS if big_theft else 2 if felony else 1
    capped = anniversary(p.start, years)
    if p.end <= capped:
        return None
    for c in convs:
        off = ctx.offense(c)
        if off is None:
            return None  # cannot tell whether an exception applies; no flag rather than a guess
        # The catalog row decides, whatever the request's spelling ("VC 23152(a)", code "VEH"):
        # metamorphic finding.
        # A row violent only on a fact the record may not hold (a bare 262 or 288: the
        # subdivision) is not the exception for certain: said below, not taken (S26-01).  The
        # exception is for a violent *felony* (PC 1203.1(l)(1)): a misdemeanor of a row violent
        # on a fact (a second-degree PC 459, C37-11) is capped like any other.
        violent = off.violent and c.level == "felony" and unsettled(ctx.match(c), "violent", conv=c) is None
        if violent or off.domestic_violence or (off.code == "VC" and off.section.startswith(DUI_SECTIONS)):
            return None
        if off.section.startswith(("273.5", "243(e)")):
            return None
    level = "felony" if felony else "misdemeanor"
    cap = f"AB 1950 caps {level} probation at {2 if felony else 1} year{'s' if felony else ''}"
    if big_theft:
        cap += f", and at {THEFT_CAP_YEARS} years for {big_theft} (PC 1203.1(l))"
    elif theft_asked:
        # Which reading is the earliest stays the 2-year cap; the 3-year one is named with its
        # question, not guessed (E291).
        cap += (f" ({THEFT_CAP_YEARS} years, to {iso(anniversary(p.start, THEFT_CAP_YEARS))}, for a theft or fraud felony over "
                f"$25,000, PC 1203.1(l): {'; '.join(theft_asked)})")
    # A felony the row does not call violent may still be one by a fact the record does not
    # hold: an enhancement written on the count ("245(a)(4)/12022.7(a)": PC 667.5(c)(8)) or the
    # row's own condition (a bare 262): the exception may apply, so it is said, not the cap
    # flatly (S25-07).
    maybe = [f"{law_named(c.code, c.section)} is one if {when}" for c in convs if c.level == "felony" and (when := unsettled(ctx.match(c), "violent", conv=c)) is not None]
    # A violent row's count whose level the record does not give is one if it was a felony:
    # said so, not capped flatly as a misdemeanor's would be (W54).
    maybe += [f"{law_named(c.code, c.section)} is one if it was a felony" for c in convs if c.level is None and (off := ctx.offense(c)) is not None and off.violent]
    if maybe:
        cap += f", except for a violent felony (PC 667.5(c)), and {'; '.join(maybe)}"
    if since:
        # The theft exception named already allows 3 years, not this term: "none of which the
        # record shows" would deny what was just said.
        shown = "" if maybe else ", and no exception that allows longer shows in the record" if big_theft else ", save for the exceptions it lists, none of which the record shows"
        text = (
            f"{cap}{shown}; this probation, granted {iso(judgment)}, was ordered to {iso(p.end)}, longer than that. "
            "The record's end date is used here; an attorney checks whether an exception applies."
        )
        return CapFlag(capped, years, text, granted_since=True)
    if final_before:
        # ca-rules.md 2.2: "If the record shows a pre-2021 term that AB 1950 would have cut
        # short, flag it."  Quinn reaches only judgments not final on 2021-01-01.
        # No "had the cap applied" date: a law of 2021 ends no probation in 2018, and the
        # note decides nothing here (readability finding R15-17).
        text = (
            f"{cap}, but only for judgments not yet final on 2021-01-01; this judgment ({iso(judgment)}) most likely was final by then, "
            f"so the ordered end {iso(p.end)} stands (an attorney confirms, for example that no appeal was pending)."
        )
        return CapFlag(capped, years, text, final_before=True)
    # Said in the tense of the screening date: before the capped end it has not ended yet
    # (time oracle S26B-01: "probation ended on 2021-12-30" in a screening of 2021-07-16).
    ended = "ended" if capped < ctx.as_of else "ends"
    text = f"{cap}; if it reaches this case (not final on 2021-01-01, or granted since), probation {ended} on {iso(capped)}, not {iso(p.end)}."
    return CapFlag(capped, years, text)


# PC 1203.1(l)(2) (ca-rules.md 2.2 [M]): a felony under a section it names (the catalog's
# theft_fraud rows: 487(b)(3), 503, 532a, not theft or fraud at large, R296) over $25,000 may keep
# up to 3 years.
THEFT_CAP_YEARS = 3
THEFT_CAP_VALUE = 25_000


def _theft_over_25000(ctx, convs: Sequence[Conviction]) -> tuple[str, list[str]]:
    """The counts AB 1950's theft exception reaches: a felony on a row of the catalog the
    exception names (Offense.theft_fraud) worth more than $25,000, said "PC 503 ($30,000)"; and,
    where the record does not give the level or the value, the question said of each count
    ("PC 503 is one if it was over $25,000, and the record does not give the value")."""
    reached: list[str] = []
    asked: list[str] = []
    for c in convs:
        off = ctx.offense(c)
        if off is None or not off.theft_fraud or c.level not in ("felony", None):
            continue
        named = law_named(c.code, c.section)
        value = c.value_dollars
        if value is not None and value <= THEFT_CAP_VALUE:
            continue
        if c.level == "felony" and value is not None:
            reached.append(f"{named} (${value:,})")
            continue
        was = " ".join(w for w, gone in (("a felony", c.level is None), ("over $25,000", value is None)) if gone)
        unknown = " or ".join(f for f, gone in (("the level", c.level is None), ("the value", value is None)) if gone)
        asked.append(f"{named} is one if it was {was}, and the record does not give {unknown}")
    return (f"a theft or fraud felony over $25,000, which {' and '.join(reached)} {'is' if len(reached) == 1 else 'are'}" if reached else ""), asked


def with_ab1950_doubts(ctx) -> PersonBars:
    """The person-level bars, with a probation bar that AB 1950's cap may already have
    ended made uncertain (the same object when there is none).

    A remedy of the probation's own case says both readings (ab1950_flag); a bar it puts
    on the person's *other* cases must not be stated as certain either: when the capped
    end has passed but the ordered end has not, the two readings differ on `as_of`
    (ca-rules.md 2.2 and 7: use review).  It needs the context (the catalog, for the cap's
    exceptions), so make_context sets it on the context it has just made.
    """
    bars = ctx.bars.bars
    if not bars or ctx.as_of < AB1950_EFFECTIVE or not any(b.kind == "probation" and b.certain and b.until is not None for b in bars):
        return ctx.bars  # most people: no running probation for the cap to have cut short
    by_id = None
    kept: list[Bar] = []
    for b in bars:
        if b.kind == "probation" and b.certain and b.until is not None and b.case is not None:
            by_id = by_id or {c.id: c for c in ctx.cases}
            cap = ab1950_flag(ctx, by_id[b.case]) if b.case in by_id else None
            if cap is not None and cap.decides(b.until - timedelta(days=1), ctx.as_of):
                b = Bar(b.kind, b.case, None, False, None, b.case_label, doubt=cap.text.rstrip("."))
        kept.append(b)
    return PersonBars(tuple(kept)) if kept != list(bars) else ctx.bars


def finish_and_keep(unmet: Sequence[Condition]) -> tuple[str, str]:
    """The conditions still open, said two ways: the tasks to finish (a class, hours of
    service) and the standing orders to keep (Condition.standing), as 1203.4 and 1203.3 both
    say them; a stay-away is kept, never "finished" (S27B-03).  Each "" when there is none."""
    return ", ".join(c.label for c in unmet if not c.standing), ", ".join(c.label for c in unmet if c.standing)


def restitution_unpaid(m: Money) -> str:
    """"Restitution of $700 is unpaid", or, with nothing recorded paid (Money.unrecorded), that
    it was ordered and what was paid is not known: a blank "Restitution paid" had been said
    "Restitution of $1,500 is unpaid" (U52-03)."""
    if m.unrecorded("restitution"):
        return f"Restitution of ${m.restitution_ordered:,} was ordered, and the record does not show what has been paid"
    return f"Restitution of ${m.restitution_owed:,} is unpaid"


def restitution_still_owed(m: Money) -> str:
    """"Restitution of $700" (what stays owed after relief), or "Restitution (what is unpaid
    of the $1,500 ordered; the record does not show what has been paid)" (U52-03)."""
    if m.unrecorded("restitution"):
        return f"Restitution (what is unpaid of the ${m.restitution_ordered:,} ordered; the record does not show what has been paid)"
    return f"Restitution of ${m.restitution_owed:,}"


def restitution_reason(ctx, case: Case) -> tuple[str, str, bool] | None:
    """(text, cite, makes_discretionary) about unpaid restitution, by SB 1106's effective date."""
    m = case.money
    if m is None or m.restitution_owed <= 0:
        return None
    if ctx.as_of >= SB1106_EFFECTIVE:
        return (
            f"{restitution_unpaid(m)}; since SB 1106 (2023-01-01) unpaid restitution is no ground to deny relief or to find probation unfulfilled, but it stays owed."
            if m.unrecorded("restitution") else
            f"Restitution of ${m.restitution_owed:,} is unpaid; since SB 1106 (2023-01-01) that is no ground to deny relief or to find probation unfulfilled, but it stays owed.",
            "PC 1203.4(c)(3)(A)-(B) (SB 1106)",
            False,
        )
    return (
        f"{restitution_unpaid(m)}; before SB 1106 took effect on 2023-01-01 a court could treat any unpaid as an unfulfilled probation condition, leaving only the discretionary route."
        if m.unrecorded("restitution") else
        f"Restitution of ${m.restitution_owed:,} is unpaid; before SB 1106 took effect on 2023-01-01 a court could treat that as an unfulfilled probation condition, leaving only the discretionary route.",
        "People v. Covington (2000) 82 Cal.App.4th 1263",
        True,
    )



def sb1106_restitution(ctx, case: Case, relief: str, cites: tuple[str, str]) -> tuple[str, str] | None:
    """(text, cite) about unpaid restitution for a discretionary petition that SB 1106 also
    reaches (1203.41, 1203.42, 1203.45; ca-rules.md 2.3): the court may weigh it until
    2023-01-01, and from then may not deny `relief` for it.  `cites` are the cites before and
    from that day.  1203.4 and 1203.4a say it their own way (restitution_reason)."""
    owed = case.money.restitution_owed if case.money is not None else 0
    if owed <= 0:
        return None
    before, since = cites
    if case.money.unrecorded("restitution"):  # type: ignore[union-attr]  # owed: there is money
        said = restitution_unpaid(case.money)  # type: ignore[arg-type]
        if ctx.as_of >= SB1106_EFFECTIVE:
            return (f"{said}; since SB 1106 (2023-01-01) unpaid restitution is no ground to deny {relief}, but it stays owed.", since)
        return (f"{said}; until SB 1106 takes effect on 2023-01-01 the court may weigh any unpaid against {relief}; from then it may not.", before)
    if ctx.as_of >= SB1106_EFFECTIVE:
        return (f"Restitution of ${owed:,} is unpaid; since SB 1106 (2023-01-01) that is no ground to deny {relief}, but it stays owed.", since)
    return (f"Restitution of ${owed:,} is unpaid; until SB 1106 takes effect on 2023-01-01 the court may weigh that against {relief}; from then it may not.", before)

def later_step(step: str, when: str) -> str:
    """A filing step said for the day it applies ("On or after 2031-06-02, refer the client ..."):
    an eligible_on result's step read as one to take now (S31-03)."""
    return f"{when}, {step[0].lower()}{step[1:]}"


# A sentence the record marks completed while its fines show unpaid (sentence.unpaid_though_completed).
def petition_step(on: date | None = None, *, notice: bool = True, declaration: bool = False) -> str:
    """The CR-180 filing step of the dismissal petitions, one wording for all (S27-15: 1203.4
    said "File form CR-180 (petition) with CR-181 (order) ...", 1203.4a "File form CR-180
    (with CR-181) ..." or "File on or after <day>: form CR-180 ...", 1203.41 and 1203.42 "On
    or after <day>: file form CR-180 ..." without the order; CR-180 and CR-181 serve them all,
    ca-rules.md 6).  `on`: the first day it may be filed, when that is still ahead."""
    when = f"On or after {iso(on)}, file" if on is not None else "File"
    step = f"{when} form CR-180 (petition) with CR-181 (order) with the court that entered the conviction"
    if notice:
        step += "; give the prosecutor 15 days' notice"
    if declaration:
        step += "; attach a declaration (MC-030) and letters of support"
    return step + "."


def after_filing(steps: Sequence[str], filing: str, attached: str) -> list[str]:
    """`steps` with the filing step added before `attached`, what goes with the petition: "File
    form CR-180 ...", then "Attach a declaration (MC-030) ..." (S27B-05: the declaration was
    said first, to be attached to a petition not yet named)."""
    return [*(s for s in steps if s != attached), filing, *(s for s in steps if s == attached)]


def fines_conflict(ctx, case: Case, conv: Conviction, remedy: str, needs: str, cite: str,
                   elsewhere: Callable[[], Determination | None] | None = None) -> Determination | None:
    """needs_review where the record marks the sentence completed yet shows fines unpaid: two
    facts that disagree, asked rather than decided either way (metamorphic finding).  `needs`
    says what the remedy requires ("PC 1203.4a needs the sentence fully performed").
    `elsewhere`: what stops or questions the remedy beyond this case (said_beside)."""
    owed = S.unpaid_though_completed(case)
    if not owed:
        return None
    d = needs_review(
        ctx, case, conv, remedy,
        [(f"The record marks the sentence completed, yet fines of ${owed:,} are unpaid; {needs}, so it turns on whether they were paid, converted (to community service or jail) or waived.", cite)],
        # Given, not missing: needs_review makes it a check of the record (S27B-01).
        missing=[f"cases[{case.id}].money.fines_paid"],
        confidence="M",
    )
    return said_beside(d, elsewhere)


def said_beside(doubt: Determination, elsewhere: Callable[[], Determination | None] | None) -> Determination:
    """`doubt`, a question about this case's own record (two facts that disagree), with what
    `elsewhere` says stops or questions the remedy beyond this case (a bar, the open question
    of PRCS or of probation in another case) said after it, and the row no surer than that:
    asked alone, the doubt hid it, and settling the doubt in the client's favour (the fine
    paid, the probation's end confirmed) then made the answer less sure (P46-02)."""
    other = elsewhere() if elsewhere is not None else None
    if other is None or other.status not in ("needs_review", "blocked"):
        return doubt
    doubt.reasons += [r for r in other.reasons if r not in doubt.reasons]
    doubt.next_steps = list(dict.fromkeys([*doubt.next_steps, *other.next_steps]))
    doubt.missing_facts = list(dict.fromkeys([*doubt.missing_facts, *other.missing_facts]))
    doubt.confidence = weakest(doubt.confidence, other.confidence)
    return doubt
AB134_EFFECTIVE = date(2023, 7, 10)  # no court fee for dismissal and sealing petitions
_NO_FEE = "There is no court filing fee for this petition (AB 134, since 2023-07-10)."
# Before AB 134, say the day the fee ends: a screening of 2023-07-09 read as if fees went on
# (oracle finding O22B-03), where a petition filed a day later costs nothing.
_FEE = "The court may charge a filing fee (up to $150 in a probation case, $60 otherwise) until AB 134 ends it on 2023-07-10 (from that day there is none); ask for a fee waiver (form FW-001) if the client cannot pay."


def fee_step(as_of: date) -> str:
    """What the petition costs on `as_of` (ca-rules.md 3.1, 6 [M]): clients ask first."""
    return _NO_FEE if as_of >= AB134_EFFECTIVE else _FEE


# A screening of a day before SB 1106: say when unpaid restitution stops mattering.
# A choice, not only a wait: the report had said "screen again then" above the steps to file
# now (readability finding R15-11).
# A felony wobbler judged without probation or custody: PC 17(b) and 1203.4a ask the same
# check in the same words, so the report says it once for both (T61-01, T61-03).
JUDGMENT_DECIDES_LEVEL_STEP = (
    "Check the abstract of judgment or the minute order: if no state prison or 1170(h) term was imposed, "
    "record the conviction as a misdemeanor (PC 17(b)(1)) and screen again (PC 1203.4a then applies); "
    "if one was imposed, record that sentence and screen again."
)


def level_by_judgment(ctx, case: Case, conv: Conviction) -> str | None:
    """Whether the record's felony level may be wrong by the judgment itself: a felony wobbler
    of a California case judged with neither probation nor a state prison or 1170(h) term,
    which PC 17(b)(1) makes a misdemeanor "for all purposes" (ca-rules.md 3.7 [H]).  None where
    it is not such a record; else what decides that the offense is a wobbler ("" where the
    catalog or the record says it is, or "it was ..." where the subdivision decides).

    17(b), 1203.4a and automatic relief ask which fact is wrong (T61); every other remedy and
    consequence whose answer turns on the level asks the same, in the same step (V62)."""
    s = case.sentence
    if conv.level != "felony" or s is None or s.type != "no_probation" or case.jurisdiction != "CA":
        return None
    if S.effective_level(conv) != "felony":
        return None  # reduced or redesignated already: the record says what it is now
    if ctx.wobbler(conv):
        return ""
    if conv.wobbler is None:
        return unsettled(ctx.match(conv), "wobbler", conv=conv)
    return None


def judged_without_custody(conv: Conviction, wobbler_if: str) -> str:
    """The opening of the reason each remedy gives for such a record (`level_by_judgment`'s
    answer `wobbler_if`): "The record shows a felony judgment with neither probation nor ...
    makes it a misdemeanor for all purposes by itself", each remedy then saying what that
    means for it (1203.4a, 1203.45, Prop 47 had each written these words)."""
    cited = law_named(conv.code, conv.section)
    which = f"{cited} is a wobbler only if {wobbler_if}" if wobbler_if else f"{cited} is a wobbler"
    return ("The record shows a felony judgment with neither probation nor a state prison or 1170(h) term, and "
            f"{which}: a judgment on a wobbler that imposes no such term makes it a misdemeanor for all purposes by itself")


SB1106_STEP = "Until SB 1106 takes effect on 2023-01-01 the court may deny relief for the unpaid restitution; from then it may not. An attorney chooses: file on the discretionary route, or wait until 2023-01-01 and screen again."


def first_after(d: date) -> date:
    return day_after(d)


def on_the_anniversary(of: str, middle: str, first_safe_day: str = "the first safe day") -> str:
    """The anniversary "verify" sentence, said of the screening date: the engine has no clock,
    so a screening of another day is not "today" and its next day not "tomorrow" (oracle
    finding O23-20)."""
    return f"The screening date is exactly the anniversary {of}{middle} {first_safe_day} is the day after it: verify."


ANNIVERSARY_NOTE = (on_the_anniversary("that ends the waiting period", "; some courts count it, but"), "Civ. Code 10; CCP 12")


def anniversary_note(as_of: date, first: date) -> tuple[str, str] | None:
    """The "verify" note when `as_of` is the day before the first safe day (the anniversary)."""
    return ANNIVERSARY_NOTE if first - as_of == timedelta(days=1) else None


# The cite of a reason that rests on the record, not on a statute: said in words, not as the
# field's name (oracle check O19-06: "[Record: relief_granted]" reached the reader).
GRANTED_CITE = "The client's record (relief already granted)"
# It, and the cite before rules 2026.11.30zc (a stored result of older rules is still read).
_GRANTED_CITES = frozenset({GRANTED_CITE, "Record: relief_granted"})


def is_already_granted(d: Determination) -> bool:
    """The engine's row for relief the record says was already granted (see
    clinic_app.eligibility._already_granted): not_applicable, cited to the record."""
    return d.status == "not_applicable" and any(r.cite in _GRANTED_CITES for r in d.reasons)
