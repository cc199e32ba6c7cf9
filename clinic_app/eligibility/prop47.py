"""Prop 47 reduction: PC 1170.18 (ca-rules.md 3.8).

- Offenses (1170.18(a)): HS 11350, 11357, 11377; PC 459.5 (shoplifting), 473 (forgery
  <= $950), 476a (checks <= $950), 490.2 (theft <= $950), 496 (receiving <= $950),
  666 (petty theft with a prior).  Forgery only of the papers PC 473(b) names (a check,
  bond, bank bill, note, cashier's check, traveler's check or money order): the record
  does not say which, so an attorney checks.  A second-degree commercial burglary (PC 459) that was
  an entry into an open business during regular hours to steal <= $950 is shoplifting
  under PC 459.5; grand theft (PC 487, 484e) of <= $950 is petty theft under PC 490.2
  (484e, 503 and 532 by court decisions the rules file does not list: M).
  Only felonies are reduced: a misdemeanor has nothing left to gain.
- Disqualified (1170.18(i)): a prior super-strike (PC 667(e)(2)(C)(iv)) or an offense
  requiring registration under PC 290(c).
- Routes: still serving the sentence (probation, custody, parole, PRCS, mandatory
  supervision) -> petition for recall and resentencing, 1170.18(a)-(b); sentence
  completed -> application to redesignate, 1170.18(f)-(g).
- Deadline (1170.18(j), AB 2765): filings through 2022-11-04; later filings need good
  cause, so from 2022-11-05 the mode is `good_cause`.  Before AB 2765 took effect
  (2017-01-01) the deadline was 2017-11-04, three years from Prop 47's start.
- Effect (1170.18(k)): a misdemeanor for all purposes, except that firearm rights are
  not restored (People v. Bastidas (2017)).
- Only conduct before Prop 47 took effect (2014-11-05): a later felony under one of these
  sections means the new law's own felony exception applied.
"""

from __future__ import annotations

from datetime import date

from clinic_app.case_titles import case_named
from clinic_app.counties import county_key, county_named
from clinic_app.eligibility import record_facts as R
from clinic_app.eligibility import sentence as S
from clinic_app.eligibility.common import JUDGMENT_DECIDES_LEVEL_STEP, judged_without_custody, level_by_judgment
from clinic_app.eligibility.dates import after_it_took_effect, iso
from clinic_app.eligibility.gates import ConvictionProfile, gated
from clinic_app.eligibility.registry import Remedy
from clinic_app.eligibility.result import det, find_out_step, law_starts_step, needs_review, not_eligible, unknown_offense, weakest
from clinic_app.model import Case, Conviction, Determination, Reason

KEY = "prop47"
EFFECTIVE = date(2014, 11, 5)
# What to ask for once reduced, by the case's sentence (ca-rules.md 3.8: "after redesignation
# the person can pursue 1203.4/1203.4a dismissal").  After a jail or prison term the count is
# a misdemeanor with a felony sentence, which no dismissal statute plainly names.
_DISMISSAL_AFTER = {
    "probation": "Once reduced, ask for dismissal under PC 1203.4 as well.",
    "no_probation": "Once reduced, ask for dismissal under PC 1203.4a as well.",
    "county_jail_1170h": "Before filing, an attorney weighs the order: while it is a felony, PC 1203.41 may reach its jail term; once it is a misdemeanor, which dismissal statute reaches that term is unsettled.",
    "state_prison": "Before filing, an attorney weighs the order: while it is a felony, PC 1203.41 may reach its prison term; once it is a misdemeanor, which dismissal statute reaches that term is unsettled.",
    None: "Once reduced, ask for dismissal under PC 1203.4 or 1203.4a as well.",
}
_DISMISSAL_AFTER_REVOKED = "Once reduced, which dismissal can follow depends on the sentence imposed after the revocation (see the PC 1203.4 result)."
_NOT_YET = Reason("Prop 47 took effect on 2014-11-05; on this date there is no Prop 47 petition yet.", "PC 1170.18 (Prop 47, effective 2014-11-05)")
DEADLINE = date(2022, 11, 4)  # last timely day (AB 2765); later filings need good cause
# Before AB 2765 took effect (2017-01-01), 1170.18(j) gave three years from Prop 47's start
# (2014-11-05): a screening for such a day is told the deadline of its day (oracle check O20-05).
AB_2765_IN_FORCE = date(2017, 1, 1)
ENACTED_DEADLINE = date(2017, 11, 4)
VALUE_LIMIT = 950
_ALREADY_MISDEMEANOR = Reason("This conviction is already a misdemeanor; Prop 47 reduces felonies only.", "PC 1170.18(a), (f)")
_INFRACTION = Reason("This conviction is an infraction; Prop 47 reduces felonies only.", "PC 1170.18(a), (f)")

# HS drug possession: a Prop 47 offense whatever the amount.
_DRUGS = frozenset({"11350", "11357", "11377"})
# PC offenses that are Prop 47 offenses as such (their definition already caps the value).
_AS_SUCH = {"459.5": "shoplifting", "490.2": "petty theft", "666": "petty theft with a prior"}
# PC offenses that are Prop 47 offenses only when the value was $950 or less.
_BY_VALUE = {
    "487": ("grand theft", "PC 490.2"),
    "484": ("theft", "PC 490.2"),
    "484e": ("theft of access-card information", "PC 490.2"),
    "496": ("receiving stolen property", "PC 496(a)"),
    "470": ("forgery", "PC 473(b)"),
    "473": ("forgery", "PC 473(b)"),
    "475": ("forgery", "PC 473(b)"),
    "476": ("forgery", "PC 473(b)"),
    "476a": ("bad check", "PC 476a(b)"),  # "so this bad check is": no article (O19-09)
    "503": ("embezzlement", "PC 490.2"),
    "532": ("theft by false pretences", "PC 490.2"),
}
# Sections the rules file does not list, read as 490.2 petty theft by later court decisions
# (Romanowski, Gonzales): M, not H.
_BY_CASE_LAW = frozenset({"484e", "503", "532"})
# PC 473(b) caps only forgery "relating to a check, bond, bank bill, note, cashier's check,
# traveler's check, or money order"; the record does not say what was forged (audit finding).
_FORGED_PAPER = (
    "PC 473(b) reaches only forgery of a check, bond, bank bill, note, cashier's check, traveler's check "
    "or money order; the record does not say what was forged (a deed, an ID or a prescription is not "
    "covered), so an attorney checks the charging papers."
)
# VC 10851 is petty theft under PC 490.2 only when it was a theft (taking the car for
# good) of a car worth $950 or less, not joyriding (People v. Page (2017) 3 Cal.5th 1175).
_PAGE = "People v. Page (2017) 3 Cal.5th 1175"


def gate(p: ConvictionProfile) -> Reason | None:
    """Not applicable when the section as written is no Prop 47 offense at all, or the
    conviction is not (or no longer) a felony.  None for an unknown section: decide asks."""
    m = p.match
    if _kind(m, R.base_number(m)) is None:
        if m.offense is None:
            # Whatever the offense, a misdemeanor or an infraction is no felony to reduce
            # (S25-12: "273.5(a)/245(a)(4)", a misdemeanor, was asked which offense it is).
            if p.level == "infraction":
                return _INFRACTION
            return None if p.effective_level == "felony" else _ALREADY_MISDEMEANOR
        if not m.offense.prop47:
            return Reason(f"{p.citation} is not one of the offenses Prop 47 reduced.", "PC 1170.18(a)")
    elif p.level == "infraction":
        return _INFRACTION
    return None if p.effective_level == "felony" else _ALREADY_MISDEMEANOR


def decide(ctx, case: Case, conv: Conviction) -> Determination:
    """Prop 47 for a felony conviction the gate let through (or an unknown section), and for a
    felony wobbler judged without probation or custody, which PC 17(b)(1) may already have made
    a misdemeanor (ca-rules.md 3.7 [H]): then there is no felony for Prop 47 to reduce (3.8:
    "the court shall designate the offense a misdemeanor"), so where the felony reading opens
    Prop 47 the row asks which reading holds, in the step 17(b) and 1203.4a give (V62-03)."""
    d = _as_felony(ctx, case, conv)
    wobbler_if = level_by_judgment(ctx, case, conv)
    if wobbler_if is None or d.status in ("not_applicable", "not_eligible"):
        return d  # both readings give no Prop 47 relief: nothing to ask
    judged = Reason(
        f"{judged_without_custody(conv, wobbler_if)}, which leaves Prop 47 no felony to reduce; if a prison or 1170(h) term was imposed, Prop 47 reads it as a felony, as follows.",
        "PC 1170.18(a); PC 17(b)(1)",
    )
    # The felony reading's filing steps wait for the check; a fact it still needs is asked too.
    steps = [JUDGMENT_DECIDES_LEVEL_STEP, *(d.next_steps if d.status == "needs_review" else ())]
    return Determination(d.case, d.conviction, KEY, "needs_review", reasons=[judged, *d.reasons], next_steps=steps,
                         missing_facts=list(d.missing_facts), confidence=weakest(d.confidence, "M"))


def _as_felony(ctx, case: Case, conv: Conviction) -> Determination:
    """Prop 47 for the conviction read at its recorded level, a felony."""
    if ctx.as_of < EFFECTIVE:  # a screening of a day before the initiative
        return not_eligible(ctx, case, conv, KEY, [_NOT_YET], confidence="H", next_steps=[law_starts_step(EFFECTIVE, "Prop 47")])
    m = ctx.match(conv)
    num = R.base_number(m)
    kind = _kind(m, num)
    if kind is None:
        if m.offense is None:
            return unknown_offense(ctx, case, conv, KEY)
        # a felony the catalog flags as a Prop 47 offense (else the gate said so)
        return needs_review(
            ctx, case, conv, KEY,
            [(f"The offense catalog marks {R.citation(conv)} as a Prop 47 offense, but the engine has no rule for its value or facts.", "PC 1170.18(a)")],
            confidence="M",
        )
    reasons: list[tuple[str, str]] = []
    missing: list[str] = []
    confidence = "H"
    # A fact the request format has no field for decides it, named as the step asks it.
    attorney_checks: str | None = None
    if num == "459":
        stop = _burglary(ctx, case, conv, m, reasons, missing)
        if stop is not None:
            return stop
    elif kind == "value":
        what, cite = _BY_VALUE[num]
        if conv.value_dollars is None:
            missing.append(f"convictions[{conv.id}].value_dollars")
        elif conv.value_dollars > VALUE_LIMIT:
            return not_eligible(ctx, case, conv, KEY, [(f"The value was ${conv.value_dollars:,}, more than $950, so this {what} is not a Prop 47 offense.", cite)])
        elif what == "forgery":
            # Said with its condition, so the sentence read aloud does not promise (legal review).
            reasons.append((f"The value was ${conv.value_dollars:,}, not more than $950; a forgery of that value is a Prop 47 offense only if what was forged is one of the papers PC 473(b) names.", cite))
        else:
            reasons.append((f"The value was ${conv.value_dollars:,}, not more than $950, so this {what} is a Prop 47 offense.", cite))
        if num in _BY_CASE_LAW:
            confidence = "M"
        if what == "forgery":
            stop = _identity_theft(ctx, case, conv, reasons)
            if stop is not None:
                return stop
            reasons.append((_FORGED_PAPER, "PC 473(b)"))
            attorney_checks = "what was forged"
    elif kind == "vehicle":
        if conv.value_dollars is not None and conv.value_dollars > VALUE_LIMIT:
            return not_eligible(ctx, case, conv, KEY, [(f"The vehicle was worth ${conv.value_dollars:,}, more than $950, so this VC 10851 conviction is not a Prop 47 offense.", f"PC 490.2; {_PAGE}")])
        if conv.value_dollars is None:
            missing.append(f"convictions[{conv.id}].value_dollars")
        reasons.append(("VC 10851 is a Prop 47 offense only if it was a theft (taking the vehicle for good, not driving it) of a vehicle worth $950 or less; the record cannot say which, so an attorney checks.", f"PC 490.2; {_PAGE}"))
        confidence = "M"
        attorney_checks = "whether the vehicle was taken for good (a theft) or only driven"
    elif kind == "drug":
        reasons.append((f"{R.citation(conv)} (drug possession) is a Prop 47 offense.", "PC 1170.18(a)"))
    else:
        reasons.append((f"{R.citation(conv)} ({_AS_SUCH[num]}) is a Prop 47 offense.", "PC 1170.18(a)"))

    if conv.offense_date is not None and conv.offense_date >= EFFECTIVE:
        return not_eligible(
            ctx, case, conv, KEY,
            [(f"The offense was committed on {iso(conv.offense_date)}, {after_it_took_effect(conv.offense_date, EFFECTIVE, 'Prop 47')}, so it was already charged under Prop 47's rules: a felony conviction for it means one of Prop 47's own felony exceptions applied (such as a disqualifying prior), and Prop 47 cannot reduce it.", "PC 1170.18(a)")],
            confidence="M",
        )
    if conv.offense_date is None and (conv.conviction_date is None or conv.conviction_date >= EFFECTIVE):
        missing.append(f"convictions[{conv.id}].offense_date")  # was the offense before 2014-11-05?

    if ctx.person.registrant_290:
        return not_eligible(ctx, case, conv, KEY, [("The person must register under PC 290, which bars Prop 47 relief.", "PC 1170.18(i)")])
    priors, unknown, unsure = R.disqualifying_priors(ctx, conv)
    if priors:
        why = [*((R.prior_sentence(p, case), "PC 1170.18(i); PC 667(e)(2)(C)(iv)") for p in priors),
               ("A super-strike or PC 290 registration prior bars Prop 47 relief.", "PC 1170.18(i)")]
        if all(p.when is not None and conv.conviction_date is not None and p.when > conv.conviction_date for p in priors):
            # Every one came after this conviction: 1170.18(i) bars a person who "has" such a
            # conviction, read as at the petition, but ca-rules 3.8 says only "prior" (oracle
            # note O18 4.1; Prop 64's text counts only one before the offense).  Said, at M.
            why.append(("It came after this conviction; 1170.18(i) is read to bar a person who has such a conviction when petitioning, whenever it came, which an attorney confirms.", "PC 1170.18(i)"))
            return not_eligible(ctx, case, conv, KEY, why, confidence="M")
        return not_eligible(ctx, case, conv, KEY, why)
    if unknown:
        confidence = "M"
        reasons.append((R.unknown_priors_sentence(unknown, case), "PC 1170.18(i)"))
    if unsure:
        return needs_review(
            ctx, case, conv, KEY,
            [*reasons, *((R.unsure_prior_sentence(p, case), "PC 1170.18(i); PC 667(e)(2)(C)(iv); PC 290(c)") for p in unsure), ("A super-strike or PC 290 registration prior bars Prop 47 relief.", "PC 1170.18(i)")],
            missing=missing + [f"cases[{p.case}].convictions[{p.conviction}].section" for p in unsure],
            next_steps=["Check the abstract of judgment and the plea of that prior for the fact named above; an attorney decides."],
            confidence="M",
        )
    if missing or attorney_checks:
        return needs_review(
            ctx, case, conv, KEY,
            [*reasons, ("Prop 47 turns on facts the record does not give (see the facts to find out).", "PC 1170.18(a)")] if missing else reasons,
            missing=missing,
            next_steps=_fact_steps(ctx, case, missing, attorney_checks),
            confidence="M",
        )
    reasons.append(("The record shows no super-strike and no PC 290 registration prior.", "PC 1170.18(i)"))
    return _eligible(ctx, case, conv, reasons, confidence)


def _fact_steps(ctx, case, missing: list[str], attorney_checks: str | None) -> list[str]:
    """The steps of a review: find the missing facts and screen again; and where a fact the
    request has no field for decides (what was forged, whether a vehicle was taken for good),
    say that screening again will not settle it (oracle finding O24-04: a VC 10851 with its
    value known was told to "find the missing facts", though none was missing).  The facts
    are asked, with where each is found, as every other remedy asks them (S27-05: "Find the
    missing facts in the police report or the plea transcript" named neither the facts nor
    the complaint, where an offense date is found).  That fact is named in the step (L67-03:
    "for the fact named above", read after the step asking the value and the offense date, named
    those, which screening again does settle)."""
    steps = [find_out_step(ctx, case, missing)] if missing else []
    if attorney_checks:
        steps.append(f"An attorney reads the police report, the charging papers and the plea transcript to learn {attorney_checks}, which the record has no field for; screening again will not settle it.")
    return steps


def _kind(m, num: str) -> str | None:
    """"drug" | "as_such" | "value" | None (not a Prop 47 offense)."""
    if m.code == "HS":
        return "drug" if num in _DRUGS else None
    if m.code == "VC":
        return "vehicle" if num == "10851" else None
    if m.code != "PC":
        return None
    if num in _AS_SUCH:
        return "as_such"
    if num in _BY_VALUE or num == "459":
        return "value"
    return None


def _identity_theft(ctx, case: Case, conv: Conviction, reasons: list) -> Determination | None:
    """PC 473(b): the $950 forgery rule "shall not be applicable to any person who is convicted
    both of forgery and of identity theft, as defined in Section 530.5" (ca-rules.md 3.8)."""
    for c, v in ctx.other_convictions(conv):
        m = ctx.match(v)
        if m.code != "PC" or R.base_number(m) != "530.5" or not R.happened(ctx, v):
            continue
        # "PC 530.5 (identity theft) in this case", where "(identity theft, this case)" read
        # as one bracket of two things (B89-05).
        found = f"{R.citation(v)} (identity theft) in {case_named(c, case, v)}"
        if c is case:
            return not_eligible(ctx, case, conv, KEY, [*reasons, (f"The person was also convicted of {found}, so the $950 forgery rule does not apply.", "PC 473(b)")])
        return needs_review(
            ctx, case, conv, KEY,
            [*reasons, (f"The person was also convicted of {found}; PC 473(b) excludes a person convicted of both forgery and identity theft, and whether a conviction in another case counts is for the attorney.", "PC 473(b)")],
            confidence="M",
        )
    return None


def _burglary(ctx, case, conv, m, reasons, missing) -> Determination | None:
    """PC 459 counts only as shoplifting (PC 459.5): second degree, an open business during
    regular hours, to steal $950 or less."""
    if R.in_sections(m, ("460(a)",)):
        return not_eligible(ctx, case, conv, KEY, [("First-degree (residential) burglary is not shoplifting, so it is not a Prop 47 offense.", "PC 459.5(a)")])
    if conv.open_business_hours is False:
        return not_eligible(ctx, case, conv, KEY, [("The entry was not into an open business during regular business hours, so this burglary is not shoplifting under PC 459.5.", "PC 459.5(a)")])
    if conv.value_dollars is not None and conv.value_dollars > VALUE_LIMIT:
        return not_eligible(ctx, case, conv, KEY, [(f"The value was ${conv.value_dollars:,}, more than $950, so this burglary is not shoplifting under PC 459.5.", "PC 459.5(a)")])
    if conv.open_business_hours is None:
        missing.append(f"convictions[{conv.id}].open_business_hours")
    if conv.value_dollars is None:
        missing.append(f"convictions[{conv.id}].value_dollars")
    if not missing:
        reasons.append((f"Entering an open business during regular hours to steal ${conv.value_dollars:,} (not more than $950) is shoplifting under PC 459.5, a Prop 47 offense.", "PC 459.5(a); PC 1170.18(a)"))
    else:
        reasons.append(("A second-degree burglary is shoplifting under PC 459.5 only if it was an entry into an open business during regular hours to steal $950 or less.", "PC 459.5(a)"))
    return None


def _local_form(case: Case) -> str:
    """Which form the court takes, said for the case's own county: no statewide form was found,
    and Los Angeles has its own (ca-rules.md 6, [L]).  A Kern or Ventura case's filing worksheet
    read "Los Angeles uses its own local form" under that county's heading (V71-01)."""
    county = county_named(case.county)  # "Orange, CA" was "the Orange, CA County court" (R81a-03)
    # Told by the County filter's own function (C80-02): "LA", "L.A.", "Los Angeles, CA" and
    # "County of Los Angeles" are Los Angeles, where "ask the LA County court" was said (R81a-02).
    if county_key(case.county) == "los angeles":
        return "Los Angeles uses its own local form (verify with the court)"
    court = f"the {county} County court" if county else "the court that entered the conviction"
    return f"no statewide form was found, so ask {court} which form it takes"


def _eligible(ctx, case: Case, conv: Conviction, reasons: list, confidence: str) -> Determination:
    state = R.sentence_state(case, ctx.as_of)
    steps: list[str] = []
    if state.state == "serving":
        reasons.append((f"The person is still serving this sentence{state.aside}, so the route is a petition to recall the sentence and resentence as a misdemeanor.", "PC 1170.18(a)-(b)"))
        steps.append(f"File a Prop 47 petition to recall the sentence and resentence the felony as a misdemeanor (PC 1170.18(a)); {_local_form(case)}.")
    elif state.state == "completed":
        reasons.append(("The sentence is completed, so the route is an application to redesignate the felony as a misdemeanor; no hearing unless one is asked for.", "PC 1170.18(f)-(g)"))
        steps.append(f"File a Prop 47 application to redesignate the felony as a misdemeanor (PC 1170.18(f)); {_local_form(case)}.")
    else:
        confidence = weakest(confidence, "M")
        reasons.append(("The record does not show whether the sentence is completed: if it is, file an application to redesignate (1170.18(f)); if not, a petition to resentence (1170.18(a)).", "PC 1170.18(a), (f)"))
        steps.append("Find out whether the sentence is completed, then ask the court for a Prop 47 application to redesignate (or a petition to resentence) the felony as a misdemeanor.")
    if ctx.as_of < AB_2765_IN_FORCE:
        mode = "mandatory"
        confidence = weakest(confidence, "M")  # the enacted deadline is not in ca-rules.md's own words
        reasons.append((f"Filings are timely through {iso(ENACTED_DEADLINE)}, three years after Prop 47 took effect; after that the court needs good cause (AB 2765 later moved the deadline to {iso(DEADLINE)}, from {iso(AB_2765_IN_FORCE)}).", "PC 1170.18(j) (Prop 47, as enacted)"))
        steps.append(f"File by {iso(ENACTED_DEADLINE)}, the Prop 47 filing deadline.")
    elif ctx.as_of <= DEADLINE:
        mode = "mandatory"
        reasons.append(("Filings are timely through 2022-11-04; after that the court needs good cause.", "PC 1170.18(j) (AB 2765)"))
        steps.append("File by 2022-11-04, the Prop 47 filing deadline.")
    else:
        mode = "good_cause"
        reasons.append(("The Prop 47 filing deadline of 2022-11-04 has passed, so the court grants relief only on a showing of good cause for the late filing.", "PC 1170.18(j) (AB 2765)"))
        steps.append("Explain in the filing why it comes after the 2022-11-04 deadline (good cause, PC 1170.18(j)).")
    reasons.append(("A reduced offense is a misdemeanor for all purposes, except that it does not restore the right to own a firearm.", "PC 1170.18(k); People v. Bastidas (2017)"))
    p = S.probation_of(case)
    # A grant that stands revoked leaves open what sentence followed, which the 17(b) and 1203.4
    # rows ask about: said as open here too (S29-03: this row called 17(b) open and sent to
    # 1203.4 while those rows said a prison or jail term may close 17(b) and call for 1203.41).
    revoked = p is not None and p.stands_revoked()
    if ctx.wobbler(conv) and p is not None and case.sentence.imposition_suspended is True:
        if revoked:
            reasons.append(("The offense is a wobbler and imposition of sentence was suspended, so, unless a prison or 1170(h) term followed the revocation, a PC 17(b) reduction gives the same misdemeanor status without the firearm exception (see its result); the attorney chooses.", "PC 17(b)(3)"))
        else:
            reasons.append(("The offense is a wobbler and imposition of sentence was suspended, so a PC 17(b) reduction gives the same misdemeanor status without the firearm exception; the attorney chooses.", "PC 17(b)(3)"))
    if revoked and not R.dismissed(conv):
        steps.append(_DISMISSAL_AFTER_REVOKED)
    elif not R.dismissed(conv):  # once dismissed, reducing it needs no second dismissal (S29-02)
        steps.append(_DISMISSAL_AFTER.get(case.sentence.type if case.sentence is not None else None, _DISMISSAL_AFTER[None]))
    return det(ctx, case, conv, KEY, "eligible", mode=mode, reasons=reasons, next_steps=steps, confidence=confidence)


evaluate = gated(KEY, gate, decide)
REMEDY = Remedy(key=KEY, scope="conviction", evaluate=evaluate, gate=gate, decide=decide)
