"""PC 1203.4a: misdemeanors without probation, and infractions (ca-rules.md 3.2).

- (a): mandatory once one year has lapsed from pronouncement of judgment, the sentence is
  fully complied with and performed, the person is not serving a sentence for any
  offense nor under charge of any crime, and has since judgment "lived an honest and
  upright life" (practical proxy: no later conviction).
- (b): discretionary when one year has lapsed and the sentence is performed, but another
  requirement of (a) is not met (for example a later conviction).
- (d): excluded: misdemeanors within VC 42002.1 and infractions within VC 42001.
- (e) (SB 1106): no denial for unpaid restitution.  (f): an infraction petition may be
  made by written declaration, with 15 days' notice to the prosecutor.
- Probation in another case is not named; whether it blocks is an open question ([L]).
"""

from __future__ import annotations

from clinic_app.catalog import law_named
from clinic_app.eligibility import sentence as S
from clinic_app.eligibility.common import JUDGMENT_DECIDES_LEVEL_STEP, SB1106_STEP, SUPERVISION_AS_SERVING, after_filing, anniversary_note, bars_decision, count_on_day, fee_step, fines_conflict, judged_without_custody, level_by_judgment, petition_step, restitution_reason, restitution_unpaid, route_fact_step, were_it_not
from clinic_app.eligibility.dates import after_years, iso
from clinic_app.eligibility.gates import ConvictionProfile, gated
from clinic_app.eligibility.registry import Remedy
from clinic_app.eligibility.result import det, needs_review, not_eligible, unknown_offense, weakest
from clinic_app.eligibility.record_facts import na, vacated
from clinic_app.model import Case, Conviction, Determination, Reason

KEY = "pc1203_4a"
# The discretionary route's step, said after the filing it goes with (common.after_filing).
DECLARATION_STEP = "Attach a declaration (MC-030) and letters of support: the court decides in the interests of justice."
CITE_A = "PC 1203.4a(a)"
CITE_B = "PC 1203.4a(b)"


def excluded(ctx, conv: Conviction) -> tuple[str, str] | None:
    """(reason, cite) when PC 1203.4a(d) excludes the conviction."""
    found = _exclusion(ctx, conv)
    return found[0] if found is not None else None


def _exclusion(ctx, conv: Conviction) -> tuple[tuple[str, str], str] | None:
    """((reason, cite), confidence) when PC 1203.4a(d) excludes the conviction: the VC
    exclusions are [H] (ca-rules.md 2.4); the PC 288(c) one is quoted in 3.2 with "verify"
    (audit finding), so M."""
    if conv.level == "infraction" and ctx.match(conv).code == "VC":
        return (f"{law_named(conv.code, conv.section)} is a Vehicle Code infraction within VC 42001, excluded from PC 1203.4a.", "PC 1203.4a(d); VC 42001"), "H"
    off = ctx.offense(conv)
    # A row the catalog gives as an infraction is excluded as one (VC 42001, above); a
    # conviction the record gives as a misdemeanor is not that infraction (O74-01).
    if off is not None and off.excluded_1203_4a and not ctx.match(conv).attempt and not (off.level == "infraction" and conv.level not in (None, "infraction")):
        return (f"{law_named(conv.code, conv.section)} ({off.description}) is excluded from PC 1203.4a relief.", "PC 1203.4a(d)"), "H" if off.code == "VC" else "M"
    return None


def _not_eligible_if_excluded(ctx, case: Case, conv: Conviction) -> Determination | None:
    found = _exclusion(ctx, conv)
    if found is None:
        return None
    reason, confidence = found
    return not_eligible(ctx, case, conv, KEY, [reason], confidence=confidence)


# What stops 1203.4a from another case: serving a sentence, or being under charge (1203.4a(a)).
_BLOCKING = ("parole", "mandatory_supervision", "serving_sentence", "pending_charge")
# Probation or PRCS in another case: not named by 1203.4a (ca-rules.md 8.5 [L]).
_ELSEWHERE_QUESTION = "PC 1203.4a names serving a sentence and being under charge, not probation or PRCS in another case; whether that blocks relief is an open question."
_FELONY = Reason("PC 1203.4a is for misdemeanors and infractions; this is a felony (unless reduced under PC 17(b)).", CITE_A)
_PROBATION = Reason("Probation was granted in this case; PC 1203.4a is for cases where it was not (see PC 1203.4).", CITE_A)
_CUSTODY = Reason("PC 1203.4a is for misdemeanors and infractions sentenced without probation; this sentence was county jail under 1170(h) or state prison.", CITE_A)


def gate(p: ConvictionProfile) -> Reason | None:
    """Not applicable to a felony, or to a sentence of probation (unless revoked: an open
    question) or of custody."""
    if p.effective_level == "felony":
        # A felony judged without probation and without custody: if a wobbler, PC 17(b)(1)
        # made it a misdemeanor by the judgment itself (decide asks, T61-03).
        return None if p.sentence_type == "no_probation" else _FELONY
    if p.sentence_type is None or p.sentence_type == "no_probation" or p.level == "infraction":
        return None  # "any infraction" (1203.4a), whatever the sentence: 1203.4 excludes them
    if p.sentence_type == "probation":
        return None if p.probation_revoked is not False else _PROBATION
    if p.effective_level == "misdemeanor":
        return None  # a misdemeanor count in a jail or prison case: decide says what is known
    return _CUSTODY


def _felony_without_probation(ctx, case: Case, conv: Conviction) -> Determination:
    """A felony count of a case sentenced without probation and without custody.

    ca-rules.md 3.7 [H]: a wobbler becomes a misdemeanor "for all purposes" under (b)(1)
    "after a judgment imposing punishment other than state prison or 1170(h) jail", and 3.2:
    1203.4a covers "a felony already reduced to a misdemeanor".  Such a wobbler was answered
    "not applicable: a felony" at H, a guess at the fact that decides it; PC 17(b) now asks
    which fact of the record is wrong (T61-01), and this row asks the same (T61-03)."""
    wobbler_if = level_by_judgment(ctx, case, conv)  # the one test of such a record (V62)
    if wobbler_if is None:
        return na(case, conv, KEY, _FELONY)
    return needs_review(
        ctx, case, conv, KEY,
        [(f"{judged_without_custody(conv, wobbler_if)}, which PC 1203.4a covers; if a prison or 1170(h) term was imposed, PC 1203.4a does not apply.", "PC 1203.4a(a); PC 17(b)(1)")],
        next_steps=[JUDGMENT_DECIDES_LEVEL_STEP],
        confidence="M",
    )


def decide(ctx, case: Case, conv: Conviction) -> Determination:
    """PC 1203.4a for a misdemeanor or infraction sentenced without probation, or of
    unknown sentence, or with revoked probation (what the gate lets through)."""
    s = case.sentence
    if S.effective_level(conv) == "felony":
        return _felony_without_probation(ctx, case, conv)
    if s is None:
        return needs_review(ctx, case, conv, KEY, [("The record does not show the sentence, so it is unknown whether probation was granted.", CITE_A)], missing=["sentence"], confidence="M")
    if s.type in S.CUSTODY_SENTENCES:
        done = _not_eligible_if_excluded(ctx, case, conv)  # (d) excludes it whatever its sentence (review finding)
        if done is not None:
            return done
        # 1170(h) and prison terms are for felonies: a misdemeanor count of such a case had
        # its own county-jail term and no probation, which 1203.4a covers; the record keeps
        # only the case's felony sentence, so the dates are the attorney's to confirm.
        return needs_review(
            ctx, case, conv, KEY,
            [(_COUNT_IN_CUSTODY_CASE[conv.level == "infraction"], CITE_A)],
            next_steps=["Get the count's own sentence from the minute order, then an attorney confirms the PC 1203.4a dates."],
            confidence="M",
        )
    if s.type == "probation" and conv.level == "infraction":
        return _infraction_with_probation(ctx, case, conv, s)
    if s.type == "probation" and s.probation is None:
        return needs_review(
            ctx, case, conv, KEY,
            [("Probation was granted and the record has none of its facts: PC 1203.4a is for cases without probation, and whether it covers one whose probation was revoked is an open question.", CITE_A)],
            missing=["sentence.probation"], confidence="M",
        )
    if s.type == "probation":  # revoked
        return needs_review(
            ctx, case, conv, KEY,
            [("Probation was granted and then revoked; whether PC 1203.4a covers a misdemeanor with revoked probation is an open question.", CITE_A)],
            confidence="L",
        )
    if ctx.offense(conv) is None and not (conv.level == "infraction" and ctx.match(conv).code == "VC"):
        return unknown_offense(ctx, case, conv, KEY)
    done = _not_eligible_if_excluded(ctx, case, conv)
    if done is not None:
        return done
    judgment = S.judgment_date(case, conv)
    if judgment is None:
        return needs_review(ctx, case, conv, KEY, [("The record does not show the date judgment was pronounced, from which the one-year wait runs.", CITE_A)], missing=["sentence.judgment_date"], confidence="M")
    first = after_years(judgment, 1)
    if S.wait_from_judgment_in_doubt(case, first, ctx.as_of):
        # The wait runs from judgment, which the record does not give: say what the
        # conviction date gives (judgment comes on it or later) and ask.
        return needs_review(
            ctx, case, conv, KEY,
            [(f"The record does not give the date judgment was pronounced, from which the one-year wait runs; if it was the conviction date ({iso(judgment)}), the first day is {iso(first)}, and later if sentencing came later.", CITE_A)],
            missing=["sentence.judgment_date"], confidence="M",
        )
    if s.completed is None and not _money_paid(case) and not _money_owed(case):
        if case.money is not None and case.money.unrecorded("fine"):
            # Fines ordered, nothing recorded paid: asked, not read as owed (U52-02: "blocked:
            # fines of $500 are unpaid" for payments nobody had asked about).
            return needs_review(ctx, case, conv, KEY, [(f"Fines of ${case.money.fines_ordered:,} were ordered, and the record does not show what has been paid, nor whether the rest of the sentence (any jail) has been performed.", CITE_A)],
                                missing=["money.fines_paid", "sentence.completed"], confidence="M")
        return needs_review(ctx, case, conv, KEY, [("The record does not show whether the sentence (fine, jail) has been fully performed.", CITE_A)], missing=["sentence.completed"], confidence="M")
    conflict = fines_conflict(ctx, case, conv, KEY, "PC 1203.4a needs the sentence fully performed", CITE_A, elsewhere=lambda: bars_decision(
        ctx, case, conv, KEY, CITE_A, kinds=_BLOCKING, review_kinds=("probation", "prcs"), review_question=_ELSEWHERE_QUESTION, serving_by_reading=SUPERVISION_AS_SERVING))
    if conflict is not None:
        return conflict
    if s.completed is False or _money_owed(case):
        # This case's own sentence is not performed, which no date in the record ends: said
        # first, with any bar elsewhere beside it (metamorphic finding: a bar elsewhere gave a
        # "blocked until" date that came and left relief blocked by the unpaid fine).
        owed = case.money.fines_owed if _money_owed(case) else 0  # type: ignore[union-attr]
        what = f"fines of ${owed:,} are unpaid" if owed else "the sentence is not yet fully performed"
        elsewhere = [(b.describe(case), CITE_A) for b in ctx.bars.others(case.id, _BLOCKING) if b.certain]
        return det(
            ctx, case, conv, KEY, "blocked",
            date=None,
            reasons=[(f"The sentence must be fully complied with and performed first: {what}.", CITE_A), *elsewhere, (f"The first safe day after the one-year wait from judgment {'is' if first >= ctx.as_of else 'was'} {iso(first)}.", CITE_A)],
            # The fine's step only where a fine is owed (S30-05: a jail term still to serve was
            # told "Pay the fine or have it converted").
            next_steps=["Pay the fine or have it converted (ask the court about ability to pay), then screen again." if owed
                        else "Once every term of the sentence has been performed (any jail term served), record the sentence as completed and screen again."],
        )
    if s.judgment_date is not None:
        judged = (f"Judgment was pronounced on {iso(judgment)}; one year has to lapse, so the first safe day is {iso(first)}.", CITE_A)
    else:
        # The conviction date stands in (S.judgment_date): said as that, not as a recorded
        # judgment (oracle finding); far enough from the first day, it cannot change the answer.
        judged = (f"The record has no judgment date; counted from the conviction on {iso(judgment)} (judgment comes on it or later), the one year has lapsed: the first safe day was {iso(first)} at the earliest.", CITE_A)
    mode, route, steps, conf = _route(ctx, case, conv, judgment, first)
    if s.judgment_date is None:
        conf = weakest(conf, "M")  # the wait rests on the conviction date standing in (R17-04)
    # Were it not for a bar elsewhere: the wait, and the route where the sentence is known
    # performed (review finding: a bar's question hid "only the discretionary route").
    other = bars_decision(
        ctx, case, conv, KEY, CITE_A,
        kinds=_BLOCKING,
        review_kinds=("probation", "prcs"),
        review_question=_ELSEWHERE_QUESTION,
        not_before=first if first > ctx.as_of else None,
        serving_by_reading=SUPERVISION_AS_SERVING,
        # The discretionary route is (b), the mandatory one (a) (ca-rules.md 3.2; Q307-07).
        otherwise=lambda: [were_it_not(mode, first, ctx.as_of, CITE_B if mode == "discretionary" else CITE_A, f"judgment {iso(judgment)}" if s.judgment_date is not None else f"counted from the conviction, {iso(judgment)}"), judged, *route] if s.completed else [judged],
    )
    if other is not None:
        return other
    if s.completed is None:
        # Only the fines are known paid (else asked above): paid fines do not show a jail term
        # or the other terms served, which the statute needs (metamorphic finding: "fully
        # performed" was said as a fact; review finding: eligible beside an unknown element).
        return needs_review(
            ctx, case, conv, KEY,
            [judged, ("The fines are paid; the record does not say whether the rest of the sentence (any jail term, other terms) has been performed, which PC 1203.4a also needs.", CITE_A)],
            missing=["sentence.completed"],
            next_steps=["Confirm with the client or the docket that every term of the sentence has been served, record it, and screen again."],
            confidence="M",
        )
    reasons = [judged, *route]
    if first > ctx.as_of:
        steps = [*after_filing(steps, petition_step(first, notice=False), DECLARATION_STEP), fee_step(ctx.as_of)]
        return det(ctx, case, conv, KEY, "eligible_on", mode=mode, date=first, reasons=reasons, next_steps=steps, confidence=conf)
    steps = [*after_filing(steps, petition_step(notice=False), DECLARATION_STEP), fee_step(ctx.as_of)]
    return det(ctx, case, conv, KEY, "eligible", mode=mode, reasons=reasons, next_steps=steps, confidence=conf)


def _route(ctx, case: Case, conv: Conviction, judgment, first) -> tuple[str, list[tuple[str, str]], list[str], str]:
    """(mode, reasons, steps, confidence) of a performed sentence: mandatory unless a later
    conviction (no "honest and upright life", (b)) or pre-SB 1106 unpaid restitution leaves
    only the interest-of-justice route."""
    rest = restitution_reason(ctx, case)
    # Before SB 1106 unpaid restitution could leave the sentence not "fully performed":
    # said in 1203.4a's own terms, and the mandatory route is then not promised above it.
    restitution_bars_mandatory = rest is not None and rest[2]
    # Not "fully performed" above a reason that says a court could find it was not (O20-06).
    served = "The sentence has been served, apart from the unpaid restitution below." if restitution_bars_mandatory else "The sentence has been fully performed."
    reasons: list[tuple[str, str]] = [(served, CITE_A)]
    conf = "H"
    steps: list[str] = []
    later = [(c, v) for c, v in ctx.other_convictions(conv) if v.conviction_date is not None and v.conviction_date > judgment and v.conviction_date <= ctx.as_of
             and not vacated(v)]
    # A later conviction for an offense the record dates on or before this judgment says
    # nothing of the life led since it (oracle finding: it left only the discretionary route
    # at H; 1203.4 reads the offense date for the same question).
    before = [(c, v) for c, v in later if v.offense_date is not None and v.offense_date <= judgment]
    later = [cv for cv in later if cv not in before]
    if later:
        c, v = min(later, key=lambda cv: (cv[1].conviction_date, cv[0].id, cv[1].id))  # one whatever the request's order
        if all(w.level == "infraction" for _, w in later):
            # "Honest and upright life" read as "no new convictions" is [L] (ca-rules.md 2.1);
            # an infraction is where that reading is least sure (review finding).
            reasons.append((f"The record shows a later infraction: {count_on_day(c, v, case, v.conviction_date)}. Whether an infraction means the person has not lived an \"honest and upright life\" since judgment is unsettled, so only the discretionary route is sure.", CITE_B))
            conf = weakest(conf, "M")
        elif any(w.offense_date is not None for _, w in later):
            # The dated one settles it: named, rather than an undated one (metamorphic finding M18-09).
            c, v = min(((c2, w) for c2, w in later if w.offense_date is not None), key=lambda cv: (cv[1].conviction_date, cv[0].id, cv[1].id))
            reasons.append((f"The record shows a later conviction: {count_on_day(c, v, case, v.conviction_date)}. It means the person has not lived an \"honest and upright life\" since judgment, so only the discretionary route is left.", CITE_B))
        else:
            # No offense date: a conviction entered later may be for an offense before this
            # judgment, which keeps the mandatory route (above).  Said as a doubt with the date
            # found, the route left as public case S46 has it (readability finding R17-16: said
            # as certain, and the fact never asked).
            reasons.append((f"The record shows a later conviction: {count_on_day(c, v, case, v.conviction_date)}. It is read as showing the person has not lived an \"honest and upright life\" since judgment, so only the discretionary route is sure; the record does not show when that offense was committed: if it was before this judgment ({iso(judgment)}), the mandatory route may be open.", CITE_B))
            steps.append(route_fact_step(c, v))  # not a missing fact: the petition is open either way (O18-02)
            conf = weakest(conf, "M")
        unknown = [w for _, w in later if w.level is None]
        if unknown and all(w.level in ("infraction", None) for _, w in later):
            # Were the counts of unknown level infractions, the reading would be the unsettled
            # one above (M): the route is discretionary either way, and as sure as its weaker
            # reading (W54: it was said at H, as if they were misdemeanors).
            which = ", ".join(law_named(w.code, w.section) for w in unknown)
            reasons.append((f"The record does not give the level of {which}: if {'it was an infraction' if len(unknown) == 1 else 'they were infractions'}, whether that shows the person has not lived an \"honest and upright life\" is unsettled; the discretionary route is open either way.", CITE_B))
            conf = weakest(conf, "M")
        mode = "discretionary"
    elif before:
        c, v = min(before, key=lambda cv: (cv[1].conviction_date, cv[0].id, cv[1].id))
        reasons.append((f"The record shows a later conviction: {count_on_day(c, v, case, v.conviction_date)}. It is for an offense committed on {iso(v.offense_date)}, before this judgment; \"an honest and upright life\" since judgment is read as no new offense since, the usual practice, which an attorney confirms.", CITE_A))
        conf = weakest(conf, "M")
        mode = "discretionary" if restitution_bars_mandatory else "mandatory"
    elif restitution_bars_mandatory:
        reasons.append(("No later conviction appears in the record.", CITE_A))
        mode = "discretionary"
    else:
        reasons.append(("No later conviction appears in the record, so the mandatory route applies.", CITE_A))
        mode = "mandatory"
        others = [v for _, v in ctx.other_convictions(conv)]
        if others:
            # "An honest and upright life" read as "no new conviction" is the usual practice
            # but an [L] reading (ca-rules.md 2.1); with other convictions in the record a court
            # may weigh more (public case S46 rates this M, S10 and S11 with none H).  Said as
            # earlier ones: "no later conviction" then "the record has other convictions" read
            # as a contradiction (readability finding R15-16).
            which = "The other convictions in the record came before this judgment" if all(v.conviction_date is not None and v.conviction_date <= judgment for v in others) else "The record has other convictions, none shown after this judgment"
            reasons.append((f"{which}; \"an honest and upright life\" since judgment is read as no new conviction, the usual practice, which an attorney confirms.", CITE_A))
            conf = weakest(conf, "M")
    if rest is not None:
        if restitution_bars_mandatory:
            said = restitution_unpaid(case.money) if case.money is not None else "Restitution is unpaid"
            reasons.append((f"{said}; before SB 1106 took effect on 2023-01-01 a court could find the sentence not fully performed, leaving only the discretionary route.", "PC 1203.4a(a), (b) (before SB 1106)"))
            conf = weakest(conf, "M")
            steps.append(SB1106_STEP)
        else:
            # 1203.4a(e)'s own terms: no probation to find unfulfilled here (O20-06: the 1203.4
            # sentence said "or to find probation unfulfilled" of a sentence without probation).
            owed = case.money.restitution_owed if case.money is not None else 0
            if case.money is not None and case.money.unrecorded("restitution"):
                reasons.append((f"{restitution_unpaid(case.money)}; since SB 1106 (2023-01-01) unpaid restitution is no ground to deny relief, but it stays owed.", "PC 1203.4a(e) (SB 1106)"))
            else:
                reasons.append((f"Restitution of ${owed:,} is unpaid; since SB 1106 (2023-01-01) that is no ground to deny relief, but it stays owed.", "PC 1203.4a(e) (SB 1106)"))
    if mode == "discretionary":
        steps.append(DECLARATION_STEP)
    note = anniversary_note(ctx.as_of, first)
    if note is not None:
        reasons.append(note)
        conf = weakest(conf, "M")  # the anniversary convention is [M] (ca-rules.md section 0)
    if conv.level == "infraction":
        steps.append("For an infraction the petition may be made by written declaration; give the prosecutor 15 days' notice.")
    return mode, reasons, steps, conf


_COUNT_IN_CUSTODY_CASE = {
    False: "This count is (now) a misdemeanor, in a case whose sentence was state prison or county jail under 1170(h); a misdemeanor without probation is covered by PC 1203.4a once a year has passed from judgment and its sentence is served, which the record does not show apart from the case's felony term.",
    True: "This count is an infraction in a case sentenced to jail under 1170(h) or to state prison; PC 1203.4a covers an infraction once a year has passed from judgment and its sentence is served, which the record does not show apart from the case's felony term.",
}


def _infraction_with_probation(ctx, case: Case, conv: Conviction, s) -> Determination:
    """An infraction with a grant of probation: 1203.4a covers any infraction (1203.4 does
    not), but how its one year and "fully performed" sentence read with probation is not in
    the rules: the dates are worked out and an attorney confirms (ca-rules.md 3.2)."""
    done = _not_eligible_if_excluded(ctx, case, conv)
    if done is not None:
        return done
    judgment = S.judgment_date(case, conv)
    end = S.probation_end(s.probation) if s.probation is not None else None
    dates = []
    if judgment is not None:
        dates.append(f"the first day after one year from judgment ({iso(judgment)}) is {iso(after_years(judgment, 1))}")
    if end is not None:
        dates.append(f"probation ends on {iso(end)}")
    said = "; ".join(dates) if dates else "the record gives neither the judgment date nor the end of probation"
    return needs_review(
        ctx, case, conv, KEY,
        [("PC 1203.4a covers any infraction (PC 1203.4 excludes them), here one with a grant of probation; it needs one year from judgment and the sentence fully performed, which with probation most likely means probation completed: an attorney confirms.", CITE_A),
         (f"On the record's dates: {said}.", CITE_A)],
        missing=[] if judgment is not None and end is not None else [f for f, v in (("sentence.judgment_date", judgment), ("sentence.probation.end", end)) if v is None],
        confidence="M",
    )


def _money_owed(case: Case) -> bool:
    """Fines known to be owed: not those ordered with nothing recorded paid (U52-02)."""
    return case.money is not None and case.money.fines_owed > 0 and not case.money.unrecorded("fine")


def _money_paid(case: Case) -> bool:
    m = case.money
    return m is not None and m.fines_ordered is not None and m.fines_owed == 0


evaluate = gated(KEY, gate, decide)
REMEDY = Remedy(key=KEY, scope="conviction", evaluate=evaluate, gate=gate, decide=decide)
