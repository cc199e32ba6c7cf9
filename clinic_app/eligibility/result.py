"""Helpers every remedy module uses to build its Determination the same way.

A determination carries ordered reasons (one sentence + citation each), next steps a
paralegal can read aloud, the FORMAT.md names of missing facts, and a confidence that is
the weakest rule it rests on (H > M > L).
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Iterable, Sequence, Union

from clinic_app.case_titles import case_title
from clinic_app.catalog import SECTION_WRITTEN_AS_THE_CODE_DOES, law_named
from clinic_app.eligibility import sentence as S
from clinic_app.eligibility.fact_questions import given_facts, owner_of, question, where_to_look
from clinic_app.model import Case, Conviction, Determination, Reason

if TYPE_CHECKING:  # pragma: no cover
    from clinic_app.eligibility.context import Context

ReasonLike = Union[Reason, tuple[str, str]]

_RANK = {"H": 2, "M": 1, "L": 0}
# What each confidence letter means (ca-rules.md's marks): the text report's key and the
# filing worksheet's status lines say it in these words.
CONFIDENCE_MEANS = {"H": "high (the statute's text supports it)", "M": "medium (from a secondary source: check it)",
                    "L": "low (unsettled law: an attorney decides)"}


def confidence_said(confidence: str) -> str:
    """A result's confidence as a page says it after the status: "confidence M, medium (from a
    secondary source: check it)"."""
    return f"confidence {confidence}, {CONFIDENCE_MEANS.get(confidence, confidence)}"


def weakest(*confidences: str | None) -> str:
    """The weakest of H/M/L (None values are ignored; no value at all gives H)."""
    best = "H"
    for c in confidences:
        if c is not None and _RANK[c] < _RANK[best]:
            best = c
    return best


def reasons_of(items: Iterable[ReasonLike]) -> list[Reason]:
    """Reasons from (text, cite) pairs or Reason objects, in the given order."""
    return [r if r.__class__ is Reason else Reason(*r) for r in items]  # type: ignore[misc, union-attr]


def det(
    ctx: "Context | None",
    case: Case,
    conv: Conviction | None,
    remedy: str,
    status: str,
    *,
    mode: str | None = None,
    date: date | None = None,
    reasons: Sequence[ReasonLike] = (),
    next_steps: Sequence[str] = (),
    missing: Sequence[str] = (),
    confidence: str = "H",
) -> Determination:
    """One Determination for (case, conviction or None for a case-level remedy, remedy).

    `mode` is kept only where FORMAT.md allows it (eligible, eligible_on).
    """
    if status != "eligible" and status != "eligible_on":
        mode = None
    # A loop, not a list comprehension: most results have one or two reasons, and the
    # comprehension's own call cost more than building them (P26-02).
    made = []
    for r in reasons:
        made.append(r if r.__class__ is Reason else Reason(*r))  # type: ignore[misc, union-attr]
    return Determination(
        case.id,
        conv.id if conv is not None else None,
        remedy,
        status,  # type: ignore[arg-type]
        mode,  # type: ignore[arg-type]
        date,
        made,
        list(next_steps),
        list(missing),
        confidence,  # type: ignore[arg-type]
    )


# Most (conviction, remedy) pairs are not_applicable with a fixed sentence: make each such
# Reason once.  Reasons are shared between results, so they must never be mutated.
_SHARED_REASONS: dict[tuple[str, str], Reason] = {}


def shared_reason(text: str, cite: str) -> Reason:
    """One Reason object per distinct (text, cite), reused across determinations."""
    key = (text, cite)
    r = _SHARED_REASONS.get(key)
    if r is None:
        if len(_SHARED_REASONS) > 20_000:  # bound the memory varying texts can take
            _SHARED_REASONS.clear()
        r = _SHARED_REASONS[key] = Reason(text, cite)
    return r


def not_applicable(ctx, case, conv, remedy: str, text: str, cite: str, confidence: str = "H") -> Determination:
    """The remedy is for another kind of record; one reason says why."""
    return Determination(case.id, conv.id if conv is not None else None, remedy, "not_applicable", None, None, [shared_reason(text, cite)], [], [], confidence)  # type: ignore[arg-type]


def not_eligible(ctx, case, conv, remedy: str, reasons: Sequence[ReasonLike], confidence: str = "H", next_steps: Sequence[str] = ()) -> Determination:
    """A statutory bar stops the remedy for this conviction."""
    return det(ctx, case, conv, remedy, "not_eligible", reasons=reasons, confidence=confidence, next_steps=next_steps)


# How consequences find the day in a law_starts_step (the disclosure line's "yet").
LAW_STARTS = re.compile(r"^The law changes on ([0-9]{4}-[0-9]{2}-[0-9]{2}) ")


def law_starts_step(day: date, law: str, route: str | None = None) -> str:
    """The step of a screening dated before a law took effect: the day to screen again
    (oracle findings: a remedy's eve said only "not eligible").  `route` names another
    remedy the law opens, where that is the way left ("A petition to seal the arrest")."""
    if route is not None:
        return f"{route} becomes available on {day.isoformat()} ({law}): screen again on or after that day."
    return f"The law changes on {day.isoformat()} ({law}): screen again on or after that day."


def needs_review(
    ctx,
    case,
    conv,
    remedy: str,
    reasons: Sequence[ReasonLike],
    *,
    missing: Sequence[str] = (),
    next_steps: Sequence[str] = (),
    confidence: str = "L",
) -> Determination:
    """An attorney must decide: a fact is missing (named in `missing`) or the law is unsettled."""
    missing, checks = record_lacks(ctx, case, missing) if missing else ([], [])
    # A step that says what to do: the facts to find, by their questions, or the open legal
    # question above (readability finding R15-15: "An attorney must review this" named neither).
    if next_steps:
        steps = list(next_steps)
    elif missing:
        steps = [find_out_step(ctx, case, missing)]
    elif checks:
        steps = []
    else:
        steps = ["An attorney decides the open question above before anything is filed."]
    steps = [*(check for check in checks if check not in steps), *steps]  # a caller may place them
    return det(ctx, case, conv, remedy, "needs_review", reasons=reasons, missing=missing, next_steps=steps, confidence=confidence)


# The lead of a step that checks a fact the record gives but a result doubts (S27-01: such a
# fact is not missing, so it is a step, not one of the result's missing facts).
CHECK_THE_RECORD = "Check the record, then screen again: "


def record_lacks(ctx, case: Case | None, facts: Sequence[str]) -> tuple[list[str], list[str]]:
    """The facts of `facts` the record lacks, and the steps that check the ones it gives but
    contradicts elsewhere (S27B-01: missing_facts names only what the record lacks).  A
    probation marked active though its end date has passed gives both its end and its status:
    neither is missing, the record is checked ("was it extended?"); so is a sentence marked
    completed beside fines unpaid.  Read from the record itself, so every remedy and bar that
    names such a fact says it the same way."""
    if ctx is None or not facts:
        return list(facts), []
    lacks: list[str] = []
    checks: list[str] = []
    for fact in facts:
        check = _contradiction(ctx, case, fact)
        if check is None:
            lacks.append(fact)
        elif check not in checks:
            checks.append(check)
    return lacks, checks


_OF_CASE = re.compile(r"^(?:cases\[(?P<case>[^\]]*)\]\.)?(?P<field>sentence\.probation\.(?:end|status)|money\.fines_paid)$")


def _contradiction(ctx, case: Case | None, fact: str) -> str | None:
    """The check step for a fact the record gives but contradicts; None for a fact it lacks."""
    m = _OF_CASE.match(fact)
    if m is None:
        return None
    of = case if m["case"] is None else next((c for c in ctx.cases if c.id == m["case"]), None)
    if of is None:
        return None
    # Its own case unnamed, another case by the name the clinic knows it by (S27-04).
    whose = "" if case is not None and of.id == case.id else f"Case {case_title(of)}: "
    if m["field"] == "money.fines_paid":
        owed = S.unpaid_though_completed(of)
        if not owed:
            return None
        said = f"the record marks the sentence completed, yet fines of ${owed:,} are unpaid: were they paid, converted (to community service or jail) or waived?"
    else:
        p = of.sentence.probation if of.sentence is not None else None
        end = S.marked_active_past_end(p, ctx.as_of) if p is not None else None
        if end is None:
            return None
        said = f"the record marks probation active, but its end date {end.isoformat()} has passed: was it extended, revoked or completed?"
    said = f"{whose}{said[0].upper()}{said[1:]}"
    return f"{CHECK_THE_RECORD}{said} Where to look: {where_to_look(m['field'])}."


FIND_OUT = "Find out, then screen again: "
# A step whose every fact only the client can give (S27-09: "Ask the client for their date of
# birth, then screen again" beside "Find out, then screen again: What is the person's date of
# birth? Where to look: ask the client." in one report).
ASK_THE_CLIENT = "Ask the client, then screen again: "


def find_out_step(ctx, case, missing: Sequence[str], lead: str = FIND_OUT) -> str:
    """The step that finds the missing facts: their questions, and where to look.  A fact of
    this case is asked without "Case E:", as the results that name it without the case do
    (F26B-02: one case's steps asked its sentence both ways).  With `lead` CHECK_THE_RECORD,
    the facts are ones the record gives and a reason doubts: asked as checks of them."""
    given = {**given_facts(ctx.cases), **given_facts([case] if case is not None else [])}  # a path without the case is this case's
    own = f"cases[{case.id}]." if case is not None else None
    paths = [m.removeprefix(own) if own else m for m in missing]
    asked = " ".join(dict.fromkeys(_without_repeated_owner(paths, [question(p, given=given) for p in paths])))
    return _facts_step(asked, missing, lead)


def person_facts_step(missing: Sequence[str]) -> str:
    """find_out_step for facts of the person ("person.dob"), which need no case or record."""
    return _facts_step(" ".join(question(m) for m in missing), missing, FIND_OUT)


def _facts_step(asked: str, missing: Sequence[str], lead: str) -> str:
    sources = places_to_look(s for s in (where_to_look(m) for m in missing) if s is not None)
    if lead == FIND_OUT and sources == ["ask the client"]:
        return f"{ASK_THE_CLIENT}{asked}"
    look = f" Where to look: {'; '.join(sources)}." if sources else ""
    return f"{lead}{asked}{look}"


def _without_repeated_owner(paths: Sequence[str], asked: Sequence[str]) -> list[str]:
    """The questions, each owner said once in a row: "Conviction A1: Was the business open
    ...? What was the value ...?", not "Conviction A1:" before each (S27-05: Prop 47 asked
    three facts of one count, each after its "Conviction A1:")."""
    out, last = [], None
    for path, q in zip(paths, asked):
        owner = owner_of(path)
        out.append(q.split(": ", 1)[1] if owner is not None and owner == last and ": " in q else q)
        last = owner
    return out


def places_to_look(sources: Iterable[str]) -> list[str]:
    """Each place to look named once: the amount and the offense date of a count gave "the
    police report or the plea form; the complaint or the police report" (F26-01), so a place
    already named drops out of a later source ("...; the complaint").  A source that lists
    with commas ("CDCR for parole, the probation department for PRCS or mandatory
    supervision, or the RAP sheet") is one whole: its "or" is not always between places."""
    named: set[str] = set()
    said: list[str] = []
    for source in sources:
        places = [source] if "," in source else source.split(" or ")
        new = [place for place in places if place not in named]
        named.update(places)
        if new:
            said.append(new[0] if len(new) == 1 else f"{', '.join(new[:-1])} or {new[-1]}")
    return said


def not_in_catalog(match, written: str, of: str = "the conviction") -> str:
    """Why the catalog gives no offense for a section as written: "PC 999 is not in the offense
    catalog", or, for a count naming two offenses, "HS 11377(a)/11364 names two offenses (HS
    11377(a) and HS 11364), and the record does not say which" (O24-05: both parts are in it);
    `of` is what the count is ("the arrest" for an arrest offense)."""
    two = match.two_offenses
    if two:
        named = " and ".join(f"{match.code} {part}" for part in named_parts(match))
        return f"{written} names {'two' if len(two) == 2 else len(two)} offenses ({named}), and the record does not say which one {of} is for"
    return f"{written} is not in the offense catalog"


def named_parts(match) -> list[str]:
    """The offenses a two-offense count may be, each with the attempt where one is written:
    "664/187/245(a)(1)" -> "664/187", "664/245(a)(1)" (O24B-06: the attempt was dropped)."""
    if not match.two_offenses:
        return []  # nearly every count: no comprehension to build
    return [f"664/{part}" if match.attempt else part for part in match.two_offenses]


def either_offense(match) -> str:
    """The offenses a two-offense count may be, as a choice: "HS 11350 or HS 11550"."""
    named = [f"{match.code} {part}" for part in named_parts(match)]
    return f"{', '.join(named[:-1])} or {named[-1]}"


def unknown_offense(ctx, case, conv: Conviction, remedy: str, match=None) -> Determination:
    """The section is not in the offense catalog and the remedy depends on the offense; `match`
    is the count as the remedy reads it, where that names two offenses and the catalog's
    reading does not (record_facts.split_on: "647(f)/(b)" for PC 1203.49, O24B-03)."""
    from clinic_app.eligibility.registry import remedy_cite  # the registry imports this module

    match = match or ctx.match(conv)
    two = match.two_offenses
    if two:
        # Where every offense it names gives the same answer, that is the answer (S25-14).
        from clinic_app.eligibility.either_way import same_either_way

        same = same_either_way(ctx, case, conv, remedy, match)
        if same is not None:
            return same
        # "HS 11350/11550" is possession or being under the influence: reading either part
        # would be a guess (oracle finding O23-18: the last part was read).
        either = either_offense(match)
        return needs_review(
            ctx,
            case,
            conv,
            remedy,
            [(f"{law_named(conv.code, conv.section)} names {'two' if len(two) == 2 else len(two)} offenses ({either.replace(' or ', ' and ')}), and nothing in the record says which one the conviction is for; this remedy depends on what the offense is.", remedy_cite(remedy))],
            missing=[f"convictions[{conv.id}].section"],
            next_steps=[f"Check the abstract of judgment or the minute order: is the conviction for {either}? Record that one section and screen again."],
            confidence="L",
        )
    written = law_named(conv.code, conv.section)
    said, step = f"{written} is not in the offense catalog", f"Check the section {written} against the court record and the code; an attorney decides."
    otherwise = ctx.catalog.in_it_otherwise(match)
    if otherwise is not None:  # the section is in the catalog: say what to write (S26-04)
        how, section = otherwise
        if how == "spelling":
            said = f"{written} is not written in a way the offense catalog reads ({section} is in it)"
            step = f"Check the section against the court record and write it as the code does: {SECTION_WRITTEN_AS_THE_CODE_DOES}; then screen again."
        else:
            said = f"{written} is not in the offense catalog, but {section} is"
            step = f"Check the code on the court record: if the conviction is under {section}, record that code and screen again."
    return needs_review(
        ctx,
        case,
        conv,
        remedy,
        # Cited to the remedy's own statute, the law that makes the offense matter (audit finding).
        [(f"{said}, and this remedy depends on what the offense is.", remedy_cite(remedy))],
        missing=[f"convictions[{conv.id}].section"],
        next_steps=[step],
        confidence="L",
    )


def _californias_own(remedy: str) -> str:
    """"PC 1170.18 (California convictions only)": the remedy's statute and what it reaches."""
    from clinic_app.eligibility.registry import remedy_cite  # the registry imports this module
    reaches = "arrests" if remedy in ("pc851_91", "pc851_93") else "convictions"
    return f"{remedy_cite(remedy)} (California {reaches} only)"


def outside_california(ctx, case: Case, conv: Conviction | None, remedy: str) -> Determination:
    """California remedies do not reach another state's or a federal court's record."""
    return not_applicable(
        ctx,
        case,
        conv,
        remedy,
        # The jurisdiction in brackets: "federal" or "US District Court" read badly after
        # "from" (oracle finding O21-06: "This case is from federal").
        f"This case is from a court outside California ({case.jurisdiction}); California record-clearance law does not reach it.",
        # Each remedy's own statute (Q307-06: "PC 1203.4; PC 851.91" was cited for all nineteen,
        # Prop 47 and a certificate too); ca-rules.md's scope line is the authority for the rest.
        _californias_own(remedy),
    )
