"""Vacatur for survivors of trafficking (PC 236.14) and of intimate partner or sexual
violence (PC 236.15) (ca-rules.md 3.16).

- 236.14(a): a person arrested for or convicted of a nonviolent offense committed while a
  victim of human trafficking may petition to vacate it; the person shows by clear and
  convincing evidence that it was the direct result of being trafficked.  The court then
  vacates it as invalid due to legal defect.  Any time after the person ceased to be a
  victim or sought services; the prosecutor has 45 days; no fee.  Effective 2017-01-01.
- Not for violent felonies (PC 667.5(c)) [M].
- 236.15 (AB 124, from 2022-01-01): the same for survivors of intimate partner violence or
  sexual violence.
- Effect: records sealed and destroyed; the conviction deemed not to have occurred; it is
  a vacatur for legal defect, so it works for immigration.  Victim restitution is not
  forgiven.
- Applies when the conviction is marked trafficking-related or the client reports being a
  survivor (person.trafficking_survivor); with only the latter, ask about this offense.
"""

from __future__ import annotations

from datetime import date

from clinic_app.eligibility import record_facts as R
from clinic_app.eligibility.depends_on import ask, silent, unsettled
from clinic_app.eligibility.gates import ConvictionProfile, gated
from clinic_app.eligibility.registry import Remedy
from clinic_app.eligibility.result import det, law_starts_step, needs_review, not_eligible, unknown_offense

from clinic_app.model import Case, Conviction, Determination, Reason

KEY = "pc236_14"
CITE = "PC 236.14(a)"
EFFECTIVE = date(2017, 1, 1)
PC236_15 = date(2022, 1, 1)
# The gate's intake prompt, said of every conviction the record does not tie to trafficking
# or partner violence; the text report asks it once.
NO_SIGN = Reason("Nothing in the record says this offense arose from being trafficked or from intimate partner violence; ask the client.", CITE)


# What the record's two marks hold: the count's (trafficking_related) and the client's
# (trafficking_survivor) each cover trafficking and intimate partner or sexual violence alike
# (FORMAT.md), and no field tells the two apart; 236.14, 236.15 and 1203.49 say them in these
# words (Q287 fault 03: 1203.49 said "trafficked", and 236.14 did before 2022).
EITHER = "trafficked or of intimate partner or sexual violence"


def marked_a_result(this: str = "this offense") -> str:
    """"The record marks this offense as a direct result of being trafficked or of ..."."""
    return f"The record marks {this} as a direct result of being {EITHER}"


def reports_a_survivor() -> str:
    """"The client reports being a survivor of trafficking or of ..."."""
    return "The client reports being a survivor of trafficking or of intimate partner or sexual violence"


def gate(p: ConvictionProfile) -> Reason | None:
    """Not applicable unless the record ties the offense, or the person, to trafficking."""
    return None if (p.trafficking_related or p.trafficking_survivor) else NO_SIGN


def _a(level: str) -> str:
    """ "a misdemeanor", "an infraction"."""
    return f"{'an' if level[0] in 'aeiou' else 'a'} {level}"


def decide(ctx, case: Case, conv: Conviction) -> Determination:
    """PC 236.14 / 236.15 for a conviction the gate let through."""
    if ctx.as_of < EFFECTIVE:
        return not_eligible(ctx, case, conv, KEY, [("Vacatur for trafficking survivors exists only from 2017-01-01.", "PC 236.14 (Stats. 2016, ch. 646, effective 2017-01-01)")], next_steps=[law_starts_step(EFFECTIVE, "PC 236.14")])
    m = ctx.match(conv)
    if m.offense is None:
        return unknown_offense(ctx, case, conv, KEY)
    violent = m.offense.violent and (not m.attempt or R.base_number(m) in R.HOMICIDE_SECTIONS)
    violent_if = unsettled(m, "violent", conv=conv) if not m.attempt else None
    if violent_if is not None and conv.level == "felony":
        return ask(ctx, case, conv, KEY, m, (f"{R.citation(conv)} is a violent felony only if {violent_if}, and vacatur is only for nonviolent offenses; {silent(m)}.", "PC 236.14(a); PC 667.5(c)"))
    if violent and conv.level == "felony":
        desc = m.offense.description
        # An attempt is named as one (oracle finding O21-10: "PC 664/187 (Murder)").
        what = f"attempted {desc[0].lower()}{desc[1:]}" if m.attempt else desc
        return not_eligible(
            ctx, case, conv, KEY,
            [(f"{R.citation(conv)} ({what}) is a violent felony, and vacatur is only for nonviolent offenses.", "PC 236.14(a); PC 667.5(c)")],
            confidence="M",
        )
    also = " (PC 236.15)" if ctx.as_of >= PC236_15 else ""  # law only from 2022-01-01
    if conv.trafficking_related:
        reasons = [(f"{marked_a_result()}{also}.", CITE)]
        # A felony is "nonviolent" by the PC 667.5(c) list, an [M] reading (ca-rules.md 3.16).
        confidence = "M" if conv.level == "felony" else "H"
    else:
        reasons = [(f"{reports_a_survivor()}{also}; whether this offense was a direct result of it is for the attorney to confirm.", CITE)]
        confidence = "M"
    reasons += [
        # A misdemeanor is said as one (S31-06: "PC 647(b) is not a violent felony" read as a felony).
        (f"{R.citation(conv)} is {'not a violent felony' if conv.level == 'felony' else f'{_a(conv.level)}, not a violent felony'}, so it can be vacated on clear and convincing evidence that it was a direct result of being a victim.", CITE),
        ("The court vacates it for legal defect: records are sealed and destroyed and the conviction is deemed not to have occurred, which also helps with immigration.", "PC 236.14(a), (g)"),
    ]
    if ctx.as_of < PC236_15:
        # The record's flags cover trafficking and IPV survivors alike (FORMAT), and before
        # AB 124 only a trafficking survivor could petition: which one decides it (review finding).
        return needs_review(
            ctx, case, conv, KEY,
            [*reasons, ("On this date only a survivor of trafficking could petition (PC 236.15, for intimate partner or sexual violence, begins 2022-01-01), and the record does not say which the client is.", "PC 236.14(a); PC 236.15 (AB 124)")],
            next_steps=["Ask whether the client was trafficked (PC 236.14) or a survivor of intimate partner or sexual violence (PC 236.15, from 2022-01-01)."],
            confidence="M",
        )
    steps = [
        "Gather evidence that the offense was a direct result of being trafficked" + (" or of intimate partner or sexual violence" if ctx.as_of >= PC236_15 else "") + " (declarations, letters from service providers, records).",
        "File a petition to vacate under PC 236.14" + (" (or PC 236.15 for intimate partner or sexual violence)" if ctx.as_of >= PC236_15 else "") + " with the court that entered the conviction; there is no filing fee, and the prosecutor has 45 days to respond.",
        "Ask the court to excuse the client from appearing if that is safer for them.",
    ]
    return det(ctx, case, conv, KEY, "eligible", mode="discretionary", reasons=reasons, next_steps=steps, confidence=confidence)


evaluate = gated(KEY, gate, decide)
REMEDY = Remedy(key=KEY, scope="conviction", evaluate=evaluate, gate=gate, decide=decide)
