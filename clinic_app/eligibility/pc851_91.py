"""Petition to seal an arrest that did not end in a conviction: PC 851.91 / 851.92
(ca-rules.md 3.10, 3.12).  One determination per case.

- "Did not result in a conviction" (851.91(a)(1)): (A) no charge was filed and the
  limitations period has run on every arrest offense; or (B) charges were filed but were
  dismissed and cannot be refiled, or ended in an acquittal (or a conviction vacated on
  appeal).  Completed diversion or deferred entry ends in a dismissal that cannot be
  refiled (PC 1000.3, 1001.9, 1001.36, 1001.97), so it counts too.
- Not eligible (851.91(a)(2)): the person may still be charged; an offense with no
  limitations period (unless acquitted or found factually innocent); intentional evasion.
- Limitations periods used for screening: misdemeanor 1 year (PC 802(a)), most felonies
  3 years (PC 801), 6 years when punishable by 8 years or more (PC 800); none for offenses
  punishable by life (PC 799).  The attorney confirms.
- A matter of right (851.91(c)(1)), unless an arrest or charge was for domestic violence,
  child abuse or elder abuse and the person has a pattern of them (2+ convictions or 5+
  arrests on separate occasions within 3 years of one another): then the interest of
  justice (851.91(c)(2)).
- Effective 2018-01-01 (SB 393).  Forms CR-409 (petition), CR-409-INFO and CR-410 (order);
  serve the prosecutor and the arresting agency 15 days before the hearing (851.91(b)(3)).
"""

from __future__ import annotations

from datetime import date

from clinic_app.case_titles import case_named, listed_cases
from clinic_app.catalog import law_named
from clinic_app.eligibility import record_facts as R
from clinic_app.eligibility.common import anniversary_note, on_the_anniversary
from clinic_app.eligibility.context import cached_match
from clinic_app.eligibility.dates import ONE_DAY, after_years, iso
from clinic_app.eligibility.depends_on import unsettled
from clinic_app.eligibility.gates import CaseProfile, gated
from clinic_app.eligibility.pc236_14 import EFFECTIVE as PC236_14_EFFECTIVE
from clinic_app.eligibility.registry import Remedy
from clinic_app.eligibility.result import det, law_starts_step, needs_review, not_eligible, not_in_catalog, weakest
from clinic_app.model import ArrestOffense, Case, Conviction, Determination, Reason

KEY = "pc851_91"
EFFECTIVE = date(2018, 1, 1)

_CONVICTED = Reason("This case ended in a conviction; arrest sealing is for arrests that did not.", "PC 851.91(a)(1)")
_NOT_YET = Reason("On the screening date this arrest had not yet happened or its case had not yet ended.", "PC 851.91(a)(1)")
_PENDING = Reason("This case is still pending; screen it again when it ends.", "PC 851.91(a)(1)")
# "At the latest", as the reason that counts the period says: it runs from the offense, which
# came on or before the arrest, so it may have run out sooner; the note had said it runs out
# at the end of the arrest's anniversary as a fact (oracle finding O23-06).
_ANNIVERSARY = Reason(on_the_anniversary("of the arrest", ": charges can still be filed that day, and the period runs out at the end of it at the latest (it runs from the offense, on or before the arrest), so", "the first safe day to file"), "PC 801; PC 802; Civ. Code 10; CCP 12")
_FILE = "File form CR-409 (petition to seal arrest and related records) with the court in the county of the arrest, with a proposed order on form CR-410."
# Said after the steps of a result under review.
_FORM_IF_OPEN = "If the attorney finds sealing open, the petition is form CR-409, with a proposed order on form CR-410."
_SERVE = "Serve the prosecutor and the arresting agency at least 15 days before the hearing, and file the proof of service."
_EVADE = "Confirm the person did not flee or use a false identity to evade the police (that bars sealing, PC 851.91(a)(2)(C))."
_SURVIVOR = "The client is a trafficking survivor: PC 236.14 can also vacate an arrest for a nonviolent offense that was a direct result of being trafficked, which also seals and destroys the records; ask an attorney which to file."
# Where sealing is ruled out, the vacatur is not an "also" beside it.
_SURVIVOR_ONLY = "The client is a trafficking survivor: PC 236.14 can vacate an arrest for a nonviolent offense that was a direct result of being trafficked, which also seals and destroys the records; ask an attorney."


def gate(p: CaseProfile) -> Reason | None:
    """Not applicable to a conviction, or to a case still pending."""
    if p.outcome == "convicted":
        return _CONVICTED
    return _PENDING if p.outcome == "pending" else None


def decide(ctx, case: Case, _conv=None) -> Determination:
    """PC 851.91 for a case that ended without a conviction (the gate let it through), and,
    for a client who reports being trafficked, PC 236.14's vacatur of the arrest beside it:
    ca-rules.md 3.16 [H] reaches arrests, and FORMAT screens 236.14 per conviction, so this
    case's answers are where it is said.  Said whatever sealing's answer (L27-04: it was said
    only where sealing was open, not where sealing waits on a fact or is ruled out, where it
    matters most), except where every arrest offense is a violent felony (3.16 [M])."""
    d = _sealing(ctx, case)
    if d.status == "needs_review" and not any("CR-409" in step for step in d.next_steps):
        # The petition is the route whatever the attorney decides: the worksheet files a
        # result by the form its steps name, and one naming none went under "No form named"
        # (E40-01, from W39's report).
        d.next_steps.append(_FORM_IF_OPEN)
    if ctx.person.trafficking_survivor and d.status != "not_applicable" and ctx.as_of >= PC236_14_EFFECTIVE and not _violent_felonies_only(ctx, case):
        d.next_steps.append(_SURVIVOR_ONLY if d.status == "not_eligible" else _SURVIVOR)
    return d


def _violent_felonies_only(ctx, case: Case) -> bool:
    """Whether the record names the arrest's offenses and each is for certain a violent felony
    (PC 667.5(c)), which PC 236.14 does not reach; an attempt is not on that list but for homicide."""
    def violent(o) -> bool:
        m = cached_match(ctx.catalog, o.code, o.section)
        return (o.level == "felony" and m.offense is not None and m.offense.violent and unsettled(m, "violent") is None
                and (not m.attempt or R.base_number(m) in R.HOMICIDE_SECTIONS))
    return bool(case.arrest_offenses) and all(violent(o) for o in case.arrest_offenses)


def _sealing(ctx, case: Case) -> Determination:
    """PC 851.91 itself."""
    if R.ended_after(case, ctx.as_of):
        return R.na(case, None, KEY, _NOT_YET)  # screening an earlier day: the case had not ended
    if ctx.as_of < EFFECTIVE:
        return not_eligible(ctx, case, None, KEY, [("The arrest-sealing petition exists only from 2018-01-01 (SB 393).", "PC 851.91 (Stats. 2017, ch. 680, effective 2018-01-01)")], next_steps=[law_starts_step(EFFECTIVE, "PC 851.91")])
    reasons: list[tuple[str, str]] = []
    confidence = "H"
    start: date | None = None  # first day the arrest counts as not resulting in a conviction
    counted = ""  # what `start` is counted from, said with it
    if case.outcome == "acquitted":
        reasons.append(("The person was acquitted, so the arrest did not result in a conviction.", "PC 851.91(a)(1)(B)(ii)"))
    elif R.program_completed(case):
        confidence = "M"
        reasons.append(("The person completed diversion or deferred entry, which ends in a dismissal that cannot be refiled.", "PC 851.91(a)(1)(B)(i); PC 1000.3; PC 1001.9"))
    else:
        found = _limitations(ctx, case, reasons)
        if isinstance(found, Determination):
            return found
        start, confidence, counted = found
    waiting = start is not None and start > ctx.as_of
    if waiting:
        # The day it is counted from is said with it, as once it has passed (P42-01: "can be
        # filed from 2029-09-29" named no arrest date, so the day could not be checked).
        reasons.append((f"Charges can still be filed until the limitations period runs ({counted}), so the petition can be filed from {iso(start)}.", "PC 851.91(a)(2)(A)"))
        if anniversary_note(ctx.as_of, start) is not None:
            # The anniversary itself is flagged "verify" (ca-rules.md section 0), as every other
            # waiting period is; here it is the period's last day (oracle finding O22-06).
            reasons.append(_ANNIVERSARY)
        if case.outcome == "dismissed" and R.arrest_level(case) == "misdemeanor":
            reasons.append(("A dismissed misdemeanor often cannot be refiled at all, so the attorney may be able to file sooner.", "PC 1387(a)"))
    found = _pattern(ctx, case)
    if found is not None and not found[1]:  # matter of right or the court's discretion: the offense decides
        said, facts = _doubts(ctx, case) if found[0] is _MAYBE else ([], [])
        if said:
            # The counts that could make the pattern, each by its question (S25-05: "the
            # offense catalog does not know some sections" was said of two-offense counts).
            text = "; ".join(said)
            reason = (f"{text[0].upper()}{text[1:]}; {_MAYBE[0]}", _MAYBE[1])
            return needs_review(ctx, case, None, KEY, [*reasons, reason], missing=facts, confidence="M")
        return needs_review(ctx, case, None, KEY, [*reasons, found[0]], missing=[f"cases[{case.id}].arrest_offenses"], confidence="M")
    pattern = found[0] if found is not None else None
    mode = "discretionary" if pattern else "mandatory"
    if pattern:
        confidence = weakest(confidence, "M")
        reasons.append(pattern)
    else:
        reasons.append(("Sealing is then a matter of right.", "PC 851.91(c)(1)"))
    steps = [_FILE, _SERVE, _EVADE]  # decide() adds PC 236.14's step for a survivor
    if pattern:
        steps.insert(1, "Attach declarations on the hardship the arrest record causes and on rehabilitation; the court decides in the interests of justice.")
    if waiting:
        steps.insert(0, f"If no charge has been filed by {iso(start)}, file the petition then.")
        return det(ctx, case, None, KEY, "eligible_on", mode=mode, date=start, reasons=reasons, next_steps=steps, confidence=confidence)
    return det(ctx, case, None, KEY, "eligible", mode=mode, reasons=reasons, next_steps=steps, confidence=confidence)


def _limitations(ctx, case: Case, reasons: list) -> tuple[date, str, str] | Determination:
    """No charges filed, or dismissed: the first day no charge can be (re)filed, the
    confidence, and what the day is counted from ("1 year after the arrest on ...")."""
    level = R.arrest_level(case)
    if level is None:
        return needs_review(
            ctx, case, None, KEY,
            [("Whether charges can still be filed depends on whether the arrest was for a felony or a misdemeanor, and the record does not say.", "PC 851.91(a)(2)(A); PC 801; PC 802")],
            missing=[f"cases[{case.id}].arrest_level"],
            confidence="M",
        )
    period = R.misdemeanor_period() if level == "misdemeanor" else R.felony_period(ctx, case, no_limit_is_review=True)
    if period.no_limit:
        return not_eligible(
            ctx, case, None, KEY,
            [period.review, ("An arrest for an offense with no limitations period cannot be sealed under PC 851.91 unless the person was acquitted or found factually innocent.", "PC 851.91(a); PC 799")],
            confidence=period.confidence,
        )
    if period.years is None:
        return needs_review(ctx, case, None, KEY, [period.review], missing=list(period.missing), confidence=period.confidence)
    if case.arrest_date is None:
        return needs_review(
            ctx, case, None, KEY,
            [("The limitations period runs from the offense, and the record does not give the arrest date.", "PC 851.91(a)(2)(A); PC 801; PC 802")],
            missing=[f"cases[{case.id}].arrest_date"],
            confidence="M",
        )
    first = after_years(case.arrest_date, period.years)
    if case.outcome == "dismissed":
        reasons.append(("The charges were dismissed; sealing needs a dismissal that cannot be refiled.", "PC 851.91(a)(1)(B)(i)"))
    else:
        reasons.append(("No charge was filed; sealing needs the limitations period to have run on every arrest offense.", "PC 851.91(a)(1)(A)"))
    reasons.append(period.reason)
    if period.shorter is not None and first > ctx.as_of:
        # The 6 years stand in for a maximum term the catalog does not know (record_facts):
        # the 3-year date is said too, and once it is past the term decides (oracle finding).
        short = after_years(case.arrest_date, period.shorter)
        if short <= ctx.as_of:
            return needs_review(
                ctx, case, None, KEY,
                [*reasons, (f"If the maximum term is under 8 years, the 3-year period ended on {iso(short - ONE_DAY)} and the petition can be filed now; if it is 8 years or more, from {iso(first)}.", "PC 800; PC 801")],
                next_steps=[f"Look up the maximum term of {period.named}: under 8 years, file the petition (form CR-409, with a proposed order on form CR-410) now; 8 years or more, file it from {iso(first)} if no charge is filed by then."],
                confidence="M",
            )
        reasons.append((f"If the maximum term is under 8 years, the 3-year period ends on {iso(short - ONE_DAY)}: an attorney may confirm the earlier date.", "PC 801"))
    span = f"{period.years} year{'s' if period.years > 1 else ''}"
    if first <= ctx.as_of:
        # The period runs from the offense (PC 802), which the record does not give; it came
        # on or before the arrest, so counting from the arrest never ends the period early.
        # Said as one bound, not as two dates and an inference (readability finding R15-19).
        # "At the end of" the anniversary: charges can still be filed on it (Civ. Code 10),
        # and "by" read as a day early (readability finding R17-11).
        reasons.append((f"The time to file charges ran out at the end of {iso(first - ONE_DAY)} at the latest ({span} after the arrest on {iso(case.arrest_date)}; the offense came on or before it).", period.reason[1]))
    return first, weakest("M", period.confidence), f"{span} after the arrest on {iso(case.arrest_date)}"


def _pattern(ctx, case: Case) -> tuple[tuple[str, str], bool] | None:
    """The DV / child abuse / elder abuse pattern reason, when it makes sealing discretionary,
    and whether that is sure: (reason, False) when the record shows the pattern but not what
    this arrest was for, or when sections the catalog does not know could make the pattern
    (metamorphic finding: they were read as not abuse, and sealing as a matter of right)."""
    offenses = case.arrest_offenses
    abuse = any(R.is_abuse(ctx, o.code, o.section) for o in offenses)
    # The arrest's sections that may or may not be abuse: one the catalog does not know, or
    # one naming two offenses of which some are; "HS 11350/11550" is no question (S25-13, as
    # S25-05 for the pattern's own counts).
    doubted = [] if abuse else [(o, m) for o in offenses if (m := R.abuse_in_question(ctx, o.code, o.section)) is not None]
    if offenses and not (abuse or doubted):
        return None
    pattern, convictions, arrests = R.abuse_pattern(ctx)
    if not pattern:
        if R.abuse_pattern(ctx, unknown_counts=True)[0]:
            return _MAYBE, False
        return None
    shown = f"a pattern of domestic violence, child abuse or elder abuse ({convictions} such convictions, {arrests} such arrests)"
    if abuse:
        return (f"The arrest was for domestic violence, child abuse or elder abuse, and the record shows {shown}, so sealing is in the court's discretion (interests of justice).", "PC 851.91(c)(2)"), True
    if not offenses:
        what = "The record does not say what this arrest was for, and"
    elif any(m.two_offenses for _o, m in doubted):
        # "273.5/245(a)(4)": both are in the catalog; the question is which one (O24B-05, as O24-07).
        what = "; ".join(not_in_catalog(m, law_named(o.code, o.section), of="the arrest") for o, m in doubted) + ";"
    else:
        what = f"The offense catalog does not know {', '.join(law_named(o.code, o.section) for o, _m in doubted)}, and"
    return (f"{what} the record shows {shown}: if this arrest was for one of those, sealing is in the court's discretion rather than a matter of right.", "PC 851.91(c)(2)"), False


# Said after the counts that could make the pattern (`_doubts`).
_MAYBE = ("if they were for domestic violence, child abuse or elder abuse, the record would show a pattern of them, and sealing would be in the court's discretion rather than a matter of right.", "PC 851.91(c)(2)")


def _doubts(ctx, own: Case) -> tuple[list[str], list[str]]:
    """(what is unknown, the missing facts) of the counts in the record that may or may not be
    domestic violence, child abuse or elder abuse: a count naming two offenses is asked about
    as which one it is for, as the other remedies ask; a section the catalog does not know is
    named, with the cases that have it.  Said among `own`'s results, `own` is "this case", as
    its heading stands above them (case_titles.case_named, B86-03): "PC 99999: this case, case
    B (...) and case C (...)", where it read "cases A (...), B (...), C (...)" under case A's
    own heading (B87-02); the list is said as PC 1203.4b says its terms
    (case_titles.listed_cases, B89-01)."""
    said: list[str] = []
    facts: list[str] = []
    unknown: dict[str, dict[str, tuple[Case, Conviction | ArrestOffense]]] = {}  # section as written -> the cases that have it, by id, with the count
    for case in ctx.cases:
        if case.outcome == "convicted":
            counts = [(v.code, v.section, f"cases[{case.id}].convictions[{v.id}].section", "the conviction", v) for v in case.convictions if R.happened(ctx, v)]
        else:
            counts = [(o.code, o.section, f"cases[{case.id}].arrest_offenses", "the arrest", o) for o in case.arrest_offenses]
        for code, section, fact, of, v in counts:
            m = R.abuse_in_question(ctx, code, section)
            if m is None:
                continue
            facts.append(fact)
            if m.two_offenses:
                # The count named, its case's title does not name it again (B84-02, B86-02; an
                # arrest's offense, B89-04).
                said.append(not_in_catalog(m, f"{law_named(code, section)} in {case_named(case, own, v)}", of=of))
            else:
                unknown.setdefault(law_named(code, section), {}).setdefault(case.id, (case, v))
    if unknown:
        where = "; ".join(f"{written}: {listed_cases(cases.values(), own)}" for written, cases in unknown.items())
        said.insert(0, f"the offense catalog does not know some sections of this record ({where})")
    return said, list(dict.fromkeys(facts))


evaluate = gated(KEY, gate, decide, scope="case")
REMEDY = Remedy(key=KEY, scope="case", evaluate=evaluate, gate=gate, decide=decide)
