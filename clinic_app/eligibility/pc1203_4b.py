"""Fire-camp dismissal: PC 1203.4b (ca-rules.md 3.14).

- (a)(1): a person who successfully took part as a CDCR Conservation Camp hand crew
  member, a county incarcerated hand crew member, or at an institutional firehouse, and
  has been released from custody, may petition; the court may, in the interest of
  justice, dismiss.  Discretionary.  Finishing parole or supervision is not required
  ((b)(4)).  Effective 2021-01-01 (AB 2147).
- Automatically ineligible ((a)(1)(A)-(H) as summarised in the rules): anyone convicted
  of murder, kidnapping, rape under PC 261(a)(2) or (6) or former 262(a)(1) or (4),
  PC 288, a felony punishable by death or life, a registrable sex offense, escape from a
  secure perimeter within the last 10 years, or arson.  These look at the whole record.
- It reaches the conviction whose custody term included the hand-crew service: a case
  sentenced to state prison or county jail.
"""

from __future__ import annotations

from datetime import date

from clinic_app.case_titles import case_named, listed_cases
from clinic_app.eligibility import record_facts as R
from clinic_app.eligibility import sentence as S
from clinic_app.eligibility.common import later_step
from clinic_app.eligibility.context import cached_match
from clinic_app.eligibility.dates import after_years, iso
from clinic_app.eligibility.depends_on import settle, silent, unsettled
from clinic_app.eligibility.gates import ConvictionProfile, gated
from clinic_app.eligibility.registry import Remedy
from clinic_app.eligibility.result import det, either_offense, law_starts_step, named_parts, needs_review, not_applicable, not_eligible, not_in_catalog, unknown_offense
from clinic_app.model import Case, Conviction, Determination, Reason

KEY = "pc1203_4b"
CITE = "PC 1203.4b(a)(1)"
EFFECTIVE = date(2021, 1, 1)
# The gate's intake prompt, said of every conviction of a client not marked as a fire-crew
# member; the text report asks it once, where the record has a custody term.
NO_CAMP = Reason("The record does not show fire-camp or hand-crew service; ask the client whether they served on a fire crew while in custody.", CITE)

# Said of a fire-camp client's case with no custody term; the text report asks it once.
NO_CUSTODY_HERE = Reason("This case shows no prison or county jail term, and PC 1203.4b reaches the conviction whose custody included the fire-crew service; tell the attorney if the client served on a county hand crew for this case.", CITE)

# An escape conviction does not say whether it was from a secure perimeter (a walk-away
# from a work crew is not); 664/187 is a life felony only if premeditated (PC 664(a)).
_ESCAPE_QUESTION = ("Only an escape from a secure perimeter within the previous 10 years makes the person ineligible, and the record does not say whether this one was.", "PC 1203.4b(a)(1)")
_ESCAPE_STEP = "Get the escape case's record: was it from within a secure perimeter?"
_CUSTODY_STEP = "Get the minute order of the sentence (after any revocation) and ask the client during which custody the fire-crew service was; record it and screen again."
_ATTEMPT_QUESTION = ("An attempted murder is punishable by life when it was willful, deliberate and premeditated, and a felony punishable by life makes the person automatically ineligible; the record does not say which this was.", "PC 664(a); PC 1203.4b(a)(1)")
_ATTEMPT_STEP = "Get the attempted-murder case's record: was premeditation found (a life term)?"
_MURDER = frozenset({"187", "189", "190"})
_KIDNAP = frozenset({"207", "208", "209", "209.5"})
_RAPE = frozenset({"261(a)(2)", "261(a)(6)", "262(a)(1)", "262(a)(4)"})
_LIFE = R.LIFE_TERM_SECTIONS
_ARSON = frozenset({"451", "451.5", "455"})
_ESCAPE = frozenset({"4530", "4532"})


def gate(p: ConvictionProfile) -> Reason | None:
    """Not applicable unless the client reports fire-camp service."""
    return None if p.fire_camp else NO_CAMP


def decide(ctx, case: Case, conv: Conviction) -> Determination:
    """PC 1203.4b for a conviction of a client who served in fire camp (the gate let it through)."""
    s = case.sentence
    unknown = _custody_unknown(case)
    if unknown is None and (s is None or s.type not in S.CUSTODY_SENTENCES):
        return not_applicable(ctx, case, conv, KEY, NO_CUSTODY_HERE.text, CITE, confidence="M")
    if ctx.as_of < EFFECTIVE:
        return not_eligible(ctx, case, conv, KEY, [("Fire-camp dismissal exists only from 2021-01-01 (AB 2147).", "PC 1203.4b (Stats. 2020, ch. 60, effective 2021-01-01)")], confidence="M", next_steps=[law_starts_step(EFFECTIVE, "PC 1203.4b")])  # the 2021-01-01 date is [M] (ca-rules.md 1)
    if ctx.match(conv).offense is None:
        return unknown_offense(ctx, case, conv, KEY)
    bars = _bars(ctx, case)
    if bars:
        return not_eligible(ctx, case, conv, KEY, bars, confidence="M")
    # Facts the record cannot hold decide these two bars (an escape "from a secure
    # perimeter", a premeditated attempted murder): the attorney checks the other case.
    for found, question, step in ((_escapes(ctx, case), _ESCAPE_QUESTION, _ESCAPE_STEP), (_attempted_murders(ctx, case), _ATTEMPT_QUESTION, _ATTEMPT_STEP)):
        if found:
            return needs_review(ctx, case, conv, KEY, [*found, question], next_steps=[step], confidence="M")
    which = _which_rape(ctx, case) + _former_262(ctx, case) + _which_of_two(ctx, case)
    # A count asked about above is not asked again as a registration offense: which
    # subdivision it is settles that too, and the catalog's "no row for it" beside the
    # question read as a second, stale, fact to find (S25-03).
    asked = {section for _reason, section, _step in which}
    maybe = which + _maybe_registrable(ctx, case, asked)
    if maybe:
        reasons, missing, steps = zip(*maybe)
        return needs_review(ctx, case, conv, KEY, list(reasons), missing=[m for m in missing if m], next_steps=list(dict.fromkeys(steps)), confidence="M")
    if unknown is not None:
        return needs_review(ctx, case, conv, KEY, [unknown], missing=["sentence.custody"] if s is not None else ["sentence"], next_steps=[_CUSTODY_STEP], confidence="M")
    # California terms only: CDCR camps and county hand crews serve California custody (oracle
    # finding O21-15: a Nevada prison term made the California one's dismissal a question).
    terms = [c for c in ctx.cases if c.jurisdiction == "CA" and c.sentence is not None and c.sentence.type in S.CUSTODY_SENTENCES and (c.sentence.judgment_date is None or c.sentence.judgment_date <= ctx.as_of)]
    if len(terms) > 1:
        # The record says only that the person served on a fire crew, not in which term
        # (review finding: every custody case was offered the dismissal).
        # This case first, unnamed under its heading (B86-03); the others by title, sorted
        # whatever the request's order.
        names = listed_cases(((c, None) for c in terms), case)
        return needs_review(
            ctx, case, conv, KEY,
            [(f"The record shows more than one jail or prison term ({names}), and PC 1203.4b reaches the conviction whose custody included the fire-crew service.", CITE)],
            next_steps=["Ask the client, or get the CDCR or county record: during which case's custody was the fire-crew service?"],
            confidence="M",
        )
    reasons = [("The client reports successful fire-camp or hand-crew service while in custody.", CITE)]
    c = s.custody
    release = c.release_date if c is not None else None
    if release is None and not (c is not None and (c.supervision_end is not None or c.supervision in S.SUPERVISION_KINDS)):
        return needs_review(
            ctx, case, conv, KEY,
            [*reasons, ("PC 1203.4b needs release from custody, and the record does not give the release date.", CITE)],
            missing=[f"cases[{case.id}].sentence.custody.release_date"], confidence="M",
        )
    steps = [
        "File a petition under PC 1203.4b with the court that entered the conviction, with proof of the fire-crew service (the CDCR or county record).",
        "Tell the client the court decides in the interests of justice: bring proof of rehabilitation.",
    ]
    if release is not None and release > ctx.as_of:
        reasons.append((f"PC 1203.4b needs release from custody, expected on {iso(release)}.", CITE))
        steps[0] = later_step(steps[0], f"On or after {iso(release)}")  # not before release (S31-03)
        return det(ctx, case, conv, KEY, "eligible_on", mode="discretionary", date=release, reasons=reasons, next_steps=steps, confidence="M")
    reasons.append(("The person has been released from custody; finishing parole or supervision is not required.", "PC 1203.4b(a)(1), (b)(4)"))
    reasons.append(("No conviction in the record makes the person automatically ineligible, so the court may dismiss in the interests of justice.", "PC 1203.4b(a)(1)(A)-(H)"))
    return det(ctx, case, conv, KEY, "eligible", mode="discretionary", reasons=reasons, next_steps=steps, confidence="M")


def _custody_unknown(case: Case) -> tuple[str, str] | None:
    """The open question where the record cannot say whether this case had the custody term
    the client's fire-crew service was in: no sentence recorded, or probation revoked with
    the term that followed not recorded (readability finding: a fire-camp client's revoked
    felony probation was "no prison or county jail term", and the report said nothing)."""
    s = case.sentence
    if s is None:
        return ("The record does not show this case's sentence; if it was a jail or prison term, the client's fire-crew service may have been part of it.", CITE)
    if s.type == "probation" and s.probation is not None and s.probation.stands_revoked():
        return ("Probation in this case was revoked, and the record does not show the sentence that followed; if it was a jail or prison term, the client's fire-crew service may have been part of it.", CITE)
    return None


def _bars(ctx, own: Case) -> list[tuple[str, str]]:
    """The (a)(1)(A)-(H) convictions anywhere in the record."""
    cite = "PC 1203.4b(a)(1)(A)-(H)"
    if ctx.person.registrant_290:
        return [("The person must register as a sex offender (PC 290), which makes them automatically ineligible.", cite)]
    out: list[tuple[str, str]] = []
    for case, v in ctx.all_convictions():
        if not R.happened(ctx, v):
            continue
        m = ctx.match(v)
        if m.two_offenses:
            # "262/261": a bar only if whichever offense it is bars (S25-04: the count was
            # read as no bar at all); where only some do, `_which_of_two` asks.
            found = [_barred_as(ctx, part, v) for part in _parts(ctx, m)]
            if all(found):
                named = either_offense(m).replace(" or ", " and ")
                out.append((f"{R.citation(v)} in {case_named(case, own, v)} names two offenses ({named}), and whichever it is, it is {' or '.join(dict.fromkeys(found))}, which makes the person automatically ineligible.", cite))
            continue
        what = _barred_as(ctx, m, v)
        if what is not None:
            out.append((f"{R.citation(v)} in {case_named(case, own, v)} is {what}, which makes the person automatically ineligible.", cite))
    return out


def _parts(ctx, m) -> list:
    """The catalog's reading of each offense a two-offense count names, the attempt kept."""
    return [cached_match(ctx.catalog, m.code, part) for part in named_parts(m)]


def _barred_as(ctx, m, v: Conviction) -> str | None:
    """What makes a conviction read as `m` an (a)(1)(A)-(H) bar ("murder"), or None."""
    fam = R.family(m.section)
    what = None
    if m.code == "PC" and not m.attempt and not fam.isdisjoint(_MURDER):
        what = "murder"
    elif m.code == "PC" and not m.attempt and not fam.isdisjoint(_KIDNAP):
        what = "kidnapping"
    elif m.code == "PC" and not m.attempt and not fam.isdisjoint(_RAPE) and R.split_on(m, _RAPE) is None:
        # "261(a)(2)/(a)(3)" is rape under (a)(2) only if the conviction is for it: read by
        # the order typed, it was "rape" one way round and not the other (O24B-03).  Every
        # 261 and 262 requires registration, which bars it either way (below).
        what = "rape"
    elif m.code == "PC" and not m.attempt and "288" in fam and "288(c)" not in fam:
        what = "a lewd act on a child (PC 288)"
    elif m.code == "PC" and not m.attempt and not fam.isdisjoint(_LIFE):
        # An attempt of a life felony carries 5, 7 or 9 years (PC 664(a)), not life; only
        # a premeditated attempted murder does, asked below (oracle finding O21-03).
        what = "a felony punishable by life"
    elif R.is_registrable(m) and unsettled(m, "registrable", conv=v) is None:
        what = "a sex offense requiring registration"
    elif m.code == "PC" and not fam.isdisjoint(_ARSON):
        what = "arson"
    return what


def _which_of_two(ctx, own: Case) -> list[tuple[tuple[str, str], str | None, str]]:
    """(reason, missing fact, step) for each count naming two offenses where only some of them
    are, or may be, a bar ("262/261" read as neither: S25-04)."""
    out = []
    for case, v in ctx.all_convictions():
        m = ctx.match(v)
        if not m.two_offenses or not R.happened(ctx, v):
            continue
        parts = list(zip(named_parts(m), _parts(ctx, m)))
        barring = [f"{m.code} {part}" for part, pm in parts if _barred_as(ctx, pm, v) is not None or unsettled(pm, "registrable", conv=v) is not None]
        if barring:  # where every one bars, `_bars` has answered already
            out.append((
                (f"{not_in_catalog(m, f'{R.citation(v)} in {case_named(case, own, v)}')}; {' or '.join(barring)} makes, or may make, the person automatically ineligible.", "PC 1203.4b(a)(1)(A)-(H)"),
                f"cases[{case.id}].convictions[{v.id}].section",
                f"Check the abstract of judgment or the minute order of {case_named(case, own)}: is the conviction for {either_offense(m)}? Record that one section and screen again.",
            ))
    return out


def _former_262(ctx, own: Case) -> list[tuple[tuple[str, str], str | None, str]]:
    """(reason, missing fact, step) for each former PC 262 in the record written without its
    subdivision: rape under (a)(1) or (a)(4) bars whatever the sentence ((a)(1)(C)), which the
    registration question alone ((a)(1) with a prison term) did not say (S25-11)."""
    return [
        (
            (f"{R.citation(v)} in {case_named(case, own, v)} is rape under former PC 262(a)(1) or (a)(4), which makes the person automatically ineligible whatever the sentence, only if it was under one of them; the record does not say.", "PC 1203.4b(a)(1)(C)"),
            f"cases[{case.id}].convictions[{v.id}].section",
            f"Get the subdivision of the former PC 262 in {case_named(case, own)} from the abstract of judgment or the minute order, record it with the section (for example 262(a)(3)), and screen again.",
        )
        for case, v in ctx.all_convictions()
        if R.happened(ctx, v) and (m := ctx.match(v)).code == "PC" and not m.attempt and m.section == "262"
    ]


def _which_rape(ctx, own: Case) -> list[tuple[tuple[str, str], str | None, str]]:
    """(reason, missing fact, step) for each pair of subdivisions in the record that is rape
    under (a)(1)(C) only if the conviction is for one of them ("262(a)(3)/(a)(1)"), where no
    bar caught it (O24B-03: it was rape or not by the order typed)."""
    out = []
    for case, v in ctx.all_convictions():
        m = ctx.match(v)
        split = R.split_on(m, _RAPE) if (m.code == "PC" and not m.attempt and R.happened(ctx, v)) else None
        if split is not None:
            rape = " or ".join(f"PC {part}" for part in split.two_offenses if not R.family(part).isdisjoint(_RAPE))
            out.append((
                (f"{not_in_catalog(split, f'{R.citation(v)} in {case_named(case, own, v)}')}; rape under {rape} makes the person automatically ineligible.", "PC 1203.4b(a)(1)(C)"),
                f"cases[{case.id}].convictions[{v.id}].section",
                f"Check the abstract of judgment or the minute order of {case_named(case, own)}: is the conviction for {either_offense(split)}? Record that one section and screen again.",
            ))
    return out


def _maybe_registrable(ctx, own: Case, asked: set[str] = frozenset()) -> list[tuple[tuple[str, str], str | None, str]]:
    """(reason, missing fact, step) for each conviction in the record that requires PC 290
    registration only on a fact the record does not give (a bare 286, a 266h); not for one
    whose section is `asked` already ("cases[P].convictions[P1].section")."""
    out = []
    for case, v in ctx.all_convictions():
        if not R.happened(ctx, v) or f"cases[{case.id}].convictions[{v.id}].section" in asked:
            continue
        m = ctx.match(v)
        register_if = unsettled(m, "registrable", conv=v)
        if register_if is not None:
            missing, step = settle(ctx, v, m)
            said = (f"{R.citation(v)} in {case_named(case, own, v)} requires PC 290 registration only if {register_if}, which would make the person automatically ineligible; {silent(m)}.", "PC 1203.4b(a)(1)(A)-(H)")
            out.append((said, f"cases[{case.id}].{missing[0]}" if missing else None, step))
    return out


def _attempted_murders(ctx, own: Case) -> list[tuple[str, str]]:
    """Attempted murders (PC 664/187) in the record: life terms only if premeditated."""
    return [
        # "664/187/211" may be an attempted robbery: said as the choice it is (S25-10: it was
        # "an attempted murder").
        (f"{not_in_catalog(m, f'{R.citation(v)} in {case_named(case, own, v)}')}; one of them is an attempted murder." if m.two_offenses else f"{R.citation(v)} in {case_named(case, own, v)} is an attempted murder.", "PC 664(a)")
        for case, v in ctx.all_convictions()
        if R.happened(ctx, v) and (m := ctx.match(v)).code == "PC" and m.attempt and not R.family(m.section).isdisjoint(_MURDER)
    ]


def _escapes(ctx, own: Case) -> list[tuple[str, str]]:
    """Escape convictions (PC 4530, 4532) within the last 10 years, counted from the escape
    when the record has its date, else from the conviction.  The tenth anniversary itself is
    still within them: the arguable day is asked about, not let through (ca-rules.md 0;
    oracle finding O24-03)."""
    out = []
    for case, v in ctx.all_convictions():
        if not R.happened(ctx, v):
            continue
        m = ctx.match(v)
        when = v.offense_date or v.conviction_date
        if m.code != "PC" or R.family(m.section).isdisjoint(_ESCAPE) or when is None or after_years(when, 10) <= ctx.as_of:
            continue
        if m.two_offenses and not all(not R.family(part).isdisjoint(_ESCAPE) for part in m.two_offenses):
            # "4530/459" may be a burglary: said as the choice it is, each offense weighed as
            # S25-04 and S25-10 do (S25-16: it was "an escape conviction").
            out.append((f"{not_in_catalog(m, f'{R.citation(v)} in {case_named(case, own, v)}')}; one of them is an escape, and the conviction is from {iso(when)}, within the last 10 years.", "PC 1203.4b(a)(1)"))
        else:
            out.append((f"{R.citation(v)} in {case_named(case, own, v)} is an escape conviction from {iso(when)}, within the last 10 years.", "PC 1203.4b(a)(1)"))
    return out


evaluate = gated(KEY, gate, decide)
REMEDY = Remedy(key=KEY, scope="conviction", evaluate=evaluate, gate=gate, decide=decide)
