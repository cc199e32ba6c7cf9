"""The eligibility engine: `screen(person, cases, as_of) -> Screening`.

A pure function (no clock, no I/O, no Qt, no SQL).  For every conviction (and, for the
case-level remedies, every case) it asks each remedy of the registry for one
Determination, with ordered reasons and citations, next steps, missing facts and a
confidence; then it lists what stays true after relief (consequences.py).

Rules are versioned by effective date and evaluated against `as_of`; RULES_VERSION is
stored with every result so an old result can be reproduced and marked stale.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date
from typing import Iterable

# registry first: the remedy modules import Remedy from it (see registry.py).
from clinic_app.eligibility.registry import REMEDIES, Remedy, remedy_statute, remedy_title, short_name  # noqa: I001
from clinic_app.eligibility import sentence as S
from clinic_app.eligibility.bars import person_bars
from clinic_app.eligibility.consequences import consequences
from clinic_app.eligibility.common import GRANTED_CITE
from clinic_app.eligibility.record_facts import DISMISSAL_PETITIONS, VACATUR, citation
from clinic_app.eligibility.context import Context, cached_match, make_context
from clinic_app.eligibility.gates import CaseProfile, ConvictionProfile, GateTable, case_key, conviction_key, person_facts, sentence_facts
from clinic_app.eligibility.result import outside_california, det, needs_review
from clinic_app.eligibility.pc1203_425 import KEY as AUTOMATIC_RELIEF, settle_petition_steps
from clinic_app.eligibility.pc851_93 import point_to_sealing
from clinic_app.eligibility.any_level import as_level, same_at_every_level
from clinic_app.catalog import load_catalog
from clinic_app.model import LEVELS, Case, Determination, Person, Reason, Screening

RULES_VERSION = "2026.12.15u"

_CONVICTION_REMEDIES = tuple(r for r in REMEDIES if r.scope == "conviction")
_CASE_REMEDIES = tuple(r for r in REMEDIES if r.scope == "case")
# What screen() runs per remedy: its key, and `decide` (or the whole `evaluate` for a
# remedy without a gate), for what the gates (gates.py) let through.
_CONVICTION_STEPS = tuple((r.key, r.decide or r.evaluate) for r in _CONVICTION_REMEDIES)
_CASE_STEPS = tuple((r.key, r.decide or r.evaluate) for r in _CASE_REMEDIES)
# Where 1203.425's result sits among a conviction's results (its steps look at the others).
_AUTOMATIC_AT = next(i for i, (key, _decide) in enumerate(_CONVICTION_STEPS) if key == AUTOMATIC_RELIEF)
_CONVICTION_GATES = GateTable(tuple(r.gate for r in _CONVICTION_REMEDIES), ConvictionProfile)
_CASE_GATES = GateTable(tuple(r.gate for r in _CASE_REMEDIES), CaseProfile)


def _catalog():
    """The offense catalog (loaded once per process by clinic_app.catalog)."""
    return load_catalog()


def screen(person: Person, cases: Iterable[Case], as_of: date) -> Screening:
    """Screen one person's whole record on `as_of` against every registered remedy."""
    # Lists, not generators, inside tuple(): a generator is resumed once a case (R28-03).
    cases = tuple([_as_it_stood(case, as_of) for case in cases])
    catalog = _catalog()
    # A lone count of unknown level sentenced to prison or 1170(h) jail is a felony (PC 17(a)).
    by_sentence = {case.id: read for case in cases if (read := _felony_by_sentence(case, catalog)) is not None}
    if by_sentence:
        cases = tuple([by_sentence[case.id][0] if case.id in by_sentence else case for case in cases])
    doubted = _reduced_after_custody(cases)
    if doubted:
        cases = tuple([_as_felonies(case, doubted) for case in cases])
    ctx = make_context(person, cases, as_of, catalog, person_bars(person, cases, as_of, catalog))
    results: list[Determination] = []
    add = results.append
    # Each remedy's gate answer comes from a memo keyed on the profile's facts (gates.py);
    # a gate's not_applicable is built here, exactly as the remedy's evaluate builds it.
    conviction_answers = _CONVICTION_GATES.answers
    case_answers = _CASE_GATES.answers
    person_part = person_facts(person)
    for case in cases:
        if case.jurisdiction != "CA":
            _outside(ctx, case, add)
            continue
        case_id = case.id
        if case.outcome == "convicted":
            if not case.convictions:
                _convictions_not_entered(ctx, case, add)
                continue
            # Every conviction of the case dated after as_of (a screening of a day before this
            # case's judgment): a loop, not all() over a generator, which cost three calls a
            # case (R28-03).
            for v in case.convictions:
                if v.conviction_date is None or v.conviction_date <= as_of:
                    break
            else:
                _case_not_yet(case, add)
                continue
            sentence_part = sentence_facts(case)
            for conv in case.convictions:
                if conv.conviction_date is not None and conv.conviction_date > as_of:
                    _not_yet(case, conv, add)
                    continue
                granted = {r.remedy: r.date for r in conv.relief_granted} if conv.relief_granted else None
                if granted is not None and any(k in granted for k in VACATUR):
                    _vacated(ctx, case, conv, granted, add)
                    continue
                if conv.level is None:
                    # Each level's gate answers: a remedy closed at every level, for the same
                    # reason, does not turn on the level (R55-03).
                    gates = [conviction_answers(catalog, conviction_key(replace(conv, level=level), sentence_part, person_part))
                             for level in LEVELS]
                    _level_not_known(ctx, case, conv, granted, add, gates)
                    continue
                answers = conviction_answers(catalog, conviction_key(conv, sentence_part, person_part))
                conv_id = conv.id
                first = len(results)
                dismissed = next((k for k in _DISMISSAL_PETITIONS if k in granted), None) if granted is not None else None
                for (key, decide), reason in zip(_CONVICTION_STEPS, answers):
                    if granted is not None and key in granted:
                        add(_already_granted(ctx, case, conv, key, granted[key]))
                    elif doubted and key == "pc17b" and (case_id, conv_id) in doubted:
                        add(_reduction_in_doubt(ctx, case, conv, doubted[case_id, conv_id]))
                    elif reason is not None:
                        add(Determination(case_id, conv_id, key, "not_applicable", None, None, [reason], [], [], "H"))
                    elif dismissed is not None and key in _DISMISSAL_PETITIONS:
                        add(_dismissed_already(decide(ctx, case, conv), dismissed, granted[dismissed]))
                    else:
                        add(decide(ctx, case, conv))
                settle_petition_steps(results, first, first + _AUTOMATIC_AT)
                if by_sentence and case_id in by_sentence:
                    said = by_sentence[case_id][1]
                    for d in results[first:]:
                        d.reasons = [said, *d.reasons]
                if doubted and (case_id, conv_id) in doubted:
                    # Every row of a count screened as the felony its record may not be rests on
                    # that reading: none is surer than M (metamorphic finding M18-07).
                    for d in results[first:]:
                        if d.confidence == "H":
                            d.confidence = "M"
        case_first = len(results)
        for (key, decide), reason in zip(_CASE_STEPS, case_answers(catalog, case_key(case))):
            if reason is not None:
                add(Determination(case_id, None, key, "not_applicable", None, None, [reason], [], [], "H"))
            else:
                add(decide(ctx, case, None))
        point_to_sealing(results[case_first:])
    return Screening(as_of, RULES_VERSION, results, consequences(ctx, results))


def _violations_after(case: Case, as_of: date) -> bool:
    p = case.sentence.probation if case.sentence is not None else None
    # Most grants record no violation: no generator to run (asked for every case screened).
    return p is not None and bool(p.violations) and any(v.date > as_of for v in p.violations)


def _as_it_stood(case: Case, as_of: date) -> Case:
    """The case as it stood on `as_of`: relief granted later is not yet granted, as a
    conviction dated later is not yet a conviction (see _not_yet), a probation violation
    dated later had not happened (oracle finding O22-05: a 2017 violation made a 2016
    screening discretionary, and a 2017 revocation closed 1203.3 in 2016), and a payment
    dated later not made (O22-09).  The case itself when nothing in it is dated later (most
    screenings): the money is worked out once, here (it had been twice, O23-05)."""
    money = case.money.as_it_stood(as_of) if case.money is not None else None
    # One generator over every grant of relief (nearly no count has one), not one a count.
    relief_later = any(r.date is not None and r.date > as_of for conv in case.convictions for r in conv.relief_granted)
    violations_later = _violations_after(case, as_of)
    if not relief_later and not violations_later and money is case.money:
        return case
    convictions = [
        replace(conv, relief_granted=[r for r in conv.relief_granted if r.date is None or r.date <= as_of]) if conv.relief_granted else conv
        for conv in case.convictions
    ]
    if not violations_later:
        return replace(case, convictions=convictions, money=money)
    probation = case.sentence.probation.without_later_violations(as_of)  # type: ignore[union-attr]
    return replace(case, convictions=convictions, money=money, sentence=replace(case.sentence, probation=probation))  # type: ignore[type-var]


def felony_by_its_sentence(case: Case, catalog) -> bool:
    """The case's one count, of a level the record does not give, is a felony by the case's
    sentence: a term in state prison or in county jail under PC 1170(h) is a felony's
    punishment alone (PC 17(a)), and a wobbler becomes a misdemeanor only by a judgment imposing
    another (17(b)(1)).  Read as each level (any_level.py), such a count had been a misdemeanor
    and an infraction too (Z80, left alone 1).  Not a count of a case of several counts: the
    record does not say which count the term was for; nor of an offense the catalog gives no
    felony (a PC 647(f), a misdemeanor, "sent to state prison"): that record contradicts
    itself, the section or the sentence is wrong, and its level is the court record's to give
    (V53-02).  Read a felony, it had been told a lifetime firearm ban (R82a-01).  screen() and
    the handout (R82a-02) read a count so, by this one test."""
    s = case.sentence
    if s is None or len(case.convictions) != 1 or case.convictions[0].level is not None or case.outcome != "convicted":
        return False
    if (s.type or "") not in S.FELONY_TERMS:
        return False
    conv = case.convictions[0]
    offense = cached_match(catalog, conv.code, conv.section).offense
    return offense is None or offense.level not in ("misdemeanor", "infraction") or conv.wobbler is True


def _felony_by_sentence(case: Case, catalog) -> tuple[Case, Reason] | None:
    """The case with its one count read as a felony, and the reason, where
    felony_by_its_sentence says so (E81-01); None for any other case."""
    if not felony_by_its_sentence(case, catalog):
        return None
    conv = case.convictions[0]
    term = S.FELONY_TERMS[case.sentence.type]  # type: ignore[union-attr, index]
    said = Reason(f"The record does not give the level of {citation(conv)}, but this case was sentenced to {term}, "
                  "which is given only for a felony (a wobbler is a misdemeanor only after a judgment imposing another "
                  "punishment): it is screened as a felony.", "PC 17(a); PC 17(b)(1)")
    return replace(case, convictions=[replace(conv, level="felony")]), said


def _reduced_after_custody(cases: tuple[Case, ...]) -> dict[tuple[str, str], date | None]:
    """(case id, conviction id) -> the date of a 17(b) reduction the record shows on a felony
    count of a case sentenced to state prison or 1170(h) jail, which 17(b)(1) does not allow:
    most likely a data-entry slip (the wrong count, or a Prop 47 resentencing entered as
    17(b)).  Taken at its word it had told a person in prison that the state felony firearm
    ban no longer applied, and closed 1203.41 (readability finding R18-01)."""
    found: dict[tuple[str, str], date | None] = {}
    for case in cases:
        if case.sentence is None or case.sentence.type not in S.CUSTODY_SENTENCES:
            continue
        for conv in case.convictions:
            if conv.level == "felony" and conv.relief_granted:
                for r in conv.relief_granted:
                    if r.remedy == "pc17b":
                        found[case.id, conv.id] = r.date
    return found


def _as_felonies(case: Case, doubted: dict[tuple[str, str], date | None]) -> Case:
    """The case with the doubted 17(b) reductions left out: screened as the felony it was
    (the felony consequences and 1203.41 stay) until the minute order says otherwise."""
    if not any((case.id, v.id) in doubted for v in case.convictions):
        return case
    convictions = [
        replace(v, relief_granted=[r for r in v.relief_granted if r.remedy != "pc17b"]) if (case.id, v.id) in doubted else v
        for v in case.convictions
    ]
    return replace(case, convictions=convictions)


def _reduction_in_doubt(ctx: Context, case: Case, conv, when: date | None) -> Determination:
    """The 17(b) row of a count whose recorded reduction a custody sentence rules out."""
    on = f" on {when.isoformat()}" if when is not None else ""
    return det(
        ctx, case, conv, "pc17b", "needs_review",
        reasons=[
            (f"The record shows a PC 17(b) reduction{on}, but this case was sentenced to {'state prison' if case.sentence.type == 'state_prison' else 'county jail under PC 1170(h)'}, and 17(b) is not available after such a sentence.", "PC 17(b)(1)"),
            ("Until the minute order shows how the count became a misdemeanor, it is screened as the felony it was: the felony firearm ban and the other felony consequences stay, and PC 1203.41 is the dismissal route.", "PC 17(b); PC 1203.41"),
        ],
        next_steps=[f"Get the minute order of the reduction in this case: if it was a Prop 47 resentencing, record it as Prop 47 relief; if the sentence was recalled and replaced, record the new sentence; if the reduction was entered on the wrong count, correct it. Then screen again."],
        confidence="M",
    )


def _outside(ctx: Context, case: Case, add) -> None:
    """A case from another jurisdiction: every remedy not_applicable, saying why."""
    for conv in case.convictions if case.outcome == "convicted" else ():
        for remedy in _CONVICTION_REMEDIES:
            add(outside_california(ctx, case, conv, remedy.key))
    for remedy in _CASE_REMEDIES:
        add(outside_california(ctx, case, None, remedy.key))


_NOT_YET = Reason("The conviction is dated after the day this screening speaks for, so on that day there was nothing to clear.", "The client's record (conviction date)")


def _not_yet(case: Case, conv, add) -> None:
    """A conviction after `as_of` (a screening of an earlier day): every remedy not_applicable."""
    for remedy in _CONVICTION_REMEDIES:
        add(Determination(case.id, conv.id, remedy.key, "not_applicable", None, None, [_NOT_YET], [], [], "H"))


def _case_not_yet(case: Case, add) -> None:
    """Every conviction of the case is dated after `as_of`: nothing of it, not even the
    case-level remedies (early termination of a probation not yet granted), applies."""
    for conv in case.convictions:
        _not_yet(case, conv, add)
    for remedy in _CASE_REMEDIES:
        add(Determination(case.id, None, remedy.key, "not_applicable", None, None, [_NOT_YET], [], [], "H"))


def _convictions_not_entered(ctx: Context, case: Case, add) -> None:
    """A case recorded as convicted with no conviction in it yet (the window's "Add case"
    saves one before its first count is typed; FORMAT.md: convictions are "empty unless
    outcome is convicted"): an incomplete record.  Screened as if complete, its arrest-sealing
    rows said "does not fit" and its early-termination row asked for the dates of the
    placeholder probation "Add case" starts with, so the client went to Needs review for a
    reason that was not the one (finding O23B-01): every case-level row waits on the counts."""
    missing = f"cases[{case.id}].convictions"
    reason = Reason(f"The convictions of this case are not entered yet, though it is recorded as ending in a conviction: every remedy for the case depends on them.", "The client's record (convictions)")
    # The step, under the case's own heading, does not name it (S27-04).
    step = "Enter the case's convictions (each count's code section, level and conviction date), then screen again."
    for remedy in _CASE_REMEDIES:
        add(needs_review(ctx, case, None, remedy.key, [reason], missing=[missing], next_steps=[step], confidence="M"))


def _vacated(ctx: Context, case: Case, conv, granted: dict, add) -> None:
    """A conviction vacated under PC 1473.7 or 236.14: no conviction is left for any other
    remedy to dismiss, reduce or seal (ca-rules.md 3.15, 3.16)."""
    key = next(k for k in VACATUR if k in granted)
    on = f" on {granted[key].isoformat()}" if granted[key] is not None else ""
    gone = Reason(f"The conviction was vacated under {VACATUR[key]}{on}: no conviction is left to clear (if the case was pled again, screen the new conviction).", VACATUR[key])
    for remedy in _CONVICTION_REMEDIES:
        if remedy.key in granted:
            add(_already_granted(ctx, case, conv, remedy.key, granted[remedy.key]))
        else:
            add(Determination(case.id, conv.id, remedy.key, "not_applicable", None, None, [gone], [], [], "H"))


def _level_not_known(ctx: Context, case: Case, conv, granted: dict | None, add, gates: list[tuple]) -> None:
    """A count whose level the record does not give (nobody chose it at intake; a request's
    `level: null`): nearly every remedy turns on it (1203.4 or 1203.4a, 17(b) for a felony
    only, Prop 47's reductions, 1203.425's and the waiting periods' felony rules), so each asks
    for it, by name; none is answered for a misdemeanor the count may not be (V53-02).

    `gates`: each level's gate answers (LEVELS' order).  A remedy whose gate closes it at every
    level in the same words does not turn on the level: it is not applicable, so said ("PC 459
    is not a marijuana offense that Prop 64 changed"), where it had asked for the level too and
    the handout offered a burglary's client Prop 64 "for a lawyer to check" (R55-03).

    Any other remedy is screened as if the count were each level in turn (any_level.py), and
    where every reading gives the same answer, that is given: PC 1203.45 for a man 40 at
    conviction, PC 1203.41 for a probation sentence (E74-01)."""
    reason = Reason(f"The record does not say whether {citation(conv)} was a felony, a misdemeanor or an infraction, and this remedy turns on it.",
                    "The client's record (level of conviction)")
    missing = [f"convictions[{conv.id}].level"]
    readings: list[list[Determination]] | None = None
    for i, (remedy, *closed) in enumerate(zip(_CONVICTION_REMEDIES, *gates)):
        if granted is not None and remedy.key in granted:
            add(_already_granted(ctx, case, conv, remedy.key, granted[remedy.key]))
            continue
        if all(r is not None for r in closed) and len({(r.text, r.cite) for r in closed}) == 1:
            add(Determination(case.id, conv.id, remedy.key, "not_applicable", None, None, [closed[0]], [], [], "H"))
            continue
        # A 17(b) reduction recorded on the count: a felony reading of it could be one screen()
        # doubts (_reduced_after_custody), which these readings do not weigh: the level is asked.
        if granted is None or "pc17b" not in granted:
            if readings is None:
                readings = [_as_level(ctx, case, conv, granted, level, gate) for level, gate in zip(LEVELS, gates)]
            same = same_at_every_level(conv, {level: answers[i] for level, answers in zip(LEVELS, readings)})
            if same is not None:
                add(same)
                continue
        add(needs_review(ctx, case, conv, remedy.key, [reason], missing=missing, confidence="M"))


def _as_level(ctx: Context, case: Case, conv, granted: dict | None, level: str, answers: tuple) -> list[Determination]:
    """Every remedy's answer for the count as if it were of `level` (`answers`, that level's
    gate answers), as screen() gives a count whose level is written."""
    ctx, case, conv = as_level(ctx, case, conv, level)
    results: list[Determination] = []
    add = results.append
    dismissed = next((k for k in _DISMISSAL_PETITIONS if k in granted), None) if granted is not None else None
    for (key, decide), reason in zip(_CONVICTION_STEPS, answers):
        if granted is not None and key in granted:
            add(_already_granted(ctx, case, conv, key, granted[key]))
        elif reason is not None:
            add(Determination(case.id, conv.id, key, "not_applicable", None, None, [reason], [], [], "H"))
        elif dismissed is not None and key in _DISMISSAL_PETITIONS:
            add(_dismissed_already(decide(ctx, case, conv), dismissed, granted[dismissed]))
        else:
            add(decide(ctx, case, conv))
    settle_petition_steps(results, 0, _AUTOMATIC_AT)
    return results


_DISMISSAL_PETITIONS = DISMISSAL_PETITIONS  # record_facts says why these


def _dismissed_already(d: Determination, by: str, when: date | None) -> Determination:
    """`d`, a sibling dismissal's own answer, where the conviction was already dismissed under
    `by`: a route it would open is moot (a closed one keeps its own reason)."""
    if d.status in ("not_applicable", "not_eligible"):
        return d
    on = f" on {when.isoformat()}" if when is not None else ""
    said = Reason(f"This conviction was already dismissed under {remedy_statute(by)}{on}; a second dismissal petition has nothing left to dismiss.", f"{remedy_statute(by)} (relief already granted)")
    return Determination(d.case, d.conviction, d.remedy, "not_applicable", None, None, [said], [], [], "H")


def _already_granted(ctx: Context, case: Case, conv, key: str, when: date | None) -> Determination:
    """Relief already obtained for this count: nothing left to ask for under this remedy."""
    on = f" on {when.isoformat()}" if when is not None else ""
    return det(
        ctx,
        case,
        conv,
        key,
        "not_applicable",
        reasons=[(f"{remedy_title(key)} was already granted{on} for this conviction.", GRANTED_CITE)],
    )


def facts_hash(person: Person, cases: Iterable[Case]) -> str:
    """sha256 hex of the canonical request JSON without `as_of`, for stale-result checks.

    The text is json.dumps(request_to_dict(...), sort_keys=True, separators=(",", ":"),
    ensure_ascii=False); `canonical_request_json` writes exactly that, faster.
    """
    from clinic_app.screening_format import canonical_request_json

    return hashlib.sha256(canonical_request_json(person, list(cases)).encode("utf-8")).hexdigest()


__all__ = ["screen", "facts_hash", "RULES_VERSION", "REMEDIES", "Remedy", "remedy_title", "short_name", "Context"]
