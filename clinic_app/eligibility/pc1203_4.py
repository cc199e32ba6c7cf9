"""PC 1203.4: dismissal after probation (ca-rules.md 3.1).

- (a)(1): a person granted probation may petition once probation has ended, whether by
  expiration or early discharge (PC 1203.3).  Relief is mandatory ("shall") when every
  condition of probation was fulfilled for the whole period or probation was discharged
  early, and discretionary ("in the interests of justice") otherwise.  Either way the
  person must not be serving a sentence for, on probation for, or charged with any
  offense (the person-level bars, bars.py).
- (b): excluded: any infraction, misdemeanors within VC 42002.1, PC 286(c), 288,
  287(c), 288.5, 289(j), 311.1, 311.2, 311.3, 311.11 and felony 261.5(d).  Attempts are
  not excluded (People v. Marinelli (2014) 225 Cal.App.4th 1).
- (c)(1)-(2): VC 12810(a)-(e) offenses (DUI, hit-and-run, reckless driving ...): only the
  discretionary route.
- (c)(3) (SB 1106, from 2023-01-01): unpaid restitution is no ground to deny relief nor
  to find probation unfulfilled.
"""

from __future__ import annotations

from datetime import date

from clinic_app.case_titles import case_title
from clinic_app.catalog import law_named
from clinic_app.eligibility import sentence as S
from clinic_app.eligibility.bars import ASK_TO_END_EARLY, bars_in_words, waits_anyway
from clinic_app.eligibility.common import QUESTION_AFTER_BAR_STEP, SB1106_EFFECTIVE, SB1106_STEP, question_after_bar, after_filing, SUPERVISION_AS_SERVING, ab1950_flag, finish_and_keep, bars_decision, fee_step, petition_step, probation_still_running, restitution_reason, route_fact_step, stale_active_probation, conflicting_probation, were_it_not
from clinic_app.eligibility.dates import day_after, iso
from clinic_app.eligibility.depends_on import ask, silent, unsettled
from clinic_app.eligibility.gates import ConvictionProfile, gated
from clinic_app.eligibility.registry import Remedy
from clinic_app.eligibility.result import det, needs_review, not_eligible, shared_reason, unknown_offense, weakest

from clinic_app.model import Case, Conviction, Determination, Reason

KEY = "pc1203_4"
CITE = "PC 1203.4(a)(1)"
NO_OTHER_BARS = Reason("The person is not on probation, serving a sentence or charged in any other case.", CITE)  # shared: never mutate
ENDED_UNDATED = "The record says probation is completed but not on what date; a PC 1203.4 petition needs only that it has ended, which an attorney confirms from the docket."
EARLY_TERMINATION_STEP = f"{ASK_TO_END_EARLY}; then 1203.4 becomes mandatory."
# A VC 12810(a)-(e) offense stays discretionary even after an early discharge (1203.4(c)).
EARLY_TERMINATION_STEP_VC12810 = f"{ASK_TO_END_EARLY}; then the 1203.4 petition can be filed at once, though relief stays discretionary for a VC 12810(a)-(e) offense."
# Carried on the dismissal's result that registration closes (no remedy here is registration's
# own), so it is read under that dismissal's name: it says the dismissal is closed first, or
# "PC 1203.41 dismissal: Ask an attorney about ending registration" read as a way to the
# dismissal (E40-02, public case S51).
REGISTRANT_STEP = "This dismissal is closed; what is left is for an attorney to weigh: a tier-based petition to end sex-offender registration (PC 290.5, after 10 or 20 years) and a Governor's pardon application."
EARLY_TERMINATION_ONLY = f"{ASK_TO_END_EARLY}; PC 1203.4(b) rules out a dismissal of this offense, so early termination does not open one."
EARLY_TERMINATION_WAITS = f"{ASK_TO_END_EARLY}; the 1203.4 dismissal still waits"
EARLY_TERMINATION_MAY_WAIT = f"{ASK_TO_END_EARLY}; the 1203.4 dismissal may still have to wait"
FILE_STEP = petition_step()
# The discretionary route's step, said after the filing it goes with (common.after_filing).
DECLARATION_STEP = "Attach a declaration (MC-030) and letters of support: the court decides in the interests of justice, and may set a hearing."
FELONY_FILE_STEP = petition_step().removesuffix(".") + ", and serve the Probation Department (a felony probation case)."


def excluded(ctx, conv: Conviction) -> tuple[str, str] | None | str:
    """(reason, cite) when PC 1203.4(b) excludes the conviction; None when it does not;
    "review" when the answer is an open question ([L])."""
    m = ctx.match(conv)
    off = m.offense
    level = S.effective_level(conv)
    if conv.level == "infraction":
        # "PC 1203.4a covers infractions" was read aloud beside 1203.4a's own "excluded" for a
        # VC 42001 infraction (S28B-06): the route is named, its answer left to its result.
        return ("An infraction is excluded from PC 1203.4; PC 1203.4a is the dismissal statute for infractions (see its result).", "PC 1203.4(b)")
    if off is None or not (off.excluded_1203_4 or off.depends_on):
        return None
    if m.attempt:
        return None  # attempts are not on the list (Marinelli; Lewis)
    if unsettled(m, "excluded_1203_4", conv=conv) is not None:
        # A bare 286, 289 or 261.5: only a felony subdivision is on the list (exclusion_question);
        # a misdemeanor cannot be that subdivision (legal review).
        return "review" if conv.level == "felony" else None
    if not off.excluded_1203_4:
        return None
    if off.level == "infraction" and conv.level is not None:
        # The catalog excludes an offense it gives as an infraction as "any infraction"; the
        # record says this conviction was a misdemeanor (a fourth infraction in a year is one,
        # VC 40000.28), and 1203.4(b) excludes a misdemeanor only within VC 42002.1: read as
        # excluded, a count of unknown level was told "not eligible" at every level (O74-01).
        return None
    if _felony_only(off, conv):
        if conv.level != "felony":
            return None
        if level != "felony":
            return "review"
    return (f"{law_named(conv.code, conv.section)} ({off.description}) is excluded from PC 1203.4 relief.", "PC 1203.4(b)")


def _felony_only(off, conv: Conviction) -> bool:
    """PC 261.5: 1203.4(b) names its felony convictions only (ca-rules.md 3.1)."""
    return off.section.startswith("261.5") or conv.section.replace(" ", "").startswith("261.5")


def exclusion_question(ctx, case: Case, conv: Conviction) -> Determination:
    """needs_review where `excluded` says "review": the record does not name the excluded
    subdivision (M), or a felony 261.5(d) was reduced under 17(b) ([L])."""
    m = ctx.match(conv)
    when = unsettled(m, "excluded_1203_4", conv=conv)
    if when is not None:
        return ask(ctx, case, conv, KEY, m, (f"PC 1203.4(b) excludes {law_named(conv.code, conv.section)} only if {when}; {silent(m)}.", "PC 1203.4(b)"))
    return needs_review(
        ctx, case, conv, KEY,
        [("PC 1203.4(b) excludes felony 261.5(d) convictions; this one was reduced to a misdemeanor under 17(b), and whether the exclusion still applies is unsettled (People v. Park (2013) 56 Cal.4th 782).", "PC 1203.4(b); PC 17(b)")],
    )


# What stops a 1203.4 dismissal from another case, or from the person's own facts (1203.4(a)(1)).
STOPS_DISMISSAL = ("probation", "parole", "mandatory_supervision", "serving_sentence", "pending_charge")
# ca-rules.md 8.4 [L]: whether PRCS is "serving a sentence".
PRCS_QUESTION = "Whether post-release community supervision (PRCS) counts as serving a sentence under PC 1203.4(a)(1) is an open question, so an attorney decides."


def early_termination_step(ctx, case: Case) -> str:
    """The early-termination step, said for what it opens here: a mandatory dismissal, a
    discretionary one (a VC 12810 offense in the case), none (every count excluded), or
    one that still waits for a bar from elsewhere (a pending charge, parole in another case)."""
    if case.convictions and all(isinstance(excluded(ctx, v), tuple) for v in case.convictions):
        return EARLY_TERMINATION_ONLY
    still = stopped_elsewhere(ctx, case)
    if still:
        return early_termination_waits(still)
    # A doubt elsewhere (PRCS, whose effect is an open question; a bar the record cannot
    # confirm): "then 1203.4 becomes mandatory" is not promised (readability finding R18-07).
    doubt = [b for b in ctx.bars.others(case.id, (*STOPS_DISMISSAL, "prcs")) if not b.certain or b.kind == "prcs"]
    if doubt:
        return f"{EARLY_TERMINATION_MAY_WAIT}: the person {bars_in_words(doubt, may=True)}, which may stop it (see the reasons; an attorney decides)."
    if _case_vc12810(ctx, case) is not None:
        return EARLY_TERMINATION_STEP_VC12810
    return EARLY_TERMINATION_STEP


def stopped_elsewhere(ctx, case: Case) -> list:
    """The certain bars from elsewhere (another case, the person's own facts) that stop a
    1203.4 dismissal in this case whatever becomes of its own probation."""
    return [b for b in ctx.bars.others(case.id, STOPS_DISMISSAL) if b.certain]


def early_termination_waits(bars) -> str:
    """The early-termination step where ending this probation would not yet open 1203.4."""
    return f"{EARLY_TERMINATION_WAITS} while the person is {bars_in_words(bars)}."


def _case_vc12810(ctx, case: Case) -> Conviction | None:
    """A count of the case that is a VC 12810(a)-(e) offense: (c)(1)-(2) turn on what the
    person "was charged with" in the case, not on one count alone."""
    return next((v for v in case.convictions if (o := ctx.offense(v)) is not None and o.vc12810), None)


def gate(p: ConvictionProfile) -> Reason | None:
    """Not applicable to a sentence without probation (an unknown sentence, or an
    infraction, decide answers first)."""
    if p.sentence_type is None or p.level == "infraction" or p.sentence_type == "probation":
        return None
    return shared_reason(_no_probation_reason(p.sentence_type), CITE)


def decide(ctx, case: Case, conv: Conviction, *, ask_route: bool = True) -> Determination:
    """PC 1203.4 for a probation case, an infraction or an unknown sentence (what the gate lets
    through).  `ask_route=False` sets aside the route's [L] question (unpaid fines): whether
    relief is open, by either route, as PC 1203.45 needs it (E299-01)."""
    s = case.sentence
    if s is None:
        return needs_review(ctx, case, conv, KEY, [("The record does not show the sentence, so it is unknown whether probation was granted.", CITE)], missing=["sentence"], confidence="M")
    if conv.level == "infraction":
        return not_eligible(ctx, case, conv, KEY, [excluded(ctx, conv)])  # type: ignore[list-item]
    if ctx.offense(conv) is None:
        return unknown_offense(ctx, case, conv, KEY)
    ex = excluded(ctx, conv)
    if ex == "review":
        return exclusion_question(ctx, case, conv)
    if ex is not None:
        # Nothing to file under 1203.4: say what is left for a registrable offense
        # (ca-rules.md 4.6: the tiered 290.5 petition; 3.17: a pardon application).
        off = ctx.offense(conv)
        steps = [REGISTRANT_STEP] if off.registrable else []
        why = [ex]
        if _felony_only(off, conv) and ctx.wobbler(conv):
            # Closed while it is a felony; after a 17(b) reduction the [L] question of
            # exclusion_question (readability finding R17-03: "rules out" read as for good,
            # beside the reduction the same report offers).
            why.append(("The exclusion names felony convictions only: if the court first reduces this one under PC 17(b), whether PC 1203.4 then opens is an open question (People v. Park (2013) 56 Cal.4th 782).", "PC 1203.4(b); PC 17(b)"))
            steps.append("Ask the attorney whether to seek the PC 17(b) reduction first, then a PC 1203.4 dismissal.")
        return not_eligible(ctx, case, conv, KEY, why, next_steps=steps)  # type: ignore[list-item]
    p = s.probation
    if p is None:
        return needs_review(ctx, case, conv, KEY, [("Probation was granted but the record has no probation dates.", CITE)], missing=["sentence.probation"], confidence="M")
    if p.stands_revoked():
        if conv.level == "felony":
            after = ("If a prison or jail term was then executed, PC 1203.41 is the route (People v. Mgebrov (2008) 166 Cal.App.4th 579); otherwise only the discretionary route of 1203.4 (interests of justice) remains.", "PC 1203.4(a)(1); PC 1203.41")
            other = "1203.41"
        else:
            # PC 1203.41 is for felonies: a misdemeanor's executed jail term is 1203.4a's open
            # question (readability finding R17-01: the report sent it to 1203.41, which it
            # listed as not fitting).
            after = ("If a jail term was then executed, whether PC 1203.4a covers the case is an open question (see its result); otherwise only the discretionary route of 1203.4 (interests of justice) remains.", "PC 1203.4(a)(1); PC 1203.4a")
            other = "1203.4a"
        return needs_review(
            ctx, case, conv, KEY,
            [("Probation was revoked and not reinstated.", CITE), after, *waits_anyway(ctx, case, STOPS_DISMISSAL, CITE)],
            next_steps=[f"Get the minute order of the revocation and what sentence followed; an attorney chooses 1203.4 or {other}."],
            confidence="M",
        )
    end = S.probation_end(p)
    if end is None and not _ended_undated(ctx, case, p):
        return needs_review(ctx, case, conv, KEY, [("The record does not show when probation ends.", CITE)], missing=["sentence.probation.end"], confidence="M")
    if S.marked_active_past_end(p, ctx.as_of) is not None:
        return stale_active_probation(ctx, case, conv, KEY, end, CITE, elsewhere=lambda: bars_decision(
            ctx, case, conv, KEY, CITE, kinds=STOPS_DISMISSAL, review_kinds=("prcs",), review_question=PRCS_QUESTION, serving_by_reading=SUPERVISION_AS_SERVING))
    conflict = S.probation_record_conflict(p, ctx.as_of) if p.violations else None
    if conflict is not None:
        return conflicting_probation(ctx, case, conv, KEY, conflict, CITE, why=EXTENDED_END_DECIDES, elsewhere=lambda: bars_decision(
            ctx, case, conv, KEY, CITE, kinds=STOPS_DISMISSAL, review_kinds=("prcs",), review_question=PRCS_QUESTION, serving_by_reading=SUPERVISION_AS_SERVING))
    active = S.probation_active(p, ctx.as_of)
    mode, reasons, steps, missing, conf, fines_decide = _route(ctx, case, conv, p)
    fines_decide = fines_decide and ask_route
    m = ctx.match(conv)  # cached: the offense is known by now (see above)
    if m.attempt and m.offense.excluded_1203_4:
        # Said, not silently passed over: the case law reading is [M] (ca-rules.md 3.1).
        reasons.append((f"An attempt (PC 664) is not on the PC 1203.4(b) list, though {m.offense.code} {m.offense.section} itself is.", "PC 1203.4(b); People v. Marinelli (2014) 225 Cal.App.4th 1; People v. Lewis (2006) 146 Cal.App.4th 294"))
        conf = weakest(conf, "M")
    first = day_after(end) if end is not None else None
    other = bars_decision(
        ctx, case, conv, KEY, CITE,
        kinds=STOPS_DISMISSAL,
        review_kinds=("prcs",),
        review_question=PRCS_QUESTION,
        not_before=first if active else None,
        confidence=conf,
        serving_by_reading=SUPERVISION_AS_SERVING,
        otherwise=lambda: (were_it_not(mode, first if active else None, ctx.as_of, CITE, f"probation {'ends' if active else 'ended'} on {iso(end)}" if end is not None else "probation is completed"), *reasons),
    )
    if other is not None and other.status == "blocked" and fines_decide:
        # The route is an [L] point (unpaid fines) that still stands the day the block lifts:
        # the attorney's question, the block and its day still said (S32-01: "BLOCKED until
        # 2027-09-16", confidence H, then NEEDS ATTORNEY REVIEW (L) on that day).
        return question_after_bar(ctx, case, conv, KEY, other, [*other.next_steps, _fines_route_step(missing), QUESTION_AFTER_BAR_STEP])
    if other is not None and other.status == "needs_review" and fines_decide:
        # The route's [L] point (unpaid fines, said in the reasons) stays beside a doubt
        # elsewhere: no surer than it (P42-03: L alone, M once a fine elsewhere was unpaid).
        other.confidence = "L"
    if other is not None:
        return other
    cap = ab1950_flag(ctx, case)
    if cap is not None:
        if active and cap.decides(end, ctx.as_of):
            return needs_review(
                ctx, case, conv, KEY,
                [(cap.text, cap.cite), (f"On the capped reading relief is {mode} now; on the ordered end date it opens on {iso(first)}.", CITE)],
                next_steps=["An attorney decides whether AB 1950 reaches this case; or ask the court to end probation now under PC 1203.3, citing AB 1950."],
                confidence="M",
            )
        reasons.append((cap.text, cap.cite))
        conf = weakest(conf, "M")
    if active:
        reasons.insert(0, (probation_still_running(end), CITE))
        last_day = end == ctx.as_of  # nothing is left to end early (O22B-02, see pc1203_3)
        # An early end the court has already ordered: nothing to ask for (S27C-02: "Ask the
        # court to end probation early (PC 1203.3); then 1203.4 becomes mandatory" the day
        # before the discharge the record shows ordered).
        ordered = p.early_termination is not None
        early = S.ended_early(p)
        file_step = _file_step(ctx, case)
        steps = [
            *([] if last_day or ordered else [early_termination_step(ctx, case)]),
            *after_filing(
                steps,
                # Of the screening date, not "today": the engine has no clock (finding O23C-01).
                (f"Probation ends on the screening date: from the day after it, {iso(first)}, " + file_step[0].lower() + file_step[1:]) if last_day
                else f"Probation ends{' early' if early else ''} on {iso(end)}, as the court has ordered: on or after {iso(first)}, " + file_step[0].lower() + file_step[1:] if ordered
                # One sentence, as petition_step says a later day (S27-16: "Otherwise file on or
                # after <day>. File form CR-180 ..." said the filing twice).
                else f"Otherwise, on or after {iso(first)}, " + file_step[0].lower() + file_step[1:],
                DECLARATION_STEP,
            ),
            # A record still marked active after its end date is asked about, not filed on
            # (sentence.marked_active_past_end): said now, so the day the filing opens does not
            # read as a new doubt (S28B-05: "from the day after it, 2027-08-14, file form
            # CR-180", then on 2027-08-14 "NEEDS ATTORNEY REVIEW: it may have been extended").
            *([f"After probation ends on {iso(end)}, mark it completed in the record (or record the new end date if the court extended it) and screen again before filing."] if p.status == "active" and not ordered else []),
            fee_step(ctx.as_of),
        ]
        return det(ctx, case, conv, KEY, "eligible_on", mode=mode, date=first, reasons=reasons, next_steps=steps, missing=missing, confidence=conf)
    if S.ended_on_ordered_end(p):
        reasons.insert(0, (f"Probation ended on {iso(end)}, its ordered end date, the day the record also dates the court's order ending it (PC 1203.3).", CITE))
    elif p.early_termination is not None and p.early_termination <= ctx.as_of:
        reasons.insert(0, (f"The court ended probation early on {iso(p.early_termination)} (PC 1203.3), a discharge before the end of the period.", CITE))
    elif end is None:
        reasons.insert(0, (ENDED_UNDATED, CITE))
        conf = weakest(conf, "M")
    else:
        reasons.insert(0, (f"Probation ended on {iso(end)}.", CITE))
    reasons.append(NO_OTHER_BARS)
    if fines_decide:
        # Relief is open, but which route is an [L] point (unpaid fines): the attorney decides.
        return needs_review(
            ctx, case, conv, KEY, reasons, missing=missing,
            next_steps=[_fines_route_step(missing), *after_filing(steps, _file_step(ctx, case), DECLARATION_STEP), fee_step(ctx.as_of)],
            confidence="L",
        )
    return det(ctx, case, conv, KEY, "eligible", mode=mode, reasons=reasons, next_steps=[*after_filing(steps, _file_step(ctx, case), DECLARATION_STEP), fee_step(ctx.as_of)], missing=missing, confidence=conf)


# What the end a probation record contradicts decides for PC 1203.4: said, so the attorney
# sees why it is asked (Q163 fault 02).
EXTENDED_END_DECIDES = ("Relief needs the person to be off probation in this case; the end date the court set when it let probation go on decides whether it still runs.", CITE)


def _fines_route_step(missing: list[str]) -> str:
    """The step for the [L] route question of unpaid fines (ca-rules.md 2.3)."""
    if "money.fines_paid" in missing:
        return "Find out from the client or the court what has been paid of the fines; if some are unpaid, an attorney decides whether that leaves only the discretionary route. The petition can be filed either way."
    if "money.fines_ordered" in missing:
        return "Find out from the court how much was ordered in fines and whether it was paid; if some is unpaid, an attorney decides whether that leaves only the discretionary route. The petition can be filed either way."
    return "An attorney decides whether the unpaid fines leave only the discretionary route; the petition can be filed either way."


def _ended_undated(ctx, case: Case, p) -> bool:
    """Probation the record marks completed without its end date, where the date would
    decide nothing for 1203.4: the petition needs only that probation has ended
    (readability finding R17-05: the client was sent to find a date that changes nothing).
    The date still matters where another case's conviction came after the grant: whether
    that offense fell during probation decides the route (_offense_during)."""
    if p.status != "completed":
        return False
    for other, v in ctx.all_convictions():
        if other is case:
            continue
        # (Arrests with no conviction are not counted: metamorphic finding M18-10.)
        when = v.offense_date or v.conviction_date
        if p.start is None or when is None or when >= p.start:
            return False
    return True


def _restitution_condition(owed: list, rest: tuple[str, str, bool] | None) -> tuple[str, str]:
    """(text, cite): the conditions to pay restitution `owed` not completed, no unfulfilled
    condition since SB 1106 (ca-rules.md 2.3 [H]), with the restitution left unpaid (`rest`,
    restitution_reason) in one thought: said apart, the same "since SB 1106 ... no ground to
    deny relief or to find probation unfulfilled, but it stays owed" was read twice (R186)."""
    named = ", ".join(c.label for c in owed)
    if rest is None:
        return (f"The record shows a condition to pay restitution not completed: {named}; since SB 1106 (2023-01-01) "
                "unpaid restitution is no ground to deny relief or to find probation unfulfilled, but it stays owed.",
                "PC 1203.4(c)(3)(A)-(B) (SB 1106)")
    said, cite, _ = rest
    return (f"The record shows a condition to pay restitution not completed ({named}): {said[0].lower()}{said[1:]}", cite)


def _open_conditions(finish: str, keep: str) -> str:
    """The reason for conditions still open while probation runs: tasks to finish, orders to
    keep (a stay-away is not "finished").  Each list follows a colon, not a bracket: a condition
    is named as the record names it, often with a bracket of its own ("Community service (200
    hours)"), and read aloud one bracket ran into the other (B93-01)."""
    if not keep:
        return f"The record shows conditions not completed yet: {finish}. Finishing them before probation ends keeps the mandatory route."
    if not finish:
        return f"The record shows orders in force until probation ends: {keep}. Keeping to them keeps the mandatory route."
    return (f"The record shows conditions not completed yet: {finish}. It also shows orders in force until probation ends: {keep}. "
            "Finishing the first and keeping to the second keeps the mandatory route.")


def _fines_of_unknown_amount(m) -> bool:
    """The record shows fines that may bear on the route (a probation condition, or a
    payment toward them) but not the amount ordered."""
    return m is not None and m.fines_ordered is None and m.fines_condition_of_probation is not False and bool(m.fines_condition_of_probation or m.fines_paid)


def _file_step(ctx, case: Case) -> str:
    """Filing and notice; a felony probation case also goes to the Probation Department
    (ca-rules.md 6)."""
    if any(v.level == "felony" for v in case.convictions):  # as convicted: it was felony probation
        return FELONY_FILE_STEP
    unknown = next((v for v in case.convictions if v.level is None), None)
    if unknown is not None:
        # A count whose level the record does not give may make it felony probation: said as
        # that, not as a misdemeanor case's filing (W54); that count's own rows ask the level.
        return petition_step().removesuffix(".") + f"; if {law_named(unknown.code, unknown.section)} was a felony, serve the Probation Department too (a felony probation case)."
    return FILE_STEP


def _offense_during(ctx, case: Case, p) -> tuple[str, str | None] | None:
    """(the reason, the step that would settle it or None) for another case's conviction for
    an offense committed while this probation ran; None when the record shows none.

    With no offense date, a conviction entered after the grant may be for an offense before
    it (a case pending at the grant) or during it: said as a doubt, with the offense date to find
    (metamorphic finding: the mandatory route was given at H without a word).  The route
    stays mandatory then, as public case S52 has it (a second 647(b) conviction during the
    first probation, "1203.4 mandatory")."""
    # Probation never starts before judgment: that date bounds it where the start is blank
    # (metamorphic finding M18-02: the check was dropped, and the route became mandatory at H).
    start, end = p.start or (case.sentence.judgment_date if case.sentence is not None else None), S.probation_end(p)
    if start is None or len(ctx.cases) == 1:  # most people: no other case to have offended in
        return None
    last = min(end, ctx.as_of) if end is not None else ctx.as_of
    during = []
    undated = []
    for other, v in ctx.all_convictions():
        if other is case:
            continue
        if v.offense_date is not None:
            if start <= v.offense_date <= last:
                during.append((v.offense_date, other.id, other, v))
        elif v.conviction_date is not None and start < v.conviction_date <= last:
            undated.append((v.conviction_date, other.id, other, v))
    if during:
        when, _id, other, v = min(during, key=lambda t: (t[0], t[1]))  # the earliest, whatever the order of the cases
        # The day, then the count and its case, outside a bracket: a case with no court number
        # put its title's bracket inside one, "(PC 647(f) in case unknown (convicted
        # 2017-12-01, Kern County), committed 2017-08-19)" (B90-02).
        return (f"The record shows a new offense during this probation, committed on {iso(when)}: {law_named(v.code, v.section)} in case {case_title(other, v)}. "
                "That most likely broke the condition to obey all laws, so the conditions were probably not fulfilled for the whole period: only the discretionary route is sure."), None
    if undated:
        when, _id, other, v = min(undated, key=lambda t: (t[0], t[1]))
        # Said as "mandatory unless", with what to file meanwhile (readability finding R17-09:
        # "only the discretionary route would be sure" beside "ELIGIBLE NOW, mandatory").
        return (f"The record shows a conviction entered during this probation, on {iso(when)}: {law_named(v.code, v.section)} in case {case_title(other, v, when)}. "
                "It does not show when that offense was committed: "
                f"the route is mandatory unless it was committed during this probation ({iso(start)} to {iso(end) if end is not None else 'its end'}), when the court may find the conditions not fulfilled. "
                "Until the date is known, file with a declaration (MC-030) as for the discretionary route."), route_fact_step(other, v)
    return None


def _no_probation_reason(sentence_type: str) -> str:
    if sentence_type == "no_probation":
        return "Probation was not granted in this case; PC 1203.4 is only for probation cases (a misdemeanor without probation goes under PC 1203.4a)."
    return "The sentence was county jail or state prison, not probation; PC 1203.4 is only for probation cases (see PC 1203.41)."


def _route(ctx, case: Case, conv: Conviction, p):
    """(mode, reasons, next_steps, missing, confidence): mandatory unless something in
    PC 1203.4(a)(1) or (c) leaves only the interest-of-justice route."""
    reasons: list[tuple[str, str]] = []
    steps: list[str] = []
    missing: list[str] = []
    conf = "H"
    discretionary = False
    # A discharge the court has ordered for a later day counts too: the eligible_on date is the
    # day after it, when the discharge has happened (check O21B-03: the route flipped from
    # discretionary to mandatory on the discharge day, the date unchanged).
    early = S.ended_early(p)
    # One reason per day: a violation entered twice, or one day given two outcomes, had said
    # the same sentence twice (oracle finding O22-04); every outcome the record gives is kept.
    outcomes: dict[date, list[str]] = {}
    for v in p.violations:
        what = {"continued": "probation was continued", "reinstated": "probation was revoked and reinstated", "revoked": "probation was revoked"}[v.outcome]
        said = outcomes.setdefault(v.date, [])
        if what not in said:
            said.append(what)
    for day, said in outcomes.items():
        what = said[0] if len(said) == 1 else f"the record gives more than one outcome: {'; '.join(said)}"
        # An early discharge makes relief mandatory all the same (said below): no "only".
        left = "." if early else ": only the discretionary route is left."
        reasons.append((f"Probation was violated on {iso(day)} ({what}), so the conditions were not fulfilled for the whole period{left}", CITE))
        discretionary = True
    during = None
    if not p.violations and not early:
        during = _offense_during(ctx, case, p)
        if during is not None:
            said, confirm = during
            reasons.append((said, CITE))
            if confirm is None:
                discretionary = True
            else:
                # A doubt on the route of an open petition: said, with the step that settles
                # it.  Not a missing fact: FORMAT.md names those only where their absence made
                # the answer needs_review (oracle finding O18-02).
                steps.append(confirm)
            conf = weakest(conf, "M")
    off = ctx.offense(conv)
    vc12810 = off is not None and off.vc12810
    # Which offenses VC 12810(a)-(e) reaches is [M] (ca-rules.md 2.4): where the list alone
    # makes the route discretionary, so is the answer (audit finding; public case S03).
    if vc12810:
        reasons.append((f"{law_named(conv.code, conv.section)} is a VC 12810(a)-(e) offense, so relief is discretionary only.", "PC 1203.4(c)(1)-(2)"))
        if not discretionary:
            conf = weakest(conf, "M")
        discretionary = True
    else:
        # A DUI count leaves every count of the case discretionary (see _case_vc12810).
        other = _case_vc12810(ctx, case)
        if other is not None:
            reasons.append((f"The case also includes {law_named(other.code, other.section)}, a VC 12810(a)-(e) offense, so relief is discretionary only for every count.", "PC 1203.4(c)(1)-(2)"))
            if not discretionary:
                conf = weakest(conf, "M")
            discretionary = vc12810 = True
    # A standing order with no completion date is not open once probation is over: it lasted
    # until then (S27C-01).  Kept, "for the entire period" (1203.4(a)(1)), unless a violation
    # or a new offense during probation is said above.
    unmet = case.open_conditions(ctx.as_of)
    if unmet and ctx.as_of >= SB1106_EFFECTIVE and (owed := [c for c in unmet if c.about_restitution]):
        # A condition to pay restitution, unpaid, is no unfulfilled condition since SB 1106
        # (ca-rules.md 2.3 [H]): "conditions not completed ... only the discretionary route" stood
        # beside the reason saying unpaid restitution is no ground to find probation unfulfilled (R183).
        unmet = [c for c in unmet if not c.about_restitution]
    else:
        owed = []
    quiet = not p.violations and not early and during is None
    kept = [c.label for c in case.conditions if c.standing and not c.met_on(ctx.as_of)] if quiet and case.conditions and case.standing_orders_over(ctx.as_of) else []
    if kept:
        # After a colon, as the conditions still open are (B93-03).
        reasons.append((f"The record shows orders that lasted until probation ended: {', '.join(kept)}. It shows no probation violation, so they count as kept for the whole period.", CITE))
    if unmet:
        names = ", ".join(c.label for c in unmet)
        if S.probation_active(p, ctx.as_of):
            # A standing order (stay away, no contact) is kept until probation ends, not
            # finished (S27B-03).
            finish, keep = finish_and_keep(unmet)
            if not discretionary and not early:
                # Said beside the mandatory route it rests on, as unpaid fines are (time oracle
                # S26B-03: on probation's last day "eligible on" the next day, mandatory, said
                # nothing of the open class; the next day the route was discretionary).
                reasons.append((_open_conditions(finish, keep), CITE))
            if finish:
                steps.append(f"Finish the probation conditions still open before probation ends: {finish}.")
            if keep:
                steps.append(f"Keep to the orders that last until probation ends: {keep}.")
        elif not early:
            # After a colon, as while probation runs (_open_conditions, B93-02).
            reasons.append((f"The record shows conditions not completed: {names}. Unless the court excused them, only the discretionary route is left.", CITE))
            discretionary = True
            conf = weakest(conf, "M")
    rest = restitution_reason(ctx, case)
    if owed:
        reasons.append(_restitution_condition(owed, rest))
        rest = None  # said with the condition, once
    if rest is not None:
        reasons.append(rest[:2])
        if rest[2]:
            discretionary = True
            conf = weakest(conf, "M")
            steps.append(SB1106_STEP)
    m = case.money
    # True when unpaid fines alone decide between the routes: ca-rules.md 2.3 rates that [L]
    # ("discretionary / needs review"), so once relief is open an attorney decides.
    fines_decide = False
    # Discharged early: mandatory whatever the fines (1203.4(a)(1)), so nothing to ask.
    unpaid = m is not None and m.fines_owed > 0 and not early and not m.unrecorded("fine")
    if unpaid and S.probation_active(p, ctx.as_of):
        if m.fines_condition_of_probation is not False and not discretionary:
            # Still time to pay them, which keeps the mandatory route open: said as a step,
            # and the route not yet decided by them (metamorphic finding: the unknown case
            # asked a fact that early termination made moot, and "true" shut the route now).
            condition = "paying them is a condition of probation, so " if m.fines_condition_of_probation else "if paying them is a condition of probation, "
            reasons.append((f"Fines of ${m.fines_owed:,} are unpaid; {condition}paying them before it ends keeps the mandatory route.", CITE))
            steps.append(f"Pay the ${m.fines_owed:,} in fines before probation ends, or ask the court about ability to pay: unpaid fines that were a condition can leave only the discretionary route.")
            conf = weakest(conf, "M")
        elif m.fines_condition_of_probation is not False:
            # Something above already leaves only the discretionary route: paying cannot "keep"
            # the mandatory one (readability finding), but it is still a term to finish.
            steps.append(f"Pay the ${m.fines_owed:,} in fines before probation ends if the client can, or ask the court about ability to pay.")
    elif unpaid:
        if m.fines_condition_of_probation:
            # [L] (ca-rules.md 2.3) only where the fines decide the route: fines_decide then
            # makes the open answer needs_review; a block elsewhere keeps its own confidence.
            reasons.append((f"Fines of ${m.fines_owed:,} that were a probation condition are unpaid; the mandatory route is arguable at best, so screen it as discretionary (the court may consider ability to pay).", CITE))
            fines_decide = not discretionary
            discretionary = True
        elif m.fines_condition_of_probation is None and not discretionary:
            reasons.append((f"Fines of ${m.fines_owed:,} are unpaid; if paying them was a probation condition, only the discretionary route may be open.", CITE))
            missing.append("money.fines_condition_of_probation")
            fines_decide = True
    elif m is not None and m.unrecorded("fine") and not early and not discretionary and m.fines_condition_of_probation is not False:
        # Ordered, and nothing recorded paid (a blank "Fines paid"): not known to be unpaid,
        # so neither read as owed in full nor as paid (U52-02: "Fines of $500 are unpaid" was
        # said of a client whose payments nobody had asked about).
        ordered = f"Fines of ${m.fines_ordered:,} were ordered, and the record does not show what has been paid"
        if S.probation_active(p, ctx.as_of):
            condition = "paying them is a condition of probation, so " if m.fines_condition_of_probation else "if paying them is a condition of probation, "
            reasons.append((f"{ordered}; {condition}paying any balance before it ends keeps the mandatory route.", CITE))
            steps.append(f"Find out from the court what has been paid of the ${m.fines_ordered:,} in fines, and pay any balance before probation ends: unpaid fines that were a condition can leave only the discretionary route.")
            conf = weakest(conf, "M")
        else:
            condition = "" if m.fines_condition_of_probation else " and paying them was a probation condition"
            reasons.append((f"{ordered}; if any are unpaid{condition}, only the discretionary route may be open.", CITE))
            missing.append("money.fines_paid")
            if m.fines_condition_of_probation is None:
                missing.append("money.fines_condition_of_probation")
            fines_decide = True
    elif _fines_of_unknown_amount(m) and not early and not discretionary:
        # Fines the record shows (a condition, or a payment) in an amount it does not give:
        # whether any are unpaid is not known, and not read as "none" (metamorphic finding:
        # a null amount gave the mandatory route at H).
        if S.probation_active(p, ctx.as_of):
            steps.append("Find out from the court how much was ordered in fines, and pay any balance before probation ends: unpaid fines that were a condition can leave only the discretionary route.")
            conf = weakest(conf, "M")
        elif m.fines_condition_of_probation:
            reasons.append(("Paying the fines was a probation condition, and the record does not show how much was ordered; if any are unpaid, only the discretionary route may be open.", CITE))
            missing.append("money.fines_ordered")
            fines_decide = True
        else:
            reasons.append((f"The record shows ${m.fines_paid:,} paid in fines but not how much was ordered; if any are unpaid and paying them was a probation condition, only the discretionary route may be open.", CITE))
            missing += ["money.fines_ordered", "money.fines_condition_of_probation"]
            fines_decide = True
    if discretionary and S.ended_on_ordered_end(p):
        # Whether the court ended it before the end it first ordered decides the route: the
        # weaker route is said, with the fact that would open the other (S30-04).
        reasons.append((f"The record dates the court's order ending probation (PC 1203.3) {iso(p.early_termination)}, {S.ON_ORDERED_END}; if it was ended before the end first ordered, the mandatory route applies.", CITE))
        steps.append(S.ORDERED_END_STEP)
        conf = weakest(conf, "M")
    if discretionary and early and not vc12810:
        # "or has been discharged prior to the termination of the period of probation": shall.
        if p.early_termination > ctx.as_of:
            reasons.append((f"Because the court has ordered probation discharged early, on {iso(p.early_termination)}, the mandatory route applies from then despite the above.", CITE))
        else:
            reasons.append(("Because the court discharged probation early, the mandatory route applies despite the above.", CITE))
        discretionary = False
        fines_decide = False
    if discretionary:
        steps.append(DECLARATION_STEP)
    return ("discretionary" if discretionary else "mandatory"), reasons, steps, missing, conf, fines_decide


evaluate = gated(KEY, gate, decide)


def _relief_by_either_route(ctx, case: Case, conv: Conviction) -> Determination:
    return decide(ctx, case, conv, ask_route=False)


# Whether a dismissal is open, mandatory or discretionary: what PC 1203.45 follows (E299-01).
evaluate_either_route = gated(KEY, gate, _relief_by_either_route)
REMEDY = Remedy(key=KEY, scope="conviction", evaluate=evaluate, gate=gate, decide=decide)
