"""PC 1203.41: dismissal after a felony sentence to county jail (1170(h)) or, since
SB 731, state prison (ca-rules.md 3.3).

- (a)(1): felonies sentenced under PC 1170(h)(5), straight jail or split with mandatory
  supervision; since SB 731 also state-prison sentences, unless the conviction requires
  PC 290 registration ((a)(6)).
- (a)(2): one year after completing a split sentence (1170(h)(5)(B), ending in mandatory
  supervision); two years after completing straight jail (1170(h)(5)(A)) or prison.  The
  1-year / 2-year reading is the practitioners' [M]; the engine says "verify".
- (a)(3): not on parole or mandatory supervision, and not serving a sentence for, on
  probation for, or charged with any offense.  PRCS is not named: needs review ([L]).
- Always discretionary ("in the interests of justice"); (d): no denial for unpaid
  restitution (SB 1106).
- Versions: the state-prison route exists from SB 731.  Sources differ on whether it
  started 2023-01-01 or 2023-07-01 ([L]): between those dates the answer is needs_review.
"""

from __future__ import annotations

from datetime import date, timedelta

from clinic_app.catalog import law_named
from clinic_app.eligibility import sentence as S
from clinic_app.eligibility.common import PRCS_STEP, SB1106_EFFECTIVE, anniversary_note, bars_decision, fee_step, own_bars, petition_step, sb1106_restitution, were_it_not
from clinic_app.eligibility.bars import supervision_end_steps, waits_anyway
from clinic_app.eligibility.dates import after_years, iso
from clinic_app.eligibility.depends_on import ask, silent, unsettled
from clinic_app.eligibility.pc1203_4 import REGISTRANT_STEP
from clinic_app.eligibility.gates import ConvictionProfile, gated
from clinic_app.eligibility.registry import Remedy
from clinic_app.eligibility.result import det, law_starts_step, needs_review, not_eligible, unknown_offense

from clinic_app.model import Case, Conviction, Determination, Reason

KEY = "pc1203_41"
CITE = "PC 1203.41(a)"
REALIGNMENT = S.REALIGNMENT
SB731_PRISON_SURE = date(2023, 7, 1)  # every source agrees the prison route runs by then
SB731_PRISON_EARLIEST = date(2023, 1, 1)  # some sources start it here [L]
_ONE = timedelta(days=1)
_BARS = ("probation", "parole", "mandatory_supervision", "serving_sentence", "pending_charge")  # 1203.41(a)(3)
PRCS_QUESTION = (
    "PC 1203.41(a)(3) names parole and mandatory supervision but not PRCS; whether PRCS counts as "
    "serving a sentence is an open question, so an attorney decides."
)


_NOT_FELONY = Reason("PC 1203.41 is for felony sentences to county jail or state prison; this conviction is not a felony.", CITE)
_NO_CUSTODY = Reason("PC 1203.41 is for county jail (1170(h)) and state prison sentences; this case was sentenced to probation or without custody (see PC 1203.4).", CITE)


def gate(p: ConvictionProfile) -> Reason | None:
    """Not applicable unless a felony was sentenced to county jail or state prison (or the
    sentence is unknown, or its probation was revoked: decide asks)."""
    if p.effective_level != "felony":
        return _NOT_FELONY
    if p.sentence_type is None or p.probation_revoked is not False or p.sentence_type in S.CUSTODY_SENTENCES:
        return None
    return _NO_CUSTODY


def decide(ctx, case: Case, conv: Conviction) -> Determination:
    """PC 1203.41 for a felony conviction the gate let through."""
    s = case.sentence
    if s is None:
        return needs_review(ctx, case, conv, KEY, [("The record does not show the sentence.", CITE)], missing=["sentence"], confidence="M")
    if s.type == "probation" and s.probation is None:
        return needs_review(ctx, case, conv, KEY, [("Probation was granted and the record has none of its facts: if it was revoked and a jail or prison term was executed, PC 1203.41 reaches it.", CITE)], missing=["sentence.probation"], confidence="M")
    if s.type == "probation" and s.probation is not None and s.probation.stands_revoked():
        return needs_review(
            ctx, case, conv, KEY,
            [("Felony probation was revoked; if a county-jail or state-prison term was then executed, PC 1203.41 is the route, counted from completing that term.", CITE),
             *waits_anyway(ctx, case, _BARS, "PC 1203.41(a)(3)")],
            # The record gives the sentence (probation, revoked): what followed is the custody
            # it lacks (S28-03: "sentence.type" was asked though the record gives it).
            missing=["sentence.custody"],
            next_steps=["Get the minute order of the revocation and the sentence that followed, and record it as the case's sentence; then screen again."],
            confidence="M",
        )
    if s.type == "county_jail_1170h" and s.judgment_date is not None and s.judgment_date < REALIGNMENT:
        # No such sentence existed then: the record's sentence type is wrong, and which it
        # was decides the route (review finding).
        return needs_review(
            ctx, case, conv, KEY,
            [(f"County jail under PC 1170(h) exists only for felonies sentenced from {iso(REALIGNMENT)} (realignment), and this sentence is dated {iso(s.judgment_date)}: the record's sentence type cannot be right.", "PC 1170(h); PC 1203.41(a)")],
            missing=[f"cases[{case.id}].sentence.type"],
            next_steps=["Check the minute order: a jail term then was most likely felony probation with jail (PC 1203.4) or a state-prison term (PC 1203.42); correct the record and screen again."],
            confidence="M",
        )
    prison = s.type == "state_prison"
    reasons: list[tuple[str, str]] = []
    conf = "M"  # the split/straight waiting-period reading is [M]
    if prison:
        if ctx.as_of < SB731_PRISON_EARLIEST:
            return not_eligible(
                ctx, case, conv, KEY, [("On this date PC 1203.41 did not yet reach state-prison sentences; SB 731 added that route in 2023.", "PC 1203.41(a)(1) (before SB 731)")],
                # The earliest reading's day: from it an attorney may file (the [L] question
                # below); "2023-07-01" had made a paralegal wait half a year (oracle finding O22-07).
                next_steps=[law_starts_step(SB731_PRISON_EARLIEST, "SB 731; some sources say 2023-07-01")], confidence="M",
            )
        off = ctx.offense(conv)
        if off is None:
            return unknown_offense(ctx, case, conv, KEY)
        register_if = unsettled(ctx.match(conv), "registrable", conv=conv)
        if register_if is not None:
            m = ctx.match(conv)
            return ask(ctx, case, conv, KEY, m, (f"{law_named(conv.code, conv.section)} requires PC 290 registration only if {register_if}, which would bar the state-prison route; {silent(m)}.", "PC 1203.41(a)(6)"))
        if off.registrable:
            # What is left, said as 1203.4 says it for a registrable probation case
            # (readability finding R17-15: the prison case had no step at all).
            return not_eligible(ctx, case, conv, KEY, [(f"{law_named(conv.code, conv.section)} requires PC 290 registration, which bars the state-prison route.", "PC 1203.41(a)(6)")], next_steps=[REGISTRANT_STEP])
        if ctx.person.registrant_290:
            return _registrant_question(ctx, case, conv, s)
        if ctx.as_of < SB731_PRISON_SURE:
            # The [L] start-date question decides only where relief would otherwise be open now.
            # That includes a first day that falls before 2023-07-01 (review finding).
            d = _evaluate_route(ctx, case, conv, s, prison, [], conf)
            opens_between = d.status == "eligible_on" and d.date is not None and d.date < SB731_PRISON_SURE
            if d.status != "eligible" and not opens_between:
                return d
            question = [("SB 731's state-prison route for PC 1203.41: sources differ on whether it started on 2023-01-01 or 2023-07-01, and this screening falls between.", "PC 1203.41(a)(1) (SB 731)")]
            if opens_between:
                question.append((f"On the 2023-01-01 reading relief opens on {iso(d.date)}; on the 2023-07-01 reading, on 2023-07-01.", "PC 1203.41(a)(1) (SB 731)"))
            return needs_review(ctx, case, conv, KEY, question, next_steps=["An attorney confirms the operative date, or file on or after 2023-07-01."])
        reasons.append(("Since SB 731, PC 1203.41 also reaches state-prison sentences for offenses that do not require registration.", "PC 1203.41(a)(1), (a)(6)"))
    return _evaluate_route(ctx, case, conv, s, prison, reasons, conf)


REGISTRANT_QUESTION = (
    "The person must register under PC 290, though not for this offense. PC 1203.41(a)(6) bars the "
    "state-prison route for an offense that requires registration; whether it also bars a registrant's "
    "other prison offenses is an open question (the rules read the bar as the conviction's in one place "
    "and as the person's in another), so an attorney decides."
)


def _registrant_question(ctx, case: Case, conv: Conviction, s) -> Determination:
    """A registrant's state-prison felony that does not itself require registration.

    ca-rules 3.3 reads (a)(6) as the conviction's bar; 4.6 lists registrants as excluded from
    the state-prison route.  Both are [H], so neither answer can be given with confidence
    (legal review finding: it was eligible at M).  The question decides only where the route
    would otherwise open; a bar or wait that holds either way is said as it is, with the
    question beside it.
    """
    d = _evaluate_route(ctx, case, conv, s, True, [], "M")
    question = Reason(REGISTRANT_QUESTION, "PC 1203.41(a)(6)")
    if d.status == "needs_review":
        # A doubt elsewhere (an unknown sentence) leaves the registration question standing:
        # said, at its L (P42-03: an unpaid fine in another case hid it, and the row went
        # from L to M).
        d.reasons.append(question)
        d.confidence = "L"
        return d
    if d.status not in ("eligible", "eligible_on"):
        return d
    why = [question, *d.reasons]
    if d.status == "eligible_on" and d.date is not None:
        why.append(Reason(f"If registration for another offense does not bar it, relief opens on {iso(d.date)}.", "PC 1203.41(a)(2)"))
    return needs_review(ctx, case, conv, KEY, why, missing=list(d.missing_facts), next_steps=["An attorney decides whether the person's PC 290 registration bars PC 1203.41's state-prison route for this offense."])


def _evaluate_route(ctx, case: Case, conv: Conviction, s, prison: bool, reasons: list, conf: str) -> Determination:
    """Waiting period, this case's own supervision, and the person-level bars."""
    c = s.custody
    split = bool(c and c.split) or (c is not None and c.supervision == "mandatory_supervision")
    years = 1 if (split and not prison) else 2
    # This case's own supervision or custody: its own waiting condition.
    own = own_bars(ctx, case, ("serving_sentence", "parole", "mandatory_supervision", "prcs"))
    prcs_here = [b for b in own if b.kind == "prcs"]
    # PRCS now, or after a release still ahead (the custody before it is certain and ends
    # first): the open question decides the first day either way (metamorphic finding: before
    # release the PRCS end was counted silently, on release day the question was asked).
    if prcs_here and all(b.kind == "prcs" or (b.kind == "serving_sentence" and b.certain) for b in own):
        why = [*((b.describe(case), "PC 1203.41(a)(3)") for b in own if b.kind == "serving_sentence"), (prcs_here[0].describe(case), "PC 1203.41(a)(3)"), (PRCS_QUESTION, "PC 1203.41(a)(3)")]
        if c is not None and c.release_date is not None and after_years(c.release_date, years) > ctx.as_of:
            # Whatever the answer, the wait after release has not run yet: say so, so the
            # open question is not read as "relief now if PRCS does not count".
            why.append((f"Either way the {years}-year wait cannot end before {iso(after_years(c.release_date, years))}, counted from release on {iso(c.release_date)}.", "PC 1203.41(a)(2)"))
        if c is not None and c.supervision_end is not None:
            # The other reading's date, which the record also gives (review finding).
            why.append((f"If PRCS counts, the wait runs from its end on {iso(c.supervision_end)}, so the first day would be {iso(after_years(c.supervision_end, years))}.", "PC 1203.41(a)(2)"))
        return needs_review(ctx, case, conv, KEY, why, next_steps=[PRCS_STEP])
    done, event = S.custody_completion(s)
    if own:
        uncertain = [b for b in own if not b.certain]
        if uncertain:
            return needs_review(ctx, case, conv, KEY, [(b.describe(case), CITE) for b in uncertain], missing=[b.missing for b in uncertain if b.missing], confidence="M")
        ends = [b.until for b in own]
        last = max(ends) - _ONE if all(e is not None for e in ends) else None  # type: ignore[operator]
        if last is not None and done is not None and done > last:
            # A supervision end the record gives, of a kind it does not name: the sentence is
            # completed then, not on release (metamorphic finding M18-11: the first day moved
            # 27 months when it came).
            last = done
        own_first = after_years(last, years) if last is not None else None
        # A bar from another case that lifts before this case's own first day changes nothing;
        # one that lifts later sets the date (review finding: the earlier of the two was said).
        # Said after a bar from elsewhere (readability finding R18-02: a pending case elsewhere
        # hid this prison term and its wait, and "recheck when the pending case ends" came
        # years early).
        running = (f"the sentence in this case runs through {iso(last)}, then the {years}-year wait" if last is not None else None)
        other = bars_decision(
            ctx, case, conv, KEY, "PC 1203.41(a)(3)", kinds=_BARS, review_kinds=("prcs",), review_question=PRCS_QUESTION, not_before=own_first, confidence=conf,
            otherwise=(lambda: (were_it_not("discretionary", own_first, ctx.as_of, "PC 1203.41(a)(2)", running),)) if own_first is not None else None,
        )
        if other is None and own_first is not None and done is None:
            # Release still ahead and what follows it not recorded: the release gives too early
            # a date, as after a past release (oracle finding; ca-rules.md 2.2: "flag").
            return needs_review(
                ctx, case, conv, KEY,
                [(f"The sentence in this case is still running (through {iso(last)}). Counted from release, the first day after the {years}-year wait would be {iso(own_first)}; a prison or split term is usually followed by parole, PRCS or mandatory supervision, and counted from its end the first day comes later. The supervision decides.", "PC 1203.41(a)(2); PC 3000(a)(1)")],
                missing=[event], next_steps=[S.SUPERVISION_AFTER_RELEASE_STEP], confidence="M",
            )
        if other is None and own_first is not None:
            reasons.insert(0, (f"The sentence in this case is still running (through {iso(last)}); PC 1203.41 opens {years} year{'s' if years > 1 else ''} after it is completed.", "PC 1203.41(a)(2)"))
            return det(ctx, case, conv, KEY, "eligible_on", mode="discretionary", date=own_first, reasons=reasons, next_steps=[S.screen_again_step(s, last)], confidence=conf)
        if other is not None and other.status == "blocked" and own_first is not None:
            return other
        if other is not None and other.status == "needs_review":
            # An uncertain bar elsewhere: the attorney's question, with this case's own date
            # said after it (`otherwise`; metamorphic finding: it fell through to "blocked,
            # the record does not show").
            return other
        return det(
            ctx, case, conv, KEY, "blocked",
            reasons=[*((b.describe(case), "PC 1203.41(a)(3)") for b in own), ("Relief is blocked until this sentence and its supervision are completed, and then the waiting period runs.", "PC 1203.41(a)(2)-(3)")],
            next_steps=supervision_end_steps(own, case) or ["Recheck when supervision ends; the record does not show that date yet."],
            confidence=conf,
        )
    if done is None:
        why = [("The record does not show when the sentence was completed (release, or end of supervision).", "PC 1203.41(a)(2)")]
        if c is not None and c.release_date is not None:
            # Only the release is known: say what it gives, since completion is usually the
            # end of parole or PRCS (ca-rules.md 2.2).
            early = after_years(c.release_date, years)
            why.append((f"Counted from release ({iso(c.release_date)}), the first day after the wait would be {iso(early)}; counted from the end of supervision it comes later. The supervision end date decides.", "PC 1203.41(a)(2); PC 3000(a)(1)"))
        return needs_review(ctx, case, conv, KEY, why, missing=[event], next_steps=["Get the parole or PRCS discharge date (CDCR or probation), record it, and screen again."], confidence="M")
    first = after_years(done, years)
    kind = "a split sentence ending in mandatory supervision" if (split and not prison) else ("a state-prison sentence" if prison else "a straight county-jail sentence")
    reasons.insert(0, (f"The sentence ({kind}) was completed on {iso(done)} {S.aside(event)}; the wait is {years} year{'s' if years > 1 else ''}, so the first day is {iso(first)}.", "PC 1203.41(a)(2)"))
    reasons.append(("Practitioners read (a)(2) as 1 year after a split sentence and 2 years after straight jail or prison: verify.", "PC 1203.41(a)(2); PC 1170(h)(5)"))
    note = anniversary_note(ctx.as_of, first)
    if note is not None:
        reasons.append(note)
    if ctx.as_of >= SB1106_EFFECTIVE:
        reasons.append(("Relief is discretionary: the court decides in the interests of justice; unpaid restitution is no ground to deny it.", "PC 1203.41(a), (d) (SB 1106)"))
    else:  # 1203.41(d) came with SB 1106 (ca-rules.md 1, 2.3)
        reasons.append(("Relief is discretionary: the court decides in the interests of justice.", "PC 1203.41(a)"))
        # Said, as 1203.4, 1203.4a and 17(b) say it before SB 1106 (oracle finding O22-11:
        # silent on 2022-12-31, "no ground to deny it" the next day); from then the reason above says it.
        owed = sb1106_restitution(ctx, case, "relief", ("PC 1203.41(a), (d) (SB 1106)", "PC 1203.41(d) (SB 1106)"))
        if owed is not None:
            reasons.append(owed)
    # A bar from another case that lifts before this case's own first day changes nothing;
    # one that lifts later sets the date, with the wait said after it (oracle finding O18-01:
    # the date was moved to the first day but the reasons still said "blocked until" the
    # bar's end, with the wait and the mode gone).
    other = bars_decision(
        ctx, case, conv, KEY, "PC 1203.41(a)(3)", kinds=_BARS, review_kinds=("prcs",), review_question=PRCS_QUESTION,
        not_before=first if first > ctx.as_of else None, confidence=conf,
        otherwise=lambda: (were_it_not("discretionary", first, ctx.as_of, "PC 1203.41(a)(2)"), *reasons),
    )
    if other is not None:
        return other
    steps = [petition_step(declaration=True), fee_step(ctx.as_of)]
    if first > ctx.as_of:
        # Said with its date, as 1203.4 and 1203.4a do (readability finding: "File" with no
        # date under a result that opens months later).
        steps[0] = petition_step(first, declaration=True)
        return det(ctx, case, conv, KEY, "eligible_on", mode="discretionary", date=first, reasons=reasons, next_steps=steps, confidence=conf)
    return det(ctx, case, conv, KEY, "eligible", mode="discretionary", reasons=reasons, next_steps=steps, confidence=conf)


evaluate = gated(KEY, gate, decide)
REMEDY = Remedy(key=KEY, scope="conviction", evaluate=evaluate, gate=gate, decide=decide)
