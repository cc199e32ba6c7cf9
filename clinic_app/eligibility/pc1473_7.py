"""Motion to vacate: PC 1473.7 (ca-rules.md 3.15, 4.8).  A referral, not a form to fill.

- (a): a person no longer in criminal custody may move to vacate a conviction or sentence
  for (1) prejudicial error damaging the ability to understand, defend against or
  knowingly accept the actual or potential adverse immigration consequences (no finding
  of ineffective assistance needed, AB 2867); (2) newly discovered evidence of actual
  innocence; (3) a conviction sought, obtained or imposed on the basis of race,
  ethnicity or national origin (PC 745).  Effective 2017-01-01.
- Timing: an (a)(1) motion is timely while not in custody; the court may find it untimely
  if it was not filed with reasonable diligence after the later of notice that immigration
  authorities rely on the conviction (e.g. a Notice to Appear) and a final removal order.  A hearing is required; the court
  decides on the evidence (People v. Vivar (2021) 11 Cal.5th 510): discretionary.
- A vacatur for legal defect works for immigration (Matter of Pickering (BIA 2003)); a
  1203.4 dismissal does not (Matter of Roldan; Nunez-Reyes v. Holder).
- The engine refers every conviction of a person who is not a citizen, or whose
  citizenship is unknown, to immigration counsel under (a)(1); the (a)(2) and (a)(3)
  grounds turn on evidence the record does not carry.
- While in criminal custody (prison, jail, probation, parole, supervision) the route is a
  habeas petition instead [M].
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from clinic_app.eligibility import record_facts as R
from clinic_app.eligibility.bars import bar_sentences, by_end, lifts_on
from clinic_app.eligibility.common import QUESTION_AFTER_BAR_STEP, bars_decision
from clinic_app.eligibility.dates import iso
from clinic_app.eligibility.gates import ConvictionProfile, gated
from clinic_app.eligibility.registry import Remedy
from clinic_app.eligibility.result import det, find_out_step, law_starts_step, needs_review, not_eligible, record_lacks
from clinic_app.model import Case, Conviction, Determination, Reason

KEY = "pc1473_7"
CITE = "PC 1473.7(a)(1)"
EFFECTIVE = date(2017, 1, 1)

# Every dismissal route, as ca-rules.md 4.8 lists them [H]: "under PC 1203.4" was read aloud
# beside a count whose route is 1203.4a (S28B-08).
_IMMIGRATION = ("A dismissal (PC 1203.4, 1203.4a, 1203.41 or 1203.42) or automatic relief (PC 1203.425) still counts as a conviction for immigration; a vacatur for legal error does not.", "Matter of Roldan (BIA 1999); Matter of Pickering (BIA 2003)")
_CITIZEN = Reason(
    "The client is a US citizen, so the immigration ground of PC 1473.7(a)(1) does not apply; the innocence and racial-justice grounds ((a)(2), (a)(3)) turn on evidence an attorney reviews.",
    CITE,
)
_UNKNOWN = Reason("The record does not say whether the client is a US citizen; if not, a motion to vacate may be the only relief that helps with immigration.", CITE)
_IMMIGRATION_R = Reason(*_IMMIGRATION)
_ASK = "Ask the client whether they are a US citizen; if not, refer them to an immigration attorney before filing anything."
# Criminal custody: probation, supervision after release, or a sentence being served.
_CUSTODY = ("probation", "parole", "prcs", "mandatory_supervision", "serving_sentence")
# ca-rules.md 3.15 says "a person no longer in criminal custody", and nothing of custody on
# another conviction (S28-04).
OTHER_CUSTODY_QUESTION = ("Whether custody on another conviction stops a motion on this one is an open question an attorney decides: the motion is for "
                          "\"a person who is no longer in criminal custody\", but a habeas petition reaches only a conviction the person is in custody on, so that reading would leave no route while that custody lasts.")
_REFER = "Refer the client to an immigration attorney now, before any other petition is filed for this conviction."


def _find_out(ctx, case: Case, missing: str | None) -> list[str]:
    """The step that settles whether the sentence is over: the missing fact's question, or
    the record's check where it gives that fact but contradicts it (S27B-01: a probation
    marked active past its end asked "Is probation active ...?" beside the check)."""
    if missing is None:
        return ["Find out whether the sentence, including any supervision, is over, then screen again."]
    lacks, checks = record_lacks(ctx, case, [missing])
    return checks or [find_out_step(ctx, case, lacks)]


def gate(p: ConvictionProfile) -> Reason | None:
    """Not applicable to a US citizen (the immigration ground)."""
    return _CITIZEN if p.us_citizen is True else None


def decide(ctx, case: Case, conv: Conviction) -> Determination:
    """PC 1473.7 for a conviction of a client not known to be a citizen (the gate let it through)."""
    citizen = ctx.person.us_citizen
    if ctx.as_of < EFFECTIVE:
        return not_eligible(ctx, case, conv, KEY, [("The motion to vacate exists only from 2017-01-01.", "PC 1473.7 (Stats. 2016, ch. 739, effective 2017-01-01)")], next_steps=[law_starts_step(EFFECTIVE, "PC 1473.7")])
    if citizen is None:
        return Determination(case.id, conv.id, KEY, "needs_review", None, None, [_UNKNOWN, _IMMIGRATION_R], [_ASK], ["person.us_citizen"], "M")
    reasons = [
        ("The client is not a US citizen, so this conviction may carry immigration consequences that a dismissal does not remove.", CITE),
        _IMMIGRATION,
    ]
    state = R.sentence_state(case, ctx.as_of)
    if state.state == "serving":
        reasons.append((f"The motion is for a person no longer in criminal custody, and the person is still serving this sentence{state.aside}; until then the route is a habeas petition.", "PC 1473.7(a)"))
        until = state.until
        steps = [_REFER, "Ask a defense attorney about a habeas petition while custody lasts."]
        # Custody in another case that outlasts this one's is said (time oracle S26B-02:
        # "recheck on 2024-07-02" beside a probation in another case running until
        # 2027-06-29), and whether it stops the motion is the open question below (S28-04):
        # no day is promised past this case's own custody.
        elsewhere = ctx.bars.others(case.id, _CUSTODY)
        lifted = lifts_on(elsewhere) if elsewhere else None
        outlasts = bool(elsewhere) and (until is None or lifted is None or lifted > until)
        if outlasts:
            # Its title once: said right after, one case's parole reads "in case c2" (B92-02).
            reasons.extend((said, "PC 1473.7(a)") for said in bar_sentences(by_end(elsewhere), case, apart=True))
        if until is not None:
            reasons.append((f"This case's custody ends on the record's dates; recheck on {iso(until)}.", "PC 1473.7(a)") if outlasts
                           else (f"The custody ends on the record's dates; recheck on {iso(until)}.", "PC 1473.7(a)"))
        if outlasts:
            reasons.append((OTHER_CUSTODY_QUESTION, "PC 1473.7(a)"))
            return needs_review(ctx, case, conv, KEY, reasons, next_steps=[*steps, QUESTION_AFTER_BAR_STEP])
        return det(ctx, case, conv, KEY, "blocked", date=until, reasons=reasons, next_steps=steps, confidence="M")
    if state.state == "unknown":
        # Custody decides between this motion and habeas: a missing fact, said and asked for.
        reasons.append(("The record does not show whether this sentence is over; the motion is for a person no longer in criminal custody (otherwise the route is a habeas petition).", "PC 1473.7(a)"))
        return needs_review(
            ctx, case, conv, KEY, reasons,
            missing=[state.missing] if state.missing else [],
            # The fact's own question, as every other result asking it says it (F26B-02: "Find
            # out whether the sentence, including any supervision, is over" beside 1203.425's
            # "Has every part of the sentence (jail, fines, other terms) been completed?").
            # A fact the record gives but contradicts is checked instead (S27B-01).
            next_steps=[_REFER, *_find_out(ctx, case, state.missing)],
            confidence="M",
        )
    else:
        # "A person who is no longer in criminal custody" (ca-rules.md 3.15): probation,
        # supervision or a sentence in another case is said (S25-06: only this case's sentence
        # was read), but whether it stops a motion on this conviction the rules leave open, so
        # an attorney decides (S28-04: it was "blocked" until that custody ended).
        other = bars_decision(
            ctx, case, conv, KEY, "PC 1473.7(a)", kinds=(), review_kinds=_CUSTODY, review_question=OTHER_CUSTODY_QUESTION,
            otherwise=lambda: (*reasons, ("This case's sentence is over.", "PC 1473.7(a)")),
        )
        if other is not None:
            return replace(other, next_steps=[_REFER, *other.next_steps])
        reasons.append(("The person is no longer in criminal custody for it, so a motion to vacate may be made.", "PC 1473.7(a)"))
    reasons.append(("The court decides on the evidence at a hearing whether an error about immigration consequences was prejudicial.", "PC 1473.7(a)(1), (d); People v. Vivar (2021) 11 Cal.5th 510"))
    # Said as "now", not "once": read as "wait for a Notice to Appear" (readability finding R17-08).
    # "May find it untimely", not "must be filed" (Q35: the statute lets the court find it so;
    # ca-rules.md 3.15), after the later of the two notices.
    reasons.append(("The motion can be made now, while the person is out of custody; once immigration authorities rely on the conviction (for example a Notice to Appear), the court may find it untimely if it was not filed with reasonable diligence after the later of that notice and a final removal order: file promptly.", "PC 1473.7(b)(2)"))
    steps = [_REFER, "If the attorney agrees, file a written motion to vacate under PC 1473.7 with the court that entered the conviction (no mandatory Judicial Council form was found: check courts.ca.gov for a current one)."]
    return det(ctx, case, conv, KEY, "eligible", mode="discretionary", reasons=reasons, next_steps=steps, confidence="M")


evaluate = gated(KEY, gate, decide)
REMEDY = Remedy(key=KEY, scope="conviction", evaluate=evaluate, gate=gate, decide=decide)
