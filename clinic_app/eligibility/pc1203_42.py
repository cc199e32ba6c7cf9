"""PC 1203.42: dismissal of a pre-realignment state-prison sentence (ca-rules.md 3.4).

- (a): a felony sentenced to state prison *before* 2011-10-01 (realignment) for an offense
  that would have been sentenced to county jail under PC 1170(h) had realignment applied:
  not serious (1192.7(c)), not violent (667.5(c)), not registrable (290), and no such
  prior (1170(h)(3)).
- Two years after completing the sentence; not under supervision, serving a sentence,
  on probation or charged with any offense.  Discretionary.  SB 1106 restitution rule.
- Effective 2018-01-01 [H/M].  Since SB 731, 1203.41 also reaches these cases: offer both.
"""

from __future__ import annotations

from datetime import date

from clinic_app.case_titles import case_named
from clinic_app.catalog import law_named
from clinic_app.eligibility import sentence as S
from clinic_app.eligibility.bars import by_end, supervision_end_steps
from clinic_app.eligibility.common import PRCS_STEP, anniversary_note, bars_decision, fee_step, own_bars, petition_step, sb1106_restitution
from clinic_app.eligibility.dates import ONE_DAY, after_it_took_effect, after_years, iso
from clinic_app.eligibility.depends_on import settle, unsettled
from clinic_app.eligibility.gates import ConvictionProfile, gated
from clinic_app.eligibility.pc1203_41 import SB731_PRISON_EARLIEST, SB731_PRISON_SURE
from clinic_app.eligibility.record_facts import level_path
from clinic_app.eligibility.registry import Remedy
from clinic_app.eligibility.result import det, law_starts_step, needs_review, not_applicable, not_eligible, not_in_catalog, unknown_offense
from clinic_app.eligibility.serious import is_serious, is_violent, serious_condition
from clinic_app.model import Case, Conviction, Determination, Reason

KEY = "pc1203_42"
CITE = "PC 1203.42(a)"
REALIGNMENT = S.REALIGNMENT
EFFECTIVE = date(2018, 1, 1)
# Cited as the other remedies' start days are: ca-rules.md gives the day ([M], 3.4) and names no
# bill or chapter for it (Q307-16: it was cited PC 1203.42(a), the petition's own terms).
_NOT_YET = Reason("PC 1203.42 took effect on 2018-01-01, after this screening date.", "PC 1203.42 (effective 2018-01-01)")


_NOT_PRISON = Reason("PC 1203.42 is for felonies sentenced to state prison before realignment (2011-10-01).", CITE)


# ca-rules.md 2.1: 1203.41 and 1203.42 name parole and mandatory supervision, not PRCS, so
# PRCS in another case is an open question (needs_review), as for 1203.41.
_BARS = ("probation", "parole", "mandatory_supervision", "serving_sentence", "pending_charge")
PRCS_QUESTION = (
    "PC 1203.42 relief follows the conditions of PC 1203.41, which name parole and mandatory supervision "
    "but not PRCS; whether PRCS counts as serving a sentence is an open question, so an attorney decides."
)


def gate(p: ConvictionProfile) -> Reason | None:
    """Not applicable unless a felony was sentenced to state prison (or the sentence is not in
    the record: decide asks, for a conviction before realignment)."""
    if p.effective_level != "felony":
        return _NOT_PRISON
    if p.sentence_type in ("state_prison", None):
        return None
    # Felony probation revoked (or granted with none of its facts recorded): a prison term
    # executed on the revocation may be a pre-realignment prison sentence (decide asks, T61-02).
    return None if p.sentence_type == "probation" and p.probation_revoked is not False else _NOT_PRISON


def decide(ctx, case: Case, conv: Conviction) -> Determination:
    """PC 1203.42 for a felony sentenced to state prison (the gate let it through)."""
    s = case.sentence
    judgment = S.judgment_date(case, conv)
    if s is None:
        # A felony before realignment may have gone to state prison (metamorphic finding: an
        # unknown sentence was read as "not prison").
        if judgment is not None and judgment >= REALIGNMENT:
            return not_applicable(ctx, case, conv, KEY, f"Convicted on {iso(judgment)}, {after_it_took_effect(judgment, REALIGNMENT, 'realignment')}; PC 1203.42 covers only earlier prison sentences (see PC 1203.41).", CITE)
        off = ctx.offense(conv)
        if off is not None and not ctx.h_eligible(conv) and unsettled(ctx.match(conv), "h_eligible", conv=conv) is None and not off.jail_unverified:
            # Not open whatever the sentence was (review finding: PC 211 was asked about).
            return not_applicable(ctx, case, conv, KEY, f"PC 1203.42 is for an offense that would now be sentenced to county jail under PC 1170(h), which {law_named(conv.code, conv.section)} is not, whatever its sentence was.", CITE, confidence="M")
        when = f"was convicted on {iso(judgment)}" if judgment is not None else "has no conviction date in the record"
        return needs_review(ctx, case, conv, KEY, [(f"PC 1203.42 is for a felony sentenced to state prison before realignment (2011-10-01); this one {when}, and the record does not show its sentence.", CITE)], missing=["sentence"], confidence="M")
    if s.type == "probation":
        return _after_revocation(ctx, case, conv, judgment)
    if judgment is None:
        return needs_review(ctx, case, conv, KEY, [("The record does not show when the prison sentence was imposed.", CITE)], missing=["sentence.judgment_date"], confidence="M")
    if S.judgment_assumed(case) and judgment < REALIGNMENT:
        # Convicted before realignment, but sentenced when?  Sentencing on or after 2011-10-01
        # would put it outside 1203.42: the date decides, so it is asked for.
        return needs_review(
            ctx, case, conv, KEY,
            [(f"Convicted on {iso(judgment)}, before realignment (2011-10-01); the record does not give the date the prison sentence was imposed, which decides whether PC 1203.42 reaches it.", CITE)],
            missing=["sentence.judgment_date"], confidence="M",
        )
    if judgment >= REALIGNMENT:
        return not_applicable(ctx, case, conv, KEY, f"Sentenced on {iso(judgment)}, {after_it_took_effect(judgment, REALIGNMENT, 'realignment')}; PC 1203.42 covers only earlier prison sentences (see PC 1203.41).", CITE)

    if ctx.as_of < EFFECTIVE:
        # The day to come back is said, as automatic relief and 1203.41 say theirs (oracle finding F08).
        return not_eligible(ctx, case, conv, KEY, [_NOT_YET], confidence="M", next_steps=[law_starts_step(EFFECTIVE, "PC 1203.42")])
    off = ctx.offense(conv)
    if off is None:
        return unknown_offense(ctx, case, conv, KEY)
    m = ctx.match(conv)
    bars = []
    # Where only the subdivision, the degree or a fact of the case decides whether it could
    # have gone to county jail (serious, violent, registrable, 1170(h)), that is asked.
    unsure: list[tuple[str, str]] = []
    missing: list[str] = []
    step = ""
    # Whether the person had to register when sentenced is asked of the client or DOJ, not
    # of this conviction's papers: its step is its own (settle's would replace it).
    register_step = ""
    open_law = False  # an unsettled question of law among them: L
    cited = law_named(conv.code, conv.section)
    register_if = unsettled(m, "registrable", conv=conv)
    strike_if = serious_condition(m, conv)
    jail_if = unsettled(m, "h_eligible", conv=conv)
    if off.registrable and register_if is None:
        bars.append((f"{cited} requires PC 290 registration, so it could not have been sentenced under PC 1170(h).", "PC 1170(h)(3); PC 1203.42(a)"))
    elif ctx.person.registrant_290:
        before = _registrable_before(ctx, case, conv, judgment)
        if before is not None:
            bars.append((f"The person is required to register under PC 290 ({before}), which rules out PC 1170(h) sentencing.", "PC 1170(h)(3); PC 1203.42(a)"))
        else:
            # PC 1170(h)(3) looks at registration when sentence was passed: a duty that came
            # later did not rule out county jail then (oracle finding: a 2015 registrable
            # conviction closed a 2009 prison term at H).
            unsure.append((f"The person is required to register under PC 290, but the record shows no registrable conviction on or before this sentence ({iso(judgment)}); a duty to register then would rule out PC 1170(h) sentencing, one that began later would not.", "PC 1170(h)(3); PC 1203.42(a)"))
            register_step = "Find out from the client or DOJ when the duty to register began; an attorney decides."
    else:
        if register_if is not None:
            unsure.append((f"{cited} requires PC 290 registration only if {register_if}, and then it could not have been sentenced under PC 1170(h).", "PC 1170(h)(3); PC 290(c)"))
        before = _registrable_before(ctx, case, conv, judgment)
        if before is not None:
            # PC 1170(h)(3) asks whether the person was required to register when sentenced,
            # not now: a duty may have ended since (a PC 290.5 petition), so "does not register"
            # today does not clear a registrable conviction on or before this sentence (E64-01:
            # it read eligible, while automatic relief asked about the same conviction).
            unsure.append((f"{before}, requires PC 290 registration; the record says the person does not register now, but a duty to register when this sentence was passed ({iso(judgment)}) would have ruled out PC 1170(h) sentencing.", "PC 1170(h)(3); PC 1203.42(a)"))
            register_step = f"Find out from the client or DOJ whether the person was required to register on {iso(judgment)} (a duty may have ended since under PC 290.5); an attorney decides."
    # Never punishable in county jail decides it whatever else is open (legal review: a bare
    # 245 was asked whether it was serious, though no 245 subdivision is a 1170(h) offense).
    # The catalog's own 1170(h) reading rated unverified ([L] verify 1170(h)): the answer rests
    # on it either way, so it is asked below, not decided (checker finding N1).
    jail_doubt = off.jail_unverified and jail_if is None
    if not ctx.h_eligible(conv) and jail_if is None and not jail_doubt:
        bars.append((f"{cited} is not punishable in county jail under PC 1170(h).", "PC 1170(h)(1)-(2); PC 1203.42(a)"))
    elif strike_if is not None:
        unsure.append((f"{cited} is a serious or violent felony only if {strike_if}; if so, it could not have been sentenced under PC 1170(h).", "PC 1170(h)(3); PC 1192.7(c); PC 667.5(c)"))
    elif is_serious(m) or is_violent(m):
        bars.append((f"{cited} is a serious or violent felony, which could not have been sentenced under PC 1170(h).", "PC 1170(h)(3); PC 1192.7(c); PC 667.5(c)"))
    elif jail_if is not None:
        unsure.append((f"{cited} is punishable in county jail under PC 1170(h) only if {jail_if}.", "PC 1170(h)(1)-(2); PC 1203.42(a)"))
    if len(unsure) > bool(register_step):
        missing, step = settle(ctx, conv, m)
    for c2, v in ctx.other_convictions(conv):
        # PC 1170(h)(3) speaks of a prior serious or violent *felony*: a wobbler sentenced as a
        # misdemeanor is none (legal review: a misdemeanor 245 was "a prior serious felony").
        if v.conviction_date is None or v.conviction_date > judgment:
            continue
        if v.level is None:
            # Only a felony counts under 1170(h)(3), and the record does not say whether this
            # one was: asked where it would count if it were one, not read as a misdemeanor (W54).
            doubt = _level_not_known(ctx, case, c2, v)
            if doubt is not None:
                unsure.append(doubt)
                missing.append(level_path(c2, v))
                step = step or f"Find whether {law_named(v.code, v.section)} in {case_named(c2, case, v)} was a felony or a misdemeanor on its abstract of judgment, the minute order or the docket, then screen again."
            continue
        if v.level != "felony":
            continue
        m2 = ctx.match(v)
        # PC 1170(h)(3) bars a "prior or current" serious or violent felony; a count of this
        # same case is a current one, and is not called a prior (review finding).
        written = law_named(v.code, v.section)
        same = c2 is case
        other, noun = (f"Another count in this case, {written},", "count") if same else (f"A prior {written} in {case_named(c2, case, v)}", "prior")
        if m2.offense is None:
            # An out-of-state prior, or a section the catalog lacks, counts if it has the
            # elements of a serious or violent felony (PC 667(d)(2)): asked, as Prop 47 asks
            # (metamorphic finding: it was taken as neither).
            unknown = f"Another felony count in this case, {written}," if same else f"A prior felony {written} in {case_named(c2, case, v)}"
            unsure.append((f"{not_in_catalog(m2, unknown)}; if it has the elements of a serious or violent felony, it rules out PC 1170(h) sentencing.", "PC 1170(h)(3); PC 667(d)(2)"))
            step = step or f"An attorney compares the {noun}'s elements with PC 1192.7(c) and 667.5(c)."
            continue
        prior_if = serious_condition(m2, v)
        if (is_serious(m2) or is_violent(m2) or prior_if) and S.effective_level(v) != "felony":
            # Reduced under 17(b) since: whether it still counts is unsettled (People v. Park;
            # legal review).
            unsure.append((f"{other} was reduced to a misdemeanor under PC 17(b); whether it still counts as a {'' if same else 'prior '}serious or violent felony under PC 1170(h)(3) is unsettled (People v. Park (2013) 56 Cal.4th 782).", "PC 1170(h)(3); PC 17(b)"))
            step = step or f"An attorney decides whether the reduced {noun} counts."
            open_law = True
        elif prior_if is not None:
            # "; one would rule out" left "one" to be worked out aloud (X28-02); "if so", as the strike
            # consequence says it (consequences.py).
            # Whether it is one is the definitions' question, cited as for the count (Q307-05).
            unsure.append((f"{other} is a serious or violent felony only if {prior_if}; if so, it rules out PC 1170(h) sentencing.", "PC 1170(h)(3); PC 1192.7(c); PC 667.5(c)"))
            more, step = settle(ctx, v, m2)
            missing += [f"cases[{c2.id}].{x}" for x in more]
        elif is_serious(m2) or is_violent(m2):
            # One sentence for a current count and a prior: "A prior serious or violent felony
            # (PC 211, case P (convicted ...)) rules out ..." put the title's bracket inside
            # another (B91-06).
            said = f"{other} is a serious or violent felony, which rules out PC 1170(h) sentencing."
            bars.append((said, "PC 1170(h)(3)"))
            break
    if bars:
        return not_eligible(ctx, case, conv, KEY, bars)
    if jail_doubt:
        reading = "punishable" if ctx.h_eligible(conv) else "not punishable"
        unsure.append((f"The offense catalog reads {cited} as {reading} in county jail under PC 1170(h), but rates that reading unverified; PC 1203.42 reaches only an offense that would now be sentenced under PC 1170(h).", "PC 1170(h)(1)-(2); PC 1203.42(a)"))
        step = step or f"An attorney checks the punishment {cited} sets (state prison only, or county jail under PC 1170(h)) before a 1203.42 petition is filed; since SB 731, PC 1203.41 also reaches prison sentences."
        open_law = True
    if unsure:
        return needs_review(ctx, case, conv, KEY, unsure, missing=missing, next_steps=[s for s in (step, register_step) if s], confidence="L" if open_law else "M")
    reasons = [(f"Sentenced to state prison on {iso(judgment)}, before realignment, for an offense that would now be sentenced under PC 1170(h).", CITE)]
    own = own_bars(ctx, case, ("serving_sentence", "parole", "prcs", "mandatory_supervision"))
    prcs_here = [b for b in own if b.kind == "prcs"]
    if prcs_here and all(b.kind == "prcs" or (b.kind == "serving_sentence" and b.certain) for b in own):
        # PRCS in this case: whether it counts is the same open question as elsewhere (ca-rules
        # 2.1, 8.4; oracle finding: own-case PRCS was a certain block here, a question in 1203.41).
        c = s.custody
        why = [*((b.describe(case), CITE) for b in by_end(own)), (PRCS_QUESTION, CITE)]
        if c is not None and c.release_date is not None:
            why.append((f"If PRCS does not count, the two years run from release on {iso(c.release_date)}, so the first day would be {iso(after_years(c.release_date, 2))}.", CITE))
        if c is not None and c.supervision_end is not None:
            why.append((f"If PRCS counts, they run from its end on {iso(c.supervision_end)}, so the first day would be {iso(after_years(c.supervision_end, 2))}.", CITE))
        return needs_review(ctx, case, conv, KEY, [*reasons, *why], missing=[b.missing for b in prcs_here if b.missing], next_steps=[PRCS_STEP])
    if own and all(b.certain and b.until is not None for b in own):
        last = max(b.until for b in own) - ONE_DAY  # type: ignore[operator, type-var]
        first = after_years(last, 2)
        other = bars_decision(ctx, case, conv, KEY, CITE, kinds=_BARS, review_kinds=("prcs",), review_question=PRCS_QUESTION, not_before=first)
        if other is not None:
            return other
        reasons.append((f"{own[0].describe(case)} PC 1203.42 opens two years after the sentence, including supervision, is completed: {iso(first)}.", CITE))
        return det(ctx, case, conv, KEY, "eligible_on", mode="discretionary", date=first, reasons=reasons, next_steps=[S.screen_again_step(s, last)], confidence="M")
    if own:
        why = [*((b.describe(case), CITE) for b in own), ("PC 1203.42 opens two years after the sentence, including parole, is completed.", CITE)]
        unsure = [b for b in own if not b.certain]
        if unsure:
            # "The record does not show whether ..." is a fact to find, as in 1203.41 and
            # automatic relief (metamorphic finding: blocked, with nothing named).
            return needs_review(ctx, case, conv, KEY, why, missing=[b.missing for b in unsure if b.missing], confidence="M")
        return det(ctx, case, conv, KEY, "blocked", date=None, reasons=why, next_steps=supervision_end_steps(own, case) or ["Recheck when supervision ends."], confidence="M")
    done, event = S.custody_completion(s)
    if done is None:
        return needs_review(ctx, case, conv, KEY, [*reasons, ("The record does not show when the sentence was completed.", CITE)], missing=[event], confidence="M")
    first = after_years(done, 2)
    other = bars_decision(ctx, case, conv, KEY, CITE, kinds=_BARS, review_kinds=("prcs",), review_question=PRCS_QUESTION, not_before=first if first > ctx.as_of else None)
    if other is not None:
        return other
    reasons.append((f"The sentence was completed on {iso(done)} {S.aside(event)}; the first day after the two years is {iso(first)}.", CITE))
    note = anniversary_note(ctx.as_of, first)
    if note is not None:
        reasons.append(note)
    if ctx.as_of >= SB731_PRISON_SURE:
        reasons.append(("Relief is discretionary; since SB 731, PC 1203.41 also reaches this sentence, so the attorney may choose either.", "PC 1203.42(a); PC 1203.41(a)(1)"))
    elif ctx.as_of >= SB731_PRISON_EARLIEST:
        reasons.append(("Relief is discretionary; PC 1203.41 may also reach this sentence (SB 731; sources differ on whether from 2023-01-01 or 2023-07-01).", "PC 1203.42(a); PC 1203.41(a)(1)"))
    else:
        reasons.append(("Relief is discretionary.", "PC 1203.42(a)"))
    # ca-rules.md 2.3, 3.4: SB 1106's restitution rule reaches 1203.42 too; it went unsaid
    # before and after 2023-01-01 (oracle finding O22-15).
    owed = sb1106_restitution(ctx, case, "relief", ("PC 1203.42(a) (SB 1106)", "PC 1203.42 (SB 1106)"))
    if owed is not None:
        reasons.append(owed)
    steps = [petition_step(notice=False, declaration=True), fee_step(ctx.as_of)]
    if first > ctx.as_of:
        steps[0] = petition_step(first, notice=False, declaration=True)
        return det(ctx, case, conv, KEY, "eligible_on", mode="discretionary", date=first, reasons=reasons, next_steps=steps, confidence="M")
    return det(ctx, case, conv, KEY, "eligible", mode="discretionary", reasons=reasons, next_steps=steps, confidence="M")


def _after_revocation(ctx, case: Case, conv: Conviction, judgment: date | None) -> Determination:
    """Felony probation that stands revoked, or was granted with none of its facts recorded.

    ca-rules.md 3.4 [H]: 1203.42 is for a felony "sentenced before 2011-10-01 to state prison";
    3.3 says a revoked felony probation whose jail or prison term was executed goes the custody
    way.  Before realignment that term could only be state prison, so a grant revoked then may
    be a 1203.42 case: it was answered not_applicable at H, and only 1203.41 was offered
    (T61-02).  Which term followed decides, so it is asked."""
    s = case.sentence
    p = s.probation
    if p is not None and not p.stands_revoked():
        return not_applicable(ctx, case, conv, KEY, _NOT_PRISON.text, CITE)
    if judgment is not None and judgment >= REALIGNMENT:
        return not_applicable(ctx, case, conv, KEY, f"Probation was granted on {iso(judgment)}, {after_it_took_effect(judgment, REALIGNMENT, 'realignment')}; a term executed after it was revoked is not a prison sentence from before realignment, which PC 1203.42 covers (see PC 1203.41).", CITE)
    revoked = p.last_revoked() if p is not None else None
    if revoked is not None and revoked >= REALIGNMENT and s.imposition_suspended is True:
        # Imposition suspended: the term was first imposed at the revocation, under realignment.
        return not_applicable(ctx, case, conv, KEY, f"Probation was revoked on {iso(revoked)}, {after_it_took_effect(revoked, REALIGNMENT, 'realignment')}, and imposition of sentence had been suspended, so any term was imposed after realignment; PC 1203.42 covers only earlier prison sentences (see PC 1203.41).", CITE, confidence="M")
    off = ctx.offense(conv)
    if off is not None and not ctx.h_eligible(conv) and unsettled(ctx.match(conv), "h_eligible", conv=conv) is None and not off.jail_unverified:
        return not_applicable(ctx, case, conv, KEY, f"PC 1203.42 is for an offense that would now be sentenced to county jail under PC 1170(h), which {law_named(conv.code, conv.section)} is not, whatever its sentence was.", CITE, confidence="M")
    if ctx.as_of < EFFECTIVE:
        return not_eligible(ctx, case, conv, KEY, [_NOT_YET], confidence="M", next_steps=[law_starts_step(EFFECTIVE, "PC 1203.42")])
    if p is None:
        said = "Felony probation was granted, and the record has none of its facts"
    else:
        said = f"Felony probation was revoked{' on ' + iso(revoked) if revoked is not None else ''}"
    return needs_review(
        ctx, case, conv, KEY,
        [(f"{said}; if a state-prison term imposed before realignment (2011-10-01) was then executed, PC 1203.42 may reach it.", CITE)],
        missing=["sentence.probation"] if p is None else ["sentence.custody"],
        next_steps=["Get the minute order of the revocation and the sentence that followed, and record it as the case's sentence; then screen again."],
        confidence="M",
    )


def _registrable_before(ctx, own: Case, conv: Conviction, judgment: date) -> str | None:
    """"PC 288(a) in case B, 2005-03-02": a conviction in the record, on or before this
    sentence, that requires PC 290 registration for certain ("in this case" for one of `own`'s,
    B86-03); None where the record has none."""
    for c, v in ctx.all_convictions():
        if v is conv or v.conviction_date is None or v.conviction_date > judgment:
            continue
        m = ctx.match(v)
        if m.offense is not None and m.offense.registrable and unsettled(m, "registrable", conv=v) is None:
            return f"{law_named(v.code, v.section)} in {case_named(c, own, v, v.conviction_date)}, {iso(v.conviction_date)}"
    return None


evaluate = gated(KEY, gate, decide)

def _level_not_known(ctx, case: Case, other_case: Case, v: Conviction) -> tuple[str, str] | None:
    """(reason, cite) for a count of unknown level that would rule out PC 1170(h) sentencing
    were it a felony (a serious or violent one, maybe one, or a section the catalog lacks);
    None where it would not either way."""
    m2 = ctx.match(v)
    maybe = m2.offense is None or serious_condition(m2, v) is not None
    if not maybe and not (is_serious(m2) or is_violent(m2)):
        return None
    written = law_named(v.code, v.section)
    who = f"Another count in this case, {written}," if other_case is case else f"A prior {written} in {case_named(other_case, case, v)}"
    kind = "may be a serious or violent felony" if maybe else "is a serious or violent felony"
    return (f"{who} {kind} if it was a felony, which the record does not say (a misdemeanor does not count); a prior or current serious or violent felony rules out PC 1170(h) sentencing.", "PC 1170(h)(3)")

REMEDY = Remedy(key=KEY, scope="conviction", evaluate=evaluate, gate=gate, decide=decide)
