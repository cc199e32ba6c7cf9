"""Withdrawal of a completed deferred-entry-of-judgment plea: PC 1203.43 (ca-rules.md 3.12,
4.8).  One determination per case: the DEJ plea belongs to the case, and a completed DEJ
case has no conviction left in the record.

- Under deferred entry of judgment (former PC 1000 et seq., before AB 208 turned it into
  pretrial diversion on 2018-01-01) the person pleaded guilty and the charges were
  dismissed on completion (PC 1000.3).  The plea can still count as a "conviction" for
  immigration (INA 101(a)(48)(A)).
- 1203.43(a)-(b): on completion and dismissal, the court shall let the person withdraw
  the plea and enter a not-guilty plea, and dismiss, because the advice that the plea
  would never be a conviction was legally invalid.  Mandatory where the conditions are
  met [M].  CR-180 lists PC 1203.43.
- A vacated plea under 1203.43 is effective for immigration (ca-rules.md 4.8).
"""

from __future__ import annotations

from datetime import date

from clinic_app.eligibility import record_facts as R
from clinic_app.eligibility.gates import CaseProfile, gated
from clinic_app.eligibility.registry import Remedy
from clinic_app.eligibility.result import det, needs_review, not_applicable, not_eligible
from clinic_app.model import Case, Determination, Reason

KEY = "pc1203_43"
# The day AB 208 made PC 1000 pretrial diversion, entered with no guilty plea: deferred entry of
# judgment, and its plea, is of arrests before it (intake's and the demo's DEJ read it).
DEJ_BECAME_DIVERSION = date(2018, 1, 1)
CITE = "PC 1203.43(b)"
_NO_DEJ = Reason("The record shows no deferred entry of judgment (DEJ) in this case.", CITE)


def gate(p: CaseProfile) -> Reason | None:
    """Not applicable without deferred entry of judgment."""
    return None if p.program_kind == "dej" else _NO_DEJ


def decide(ctx, case: Case, _conv=None) -> Determination:
    """PC 1203.43 for a case with deferred entry of judgment (the gate let it through)."""
    prog = case.program
    if prog.plea_entered is False:
        return not_applicable(ctx, case, None, KEY, "No guilty plea was entered for deferred entry of judgment, so there is no plea to withdraw.", CITE)
    if case.outcome != "convicted" and R.ended_after(case, ctx.as_of):
        # Screening an earlier day: the program was not yet completed, nor the charges dismissed
        # (oracle finding O22-03: "completed ... on 2026-06-01" was said as of 2026-01-15).
        return not_eligible(
            ctx, case, None, KEY,
            [("On the screening date deferred entry of judgment was not yet completed and the charges not yet dismissed; PC 1203.43 needs both.", "PC 1203.43(a); PC 1000.3")],
            confidence="M",
            next_steps=["Screen again when the court dismisses the charges."],
        )
    if case.outcome == "convicted" and prog.completed_on is not None:
        # Completion ends in a dismissal (PC 1000.3), so a completion date beside a conviction
        # is one fact too many: checked, not read as "not completed yet" (S31-01).
        return needs_review(
            ctx, case, None, KEY,
            [(f"The record says deferred entry of judgment was completed on {prog.completed_on.isoformat()}, yet the case shows a conviction; completing it ends in a dismissal of the charges, so one of the two is wrong. If it was completed, the court shall allow the plea to be withdrawn, which helps with immigration.", "PC 1203.43(a)-(b); PC 1000.3")],
            next_steps=["Check the docket or the minute order: was the case dismissed when deferred entry of judgment was completed, or was judgment entered on the plea? Correct the record and screen again."],
            confidence="M",
        )
    completed = case.outcome == "diversion_completed" or (prog.completed_on is not None and case.outcome != "convicted")
    if case.outcome == "convicted" and prog.completed_on is None:
        return not_eligible(
            ctx, case, None, KEY,
            [("Deferred entry of judgment was not completed: judgment was entered on the plea, so PC 1203.43 does not apply (other relief such as PC 1203.4 may).", CITE)],
            confidence="M",
        )
    if not completed and case.outcome == "dismissed":
        # Under DEJ the charges are dismissed on completion (PC 1000.3), so a dismissed case
        # most likely completed it; but a dismissal can have other grounds: ask.
        return needs_review(
            ctx, case, None, KEY,
            [("The charges were dismissed, and a DEJ case is dismissed when the program is completed (PC 1000.3); the record does not say whether it was completed. If it was, the court shall allow the plea to be withdrawn, which helps with immigration.", "PC 1203.43(a)-(b); PC 1000.3")],
            missing=[f"cases[{case.id}].program.completed_on"],
            next_steps=["Get the minute order of the dismissal: if it followed completion of DEJ, enter the completion date and screen again."],
            confidence="M",
        )
    if not completed:
        return not_eligible(
            ctx, case, None, KEY,
            [("Deferred entry of judgment is not completed yet, and PC 1203.43 needs completion and dismissal of the charges.", "PC 1203.43(a); PC 1000.3")],
            confidence="M",
            next_steps=["Screen again when the court dismisses the charges."],
        )
    if prog.plea_entered is None:
        return needs_review(
            ctx, case, None, KEY,
            [("PC 1203.43 is about the guilty plea entered for deferred entry of judgment, and the record does not say whether one was entered.", CITE)],
            missing=[f"cases[{case.id}].program.plea_entered"],
            confidence="M",
        )
    done = f" on {prog.completed_on.isoformat()}" if prog.completed_on is not None else ""
    reasons = [
        (f"The person completed deferred entry of judgment{done} and the charges were dismissed.", "PC 1203.43(a); PC 1000.3"),
        ("The guilty plea can still count as a conviction for immigration, so the court shall allow it to be withdrawn and the case dismissed.", CITE),
        ("A plea withdrawn under PC 1203.43 no longer counts as a conviction for immigration purposes.", "PC 1203.43(a)(1)"),
    ]
    steps = [
        "File form CR-180 (petition), checking the PC 1203.43 box, with the court that handled the deferred entry of judgment.",
        "If the client is not a US citizen, tell the immigration attorney: this is the relief that helps with immigration.",
    ]
    return det(ctx, case, None, KEY, "eligible", mode="mandatory", reasons=reasons, next_steps=steps, confidence="M")


evaluate = gated(KEY, gate, decide, scope="case")
REMEDY = Remedy(key=KEY, scope="case", evaluate=evaluate, gate=gate, decide=decide)
