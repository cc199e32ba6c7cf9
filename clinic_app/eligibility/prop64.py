"""Prop 64 marijuana relief: HS 11361.8 (ca-rules.md 3.9).

- Offenses: HS 11357 (possession), 11358 (cultivation), 11359 (possession for sale),
  11360 (transport, sale, giving away), for conduct before Prop 64 took effect on
  2016-11-09 that would be lawful, or a lesser offense, under it (11361.8(a), (e)).
- Routes: still serving -> petition for recall and resentencing or dismissal
  (11361.8(a)-(b); eligibility presumed); sentence completed -> application to redesignate
  as a misdemeanor or infraction, or to dismiss and seal where the conduct is now lawful
  (11361.8(e)-(f); the court "shall").  No deadline.  Forms CR-400 / CR-401.
- Now lawful (HS 11362.1): for a person 21 or older, up to 28.5 g of cannabis (8 g of
  concentrate) and up to 6 plants; giving away 28.5 g or less without pay.
  Under 21: possession of 28.5 g or less and up to 6 plants are infractions
  (HS 11357(a), 11358(b)).  Over the limits, 11357 and 11358 are misdemeanors
  (11357(b), 11358(c)); possession for sale and sale are misdemeanors (11359(b),
  11360(a)(2)).
- Felony kept (so no redesignation) for 11358, 11359, 11360 with a super-strike prior or
  PC 290 registration (11358(d)(1), 11359(c)(1), 11360(a)(3)(A)).
- Automatic review: AB 1793 (HS 11361.9) had DOJ identify eligible cases by 2019-07-01,
  so relief may already have been granted: check first.
"""

from __future__ import annotations

from datetime import date

from clinic_app.eligibility import record_facts as R
from clinic_app.eligibility.dates import after_it_took_effect, iso
from clinic_app.eligibility.gates import ConvictionProfile, gated
from clinic_app.eligibility.registry import Remedy
from clinic_app.eligibility.result import CHECK_THE_RECORD, det, find_out_step, law_starts_step, needs_review, not_applicable, not_eligible, unknown_offense, weakest
from clinic_app.model import Case, Conviction, Determination, Reason

KEY = "prop64"
EFFECTIVE = date(2016, 11, 9)
# HS 11361.9 (AB 1793, from 2019-01-01): DOJ's list of convictions eligible for automatic review.
DOJ_REVIEW_BY = date(2019, 7, 1)
AB_1793_IN_FORCE = date(2019, 1, 1)
_NOT_YET = Reason("Prop 64 took effect on 2016-11-09; on this date there is no Prop 64 petition yet.", "HS 11361.8 (Prop 64, effective 2016-11-09)")
SECTIONS = frozenset({"11357", "11358", "11359", "11360"})
GRAMS = 28.5
CONCENTRATE_GRAMS = 8.0
PLANTS = 6
_NOT_MARIJUANA = "{citation} is not a marijuana offense that Prop 64 changed."
# The conduct that is lawful outright for an adult today (HS 11362.1(a)), whatever the priors.
_LAWFUL_OUTRIGHT = {
    "11358": f"{PLANTS} plants or fewer, grown by a person 21 or older",
    "11360": f"{GRAMS:g} g or less, given away or transported without pay, by a person 21 or older",
}
# What the steps ask the court for, by `_what_now`'s outcome: the handout names the same relief
# from them (M140-02).
RELIEF_ASKED = {
    "dismiss": "dismiss and seal the conviction",
    "redesignate": "redesignate the conviction as a misdemeanor or infraction",
    "either": "dismiss and seal the conviction or, if the conduct is not now lawful, redesignate it",
}
_FELONY_KEPT_CITE = {"11358": "HS 11358(d)(1)", "11359": "HS 11359(c)(1)", "11360": "HS 11360(a)(3)(A)"}
# What a redesignation makes the conviction, by the citation of `_what_now`'s reason where that
# reason names one lesser offense: the handout says that one (HS 11359(b): possession for sale is
# a misdemeanor, never an infraction; P165-01).  "At most a misdemeanor" (11357(b)) names none.
REDESIGNATED_AS = {
    "HS 11358(c)": "misdemeanor", "HS 11359(b)": "misdemeanor",
    "HS 11357(a); HS 11360(a)(1)": "infraction", "HS 11358(b)": "infraction",
}


def gate(p: ConvictionProfile) -> Reason | None:
    """The reason when the section as written is not HS 11357-11360; None for those
    sections and for Health and Safety Code sections the catalog does not know."""
    m = p.match
    if m.code == "HS" and (R.base_number(m) in SECTIONS or m.offense is None):
        return None
    return Reason(_NOT_MARIJUANA.format(citation=p.citation), "HS 11361.8(a)")


def decide(ctx, case: Case, conv: Conviction) -> Determination:
    """Prop 64 for a conviction the gate let through."""
    if ctx.as_of < EFFECTIVE:  # a screening of a day before the initiative
        return not_eligible(ctx, case, conv, KEY, [_NOT_YET], confidence="H", next_steps=[law_starts_step(EFFECTIVE, "Prop 64")])
    m = ctx.match(conv)
    num = R.base_number(m)
    if m.code != "HS" or num not in SECTIONS:
        return unknown_offense(ctx, case, conv, KEY)  # an HS section the catalog does not know
    split = R.split_on(m, ("11357(a)",)) or R.split_on(m, ("11357(b)",))
    if split is not None:  # "11357(b)/(c)": the subdivision sets the limit read below (O24B-03)
        return unknown_offense(ctx, case, conv, KEY, split)
    if conv.offense_date is not None and conv.offense_date >= EFFECTIVE:
        return not_applicable(
            ctx, case, conv, KEY,
            f"The offense was committed on {iso(conv.offense_date)}, {after_it_took_effect(conv.offense_date, EFFECTIVE, 'Prop 64')}, so it was already judged under the new law.",
            "HS 11361.8(a)",
        )
    if conv.offense_date is None and (conv.conviction_date is None or conv.conviction_date >= EFFECTIVE):
        return needs_review(
            ctx, case, conv, KEY,
            [("Prop 64 relief is for conduct before 2016-11-09, and the record does not show when the offense was committed.", "HS 11361.8(a)")],
            missing=[f"convictions[{conv.id}].offense_date"],
            confidence="M",
        )
    age = _age(ctx, conv)
    outcome, why, confidence = _what_now(conv, num, m, age)
    reasons: list[tuple[str, str]] = [(f"{R.citation(conv)} is a marijuana offense committed before Prop 64 took effect on 2016-11-09.", "HS 11361.8(a)"), *why]
    if outcome == "nothing":
        return not_eligible(ctx, case, conv, KEY, reasons, confidence=confidence)
    if outcome == "unknown":
        # The amount decides between relief and none: a missing fact, not a guess.
        return _amount_review(ctx, case, conv, num, age, reasons, doubted=True)
    if outcome in ("redesignate", "either") and conv.level == "felony" and num in _FELONY_KEPT_CITE:
        kept = _felony_kept(ctx, case, conv, num)
        if kept is not None:
            bar, sure = kept
            if not sure:
                # The prior whose paragraph decides it is named as the missing fact (legal review).
                maybe = [f"cases[{p.case}].convictions[{p.conviction}].section" for p in R.disqualifying_priors(ctx, conv)[2]]
                return needs_review(ctx, case, conv, KEY, [*reasons, *bar], missing=maybe, confidence="M")
            # The bar leads, and the line that the offense "can be redesignated" (true
            # without the prior) is not said of this person (readability finding R15-09).
            reasons = reasons[:1]
            steps: list[str] = []
            if outcome == "either":
                if num == "11358" and conv.cannabis_plants is not None:
                    # The count is given: only the age is not (S27-01: "the record does not show
                    # that" beside a record giving 4 plants).
                    bar.append((f"Growing {conv.cannabis_plants:g} plants (not more than 6) is lawful outright for a person 21 or older, so it could still be dismissed and sealed if the person was 21 or older at the offense; the record does not give the age.", "HS 11361.8(e); HS 11362.1(a)(3)"))
                else:
                    bar.append((f"Only if the conduct is now lawful outright ({_LAWFUL_OUTRIGHT[num]}) could it still be dismissed and sealed; the record does not show that.", "HS 11361.8(e); HS 11362.1"))
                if num == "11358":
                    # Growing 6 plants or fewer is lawful outright for an adult whatever the
                    # priors, and the record's plant count (or age) decides it: ask.  (A sale
                    # or transport conviction under 11360 is taken as not lawful: public case S09.)
                    return _amount_review(ctx, case, conv, num, age, [*reasons, *bar], doubted=False)
                steps = [f"Ask the client whether it was {_LAWFUL_OUTRIGHT[num]}: if so, tell the attorney, as it may still be dismissed and sealed."]
            return not_eligible(ctx, case, conv, KEY, [*reasons, *bar], next_steps=steps, confidence="M")
    return _eligible(ctx, case, conv, outcome, reasons, confidence)


def _amount_review(ctx, case: Case, conv: Conviction, num: str, age: int | None, reasons: list, doubted: bool) -> Determination:
    """Review where the amount (and the age) decide whether the conduct is now lawful.  Only
    what the record lacks is a missing fact; an amount it gives that a reason doubts (50 g
    under former 11357(b), 28.5 g or less) is checked in a step (S27-01: HS 11358 giving 4
    plants, with no date of birth, named the plant count as missing)."""
    amount = f"convictions[{conv.id}].cannabis_plants" if num == "11358" else f"convictions[{conv.id}].cannabis_grams"
    given = (conv.cannabis_plants if num == "11358" else conv.cannabis_grams) is not None
    missing = [] if given else [amount]
    if age is None:
        missing.append("person.dob" if ctx.person.dob is None else f"convictions[{conv.id}].offense_date")
    steps = [find_out_step(ctx, case, missing)] if missing else []
    if given and doubted:
        steps.insert(0, find_out_step(ctx, case, [amount], lead=CHECK_THE_RECORD))
    return needs_review(ctx, case, conv, KEY, reasons, missing=missing, next_steps=steps, confidence="M")


def _age(ctx, conv: Conviction) -> int | None:
    """Age at the offense; the conviction date stands in only to show someone was under 21."""
    dob = ctx.person.dob
    if dob is None:
        return None
    if conv.offense_date is not None:
        age = R.age_on(dob, conv.offense_date)
    elif conv.conviction_date is not None and R.age_on(dob, conv.conviction_date) < 21:
        age = R.age_on(dob, conv.conviction_date)
    else:
        return None
    return age if age >= 12 else None  # impossible dates: treat the age as unknown


def _what_now(conv: Conviction, num: str, m, age: int | None) -> tuple[str, list[tuple[str, str]], str]:
    """("dismiss" | "redesignate" | "either" | "nothing" | "unknown", reasons, confidence) under
    today's law ("unknown": a missing amount decides between relief and none)."""
    adult21 = age is not None and age >= 21
    under21 = age is not None and age < 21
    felony = conv.level == "felony"
    if num in ("11357", "11360"):
        limit = CONCENTRATE_GRAMS if (num == "11357" and R.in_sections(m, ("11357(a)",))) else GRAMS
        small = conv.cannabis_grams is not None and conv.cannabis_grams <= limit
        large = conv.cannabis_grams is not None and conv.cannabis_grams > limit
        if num == "11357" and R.in_sections(m, ("11357(b)",)):
            if large:
                # The section and the amount disagree (review finding): asked, not settled.
                return "unknown", [(f"The record gives {conv.cannabis_grams:g} g, but former HS 11357(b) was possession of {GRAMS:g} g or less; which is right decides between dismissal and nothing: check the amount.", "HS 11357(b); HS 11362.1(a)(1)")], "M"
            small = True  # former 11357(b): 28.5 g or less
        qty = f"{conv.cannabis_grams:g} g" if conv.cannabis_grams is not None else "the amount"
        # A small amount as said: the record's grams against the limit, or the limit alone
        # where the section itself fixes it (former 11357(b)).
        small_qty = f"{qty} (not more than {limit:g} g)" if conv.cannabis_grams is not None else f"{limit:g} g or less"
        cite = "HS 11362.1(a)(1)-(2)"
        if small and adult21:
            if num == "11360":
                return "either", [(f"Giving away or transporting {small_qty} without pay is now lawful for a person 21 or older; a sale is a misdemeanor.", "HS 11362.1(a)(1); HS 11360(a)(2)")], "M"
            return "dismiss", [(f"Possessing {small_qty} is now lawful for a person 21 or older, so the conviction can be dismissed and sealed.", cite)], "H"
        if felony:
            if num == "11357":
                now = ("Possession is now at most a misdemeanor, so the felony can be redesignated.", "HS 11357(b)")
            else:
                now = ("Sale or transport is now a misdemeanor, so the felony can be redesignated.", "HS 11360(a)(2)")
            if large or under21:
                return "redesignate", [now], "H"
            lawful = f"If it was {limit:g} g or less{' and not sold' if num == '11360' else ''} and the person was 21 or older, it is now lawful and can be dismissed and sealed instead."
            return "either", [now, (lawful, cite)], "H"
        if under21 and (small or conv.cannabis_grams is None):
            if conv.level == "misdemeanor":
                return "redesignate", [(f"For a person under 21 possessing {limit:g} g or less is now an infraction, so the misdemeanor can be redesignated.", "HS 11357(a); HS 11360(a)(1)")], "M"
            return "nothing", [("For a person under 21 this is still an infraction, so Prop 64 changes nothing.", "HS 11357(a)")], "M"
        if large:
            return "nothing", [(f"{qty} is more than {limit:g} g, which is still a misdemeanor for an adult, so Prop 64 changes nothing for this misdemeanor.", "HS 11357(b)(2)")], "M"
        if small:
            # The amount is small (former 11357(b) says so itself): relief either way, and only
            # the route waits on the age (oracle finding: the amount was asked for, and the
            # answer was review).
            done = "Possessing" if num == "11357" else "Giving away or transporting without pay"
            return "either", [(f"{done} {small_qty} is now lawful for a person 21 or older (dismissal and sealing) and an infraction under 21 (redesignation); the record does not give the age at the offense.", cite)], "M"
        if conv.cannabis_grams is None:
            # For a misdemeanor the amount decides: up to the limit it is now lawful (21+) or
            # an infraction (under 21); above it, still a misdemeanor for an adult.
            return "unknown", [(f"Up to {limit:g} g this is now lawful for a person 21 or older (dismissal), or an infraction under 21 (redesignation); more is still a misdemeanor for an adult, and the record does not give the amount.", cite)], "M"
        return "either", [(f"If it was {limit:g} g or less and the person was 21 or older, it can be dismissed and sealed; otherwise ask for redesignation.", cite)], "M"
    if num == "11358":
        plants = conv.cannabis_plants
        if plants is not None and plants <= PLANTS and adult21:
            return "dismiss", [(f"Growing {plants} plants (not more than 6) is now lawful for a person 21 or older, so the conviction can be dismissed and sealed.", "HS 11362.1(a)(3)")], "H"
        if plants is not None and plants <= PLANTS and under21:
            return "redesignate", [(f"Growing {plants} plants (not more than 6) is now an infraction for a person under 21.", "HS 11358(b)")], "H"
        if plants is not None and plants > PLANTS:
            return "redesignate", [(f"Growing {plants} plants (more than 6) is now a misdemeanor.", "HS 11358(c)")], "H"
        return "either", [("Growing 6 plants or fewer is now lawful for a person 21 or older (dismissal); more is a misdemeanor (redesignation).", "HS 11362.1(a)(3); HS 11358(c)")], "M"
    # 11359: possession for sale is now a misdemeanor for an adult
    return "redesignate", [("Possession for sale is now a misdemeanor, so the conviction can be redesignated.", "HS 11359(b)")], "H"


def _felony_kept(ctx, case: Case, conv: Conviction, num: str) -> tuple[list[tuple[str, str]], bool] | None:
    """(reasons why 11358/11359/11360 stays a felony for this person, whether that is sure),
    or None.  The law asks what the offense would have been "had this Act been in effect at
    the time of the offense" (11361.8(a)): only a conviction before it counts (review
    finding: a later one was read as a prior); one of unknown date counts, to be safe."""
    cite = _FELONY_KEPT_CITE[num]
    offense_day = conv.offense_date or conv.conviction_date
    priors, _unknown, unsure = R.disqualifying_priors(ctx, conv)

    def earlier(p) -> bool:
        return p.when is None or offense_day is None or p.when < offense_day

    before = [p for p in priors if (p.kind == "super-strike" or p.kind.startswith("PC 290")) and earlier(p)]
    if before:
        return [*((R.prior_sentence(p, case), cite) for p in before), ("With that prior the offense can still be a felony, so there is no Prop 64 redesignation.", cite)], True
    maybe = [p for p in unsure if earlier(p)]
    if maybe:
        return [*((R.unsure_prior_sentence(p, case), cite) for p in maybe), ("If it is, the offense can still be a felony and cannot be redesignated; otherwise it can.", cite)], False
    if ctx.person.registrant_290:
        # Registered today, but the record shows no registrable conviction before this offense:
        # whether the duty already stood then decides it.
        return [("The person must register under PC 290, and the record does not show whether that duty already stood at the time of this offense; if it did, the offense can still be a felony and cannot be redesignated.", cite)], False
    return None


def _eligible(ctx, case: Case, conv: Conviction, outcome: str, reasons: list, confidence: str) -> Determination:
    state = R.sentence_state(case, ctx.as_of)
    relief = RELIEF_ASKED[outcome]
    reviewed = ctx.as_of >= DOJ_REVIEW_BY
    if reviewed:
        steps = ["Check the court record and the RAP sheet first: the conviction may already have been changed by the automatic review (HS 11361.9)."]
    else:
        steps = ["Check the court record first: the conviction may already have been changed on an earlier application."]
    if state.state == "serving":
        reasons.append(("The person is still serving this sentence, so the route is a petition to recall the sentence; eligibility is presumed unless the prosecutor shows otherwise.", "HS 11361.8(a)-(b)"))
        steps.append(f"If not, file form CR-400 (petition for recall and resentencing) asking the court to {relief}, serve it on the prosecutor (the district attorney or city attorney), and file the proof of service (form CR-401).")
    elif state.state == "completed":
        reasons.append(("For a completed sentence the court shall grant an application that meets the criteria, with no hearing unless one is asked for; there is no deadline.", "HS 11361.8(e)-(g)"))
        steps.append(f"If not, file form CR-400 (application) asking the court to {relief}, serve it on the prosecutor (the district attorney or city attorney), and file the proof of service (form CR-401).")
    else:
        # Both routes said, as Prop 47 says them: the completed-sentence route alone had been
        # given where the record cannot tell (oracle finding).
        confidence = weakest(confidence, "M")
        reasons.append(("The record does not show whether the sentence is completed: if it is, the court shall grant an application, with no hearing unless one is asked for (11361.8(e)-(g)); if not, the route is a petition to recall the sentence (11361.8(a)-(b)). There is no deadline.", "HS 11361.8(a), (e)"))
        steps.append(f"If not, find out whether the sentence is completed, then file form CR-400 (an application if it is, a petition for recall and resentencing if not) asking the court to {relief}, serve it on the prosecutor (the district attorney or city attorney), and file the proof of service (form CR-401).")
    if reviewed:
        reasons.append(("DOJ identified eligible convictions for automatic review by 2019-07-01 (AB 1793), so relief may already have been granted.", "HS 11361.9"))
    elif ctx.as_of >= AB_1793_IN_FORCE:  # before then the review was not law (oracle check O20-05)
        # Oracle check O19-04: on an earlier day the review had not happened (AB 1793 took
        # effect 2019-01-01, with DOJ's list due 2019-07-01): said as what is to come.
        reasons.append((f"DOJ's automatic review of these convictions is due by {iso(DOJ_REVIEW_BY)} (AB 1793, in force from 2019-01-01); until then, relief comes by application or petition.", "HS 11361.9"))
    return det(ctx, case, conv, KEY, "eligible", mode="mandatory", reasons=reasons, next_steps=steps, confidence=confidence)


evaluate = gated(KEY, gate, decide)
REMEDY = Remedy(key=KEY, scope="conviction", evaluate=evaluate, gate=gate, decide=decide)
