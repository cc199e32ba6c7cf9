"""Certificate of rehabilitation and pardon: PC 4852.01 et seq. (ca-rules.md 3.17).  A referral.

- Who (4852.01): (a) a person convicted of a felony and committed to state prison or
  another institution, including county jail under PC 1170(h); (b) a person convicted of
  a felony, or of a misdemeanor sex offense requiring PC 290 registration, who was granted
  probation and whose case was dismissed under PC 1203.4, with no incarceration since the
  dismissal and not on probation for another felony.
- Not for (4852.01(c): ca-rules.md gives no letter; the stored copy of the official text the
  rules reviewer Q307 read gives (c), (d) being the Governor's pardon): anyone convicted of
  PC 269, 286(c), 288, 287(c) or former 288a(c), 288.5 or 289(j); people on death row, on
  mandatory lifetime parole, or in the military.
- Period of rehabilitation (4852.03): it begins on release from custody (or on parole,
  PRCS, mandatory supervision or probation, whichever is sooner) and is 5 years' California
  residence plus 2 years (7 in all); plus 4 (9 in all) for PC 187, 209, 219, 4500, 18755 or
  an offense punishable by life; plus 5 (10 in all) for PC 290 registrants (except some
  311/314 offenses).  Waiting periods end on the anniversary plus one day.
- Filing comes after parole, PRCS, mandatory supervision or probation has ended (4852.06).
- Discretionary, with a hearing; the certificate goes to the Governor as a pardon
  application.  Older text required 3 years' residence immediately before filing [L]:
  where the client's residence sets the date, that reading gives an earlier one, said as a
  verify note, or needs_review on the days the two readings disagree.
"""

from __future__ import annotations

from datetime import date

from clinic_app.case_titles import case_named, case_title
from clinic_app.eligibility import pc1203_4
from clinic_app.eligibility import record_facts as R
from clinic_app.eligibility import sentence as S
from clinic_app.eligibility.bars import blocked, supervision_end_step_of
from clinic_app.eligibility.common import NAMED_IN_FULL, QUESTION_AFTER_BAR_STEP, anniversary_note, later_step, question_after_bar
from clinic_app.eligibility.context import cached_match
from clinic_app.eligibility.dates import after_years, iso
from clinic_app.eligibility.depends_on import SUBDIVISION_STEP, ask, settle, silent, unsettled
from clinic_app.eligibility.gates import ConvictionProfile, gated
from clinic_app.eligibility.registry import Remedy
from clinic_app.eligibility.result import det, named_parts, needs_review, not_eligible, not_in_catalog, record_lacks, unknown_offense

from clinic_app.model import Case, Conviction, Determination, Reason
from clinic_app.wording import listed

KEY = "cor"
CITE = "PC 4852.01"
PERIOD = "PC 4852.03(a)"
_EXCLUDED = frozenset({"269", "286(c)", "288", "287(c)", "288a(c)", "288.5", "289(j)"})
# What a listed subdivision is a subdivision of ("286" for "286(c)"): each part before a "(".
# Asked of every felony of every screening (_bare_of_excluded), so worked out once here.
_EXCLUDED_PARENTS = frozenset(e[:i] for e in _EXCLUDED for i, ch in enumerate(e) if ch == "(")
# 4852.03(a)(1): PC 187, 209, 219, 4500, 18755 "or any other offense which carries a life
# sentence" (E63-02: aggravated mayhem, PC 205, had the 7 years of "any other person").
_NINE_YEARS = frozenset({"187"}) | R.LIFE_TERM_SECTIONS
_REGISTRANT_EXCEPTIONS = frozenset({"311.2", "311.3", "311.10", "314"})
_INFRACTION = Reason("A certificate of rehabilitation is for felonies (and dismissed misdemeanor sex offenses), not infractions.", CITE)
_MISDEMEANOR = Reason("A certificate of rehabilitation is for felonies (and misdemeanor sex offenses dismissed under PC 1203.4); this is a misdemeanor.", CITE)
_NO_PATH = Reason("A certificate of rehabilitation needs a prison or county jail commitment, or a probation case dismissed under PC 1203.4.", CITE)
_NOT_DISMISSED = Reason("A probation case qualifies for a certificate of rehabilitation only after it has been dismissed under PC 1203.4, and the record shows no dismissal yet.", "PC 4852.01(b)")
_NOT_DISMISSIBLE = Reason("A probation case qualifies for a certificate of rehabilitation only after a PC 1203.4 dismissal, and PC 1203.4(b) rules that out for this offense.", "PC 4852.01(b); PC 1203.4(b)")
_DISMISS_FIRST = "Ask for the PC 1203.4 dismissal first; a certificate of rehabilitation can follow."
_SUPERVISION_WORDS = frozenset(S.SUPERVISION_NAMES[kind] for kind in S.SUPERVISION_KINDS)
_CUSTODY_BARS = ("probation", "parole", "prcs", "mandatory_supervision", "serving_sentence")
_STEPS = [
    "Refer the client for a petition for a certificate of rehabilitation in the superior court of the county where they live (PC 4852.06); the Los Angeles court uses its own packet (verify with the court).",
    "Tell the client the court decides after a hearing, and the certificate goes to the Governor as a pardon application.",
]


def gate(p: ConvictionProfile) -> Reason | None:
    """Not applicable to an infraction, to a misdemeanor the catalog knows is no PC 290 offense, or
    to a sentence with neither a commitment nor probation."""
    level = p.effective_level
    if level == "infraction":
        return _INFRACTION
    # A Penal Code section the catalog does not know may be a PC 290 offense: `decide` asks
    # (S26-02). PC 290(c) names Penal Code sections only, so one under another code is not.
    known = p.match.offense is not None or p.match.code != "PC"
    if level == "misdemeanor" and known and not R.is_registrable(p.match) and not _may_register(p.match):
        return _MISDEMEANOR
    if p.sentence_type is not None and p.sentence_type not in ("state_prison", "county_jail_1170h", "probation"):
        return _NO_PATH
    return None


def _sex_offense(m) -> bool:
    """A PC 290 offense, or one only on a fact of the case: a misdemeanor under it may qualify."""
    return R.is_registrable(m) or _may_register(m)


def _may_register(m) -> bool:
    """A section the catalog says requires PC 290 registration only on a fact of the case
    (266h(b), 653f(c)): a misdemeanor under it may still be a 290 sex offense."""
    return m.offense is not None and m.offense.condition("registrable") is not None


def decide(ctx, case: Case, conv: Conviction) -> Determination:
    """A certificate of rehabilitation for a conviction the gate let through."""
    level = S.effective_level(conv)
    m = ctx.match(conv)
    s = case.sentence
    dismissed = any(r.remedy == "pc1203_4" for r in conv.relief_granted)
    if m.offense is None:
        if level == "misdemeanor" and m.two_offenses and not any(_sex_offense(cached_match(ctx.catalog, m.code, part)) for part in named_parts(m)):
            # The gate cannot read the offenses a count names: a misdemeanor "311.4/243.4" is a
            # PC 290 offense whichever it is, "314/647(b)" may be, and both were "not applicable:
            # a misdemeanor" (S25C-01); one naming no sex offense is, as each offense would be.
            return R.na(case, conv, KEY, _MISDEMEANOR)
        return unknown_offense(ctx, case, conv, KEY)
    excluded = _excluded(ctx, case)
    if excluded:
        return not_eligible(ctx, case, conv, KEY, excluded, confidence="M")
    maybe = _maybe_excluded(ctx, case)
    if maybe:
        return needs_review(ctx, case, conv, KEY, [r for r, _path in maybe], missing=[path for _r, path in maybe], next_steps=[SUBDIVISION_STEP], confidence="M")
    register_if = unsettled(m, "registrable", conv=conv)
    if level == "misdemeanor" and register_if is not None:
        if s is not None and s.type == "probation" and not dismissed and pc1203_4.excluded(ctx, conv) not in (None, "review"):
            # Refused whichever the fact is (a bare PC 311.2: a 290 offense only under (b)-(d),
            # and excluded from 1203.4 whole): no question to ask (C38-02).
            return not_eligible(ctx, case, conv, KEY, [_NOT_DISMISSIBLE], confidence="M")
        return ask(ctx, case, conv, KEY, m, (f"A misdemeanor qualifies for a certificate of rehabilitation only if it is a PC 290 sex offense, and {R.citation(conv)} is one only if {register_if}; {silent(m)}.", CITE))
    if s is None:
        return needs_review(ctx, case, conv, KEY, [("Who may petition depends on the sentence, and the record does not show it.", CITE)], missing=[f"cases[{case.id}].sentence"], confidence="M")
    reasons: list[tuple[str, str]] = []
    if level == "felony" and s.type in S.CUSTODY_SENTENCES:
        where = "state prison" if s.type == "state_prison" else "county jail under PC 1170(h)"
        reasons.append((f"A felony with a commitment to {where} qualifies for a certificate of rehabilitation.", "PC 4852.01(a)"))
        start = s.custody.release_date if s.custody is not None else None
        start_what = "release from custody"
        missing = f"cases[{case.id}].sentence.custody.release_date"
    elif s.type == "probation":
        if not dismissed and s.probation is not None and s.probation.stands_revoked() and level == "felony":
            # After a revocation a prison or jail term may have been executed, which opens the
            # commitment route instead (review finding: "dismiss under 1203.4 first" was said).
            return needs_review(
                ctx, case, conv, KEY,
                [("Probation was revoked; if a prison or county jail term was then executed, the commitment route applies, counted from release, and the record does not show the sentence that followed.", "PC 4852.01(a), (c)")],
                missing=["sentence.custody"],  # the sentence is given; what followed is not (S28-03)
                next_steps=["Get the minute order of the revocation and the sentence that followed, and record it as the case's sentence; then screen again."],
                confidence="M",
            )
        if not dismissed:
            if pc1203_4.excluded(ctx, conv) not in (None, "review"):  # no dismissal to wait for
                return not_eligible(ctx, case, conv, KEY, [_NOT_DISMISSIBLE], confidence="M")
            # common for felony probation: built directly
            return Determination(case.id, conv.id, KEY, "not_eligible", None, None, [_NOT_DISMISSED], [_DISMISS_FIRST], [], "M")
        jailed = _incarcerated_since(ctx, case, conv)
        if jailed is not None:
            return not_eligible(ctx, case, conv, KEY, [jailed], confidence="M")
        reasons.append(("A probation case dismissed under PC 1203.4 qualifies for a certificate of rehabilitation.", "PC 4852.01(b)"))
        p = s.probation
        start = (p.start if p is not None else None) or s.judgment_date
        start_what = "the grant of probation"
        missing = f"cases[{case.id}].sentence.probation.start"
    else:  # a misdemeanor sex offense with a custody sentence
        return R.na(case, conv, KEY, _NO_PATH)
    if start is None:
        return needs_review(ctx, case, conv, KEY, [*reasons, (f"The period of rehabilitation starts on {start_what}, and the record does not give that date.", PERIOD)], missing=[missing], confidence="M")
    years, why = _years(ctx, conv, m, register_if)
    registered = _registration_of_person(ctx, case, conv) if years < 10 or register_if is not None else None
    if registered is not None:
        # 4852.03(a)(2) speaks of the person, not this conviction (oracle finding O21-02: a
        # registrant's burglary was given the 7 years of "any other person").
        years, why, register_if = 10, f"5 years' residence plus 5, because {registered}.", None
    said_years = "7 or 10" if register_if is not None and years == 10 else str(years)
    reasons.append((f"The period of rehabilitation is {said_years} years from {start_what} on {iso(start)}: {why}", PERIOD))
    first = after_years(start, years)
    # Where registration turns on a fact the record lacks, the 7-year reading's end too.
    short = after_years(start, 7) if register_if is not None and years == 10 else None
    resident_since = ctx.person.ca_resident_since
    # Where the residence sets the date: the first day on the older reading of 4852.01 (3
    # years' residence immediately before filing), which sources give instead [L]
    # (ca-rules.md 3.17: "encode the 4852.03 period and flag"; oracle finding O21-12).
    older: date | None = None
    if resident_since is not None:
        # The residence is part of the period, so it counts only from the period's start.
        residence = after_years(max(start, resident_since), 5)
        if residence > first:
            reasons.append((f"The client has lived in California since {iso(resident_since)}, so 5 years' residence within the period is reached on {iso(residence)}.", PERIOD))
            older = max(first, after_years(resident_since, 3))
            first = residence
        if short is not None:
            short = max(short, residence)
    # What stops or interrupts the period is checked before the missing residence date:
    # "at the earliest on <date>" must not be said of a period a later conviction or a
    # current supervision has overtaken.
    state = R.sentence_state(case, ctx.as_of)
    if state.state == "unknown":
        return needs_review(
            ctx, case, conv, KEY,
            [*reasons, ("The petition comes after the sentence, including any supervision, has ended, and the record does not show whether it has.", "PC 4852.06")],
            missing=[state.missing] if state.missing else [], confidence="M",
        )
    if state.state == "serving":
        # Before release onto supervision ("custody, then parole"), what the petition waits for
        # is the supervision's end: the release date is in the record (S31-02: "Find out when
        # custody, then parole ends" beside 1203.41's parole step).
        ending = state.what.removeprefix("custody, then ")
        if state.until is None:
            reasons.append((f"The petition comes after {ending} has ended, and the record does not show when that is.", "PC 4852.06"))
            if first > ctx.as_of:
                # The period runs from release whatever the supervision does: the one date
                # the record already gives (public case S59).
                reasons.append((f"Whenever that is, the petition cannot be filed before {iso(first)}, when the period of rehabilitation is complete.", PERIOD))
            # No "refer the client" now for a petition years off (readability finding R17-06).
            # Parole, PRCS or mandatory supervision: the step the other remedies give for it,
            # word for word (F26B-01: "Find out when parole ends, record the date and screen
            # again" beside "Find out when the parole in case A ends (CDCR for parole, ...)").
            find = (supervision_end_step_of(ending) if ending in _SUPERVISION_WORDS
                    else f"Find out when {ending} ends, record the date and screen again.")
            steps = [find, later_step(_STEPS[0], "Once it has ended and the period of rehabilitation is complete")]
            return det(ctx, case, conv, KEY, "blocked", reasons=reasons, next_steps=steps, confidence="M")
        if state.until > first:
            reasons.append((f"The petition comes after {ending} has ended, on the record's dates from {iso(state.until)}.", "PC 4852.06"))
            first = state.until
        if older is not None:
            older = max(older, state.until)
        if short is not None:
            short = max(short, state.until)
    later, unknown = _later_convictions(ctx, conv, start)
    stop = _other_custody(ctx, case, conv, first, later, reasons)
    if stop is not None:
        return stop
    if later:
        said = [(_later_said(later), "PC 4852.03; PC 4852.05")]
        levels: list[str] = []
        if unknown:
            # No later conviction has its level in the record (V53-02): were they all
            # infractions, nothing would interrupt the period, so the level is asked by its
            # path, as W54 asks another count's, not left to "an attorney decides" alone.
            # Each count in its case, listed with "and": "PC 602 (case B (convicted ...))" put
            # the title's bracket inside another, and a bare comma ran into the titles' (B91-05).
            which = listed(list(dict.fromkeys(f"{R.citation(v)} in {case_named(c, case, v)}" for c, v in unknown)))
            one = len(unknown) == 1
            said.append((f"The record does not give the level of {which}: {'if it was an infraction, it does' if one else 'if they were infractions, they do'} "
                         "not interrupt the period.", "PC 4852.03; PC 4852.05"))
            levels = list(dict.fromkeys(R.level_path(c, v) for c, v in unknown))
        return needs_review(
            ctx, case, conv, KEY,
            [*reasons, *said],
            missing=[*levels, *(["person.ca_resident_since"] if resident_since is None else [])],
            confidence="M",
        )
    if resident_since is None:
        when = (f"at the earliest the petition can be filed on {iso(first)}" if first > ctx.as_of
                else f"the period itself was complete on {iso(first)}, so only the residence is left to confirm")
        return needs_review(
            ctx, case, conv, KEY,
            [*reasons, (f"It includes 5 years' residence in California, and the record does not say since when the client has lived here; {when}.", PERIOD)],
            missing=["person.ca_resident_since"], confidence="M",  # the step asks it as every remedy does (S27-09)
        )
    if short is not None and short < first and first > ctx.as_of:
        # The two readings of registration give different first days: not a date to promise.
        missing, step = settle(ctx, conv, m)
        question = (f"{R.citation(conv)} requires PC 290 registration only if {register_if}, and {silent(m)}: on the 7-year reading the petition can be filed "
                    f"{'now' if short <= ctx.as_of else 'from ' + iso(short)}, on the 10-year reading from {iso(first)}.", PERIOD)
        return needs_review(ctx, case, conv, KEY, [*reasons, question], missing=missing, next_steps=[step], confidence="M")
    if older is not None and older < first and first > ctx.as_of:  # once both days have come, they agree
        said = f"Older text of PC 4852.01 asked instead for 3 years' residence immediately before filing, which the client has from {iso(older)}. The sources conflict"
        if older <= ctx.as_of:
            # The two readings give different answers today: not one to promise (ca-rules.md 7).
            return needs_review(
                ctx, case, conv, KEY, [*reasons, (f"{said}: on that reading the petition can be filed now, on the 5-year reading from {iso(first)}.", "PC 4852.01; PC 4852.03(a)")],
                next_steps=["An attorney decides which residence rule applies before the petition is filed."], confidence="L",
            )
        reasons.append((f"{said}, so the later date is used: verify.", "PC 4852.01; PC 4852.03(a)"))
    note = anniversary_note(ctx.as_of, first)
    if note is not None:
        reasons.append(note)
    reasons.append(("The court decides after a hearing whether the person is rehabilitated.", "PC 4852.13"))
    if first > ctx.as_of:
        return det(ctx, case, conv, KEY, "eligible_on", mode="discretionary", date=first, reasons=reasons, next_steps=[later_step(_STEPS[0], f"On or after {iso(first)}"), _STEPS[1]], confidence="M")
    return det(ctx, case, conv, KEY, "eligible", mode="discretionary", reasons=reasons, next_steps=_STEPS, confidence="M")


def _other_custody(ctx, case: Case, conv: Conviction, first, later: list[tuple[str, int]], reasons: list) -> Determination | None:
    """Blocked while the person is in custody, or on probation or supervision for a felony, in
    another case (4852.01(b): "not on probation for ... any other felony"; 4852.06).  A
    misdemeanor probation elsewhere does not block.  `later` names later convictions, which
    may also interrupt the period: said with the block, for the attorney.  `reasons` (the
    route and the period) follow the bar: they say where a date past the bar's end comes
    from (readability finding R18-04: "blocked until 2036" beside a probation ending 2031)."""
    # By the level as it now stands: a wobbler reduced under 17(b) is a misdemeanor for all
    # purposes (ca-rules.md 3.7), so its probation is not "probation for ... any other felony"
    # (S31-08: it blocked the certificate, while jury service read it as the misdemeanor it is).
    felony_cases = {c.id for c, v in ctx.all_convictions() if S.effective_level(v) == "felony"}
    others = ctx.bars.others(case.id, _CUSTODY_BARS)
    bars = [b for b in others if b.kind == "serving_sentence" or b.case is None or b.case in felony_cases]
    # A case whose only counts that could be felonies have no level in the record (V53-02):
    # its supervision blocks if it is a felony case and not if a misdemeanor one, so the level
    # is asked, never read as a misdemeanor's (W54).
    unknown = _level_not_known_cases(ctx, felony_cases)
    doubtful = [b for b in others if b.kind != "serving_sentence" and b.case in unknown]
    if not bars and not doubtful:
        return None
    hard = [b for b in bars if b.certain]
    # 4852.01(b)'s "not on probation for any other felony" is the probation route's own rule.
    probation_route = case.sentence is not None and case.sentence.type == "probation"
    cite = "PC 4852.01(b); PC 4852.06" if probation_route else "PC 4852.06"
    if hard:
        extra = [(_later_said(later, " also"), "PC 4852.03; PC 4852.05")] if later else ()
        barred = blocked(ctx, case, conv, KEY, hard, cite, extra_reasons=[*reasons, *extra], not_before=first if first > ctx.as_of else None, confidence="M")
        if later:
            # The later convictions' question still stands the day the bar lifts: not "blocked
            # until" that day as if the petition opened then (S32-03: BLOCKED until
            # 2027-09-16, then NEEDS ATTORNEY REVIEW on it), as the dismissals already say.
            return question_after_bar(ctx, case, conv, KEY, barred, [*barred.next_steps, QUESTION_AFTER_BAR_STEP], confidence="M")
        return barred
    missing = [b.missing for b in bars if b.missing]
    # Only for a fact the record lacks: one it gives but contradicts is checked (S27B-01).
    lacks = record_lacks(ctx, case, missing)[0] if missing else []
    said = [(b.describe(case), cite) for b in bars]
    for b in doubtful:
        c, v = unknown[b.case]
        said.append((f"{b.describe(case).removesuffix('.')}; it stops the certificate only if case {case_title(c, v)} is a felony case, and the record does not say whether {R.citation(v)} was a felony or a misdemeanor.", cite))
        missing += [x for x in (b.missing, R.level_path(c, v)) if x and x not in missing]
    return needs_review(
        ctx, case, conv, KEY, said,
        missing=missing,
        next_steps=["Find out from the court or probation whether this has ended, then screen again."] if lacks or not missing else [], confidence="M",
    )



def _level_not_known_cases(ctx, felony_cases: set[str]) -> dict[str, tuple[Case, Conviction]]:
    """case id -> (the case, its first count of unknown level), for the cases no count of which
    is a felony as it now stands but one has no level in the record."""
    out: dict[str, tuple[Case, Conviction]] = {}
    for c, v in ctx.all_convictions():
        if v.level is None and c.id not in felony_cases and c.id not in out and not R.vacated(v):
            out[c.id] = (c, v)
    return out

def _excluded(ctx, own: Case) -> tuple[tuple[str, str], ...]:
    """Convictions anywhere in the record that put the person outside the chapter (the same
    for every conviction: found once per screening), said among `own`'s results: one of its
    own is "in this case" (B86-03)."""
    found = ctx.memo.get(("cor-excluded",))
    if found is None:
        found = ctx.memo[("cor-excluded",)] = tuple(
            (c, v) for c, v in ctx.all_convictions()
            if R.happened(ctx, v) and R.section_reason("cor-excluded", ctx, v, _excluded_section) is not None
        )
    return tuple((f"{R.citation(v)} in {case_named(c, own, v)} is an offense for which no certificate of rehabilitation can be granted.", "PC 4852.01(c)")
                 for c, v in found)


def _maybe_excluded(ctx, own: Case) -> tuple[tuple[tuple[str, str], str], ...]:
    """(reason, missing fact) for each felony written as a bare section only a subdivision
    of which 4852.01(c) excludes (a bare 286: 286(c); metamorphic finding), once per screening
    for each case whose results say it (a count of its own is "in this case", B86-03)."""
    found = ctx.memo.get(("cor-maybe-excluded", own.id))
    if found is None:
        out = []
        for c, v in ctx.all_convictions():
            m = ctx.match(v)
            # A level not known may be a felony's: the subdivision is asked as for one (W54).
            if R.happened(ctx, v) and v.level in ("felony", None) and _bare_of_excluded(m):
                former = "former " if m.offense.section == "288a" else ""  # renumbered 287 in 2019
                subs = " or PC ".join(sorted(e for e in _EXCLUDED if e.startswith(m.offense.section + "(")))
                out.append(((f"{R.citation(v)} in {case_named(c, own, v)} bars a certificate of rehabilitation only if it was under {former}PC {subs}; the record does not say.", "PC 4852.01(c)"), f"cases[{c.id}].convictions[{v.id}].section"))
            split = R.split_on(m, _EXCLUDED) if (R.happened(ctx, v) and m.code == "PC" and not m.attempt) else None
            if split is not None:
                # "286(c)(1)/(b)(1)": excluded or not by the order typed (O24B-03); ask which.
                barring = " or ".join(f"PC {part}" for part in split.two_offenses if not R.family(part).isdisjoint(_EXCLUDED))
                out.append(((f"{not_in_catalog(split, f'{R.citation(v)} in {case_named(c, own, v)}')}; no certificate of rehabilitation can be granted for {barring}.", "PC 4852.01(c)"), f"cases[{c.id}].convictions[{v.id}].section"))
        found = ctx.memo[("cor-maybe-excluded", own.id)] = tuple(out)
    return found


def _bare_of_excluded(m) -> bool:
    """A section written without the subdivision that 4852.01(c) names ("286" for "286(c)")."""
    off = m.offense
    return off is not None and m.code == "PC" and not m.attempt and m.section == off.section and off.section in _EXCLUDED_PARENTS


def _excluded_section(ctx, conv: Conviction) -> Reason | None:
    """A marker Reason when the section is one 4852.01(c) excludes (memoised per section)."""
    m = ctx.match(conv)
    # "286(c)(1)/(b)(1)" is excluded only if the conviction is for 286(c): asked below (O24B-03).
    return _NO_PATH if (m.code == "PC" and not m.attempt and R.in_sections(m, _EXCLUDED) and R.split_on(m, _EXCLUDED) is None) else None


def _years(ctx, conv: Conviction, m, register_if: str | None) -> tuple[int, str]:
    num = R.base_number(m)
    # A life felony that requires registration for certain (PC 288.7) keeps (a)(2)'s 5 more
    # years, the later day.
    if m.code == "PC" and num in _NINE_YEARS and not (register_if is None and R.is_registrable(m)):
        if m.attempt:
            return 9, "5 years' residence plus 4, counted as for an offense punishable by life (an attempt may carry a life term; the attorney confirms)."
        return 9, "5 years' residence plus 4 for this offense."
    if m.code == "PC" and num in _REGISTRANT_EXCEPTIONS:
        return 7, "5 years' residence plus 2."
    if register_if is not None:
        return 10, f"5 years' residence plus 5 if the offense requires PC 290 registration, which it does only if {register_if}; plus 2 if it does not."
    if R.is_registrable(m):
        return 10, "5 years' residence plus 5 for an offense requiring PC 290 registration."
    return 7, "5 years' residence plus 2."


def _registration_of_person(ctx, own: Case, conv: Conviction) -> str | None:
    """Why the person, whatever this conviction is, gets 4852.03(a)(2)'s extra 5 years: "a
    person convicted of" an offense requiring PC 290 registration (ca-rules.md 3.17: "5 years
    for 290 registrants").  Another conviction in the record that requires it, outside the
    311/314 exceptions; or the client's registration where no conviction in the record
    explains it.  None when neither (or only an exception section explains it)."""
    explained = False
    for c, v in ctx.all_convictions():
        if not R.happened(ctx, v) or R.vacated(v):
            continue
        m = ctx.match(v)
        if m.offense is None or not R.is_registrable(m) or unsettled(m, "registrable", conv=v) is not None:
            continue
        explained = True
        if v is not conv and not (m.code == "PC" and R.base_number(m) in _REGISTRANT_EXCEPTIONS):
            # "PC 311.11 in this case", not "PC 311.11 (this case)", nor another case's title
            # in a second bracket, "(case B (convicted ...))" (B89-05).
            return f"the person was also convicted of {R.citation(v)} in {case_named(c, own, v)}, which requires PC 290 registration"
    if ctx.person.registrant_290 and not explained:
        return "the client is required to register under PC 290 (the record does not show for which offense)"
    return None


def _later_said(later: list[tuple[str, int]], also: str = "") -> str:
    """"A later conviction may interrupt ...: X. An attorney decides.", or "Later convictions
    may interrupt ...: X; Y. ...", each entry a case's counts of one day with how many: "; "
    between them, as each holds commas (S27C-06: "(PC 459/460(b) in case 3MP70422, 2023-05-06,
    PC 148(a)(1) in case 24CJCM82282, 2024-05-06, ...)" read as one list).  The list follows
    what they may do, outside any bracket, because a case with no court number brings its
    title's own: "A later conviction (HS 11358 in case c1 (Los Angeles County), 2025-08-19) may
    ..." read one bracket into the other (B91-01)."""
    counts = sum(n for _said, n in later)
    if counts > NAMED_IN_FULL:
        # The first and the last, by date, and how many (L34-01: a prison term early in a
        # 20-case record named the 17 convictions after it).
        return f"Later convictions, {counts} in all, may{also} interrupt the period of rehabilitation: the first {later[0][0]}; the last {later[-1][0]}. An attorney decides."
    which = "A later conviction" if counts == 1 else "Later convictions"
    return f"{which} may{also} interrupt the period of rehabilitation: {'; '.join(said for said, _n in later)}. An attorney decides."


def _later_convictions(ctx, conv: Conviction, start) -> tuple[list[tuple[str, int]], list[tuple[Case, Conviction]]]:
    """Convictions (not infractions) after the period began, as the reason names them, a
    case's counts of one day together, with how many: PC 4852.05 asks for a life that obeys the
    law through the period, so a misdemeanor counts too (readability finding R18-05: a theft
    conviction inside the period was passed over, and "only the residence is left to confirm"
    was said); and, where no later count's level is in the record, those counts, which count
    unless they were infractions (Z55: with one level known, that conviction counts whatever
    the others were, and none is asked)."""
    out: dict[tuple, list[str]] = {}
    titles: dict[tuple, str] = {}
    unknown: list[tuple[Case, Conviction]] = []
    found = 0
    for c, v in ctx.other_convictions(conv):
        when = v.conviction_date or (c.sentence.judgment_date if c.sentence else None)
        if when is None or when <= start or when > ctx.as_of:
            continue
        if S.effective_level(v) != "infraction" and not R.vacated(v):
            found += 1
            out.setdefault((when, c.id), []).append(R.citation(v))
            titles.setdefault((when, c.id), case_title(c, v, when))
            if v.level is None:
                unknown.append((c, v))
    # By date, whatever the order of the cases; two counts of one section in one case on one
    # day said once (S27C-06: "PC 148(a)(1) in case 24CJCM82282, 2024-05-06" twice over); a
    # case's counts of one day named with its title once: "PC 21310 and PC 594 in case c2 (Los
    # Angeles County) on 2026-07-09", where its title was said for each (B89-06).
    later = []
    for key in sorted(out):
        cited = sorted(set(out[key]))
        later.append((f"{listed(cited)} in case {titles[key]} on {iso(key[0])}", len(cited)))
    return later, unknown if len(unknown) == found else []


def _incarcerated_since(ctx, case: Case, conv: Conviction) -> tuple[str, str] | None:
    """4852.01(b)'s "no incarceration since the dismissal" (ca-rules.md 3.17 [H]), by the
    record's other cases sentenced to state prison or 1170(h) jail after the dismissal
    (oracle finding O18-03: the route was left open, asking only whether a later
    conviction interrupts the period)."""
    dismissed = next((r.date for r in conv.relief_granted if r.remedy == "pc1203_4"), None)
    if dismissed is None:
        return None
    for c in ctx.cases:
        s = c.sentence
        if c is case or s is None or s.type not in S.CUSTODY_SENTENCES:
            continue
        released = s.custody.release_date if s.custody is not None else None
        convicted = min((v.conviction_date for v in c.convictions if v.conviction_date is not None), default=None)
        when = s.judgment_date or convicted or released
        # Only a commitment the screened day has seen (metamorphic finding M18-04: a 2020
        # screening cited a 2022 term; one dated only by its conviction was missed).
        if when is not None and when <= ctx.as_of and (when > dismissed or (released is not None and dismissed < released <= ctx.as_of)):
            where = "state prison" if s.type == "state_prison" else "county jail under PC 1170(h)"
            # The case titled once, its day not in a second bracket: "in case B (HS 11378,
            # convicted 2018-01-01, Los Angeles County) (2018-01-01) ...; the commitment in case
            # B (HS 11378, ...) may open ..." (B89-07).
            return (f"The person was committed to {where} in case {case_title(c)} on {iso(when)}, after this conviction was dismissed on {iso(dismissed)}, which closes the dismissal route of PC 4852.01(b) for it; that commitment may open the route of PC 4852.01(a) (see that case).", "PC 4852.01(b)")
    return None


evaluate = gated(KEY, gate, decide)
REMEDY = Remedy(key=KEY, scope="conviction", evaluate=evaluate, gate=gate, decide=decide)
