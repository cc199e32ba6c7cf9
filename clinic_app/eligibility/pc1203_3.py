"""PC 1203.3: early termination of probation (ca-rules.md 3.6).  Case-level.

- (a): the court may revoke, modify, change or terminate probation early at any time, in
  the interests of justice.  Early discharge makes PC 1203.4 mandatory ("discharged prior
  to the termination of the period of probation").  CR-180 carries the request, so file
  it together with the 1203.4 petition.
- The court may not reduce the amount of restitution for good conduct [M].
- AB 1950 (from 2021-01-01) caps probation terms; a longer term is flagged (flag only).
"""

from __future__ import annotations

from clinic_app.eligibility import sentence as S
from clinic_app.eligibility.common import ab1950_flag, finish_and_keep, restitution_still_owed, stale_active_probation, conflicting_probation
from clinic_app.eligibility.dates import iso
from clinic_app.eligibility.pc1203_4 import EARLY_TERMINATION_MAY_WAIT, EARLY_TERMINATION_ONLY, EARLY_TERMINATION_WAITS, early_termination_step
from clinic_app.eligibility.gates import CaseProfile, gated
from clinic_app.eligibility.registry import Remedy
from clinic_app.eligibility.record_facts import na
from clinic_app.eligibility.result import det, needs_review, weakest
from clinic_app.model import Case, Determination, Reason

KEY = "pc1203_3"
CITE = "PC 1203.3(a)"


_NO_CONVICTION = Reason("There is no conviction in this case, so there is no probation to end.", CITE)
_NO_PROBATION = Reason("Probation was not granted in this case.", CITE)
_REVOKED = Reason("Probation in this case was revoked; there is no running probation to end early.", CITE)


def gate(p: CaseProfile) -> Reason | None:
    """Not applicable without a conviction and a grant of probation."""
    if p.outcome != "convicted":
        return _NO_CONVICTION
    return _NO_PROBATION if p.probation_granted is False else None  # None: decide asks


def _unknown_probation(ctx, case: Case) -> Determination:
    """The record does not show the sentence, or shows probation without its facts: asked
    while a probation could still be running, else over by now (sentence.may_still_run)."""
    missing = "sentence" if case.sentence is None else "sentence.probation"
    what = "the sentence" if case.sentence is None else "the dates of the probation granted"
    if not S.may_still_run(case, ctx.as_of):
        return na(case, None, KEY, Reason(f"The record does not show {what}, but any probation from then would have ended by now.", CITE), confidence="M")
    return needs_review(ctx, case, None, KEY, [(f"The record does not show {what}, so whether a probation is running that the court could end early is unknown.", CITE)], missing=[missing], confidence="M")


def decide(ctx, case: Case, _conv=None) -> Determination:
    """PC 1203.3 for a conviction with a grant of probation (the gate let it through)."""
    p = S.probation_of(case)
    if p is None:  # the sentence, or its probation's facts, not in the record
        return _unknown_probation(ctx, case)
    active = S.probation_active(p, ctx.as_of)
    end = S.probation_end(p)
    if active is None:
        return needs_review(ctx, case, None, KEY, [("The record does not show whether probation in this case has ended.", CITE)], missing=["sentence.probation.end", "sentence.probation.status"], confidence="M")
    conflict = S.probation_record_conflict(p, ctx.as_of) if p.violations and not p.stands_revoked() else None
    if conflict is not None:
        # Whether a probation is left to end early is the very fact the record contradicts (Q163).
        return conflicting_probation(ctx, case, None, KEY, conflict, CITE, why=("If probation has already ended, there is nothing left for the court to end early.", CITE))
    if not active:
        if p.stands_revoked():
            return na(case, None, KEY, _REVOKED)
        # A fresh Reason: the date makes the text differ from case to case, so there is
        # nothing to share (not_applicable would file every one in its shared-Reason table).
        # No end date (a grant marked completed): said so, not "ended (unknown)" (S30-03).
        ended = f"Probation in this case already ended ({iso(end)})." if end is not None else "Probation in this case has already ended: the record marks it completed, without the date."
        return na(case, None, KEY, Reason(ended, CITE))
    if S.marked_active_past_end(p, ctx.as_of) is not None:
        return stale_active_probation(ctx, case, None, KEY, end, CITE)
    if end == ctx.as_of:
        # Its last day: an order that day ends it no sooner than its own end, so there is nothing
        # left to end early; the next day it is over (oracle finding O22B-02: the last day
        # still said "ask the court to end probation early - then 1203.4 becomes mandatory").
        # Said of the screening date, not "today": the engine has no clock (finding O23C-01).
        return na(case, None, KEY, Reason(f"Probation in this case ends on the screening date ({iso(end)}); there is no time left for the court to end it early.", CITE))
    if p.early_termination is not None:
        # Running, so that day is still ahead: the court has already ordered the early end
        # (S27C-02: the day before it, "the court may end it early at any time" and "Ask the
        # court to end probation early").  Said as 1203.4 reads the same order (O21B-03).
        early = "to end early, on" if S.ended_early(p) else "to end on its ordered end date,"  # S30-04
        return na(case, None, KEY, Reason(f"The court has already ordered probation in this case {early} {iso(end)}; there is nothing left to ask.", CITE))
    reasons = [(f"Probation in this case is running{' until ' + iso(end) if end else ''}; the court may end it early at any time in the interests of justice.", CITE)]
    conf = "H"
    if p.violations:
        reasons.append(("The record shows a probation violation, which the court will weigh.", CITE))
    if any((o := ctx.offense(v)) is not None and o.domestic_violence for v in case.convictions):
        # Readability finding R18-08: the 36-month minimum is often argued against early
        # termination; it governs the grant, not the court's later power (Killion).  Said,
        # and the answer rests on case law beyond ca-rules.md 3.6: M.
        reasons.append(("PC 1203.097 sets a 36-month minimum when domestic-violence probation is granted; it does not take away the court's power to end it early, though prosecutors often argue that it does, and the court looks for the batterer program to be finished.", "PC 1203.097(a)(1); People v. Killion (2018) 24 Cal.App.5th 337"))
        conf = weakest(conf, "M")
    unmet = case.open_conditions(ctx.as_of)
    first = early_termination_step(ctx, case)
    if first == EARLY_TERMINATION_ONLY:
        steps = [first, "Ask by motion: there is no 1203.4 petition (form CR-180) to file with it."]
    elif first.startswith((EARLY_TERMINATION_WAITS, EARLY_TERMINATION_MAY_WAIT)):
        steps = [first, "Ask by motion or on form CR-180 (it has the early-termination request); file the 1203.4 petition once nothing else stops it."]
    else:
        steps = [first, "Use form CR-180 (it has the early-termination request) and file it together with the 1203.4 petition."]
    if unmet:
        # A standing order (stay away) is kept, not finished or progressed on (S27B-03).
        finish, keep = finish_and_keep(unmet)
        said = "; ".join(part for part in (f"Finish or show progress on: {finish}" if finish else "", f"keep to: {keep}" if keep else "") if part)
        steps.insert(0, f"{said[0].upper()}{said[1:]}; the court looks at compliance.")  # "; " as the other steps, not " - " (S27-17)
    cap = ab1950_flag(ctx, case)
    if cap is not None:
        reasons.append((cap.text, cap.cite))
        if cap.granted_since:
            # Ordered with the cap in force: the longer term itself is the argument (S28-05).
            steps.append(f"Cite AB 1950: the term ordered is longer than its {cap.years}-year cap, and the record shows no exception that allows it.")
        elif not cap.final_before:
            ended = "ended" if cap.capped_end < ctx.as_of else "ends"  # S26B-01
            steps.append(f"Cite AB 1950: on the capped reading probation {ended} on {iso(cap.capped_end)}.")
        conf = weakest(conf, "M")
    if case.money is not None and case.money.restitution_owed > 0:
        reasons.append((f"{restitution_still_owed(case.money)} stays owed; the court cannot reduce it for good conduct.", "PC 1203.3(b)(4)"))
    return det(ctx, case, None, KEY, "eligible", mode="discretionary", reasons=reasons, next_steps=steps, confidence=conf)


evaluate = gated(KEY, gate, decide, scope="case")
REMEDY = Remedy(key=KEY, scope="case", evaluate=evaluate, gate=gate, decide=decide)
