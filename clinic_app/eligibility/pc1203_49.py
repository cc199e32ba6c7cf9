"""Relief for a trafficking victim's PC 647(b) conviction: PC 1203.49 (ca-rules.md 3.16).

- A person convicted under PC 647(b) who has completed any term of probation for it may
  petition; on clear and convincing evidence that the conviction resulted from their
  status as a victim of human trafficking, the court may find them a victim and order
  PC 1203.4 relief.  Discretionary.  CR-180 lists PC 1203.49.
- Largely superseded by PC 236.14 vacatur (which also erases the record), but still
  available [M].
- Whether a 647(b) conviction without probation qualifies is not settled here: an
  attorney decides.
"""

from __future__ import annotations

from clinic_app.eligibility import record_facts as R
from clinic_app.eligibility import sentence as S
from clinic_app.eligibility.common import later_step, probation_still_running
from clinic_app.eligibility.dates import iso
from clinic_app.eligibility.gates import ConvictionProfile, gated
from clinic_app.eligibility.pc236_14 import marked_a_result, reports_a_survivor
from clinic_app.eligibility.registry import Remedy
from clinic_app.eligibility.result import det, find_out_step, needs_review, not_applicable, unknown_offense
from clinic_app.model import Case, Conviction, Determination, Reason

KEY = "pc1203_49"
CITE = "PC 1203.49"
_SECTION = frozenset({"647(b)"})
_ONLY_647B = Reason("PC 1203.49 is only for PC 647(b) convictions.", CITE)


def gate(p: ConvictionProfile) -> Reason | None:
    """Not applicable unless the conviction is under PC 647(b)."""
    m = p.match
    return None if m.code == "PC" and (R.in_sections(m, _SECTION) or R.split_on(m, _SECTION)) else _ONLY_647B


def decide(ctx, case: Case, conv: Conviction) -> Determination:
    """PC 1203.49 for a PC 647(b) conviction (the gate let it through)."""
    split = R.split_on(ctx.match(conv), _SECTION)
    if split is not None:  # "647(f)/(b)": which one it is decides whether 1203.49 applies (O24B-03)
        return unknown_offense(ctx, case, conv, KEY, split)
    if not (conv.trafficking_related or ctx.person.trafficking_survivor):
        return not_applicable(
            ctx, case, conv, KEY,
            "PC 1203.49 is for a 647(b) conviction that resulted from being trafficked, and nothing in the record says so; ask the client.",
            CITE, confidence="M",
        )
    # The marks cover partner violence too (pc236_14.EITHER), and 1203.49 is for trafficking
    # alone (ca-rules.md 3.16).  The client's own report is enough to screen it open, the
    # attorney confirming it was trafficking (public case S52); the count's mark alone leaves
    # which it was unknown, and that decides it (Q287 fault 03), as before 2022 for 236.14.
    said = [marked_a_result("it")] if conv.trafficking_related else []
    if ctx.person.trafficking_survivor:
        said.append(reports_a_survivor())
        said.append("Whether this conviction resulted from being trafficked, which PC 1203.49 needs, is for the attorney to confirm")
    said_text = "; ".join(f"{x[0].lower()}{x[1:]}" for x in said)
    reasons = [(f"The conviction is under PC 647(b), and {said_text}.", CITE)]
    steps = [
        "File form CR-180 (petition), checking the PC 1203.49 box, with the court that entered the conviction, with evidence that the conviction resulted from being trafficked.",
        "Consider vacatur under PC 236.14 first: it erases the conviction rather than dismissing it.",
    ]
    which = None
    if not ctx.person.trafficking_survivor:
        which = ("PC 1203.49 is only for a victim of human trafficking, and the record's mark does not say whether the client was trafficked or a survivor of intimate partner or sexual violence.", CITE)
        reasons.append(which)
        steps.insert(0, "Ask whether the client was trafficked: PC 1203.49 is only for a trafficking victim.")
    s = case.sentence
    if s is None:
        return needs_review(ctx, case, conv, KEY, [*reasons, ("PC 1203.49 needs completed probation, and the record does not show the sentence.", CITE)], missing=[f"cases[{case.id}].sentence"], confidence="M")
    if s.type != "probation":
        return needs_review(
            ctx, case, conv, KEY,
            [*reasons, ("PC 1203.49 speaks of a person who has completed probation; whether it reaches a conviction without probation is an open question an attorney decides.", CITE)],
            confidence="L",
        )
    if s.probation is not None and s.probation.stands_revoked():
        return _after_revocation(ctx, case, conv, reasons, s.completed)
    revoked = s.probation.last_revoked() if s.probation is not None else None
    if revoked is not None and R.sentence_state(case, ctx.as_of).state == "completed":
        # Marked completed, yet the record shows a revocation and no reinstatement after it:
        # completed only if probation was in fact reinstated (S28-02: "Probation is completed"
        # was said of it).
        return needs_review(
            ctx, case, conv, KEY,
            [*reasons, (f"The record marks probation completed but shows it revoked on {iso(revoked)} and no reinstatement after that. PC 1203.49 is for a person who has completed probation: if probation was reinstated and ran to its end, it was completed; if it was not, whether a revoked probation counts is an open question an attorney decides.", CITE)],
            next_steps=[f"Check the docket: was probation reinstated after the revocation of {iso(revoked)}? If so, record that violation's outcome as reinstated and screen again; if not, an attorney decides whether the revoked probation counts as completed for PC 1203.49 before anything is filed."],
            confidence="L",
        )
    state = R.sentence_state(case, ctx.as_of)
    if state.state == "unknown":
        return needs_review(ctx, case, conv, KEY, [*reasons, ("PC 1203.49 needs completed probation, and the record does not show whether it ended.", CITE)], missing=[state.missing] if state.missing else [], confidence="M")
    if state.state == "serving":
        if state.until is None:
            return needs_review(ctx, case, conv, KEY, [*reasons, ("PC 1203.49 needs completed probation, and the record does not show when it ends.", CITE)], missing=[f"cases[{case.id}].sentence.probation.end"], confidence="M")
        reasons.append((probation_still_running(S.probation_end(s.probation), "the petition can be filed"), CITE))
        filing = steps.index(next(x for x in steps if x.startswith("File form CR-180")))
        steps[filing] = later_step(steps[filing], f"On or after {iso(state.until)}")  # not while probation runs (S31-03)
        if which is not None:
            return needs_review(ctx, case, conv, KEY, reasons, next_steps=steps, confidence="M")
        return det(ctx, case, conv, KEY, "eligible_on", mode="discretionary", date=state.until, reasons=reasons, next_steps=steps, confidence="M")
    reasons.append(("Probation is completed, so the court may, on clear and convincing evidence, find the person a trafficking victim and grant PC 1203.4 relief.", CITE))
    if which is not None:
        return needs_review(ctx, case, conv, KEY, reasons, next_steps=steps, confidence="M")
    return det(ctx, case, conv, KEY, "eligible", mode="discretionary", reasons=reasons, next_steps=steps, confidence="M")


def _after_revocation(ctx, case: Case, conv: Conviction, reasons: list, served: bool | None) -> Determination:
    """Probation revoked and not reinstated: whether it was "completed" is the attorney's
    question (ca-rules.md 3.16 says only "completed probation").  The reason had said "the
    record does not show whether it ended" beside a record showing the revocation (F26-04)."""
    reasons = [*reasons, ("Probation was revoked and not reinstated. PC 1203.49 is for a person who has completed probation; whether a revoked probation counts is an open question an attorney decides.", CITE)]
    decide = "An attorney decides whether the revoked probation counts as completed for PC 1203.49 before anything is filed."
    if served is None:
        reasons.append(("The record does not show whether the sentence that followed the revocation is over.", CITE))
        missing = [f"cases[{case.id}].sentence.completed"]
        return needs_review(ctx, case, conv, KEY, reasons, missing=missing, next_steps=[find_out_step(ctx, case, missing), decide], confidence="L")
    if served is False:
        reasons.append(("The sentence that followed the revocation is still being served.", CITE))
    return needs_review(ctx, case, conv, KEY, reasons, next_steps=[decide], confidence="L")


evaluate = gated(KEY, gate, decide)
REMEDY = Remedy(key=KEY, scope="conviction", evaluate=evaluate, gate=gate, decide=decide)
