"""Sealing of a misdemeanor committed under 18 and tried in adult court: PC 1203.45
(ca-rules.md 3.13).

- (a): a person under 18 at the time of a misdemeanor who is eligible for, or already
  received, PC 1203.4 or 1203.4a relief may petition to seal the conviction, the arrest and
  the related records; they are then deemed not to have occurred.  Discretionary ("may").
- Generally one conviction only: more than one conviction bars relief, with limited
  exceptions (one offense included in another; minor traffic infractions).
- (c): not for offenses requiring PC 290 registration, Health and Safety Code Division 10
  (drug) offenses, or Vehicle Code misdemeanors about operating a vehicle (and local
  parking or stopping ordinances).
- SB 1106 (2023-01-01): unpaid restitution is no ground to deny.
- Rare: offenses by minors normally go to juvenile court (W&I 781); confirm why an adult
  court handled it [M].
"""

from __future__ import annotations

from clinic_app.case_titles import case_title
from clinic_app.eligibility import record_facts as R
from clinic_app.eligibility import sentence as S
from clinic_app.eligibility.common import JUDGMENT_DECIDES_LEVEL_STEP, NAMED_IN_FULL, judged_without_custody, later_step, level_by_judgment, sb1106_restitution
from clinic_app.eligibility.dates import iso
from clinic_app.eligibility.depends_on import ask, silent, unsettled
from clinic_app.eligibility.either_way import same_either_way
from clinic_app.eligibility.gates import ConvictionProfile, gated
from clinic_app.eligibility.registry import Remedy
from clinic_app.eligibility.result import det, needs_review, not_eligible, person_facts_step, unknown_offense, weakest
from clinic_app.model import Case, Conviction, Determination, Reason
from clinic_app.wording import listed

KEY = "pc1203_45"
CITE = "PC 1203.45(a)"
EXCLUDED = "PC 1203.45(c)"
_FELONY = Reason("PC 1203.45 seals misdemeanors; this conviction is a felony.", CITE)
# A felony wobbler: the way in is a 17(b) reduction first (oracle check O20-08: said nothing,
# while 17(b) was eligible in the same screening).
_FELONY_WOBBLER = Reason("PC 1203.45 seals misdemeanors; this conviction is a felony, but a wobbler: if the court reduces it to a misdemeanor (PC 17(b)) and the offense was committed under 18, PC 1203.45 may then seal it.", "PC 1203.45(a); PC 17(b)")
_NO_DOB = Reason("PC 1203.45 is for offenses committed under 18, and the record does not give the date of birth.", CITE)
_ASK_DOB = person_facts_step(["person.dob"])  # as every remedy asks it (S27-09)
ADULT_AT_CONVICTION = 25
_ADULT_AT_CONVICTION = Reason("The person was 25 or older at conviction, so this misdemeanor (charged within a year of the offense) was not committed under 18.", "PC 1203.45(a); PC 802(a)")
# Why a reduced felony's age at conviction, 25 or more, is no answer (Q267 fault 01).
_CHARGED_AS_A_FELONY = (
    "The person was 25 or older at conviction, but this count was convicted as a felony, which may be charged up to 3 years "
    "after the offense, or 6 for some offenses, so the age at conviction does not show the age at the offense.",
    "PC 801; PC 800",
)
_ADULT = Reason("The person was 18 or older at the offense; PC 1203.45 is for offenses committed under 18.", CITE)
_INFRACTION = Reason("PC 1203.45 seals misdemeanors; this conviction is an infraction.", CITE)
# Vehicle Code misdemeanors that are not about operating a vehicle (theft, false papers, a
# failure to appear, a false name to an officer), and those plainly about it beyond the
# catalog's VC 12810 driving offenses (driving unlicensed; failing to obey an officer's or a
# firefighter's order, which VC 42001 treats with the moving violations).  Any other Vehicle
# Code misdemeanor is a question for the attorney, not a guess (review finding: VC 40508).
_VC_NOT_DRIVING = frozenset({"10851", "10852", "10801", "10802", "10803", "4462.5", "4463", "40508", "31"})
_VC_DRIVING = frozenset({"12500", "2800", "2800.1", "2801", "2803"})


def gate(p: ConvictionProfile) -> Reason | None:
    """Not applicable unless the conviction is (now) a misdemeanor."""
    level = p.effective_level
    if level != "misdemeanor":
        if level == "infraction":
            return _INFRACTION
        offense = p.match.offense
        if p.sentence_type in S.CUSTODY_SENTENCES:
            # A jail or prison sentence closes 17(b) (PC 17(b)(1)): no way in through a
            # reduction (oracle finding O21-08: the hint was given beside 17(b) "not eligible").
            return _FELONY
        wobbler = offense is not None and (offense.wobbler or offense.level == "wobbler")
        if wobbler and level == "felony" and p.sentence_type == "no_probation":
            return None  # decide asks whether the judgment itself made it a misdemeanor (V62-06)
        return _FELONY_WOBBLER if wobbler else _FELONY
    return None


def _felony_judged_without_custody(ctx, case: Case, conv: Conviction) -> Determination:
    """A felony wobbler judged with neither probation nor custody, which PC 17(b)(1) makes a
    misdemeanor "for all purposes" by the judgment (ca-rules.md 3.7 [H]); 3.13: 1203.45 seals
    misdemeanors "committed under 18".  Where the person was under 18 at the offense the two
    readings differ (not applicable as a felony; sealable as a misdemeanor), and "if the court
    reduces it (PC 17(b))" named a reduction there is none to ask for: the row asks, in the
    step 17(b) and 1203.4a give.  Otherwise (an adult, or an age not known) as before."""
    wobbler_if = level_by_judgment(ctx, case, conv)
    dob = ctx.person.dob
    if wobbler_if is None or dob is None or conv.offense_date is None or R.age_on(dob, conv.offense_date) >= 18:
        return R.na(case, conv, KEY, _FELONY_WOBBLER)
    m = ctx.match(conv)
    if m.offense is None or _excluded(m) is not None or m.offense.registrable or unsettled(m, "registrable", conv=conv) is not None:
        return R.na(case, conv, KEY, _FELONY_WOBBLER)  # (c) would exclude it as a misdemeanor too
    age = R.age_on(dob, conv.offense_date)
    return needs_review(
        ctx, case, conv, KEY,
        [(f"{judged_without_custody(conv, wobbler_if)}, and the person was {age} on the offense date {iso(conv.offense_date)}, so PC 1203.45 may seal it; if a prison or 1170(h) term was imposed, it is a felony, which PC 1203.45 does not seal.", "PC 1203.45(a); PC 17(b)(1)")],
        next_steps=[JUDGMENT_DECIDES_LEVEL_STEP],
        confidence="M",
    )


def decide(ctx, case: Case, conv: Conviction) -> Determination:
    """PC 1203.45 for a misdemeanor conviction (the gate let it through), or a felony wobbler
    judged without probation or custody."""
    if S.effective_level(conv) != "misdemeanor":
        return _felony_judged_without_custody(ctx, case, conv)
    dob = ctx.person.dob
    if dob is None:
        settled = _whatever_the_age(ctx, case, conv)
        if settled is not None:
            return settled
        # Built directly: every other misdemeanor of a client without a date of birth lands here.
        return Determination(case.id, conv.id, KEY, "needs_review", None, None, [_NO_DOB], [_ASK_DOB], ["person.dob"], "M")
    if conv.offense_date is not None:
        age = R.age_on(dob, conv.offense_date)
        if age >= 18:  # the common case, answered before any text is built
            return R.na(case, conv, KEY, _ADULT)
        when = f"on the offense date {iso(conv.offense_date)}"
    elif conv.conviction_date is not None and R.age_on(dob, conv.conviction_date) < 18:
        age = R.age_on(dob, conv.conviction_date)
        when = f"even at conviction on {iso(conv.conviction_date)}"
    elif conv.level != "felony" and conv.conviction_date is not None and R.age_on(dob, conv.conviction_date) >= ADULT_AT_CONVICTION:
        # A misdemeanor is charged within a year (PC 802(a)); seven years past 18 at conviction
        # leaves no real chance that the offense came before the 18th birthday.  Not a count
        # convicted as a felony and reduced since: it was charged as one, up to 3 or 6 years
        # after the offense (PC 801, 800), so its offense date is asked (Q267 fault 01).
        return R.na(case, conv, KEY, _ADULT_AT_CONVICTION, confidence="M")
    else:
        # Not asked where the answer is the same at any age (oracle finding O23-10: a drug
        # misdemeanor, barred by (c), waited on its offense date).
        settled = _whatever_the_age(ctx, case, conv)
        if settled is not None:
            return settled
        why = [("PC 1203.45 is for offenses committed under 18, and the record does not give the offense date.", CITE)]
        if conv.level == "felony" and conv.conviction_date is not None and R.age_on(dob, conv.conviction_date) >= ADULT_AT_CONVICTION:
            why.append(_CHARGED_AS_A_FELONY)
        return needs_review(ctx, case, conv, KEY, why, missing=[f"convictions[{conv.id}].offense_date"], confidence="M")
    if age < 14:
        # An adult court never tries a child this young: one of the dates is wrong.
        return needs_review(
            ctx, case, conv, KEY,
            [(f"The dates give an age of {age} {when}, which cannot be right for an adult-court conviction; check the date of birth and the offense date.", CITE)],
            missing=["person.dob", f"convictions[{conv.id}].offense_date"], confidence="M",
        )
    if age >= 18:
        return R.na(case, conv, KEY, _ADULT)
    m = ctx.match(conv)
    if m.offense is None:
        return unknown_offense(ctx, case, conv, KEY)
    register_if = unsettled(m, "registrable", conv=conv)
    if register_if is not None:
        return ask(ctx, case, conv, KEY, m, (f"The person was {age} {when}. An offense requiring PC 290 registration cannot be sealed under PC 1203.45, and {R.citation(conv)} requires it only if {register_if}; {silent(m)}.", EXCLUDED))
    bar = _excluded(m)
    if bar is not None:
        return not_eligible(ctx, case, conv, KEY, [(f"The person was {age} {when}.", CITE), bar], confidence="M" if m.code == "VC" else "H")
    question = _vc_question(m)
    if question is not None:
        return needs_review(ctx, case, conv, KEY, [(f"The person was {age} {when}.", CITE), question], confidence="M")
    reasons: list[tuple[str, str]] = [(f"The person was {age} {when}, and the conviction is a misdemeanor not excluded from PC 1203.45.", CITE)]
    others, elsewhere, traffic = _other_convictions(ctx, case, conv)
    if elsewhere:
        return not_eligible(ctx, case, conv, KEY, [*reasons, _single_conviction(elsewhere)], confidence="M")
    if others or traffic:
        doubts = [("This case has another conviction; PC 1203.45 allows that only in limited cases (for example one offense included in the other), which an attorney decides.", CITE)] if others else []
        if traffic:
            doubts.append(_traffic_level_not_known(traffic))
        return needs_review(ctx, case, conv, KEY, [*reasons, *doubts], missing=[R.level_path(c, v) for c, v in traffic], confidence="M")
    return _with_dismissal(ctx, case, conv, reasons)


def _whatever_the_age(ctx, case: Case, conv: Conviction) -> Determination | None:
    """not_eligible where the age at the offense (a missing date of birth or offense date)
    would not change the answer: (c) bars the offense at any age, or convictions in other
    cases bar a single-conviction sealing; else None."""
    m = ctx.match(conv)
    bar = _excluded(m) if m.offense is not None and unsettled(m, "registrable", conv=conv) is None else None
    if bar is not None:
        return not_eligible(ctx, case, conv, KEY, [bar], confidence="M" if m.code == "VC" else "H")
    if len(ctx.cases) > 1:  # only then can a conviction of another case count against it
        _, elsewhere, _traffic = _other_convictions(ctx, case, conv)
        if elsewhere:
            # Convictions in other cases bar it whatever the age: not worth asking the date.
            return not_eligible(ctx, case, conv, KEY, [_single_conviction(elsewhere)], confidence="M")
    if m.two_offenses:
        # "HS 11350(a)/11351" is a drug offense whichever it is, barred at any age; the age
        # was asked (S25C-02).  Only a bar is taken: a question each offense asks is asked as one.
        same = same_either_way(ctx, case, conv, KEY, m)
        if same is not None and same.status == "not_eligible":
            return same
    return None


def _other_convictions(ctx, case: Case, conv: Conviction) -> tuple[list, list[str], list]:
    """The person's other convictions that count against a single-conviction sealing (minor
    traffic infractions do not), those of other cases as the reason names them: grouped by
    case, each case named once as the other reasons name it (F26-05: "HS 11357(b) (case
    BA123456), PC 496(a) (case BA123456)" named one case twice); and the Vehicle Code counts
    whose level the record does not give, which count unless they were infractions (W54: they
    had been read as misdemeanors, and barred the sealing)."""
    others = []
    traffic = []
    for c, v in ctx.other_convictions(conv):
        if not R.happened(ctx, v):
            continue
        if v.level != "felony" and v.level != "misdemeanor" and ctx.match(v).code == "VC":
            if v.level is None:
                traffic.append((c, v))
            continue
        others.append((c, v))
    # By case, not by its title: two walk-in cases "unknown" of one offense, day and county
    # have one title, and were said as one case with two counts (R84b-01).  The title beside
    # the counts it names leaves their offenses out, as beside one count (B84-02): "PC 647(f)
    # in case c2 (convicted 2016-05-09, Los Angeles County)", not "... (PC 647(f), convicted
    # ...)", said of every case with no court number (B86-02).
    by_case: dict[str, tuple[str, list[str]]] = {}
    for c, v in others:
        if c is not case:
            by_case.setdefault(c.id, (case_title(c, v), []))[1].append(R.citation(v))
    said = [f"{listed(cites)} in case {title}" for title, cites in by_case.values()]
    if len(said) > NAMED_IN_FULL:
        # Any one of them bars it: two named, the rest counted (L34-01: a 20-case record
        # named all 19 other cases under each of its misdemeanors).
        more = sum(len(cites) for _title, cites in list(by_case.values())[2:])
        said = [*said[:2], f"and {more} more in {len(by_case) - 2} other cases"]
    return others, said, traffic


def _traffic_level_not_known(traffic: list) -> tuple[str, str]:
    """The reason for Vehicle Code counts of unknown level: they count unless infractions."""
    which = listed([f"{R.citation(v)} in case {case_title(c, v)}" for c, v in traffic])
    return (f"The record does not say whether {which} {'was an infraction' if len(traffic) == 1 else 'were infractions'}: a traffic infraction does not count against a single-conviction sealing, a misdemeanor or a felony does.", CITE)


def _single_conviction(elsewhere: list[str]) -> tuple[str, str]:
    # The list after a colon: in a bracket, a case with no court number put its title's
    # bracket inside it ("(PC 647(f) in case B (convicted ...))", B91-07).
    return (f"The person has other convictions: {'; '.join(elsewhere)}. PC 1203.45 is generally for a single conviction.", CITE)


def _excluded(m) -> tuple[str, str] | None:
    if R.is_registrable(m):
        return ("An offense requiring PC 290 registration cannot be sealed under PC 1203.45.", EXCLUDED)
    if m.code == "HS":
        num = R.base_number(m)
        head = num.split(".", 1)[0]
        if head.isdigit() and 11000 <= int(head) <= 11651:
            return ("Health and Safety Code Division 10 (drug) offenses cannot be sealed under PC 1203.45.", EXCLUDED)
    if m.code == "VC" and ((m.offense is not None and m.offense.vc12810) or R.base_number(m) in _VC_DRIVING):
        return ("Vehicle Code misdemeanors about operating a vehicle cannot be sealed under PC 1203.45.", EXCLUDED)
    return None


def _vc_question(m) -> tuple[str, str] | None:
    """A Vehicle Code misdemeanor neither plainly about operating a vehicle nor plainly not."""
    if m.code != "VC" or R.base_number(m) in _VC_NOT_DRIVING or _excluded(m) is not None:
        return None
    return (f"PC 1203.45(c) excludes Vehicle Code misdemeanors about operating a vehicle; whether VC {m.section} is one is for the attorney to decide.", EXCLUDED)


def _with_dismissal(ctx, case: Case, conv: Conviction, reasons: list) -> Determination:
    """PC 1203.45 follows 1203.4 or 1203.4a: already granted, or eligible for it."""
    # SB 1106 names 1203.45 too (ca-rules.md 2.3, 3.13 [H]); it went unsaid (oracle finding O22B-04).
    owed = sb1106_restitution(ctx, case, "sealing", ("PC 1203.45(a) (SB 1106)", "PC 1203.45 (SB 1106)"))
    steps = [
        "Ask the court to seal the record under PC 1203.45, in the same petition as the PC 1203.4 or 1203.4a dismissal or separately (a written petition unless the court has a form for it: check).",
        "Confirm why an adult court handled an offense committed under 18 (offenses by minors normally go to juvenile court).",
    ]
    granted = next((r for r in conv.relief_granted if r.remedy in ("pc1203_4", "pc1203_4a")), None)
    if granted is not None:
        # The dismissal is done: sealing is its own petition now, not part of that one.
        steps[0] = "Ask the court to seal the record under PC 1203.45 in a petition of its own, since the dismissal was already granted (a written petition unless the court has a form for it: check)."
        on = f" on {iso(granted.date)}" if granted.date else ""
        reasons.append((f"Relief under PC {'1203.4a' if granted.remedy == 'pc1203_4a' else '1203.4'} was already granted{on}.", CITE))
        reasons.append(("Sealing is in the court's discretion; once granted, the conviction and arrest are deemed not to have occurred.", CITE))
        if owed is not None:
            reasons.append(owed)
        return det(ctx, case, conv, KEY, "eligible", mode="discretionary", reasons=reasons, next_steps=steps, confidence="M")
    from clinic_app.eligibility import pc1203_4, pc1203_4a  # late: sibling remedies, registry order

    base = pc1203_4 if case.sentence is not None and case.sentence.type == "probation" else pc1203_4a
    under = base.evaluate(ctx, case, conv)
    # Which route 1203.4 takes (unpaid fines, an [L] point) is no question of eligibility, all
    # sealing needs: read as one, paying the restitution (which before SB 1106 had already left
    # only the discretionary route, so the fines decided nothing) turned an eligible sealing,
    # or one blocked by a pending charge, into "needs review" (L) (E299-01).
    either_route = base is pc1203_4 and under.status == "needs_review"
    if either_route:
        under = pc1203_4.evaluate_either_route(ctx, case, conv)
    name = "PC 1203.4" if base is pc1203_4 else "PC 1203.4a"
    # The dismissal this count's sentence opens, named as the reason names it (S31-04: "the PC
    # 1203.4 or 1203.4a dismissal" beside a reason naming PC 1203.4a).
    steps[0] = steps[0].replace("the PC 1203.4 or 1203.4a dismissal", f"the {name} dismissal")
    confidence = weakest("M", under.confidence)
    first = under.reasons[0] if under.reasons else None
    tail = [(first.text, first.cite)] if first is not None else []
    if under.status == "eligible":
        route = " by one route or the other (which one is the attorney's question: see its result)" if either_route else ""
        reasons.append((f"The person is eligible for dismissal under {name}{route}, so sealing can be asked for with it; it is in the court's discretion.", CITE))
        if owed is not None:
            reasons.append(owed)
        return det(ctx, case, conv, KEY, "eligible", mode="discretionary", reasons=reasons, next_steps=steps, confidence=confidence)
    if under.status == "eligible_on":
        reasons.append((f"Dismissal under {name} becomes available on {iso(under.date)}, and sealing with it.", CITE))
        if owed is not None:
            reasons.append(owed)
        steps[0] = later_step(steps[0], f"On or after {iso(under.date)}")  # not before the dismissal opens (S31-04)
        return det(ctx, case, conv, KEY, "eligible_on", mode="discretionary", date=under.date, reasons=reasons, next_steps=steps, confidence=confidence)
    if under.status == "blocked":
        reasons.append((f"Dismissal under {name} is blocked for now, and PC 1203.45 needs it.", CITE))
        # What lifts the block first, then the sealing for when it has (S31-07: the sealing step
        # alone read as a filing to make now, with no word of when to look again).
        steps = [*under.next_steps, later_step(steps[0], f"When the {name} dismissal can be filed"), *steps[1:]]
        return det(ctx, case, conv, KEY, "blocked", date=under.date, reasons=[*reasons, *tail], next_steps=steps, confidence=confidence)
    if under.status == "needs_review":
        reasons.append((f"PC 1203.45 needs eligibility for {name}, which an attorney must review first.", CITE))
        return needs_review(ctx, case, conv, KEY, [*reasons, *tail], missing=under.missing_facts, confidence=weakest("M", under.confidence))
    reasons.append((f"PC 1203.45 needs eligibility for dismissal under {name}, and the person is not eligible for it.", CITE))
    return not_eligible(ctx, case, conv, KEY, [*reasons, *tail], confidence=confidence)


evaluate = gated(KEY, gate, decide)
REMEDY = Remedy(key=KEY, scope="conviction", evaluate=evaluate, gate=gate, decide=decide)
