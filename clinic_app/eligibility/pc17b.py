"""PC 17(b): reducing a wobbler felony to a misdemeanor "for all purposes" (ca-rules.md 3.7).

- A wobbler is punishable either as a felony or as a misdemeanor.  (b)(1): after a
  judgment imposing a punishment other than state prison or 1170(h) county jail;
  (b)(3): when probation is granted without imposition of sentence, at the grant or on
  application later, with no time limit (Meyer v. Superior Court (1966) 247 Cal.App.2d 133).
- Not available for straight felonies, where a prison term was imposed and its execution
  suspended (People v. Wood (1998) 62 Cal.App.4th 1262), or where a state-prison or
  1170(h) sentence was imposed.
- Discretionary.  SB 1106 (from 2023-01-01): unpaid restitution is no reason to deny it.
- Effects: a misdemeanor for all purposes (People v. Park (2013) 56 Cal.4th 782), which
  lifts the PC 29800 felony firearm ban; a strike stays a strike (PC 667(d)(1)).
"""

from __future__ import annotations

from clinic_app.catalog import law_named
from clinic_app.eligibility import pc1203_4
from clinic_app.eligibility import record_facts as R
from clinic_app.eligibility import sentence as S
from clinic_app.eligibility.common import JUDGMENT_DECIDES_LEVEL_STEP, SB1106_EFFECTIVE
from clinic_app.eligibility.consequences import LIFETIME_OR_TEN, attempt_of_listed, lifetime_29805, lifetime_if_dated, reduced_may_be_mcdv
from clinic_app.eligibility.dates import anniversary, iso
from clinic_app.eligibility.depends_on import ask, silent, unsettled
from clinic_app.eligibility.gates import ConvictionProfile, gated
from clinic_app.eligibility.registry import Remedy
from clinic_app.eligibility.result import det, needs_review, not_eligible, shared_reason, unknown_offense
from clinic_app.eligibility.serious import is_serious, is_violent, serious_condition
from clinic_app.model import Case, Conviction, Determination, Reason

KEY = "pc17b"


def gate(p: ConvictionProfile) -> Reason | None:
    """Not applicable unless the conviction is a felony still (not already reduced)."""
    if p.level != "felony":
        return shared_reason(f"This conviction is already {'an infraction' if p.level == 'infraction' else 'a ' + p.level}; PC 17(b) reduces felonies.", "PC 17(b)")
    if p.effective_level != "felony":
        # Redesignated under Prop 47 / Prop 64 (a 17(b) grant itself is said as "already
        # granted" before any gate): a misdemeanor for all purposes, nothing left to reduce.
        return _ALREADY_REDUCED
    return None


_ALREADY_REDUCED = Reason(
    "This felony has already been reduced to a misdemeanor for all purposes (Prop 47 or Prop 64), so PC 17(b) has nothing left to reduce.",
    "PC 1170.18(k); HS 11361.8; PC 17(b)",
)


def decide(ctx, case: Case, conv: Conviction) -> Determination:
    """PC 17(b) for a felony conviction (the gate let it through)."""
    wobbler = ctx.wobbler(conv)
    if wobbler is None:
        return unknown_offense(ctx, case, conv, KEY)
    mt = ctx.match(conv)
    cited = law_named(conv.code, conv.section)
    wobbler_if = unsettled(mt, "wobbler", conv=conv) if conv.wobbler is None else None
    s = case.sentence
    if s is not None and s.type in S.CUSTODY_SENTENCES and (wobbler or wobbler_if):
        # Said before asking the subdivision: the sentence closes it either way (legal review).
        where = "a state prison sentence" if s.type == "state_prison" else "a county jail sentence under PC 1170(h)"
        return not_eligible(ctx, case, conv, KEY, [(f"The court imposed {where}, so PC 17(b)(1) does not allow a reduction.", "PC 17(b)(1)")], confidence="M")
    if wobbler_if is not None and s is not None and s.type == "probation" and s.imposition_suspended is False:
        # A prison term imposed and suspended closes 17(b) for a wobbler too (Wood), so the
        # subdivision decides nothing: not asked (Q287 fault 02: a bare 459's degree was).
        return _wood(ctx, case, conv, f" whether or not {wobbler_if}")
    if wobbler_if is not None:
        # A bare 459, 245 or 26100: the degree or subdivision decides (legal review: a bare 459
        # was "a wobbler", though first-degree burglary is a straight felony).
        return ask(ctx, case, conv, KEY, mt, (f"PC 17(b) can reduce {cited} only if {wobbler_if}; a straight felony cannot be reduced, and {silent(mt)}.", "PC 17(b)"))
    if not wobbler and conv.wobbler is None and mt.offense is not None and mt.offense.no_felony_form:
        # A felony conviction of an offense the catalog lists only as a misdemeanor or an
        # infraction: "a straight felony" was false (Q267 fault 03).  Either the level was written
        # wrongly or the felony is a form the catalog does not read (PC 314(1) with a prior, PC
        # 490.2 after a listed prior), so it is checked, not called a contradiction (R277-01).
        # Nothing is missing, so the record is checked in a step (S27B-01).
        level = _a_level(mt.offense.level)
        return needs_review(ctx, case, conv, KEY, [_level_contradicted(cited, level)], next_steps=[_check_the_level(cited, level)], confidence="M")
    if not wobbler:
        # ca-rules.md 3.7 tags the list [H/M]: public cases rate a section whose level Prop 47
        # or Prop 64 later changed M (S05, S07), a plain straight felony H (S23, S36a, S50);
        # a row whose level the catalog marks unverified ([L]) is M too.
        off = mt.offense
        unsure = off is not None and (off.prop47 or off.prop64 or "[L]" in off.notes)
        return not_eligible(ctx, case, conv, KEY, [(f"{cited} is a straight felony, not a wobbler, so it cannot be reduced under PC 17(b).", "PC 17(b)")], confidence="M" if unsure else "H")
    if s is None:
        return needs_review(ctx, case, conv, KEY, [("The record does not show the sentence, which decides whether PC 17(b) is open.", "PC 17(b)")], missing=["sentence"], confidence="M")
    off = mt.offense
    if conv.wobbler is None and off is not None and not off.wobbler and off.holds_for_felony("wobbler"):
        # The level settles what the section alone does not (a felony 243 is 243(c) or (d)).
        said = f"As a felony, {cited} is a wobbler: {off.condition('wobbler')}, which is punishable as a felony or a misdemeanor."
    else:
        said = f"{cited} is a wobbler: punishable as a felony or a misdemeanor."
    reasons: list[tuple[str, str]] = [(said, "PC 17(b)")]
    if s.type == "probation":
        if s.imposition_suspended is None:
            return needs_review(
                ctx, case, conv, KEY,
                [*reasons, (f"The record does not show which the court did at sentencing: {S.SENTENCING_CHOICE}; only the first allows PC 17(b)(3).", "PC 17(b)(3); People v. Wood (1998) 62 Cal.App.4th 1262")],
                missing=["sentence.imposition_suspended"],  # the step asks it as the reason says it
                confidence="M",
            )
        if s.imposition_suspended is False:
            return _wood(ctx, case, conv)
        p = s.probation
        if p is None:
            return needs_review(ctx, case, conv, KEY, [*reasons, ("Probation was granted and the record has none of its facts; if it was revoked and a prison or 1170(h) term was then imposed, 17(b) is closed.", "PC 17(b)(1), (b)(3)")], missing=["sentence.probation"], confidence="M")
        if p is not None and p.stands_revoked():
            return needs_review(ctx, case, conv, KEY, [*reasons, ("Probation was revoked; if a prison or 1170(h) term was then imposed, 17(b) is closed.", "PC 17(b)(1), (b)(3)")], missing=["sentence.custody"], confidence="M")  # not the type, which the record gives (S28-03)
        reasons.append(("Probation was granted without imposition of sentence, so the court may declare it a misdemeanor at any time, even during probation or after a 1203.4 dismissal.", "PC 17(b)(3); Meyer v. Superior Court (1966) 247 Cal.App.2d 133"))
    else:
        return _already_by_judgment(ctx, case, conv, reasons)
    m = case.money
    confidence = "H" if s.imposition_suspended else "M"
    if m is not None and m.restitution_owed > 0 and ctx.as_of >= SB1106_EFFECTIVE:
        reasons.append(("Unpaid restitution is no reason to deny the reduction (SB 1106).", "PC 17 (SB 1106)"))
    elif m is not None and m.restitution_owed > 0:
        # Public case S34 rates this M: before SB 1106 a court could weigh it.  The reduction's
        # own discretion is the authority: ca-rules.md gives Covington for 1203.4's probation
        # condition only (2.3) and no case for 17(b) before SB 1106 (Q307-02).
        reasons.append(("Restitution is unpaid; before SB 1106 (2023-01-01) a court could weigh that against the reduction.", "PC 17(b)"))
        confidence = "M"
    steps = ["Ask for the reduction on form CR-180 (17(b) box) with the court that entered the conviction" + ("; it can be filed together with a 1203.4 petition." if _dismissal_open(ctx, case, conv) else ".")]
    strike_if = serious_condition(mt, conv)
    if strike_if is not None:
        reasons.append((f"If {strike_if}, it is a serious or violent felony, which stays a strike even if reduced.", "PC 667(d)(1); PC 1192.7(c); PC 667.5(c)"))
    elif is_serious(mt) or is_violent(mt):
        reasons.append(("A reduced serious or violent felony still counts as a strike.", "PC 667(d)(1)"))
    off = ctx.offense(conv)
    if lifetime_29805(off, conv):
        reasons.append(("The reduction is discretionary; afterwards the offense is a misdemeanor for all purposes, which lifts the state felony firearm ban, but a PC 273.5 misdemeanor convicted since 2019 carries a lifetime state ban, and the federal domestic-violence ban may apply.", "PC 17(b); People v. Park (2013) 56 Cal.4th 782; PC 29805(b); 18 USC 922(g)(9)"))
        _said_of_an_attempt(reasons, mt)
    elif lifetime_if_dated(off, conv):
        reasons.append((f"The reduction is discretionary; afterwards the offense is a misdemeanor for all purposes, which lifts the state felony firearm ban, but as a PC 273.5 misdemeanor it would carry {LIFETIME_OR_TEN}.", "PC 17(b); People v. Park (2013) 56 Cal.4th 782; PC 29805(a), (b)"))
        _said_of_an_attempt(reasons, mt)
    elif off is not None and (off.firearm_29805 or unsettled(mt, "firearm_29805", conv=conv)):
        # ca-rules.md 3.7: a listed misdemeanor keeps a ten-year ban from the conviction date.
        listed_if = unsettled(mt, "firearm_29805", conv=conv)
        end = anniversary(conv.conviction_date, 10) if conv.conviction_date is not None else None
        if end is not None and end < ctx.as_of:
            # The ten years have run: said with its date, not as a ban still to come
            # (readability finding: the consequences said it ended in 2011).
            listed = f"if {listed_if}, a PC 29805 misdemeanor carries" if listed_if else "a PC 29805 misdemeanor carries"
            reasons.append((f"The reduction is discretionary; afterwards the offense is a misdemeanor for all purposes, which lifts the state felony firearm ban; the ten-year state ban {listed}, counted from the conviction date, ended on {iso(end)}.", "PC 17(b); People v. Park (2013) 56 Cal.4th 782; PC 29805(a)"))
        else:
            listed = f"if {listed_if}, it is a PC 29805 misdemeanor and carries" if listed_if else "as a PC 29805 misdemeanor it carries"
            until = f", until {iso(end)}" if end is not None else ""
            reasons.append((f"The reduction is discretionary; afterwards the offense is a misdemeanor for all purposes, which lifts the state felony firearm ban, but {listed} a ten-year state ban from the conviction date{until}.", "PC 17(b); People v. Park (2013) 56 Cal.4th 782; PC 29805(a)"))
            _said_of_an_attempt(reasons, mt)
    else:
        reasons.append(("The reduction is discretionary; afterwards the offense is a misdemeanor for all purposes, which lifts the state felony firearm ban.", "PC 17(b); People v. Park (2013) 56 Cal.4th 782"))
    if not lifetime_29805(off, conv) and reduced_may_be_mcdv(off):
        # As the firearm consequence says (consequences.py): said here too, where the choice is made.
        reasons.append(("If the victim was a spouse, partner or family member, the reduced misdemeanor would carry the federal lifetime domestic-violence firearm ban.", "18 USC 922(g)(9)"))
    if conv.wobbler is None and off is not None and off.level_unverified:
        # The reduction rests on the catalog's wobbler flag alone, and the row's notes rate its
        # level unverified (a Prop 36 section: ca-rules.md section 1 rates Prop 36 [L]): an [L]
        # point is needs_review, never an eligible at H (checker finding N1).
        doubt = (f"The offense catalog has not verified that {cited} can be punished as a misdemeanor (a wobbler), which alone opens PC 17(b); an attorney confirms it in the statute.", "PC 17(b)")
        return needs_review(ctx, case, conv, KEY, [doubt, *reasons[1:]], next_steps=[f"An attorney checks the punishment {cited} sets (felony only, or felony or misdemeanor) before a 17(b) request is filed.", *steps], confidence="L")
    return det(ctx, case, conv, KEY, "eligible", mode="discretionary", reasons=reasons, next_steps=steps, confidence=confidence)


def _wood(ctx, case: Case, conv: Conviction, whichever: str = "") -> Determination:
    """Closed by People v. Wood: a prison term imposed and its execution suspended before
    probation (ca-rules.md 3.7); `whichever`, the fact it is closed whatever its answer."""
    return not_eligible(ctx, case, conv, KEY, [(f"A prison term was imposed and its execution suspended, so PC 17(b) is not available{whichever}.", "People v. Wood (1998) 62 Cal.App.4th 1262")], confidence="M")


def _a_level(level: str) -> str:
    """The catalog's level with its article: "a misdemeanor", "an infraction"."""
    return f"an {level}" if level[:1] in "aeiou" else f"a {level}"


def _level_contradicted(cited: str, level: str) -> tuple[str, str]:
    """Why PC 17(b) is not answered for a felony of an offense the catalog lists only at `level`."""
    return (f"The record says the conviction of {cited} was a felony, but the offense catalog lists {cited} as {level} "
            "and reads no felony of it: either the level was written wrongly, or the felony is a form the catalog "
            "does not read, so whether PC 17(b) can reduce it waits until the record is checked.", "PC 17(b)")


def _check_the_level(cited: str, level: str) -> str:
    """The step that settles `_level_contradicted`: the court record decides which it was."""
    return (f"Check the abstract of judgment or the minute order for {cited}: the record says felony, but the offense catalog "
            f"lists {level}. If the level is wrong, record it as {level} and screen again; if the court entered a "
            "felony under another section or subdivision, record that one and screen again; if the felony was under "
            f"{cited} itself, an attorney decides whether the law makes that felony a wobbler.")


def _already_by_judgment(ctx, case: Case, conv: Conviction, reasons: list) -> Determination:
    """A felony wobbler whose judgment imposed neither probation nor a state prison or 1170(h)
    term.  PC 17(b)(1) makes such a crime a misdemeanor "for all purposes" by the judgment
    itself (ca-rules.md 3.7 [H]): there is nothing for the court to reduce, so "eligible,
    discretionary, ask on CR-180" was wrong.  The record's felony level and its sentence
    cannot both be right: which one is wrong decides every remedy, so it is asked (T61-01)."""
    why = [
        *reasons,
        ("The record shows a felony judgment with neither probation nor a state prison or 1170(h) term. A judgment on a wobbler that imposes any other punishment makes it a misdemeanor for all purposes by itself, with no reduction to ask for; so either the conviction is already a misdemeanor, or the sentence was a prison or 1170(h) term.", "PC 17(b)(1)"),
    ]
    # Nothing is missing: the record gives both facts and one contradicts the other, so it is
    # checked in a step (S27B-01: missing_facts names only what the record lacks).
    return needs_review(ctx, case, conv, KEY, why, next_steps=[JUDGMENT_DECIDES_LEVEL_STEP], confidence="M")


def _dismissal_open(ctx, case: Case, conv: Conviction) -> bool:
    """Whether a PC 1203.4 petition could go with the 17(b) request now: a probation case whose
    offense 1203.4(b) does not exclude (a 261.5(d) felony, say, is excluded), with nothing
    from elsewhere stopping the dismissal, and none granted already (S29-02: a count dismissed in
    2018 was told its 17(b) request "can be filed together with a 1203.4 petition")."""
    s = case.sentence
    if R.dismissed(conv) or s is None or s.type != "probation" or pc1203_4.excluded(ctx, conv) is not None:
        return False
    # A pending charge, or parole or probation elsewhere, stops the 1203.4 petition for now.
    return not pc1203_4.stopped_elsewhere(ctx, case)


evaluate = gated(KEY, gate, decide)


def _said_of_an_attempt(reasons: list, m) -> None:
    """An attempt (PC 664) of a PC 29805 offense: the ban the reason just said is the cautious
    reading, and whether it reaches an attempt the open question (L27-01; ca-rules.md 4.5)."""
    question = attempt_of_listed(m)
    if question:
        reasons.append((question.strip(), "PC 29805; PC 664"))


REMEDY = Remedy(key=KEY, scope="conviction", evaluate=evaluate, gate=gate, decide=decide)
