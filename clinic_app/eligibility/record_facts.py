"""Facts about the record that the proposition, arrest, survivor and COR remedies share.

- Section families: does a conviction fall under "PC 459" or "HS 11357(b)"?  Matching
  reads the catalog's normalised `SectionMatch.section` ("286(c)(1)", "459/460(b)") and
  walks its parents, so "286(c)(1)" is within "286(c)" and "286", never within "286.5".
- Disqualifying priors: a super-strike (PC 667(e)(2)(C)(iv)) or an offense requiring
  PC 290 registration anywhere in the record bars Prop 47 (PC 1170.18(i)) and the
  felony-to-misdemeanor route of Prop 64 (HS 11358(d), 11359(c), 11360(a)(3)).
- Whether this case's sentence is still being served (Prop 47 / Prop 64 resentencing vs
  redesignation, PC 1473.7 "no longer in criminal custody", COR after supervision).
- Limitations periods of an arrest that did not end in a conviction (PC 800-802),
  for PC 851.91 and PC 851.93.
- The DV / child abuse / elder abuse pattern of PC 851.91(c)(2).

Everything is a small pure function of the Context; nothing reads a clock.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING, Iterable

from clinic_app.case_titles import case_named
from clinic_app.catalog import law_named, parents, spelled_out
from clinic_app.eligibility import sentence as S
from clinic_app.eligibility.context import cached_match
from clinic_app.eligibility.dates import anniversary, day_after
from clinic_app.eligibility.depends_on import silent
from clinic_app.eligibility.max_terms import MaxTerm, max_term
from clinic_app.eligibility.result import named_parts, not_in_catalog
from clinic_app.model import Case, Conviction, Determination, Reason
from clinic_app.wording import listed

# Relief that leaves no conviction behind (ca-rules.md 3.15, 3.16), by the law that gives it.
VACATUR = {"pc1473_7": "PC 1473.7", "pc236_14": "PC 236.14"}


# The petitions that dismiss the conviction itself: once one is granted, another has nothing
# left to dismiss (oracle finding O21-09: a conviction dismissed under 1203.41 was told to file
# CR-180 under 1203.42).  Automatic relief (1203.425) is not one: it "does not limit petitions"
# under the others (ca-rules.md 3.5); nor are 1203.4b and 1203.49, which carry more than the
# dismissal (a fire-camp grant's own effects, a victim finding on the record).
DISMISSAL_PETITIONS = ("pc1203_4", "pc1203_4a", "pc1203_41", "pc1203_42")


def dismissed(v: Conviction) -> bool:
    """Whether a dismissal petition was already granted for this count (as the record stood on
    the screening date): a step that would ask for one with a reduction is moot (S29-02)."""
    return any(r.remedy in DISMISSAL_PETITIONS for r in v.relief_granted)


def vacated(v: Conviction) -> bool:
    """A conviction vacated under 1473.7 or 236.14: none left to weigh as a later or other
    conviction (metamorphic finding M18-08)."""
    return any(r.remedy in VACATUR for r in v.relief_granted)

if TYPE_CHECKING:  # pragma: no cover
    from clinic_app.catalog import SectionMatch
    from clinic_app.eligibility.context import Context

# PC 667(e)(2)(C)(iv)(IV): "any homicide offense, including any attempted homicide offense,
# defined in Sections 187 to 191.5, inclusive" - the one super-strike whose attempt counts.
HOMICIDE_SECTIONS = frozenset({"187", "188", "189", "190", "190.05", "190.2", "190.25", "190.3", "191", "191.5"})

# Felonies punishable by life (or death) whatever their subdivision, murder aside (PC 187 is
# named on its own by every rule that reads this): PC 1203.4b(a)(1)'s "felony punishable by
# death or life" and PC 4852.03(a)(1)'s "any other offense which carries a life sentence"
# (ca-rules.md 3.14, 3.17).  One list for both: 1203.4b's had PC 205 and 18755 missing and
# the certificate's had 205 and 18745 (E63-01, E63-02).  An attempt is not one (PC 664(a)).
LIFE_TERM_SECTIONS = frozenset({"205", "209", "209.5", "218", "219", "269", "288.7", "667.61", "4500", "18745", "18755"})


# ---- fast "not applicable" -------------------------------------------------------------------
# Most (conviction, remedy) pairs are not_applicable, and the engine screens tens of
# thousands of convictions a second, so these build the Determination directly from a
# Reason made once (Reasons are shared between results: never mutate one).


def na(case: Case, conv: Conviction | None, key: str, reason: Reason, confidence: str = "H") -> Determination:
    """A not_applicable Determination with one prebuilt reason."""
    return Determination(case.id, conv.id if conv is not None else None, key, "not_applicable", None, None, [reason], [], [], confidence)  # type: ignore[arg-type]


_SECTION_MEMO: dict[tuple, Reason | None] = {}


def section_reason(key: str, ctx: "Context", conv: Conviction, decide) -> Reason | None:
    """Memoised `decide(ctx, conv) -> Reason | None` for answers that depend only on the code
    and section as written (e.g. "not a Prop 47 offense"): one dict lookup per conviction."""
    k = (key, id(ctx.catalog), conv.code, conv.section)
    try:
        return _SECTION_MEMO[k]
    except KeyError:
        if len(_SECTION_MEMO) > 100_000:
            _SECTION_MEMO.clear()
        r = _SECTION_MEMO[k] = decide(ctx, conv)
        return r


# ---- sections ------------------------------------------------------------------------------


def _parents(section: str) -> list[str]:
    """"286(c)(1)" -> ["286(c)(1)", "286(c)", "286"]."""
    chain = [section]
    while chain[-1].endswith(")") and "(" in chain[-1]:
        chain.append(chain[-1][: chain[-1].rfind("(")])
    return chain


_FAMILY_CACHE: dict[str, frozenset[str]] = {}


def family(section: str) -> frozenset[str]:
    """Every key a normalised section belongs to: itself, each part of a pair
    ("459/460(b)" -> 459/460(b), 459, 460(b), 460) and all their parents.  Cached."""
    found = _FAMILY_CACHE.get(section)
    if found is None:
        keys: set[str] = set(_parents(section))
        for part in section.split("/"):
            if part:
                keys.update(_parents(part))
        found = frozenset(keys)
        if len(_FAMILY_CACHE) > 50_000:
            _FAMILY_CACHE.clear()
        _FAMILY_CACHE[section] = found
    return found


def in_sections(match: "SectionMatch", keys: Iterable[str] | frozenset[str]) -> bool:
    """True when the written section is one of `keys` or falls under one of them."""
    fam = family(match.section)
    return not fam.isdisjoint(keys)


def split_on(match: "SectionMatch", keys: Iterable[str] | frozenset[str]) -> "SectionMatch | None":
    """The count as one naming two offenses, where it writes subdivisions of one section and
    some fall within `keys` and some do not ("647(f)/(b)" and 647(b)), else None.

    The catalog reads such a pair as one offense where the rows screen alike (O24-08), but a
    remedy that reads the subdivision's number would then answer by the order typed: "647(b)/(f)"
    was a 647(b) for PC 1203.49, "647(f)/(b)" was not (O24B-03).  The remedy asks which instead."""
    named = subdivisions(match)
    if not named or len({family(part).isdisjoint(keys) for part in named}) == 1:
        return None  # all within, or none: the order changes nothing
    return replace(match, offense=None, matched_on=None, exact=False, two_offenses=named)


def subdivisions(match: "SectionMatch") -> tuple[str, ...]:
    """The subdivisions of one section a count writes, each in full ("647(f)/(b)" -> "647(f)",
    "647(b)"); () for one part (a section beside its own subdivision adds nothing) or two
    sections, which the catalog's own rules read (O23-18)."""
    if "/" not in match.section:  # nearly every count, on every remedy that reads a number
        return ()
    parts = [p for p in match.section.split("/") if p and p not in match.enhancements]
    if len(parts) < 2:
        return ()
    named = spelled_out(parts)
    named = list(dict.fromkeys(part for part in named if not any(part in parents(other)[1:] for other in named)))
    if len(named) < 2 or len({parents(part)[-1] for part in named}) > 1:
        return ()
    return tuple(named)


def base_number(match: "SectionMatch") -> str:
    """The section number without subdivisions or a pair: "459/460(b)" -> "459"; "" for a
    count naming two offenses with no rule to say which ("459/484": O23-18), not its first;
    "273.5" for "12022.7/273.5" (an enhancement is not the offense)."""
    if match.two_offenses:
        return ""
    # An enhancement written first ("12022.7/273.5") is no offense: the number is the base
    # offense's (O24-09: it was 12022.7).
    parts = match.section.split("/")
    if match.offense is not None and "/" in match.offense.section:
        # "460(b)/459" is the catalog's "459/460(b)": its number is 459 (S25-08: it was 460).
        parts = match.offense.section.split("/")
    first = next((p for p in parts if p not in match.enhancements), parts[0])
    cut = first.find("(")
    return first if cut < 0 else first[:cut]


def citation(conv: Conviction) -> str:
    """"PC 459/460(b)" as the paralegal wrote it: the code once, whether it was given apart
    or inside the section ("PC 476a", "476a PC"; metamorphic finding: "PC PC 476a").  A
    conspiracy typed under its target's code is named as the catalog reads it, "PC
    182(a)(1)/HS 11352": the reasons named "HS 182(a)(1)/11352", a law the Health and Safety
    Code does not have (W69, catalog.law_named)."""
    return law_named(conv.code, conv.section)


def level_path(case: Case, conv: Conviction) -> str:
    """The FORMAT.md path of another count's level, as a rule that turns on it names the
    missing fact ("cases[B].convictions[B1].level"): a count whose level the record does not
    give (V53-02) is neither a felony nor a misdemeanor to the rules that ask (W54)."""
    return f"cases[{case.id}].convictions[{conv.id}].level"


def program_completed(case: Case) -> bool:
    """Diversion or DEJ completed: the outcome says so, or the program's completion date is
    recorded on a case that ended without a conviction (a DEJ case is then dismissed, PC
    1000.3; review finding: recorded as "dismissed", it was read as an ordinary dismissal)."""
    if case.outcome == "diversion_completed":
        return True
    return case.program is not None and case.program.completed_on is not None and case.outcome in ("dismissed", "no_charges_filed")


def ended_after(case: Case, as_of: date) -> bool:
    """The case ended after `as_of`: its arrest, its disposition, or the completion of the
    diversion or DEJ that ended it is dated later.  Screening an earlier day, it had not ended
    (oracle finding O22-03: a program completed in June was "completed" in January)."""
    later = [day for day in (case.arrest_date, case.disposition_date) if day is not None and day > as_of]
    prog = case.program
    return bool(later) or (prog is not None and prog.completed_on is not None and prog.completed_on > as_of and program_completed(case))


def happened(ctx: "Context", conv: Conviction) -> bool:
    """False for a conviction dated after as_of: screening an earlier day ignores the future."""
    return conv.conviction_date is None or conv.conviction_date <= ctx.as_of


# ---- priors that bar relief ------------------------------------------------------------------


def is_super_strike(match: "SectionMatch") -> bool:
    """A PC 667(e)(2)(C)(iv) offense.  An attempt counts only for homicide ((iv)(IV))."""
    homicide = base_number(match) in HOMICIDE_SECTIONS and match.code == "PC"
    if match.attempt:
        return homicide
    if homicide:
        return True
    return match.offense is not None and match.offense.super_strike


def is_registrable(match: "SectionMatch") -> bool:
    """An offense requiring PC 290 registration (attempts included: PC 290(c))."""
    return match.offense is not None and match.offense.registrable


@dataclass(frozen=True)
class Prior:
    """One conviction elsewhere in the record that bars a remedy."""

    case: str
    conviction: str
    written: str
    kind: str  # "super-strike" | "PC 290 registration offense"
    when: date | None
    only_if: str | None = None  # the fact that decides it, where the catalog row cannot (unsure)
    silent: str = "the record does not say"  # why that fact is unknown (depends_on.silent)
    # Its case and count, which the sentences name (case_titles.case_named); not compared.
    in_case: Case | None = field(default=None, compare=False)
    count: Conviction | None = field(default=None, compare=False)


def disqualifying_priors(ctx: "Context", conv: Conviction) -> tuple[list[Prior], list[tuple[Case, Conviction]], list[Prior]]:
    """(priors that are super-strikes or registrable, other counts whose section the catalog
    does not know, with their cases (`unknown_priors_sentence`), priors that are one only if a fact the record does not hold says so: a bare 262 or
    653f, a 220 whose intent is not recorded; legal review)."""
    found: list[Prior] = []
    unknown: list[tuple[Case, Conviction]] = []
    unsure: list[Prior] = []
    for case, other in ctx.other_convictions(conv):
        if not happened(ctx, other):
            continue
        m = ctx.match(other)
        day = other.offense_date or other.conviction_date
        named = [(part, cached_match(ctx.catalog, m.code, part)) for part in named_parts(m)]
        if named and not m.enhancements and all(pm.offense is not None for _part, pm in named):
            # "HS 11377/11364" or "PC 187/245(a)(1)": the record does not say which offense it
            # is, but the catalog knows both; it was asked about as a section "the offense
            # catalog does not know" (O24B-02).  Neither bars: nothing to ask.
            barring = [f"{m.code} {part}" for part, pm in named if _may_bar(pm, day)]
            kinds = {_bars_for_certain(pm, day) for _part, pm in named}
            if None not in kinds:
                # "220/288(a)" bars whichever it is: a prior, not a question (S25C-04: the
                # record was asked which one, and Prop 47 was "needs review").
                found.append(Prior(case.id, other.id, citation(other), kinds.pop() if len(kinds) == 1 else "super-strike or PC 290 registration offense", other.conviction_date, in_case=case, count=other))
            elif barring:
                unsure.append(Prior(case.id, other.id, citation(other), "super-strike or PC 290 registration offense", other.conviction_date, f"the conviction is for {' or '.join(barring)}", silent(m), case, other))
            continue
        if m.offense is None and base_number(m) not in HOMICIDE_SECTIONS:
            unknown.append((case, other))
            continue
        strike_if = m.offense.condition("super_strike", day) if m.offense is not None and not m.attempt else None
        register_if = m.offense.condition("registrable", day) if m.offense is not None else None
        if is_super_strike(m) and strike_if is None:
            found.append(Prior(case.id, other.id, citation(other), "super-strike", other.conviction_date, in_case=case, count=other))
        elif is_registrable(m) and register_if is None:
            found.append(Prior(case.id, other.id, citation(other), "PC 290 registration offense", other.conviction_date, in_case=case, count=other))
        elif strike_if is not None or register_if is not None:
            only_if = ", or ".join(c for c in (strike_if, register_if) if c)
            unsure.append(Prior(case.id, other.id, citation(other), "super-strike or PC 290 registration offense", other.conviction_date, only_if, silent(m), case, other))
    return found, unknown, unsure


def _bars_for_certain(m: "SectionMatch", day: date | None) -> str | None:
    """What an offense (one a two-offense count names) is for certain, as disqualifying_priors
    reads a single one: "super-strike", "PC 290 registration offense", or None."""
    if is_super_strike(m) and (m.attempt or m.offense is None or m.offense.condition("super_strike", day) is None):
        return "super-strike"
    if is_registrable(m) and m.offense.condition("registrable", day) is None:
        return "PC 290 registration offense"
    return None


def _may_bar(m: "SectionMatch", day: date | None) -> bool:
    """Whether an offense (one a two-offense count names) is, or may be, a super-strike or a
    registration offense."""
    return is_super_strike(m) or is_registrable(m) or any(m.offense.condition(flag, day) for flag in ("super_strike", "registrable"))


def unsure_prior_sentence(p: Prior, own: Case | None = None) -> str:
    return f"The record shows {p.written} in {case_named(p.in_case, own, p.count)}, which is a {p.kind} only if {p.only_if}; {p.silent}."


def unknown_priors_sentence(unknown: list[tuple[Case, Conviction]], own: Case | None = None) -> str:
    """The counts elsewhere in the record whose section the catalog does not know, to check:
    each in its case as the priors it knows are said (`prior_sentence`), "PC 99999 in case P
    (convicted 2001-03-01, Los Angeles County)".  In a bracket, "PC 99999 (case P (...))", a
    case with no court number put its title's bracket inside it (B90-03); listed with commas,
    the titles' commas ran into the list's."""
    said = list(dict.fromkeys(f"{citation(v)} in {case_named(c, own, v)}" for c, v in unknown))
    if len(said) == 1:
        return f"Check that {said[0]} is not a super-strike or a registration offense; the offense catalog does not know it."
    return f"Check that {listed(said)} are not super-strikes or registration offenses; the offense catalog does not know them."


def prior_sentence(p: Prior, own: Case | None = None) -> str:
    """The prior as a sentence among case `own`'s results says it: in "this case" for its own,
    unnamed under its heading (case_titles.case_named, B86-03)."""
    return f"The record shows a {p.kind} conviction: {p.written} in {case_named(p.in_case, own, p.count)}."


# ---- this case's sentence ----------------------------------------------------------------------


@dataclass(frozen=True)
class SentenceState:
    """Is this case's sentence still being served on as_of?"""

    state: str  # "serving" | "completed" | "unknown"
    until: date | None = None  # serving: the first day it is over, when known
    what: str = ""  # "probation", "parole", "custody", ...
    missing: str | None = None  # unknown: the FORMAT.md field that would settle it

    @property
    def aside(self) -> str:
        """What is being served, to follow "still serving this sentence": " (probation)",
        " (custody, then parole)"; nothing when it would only repeat "the sentence" (S28B-09:
        "still serving this sentence (the sentence)")."""
        return "" if self.what in ("", "the sentence") else " " + S.aside(self.what)


def sentence_state(case: Case, as_of: date) -> SentenceState:
    """Whether the person is still serving this case's sentence (probation, custody or
    supervision after release count as serving: ca-rules.md 2.2)."""
    s = case.sentence
    if s is None:
        return SentenceState("unknown", missing=f"cases[{case.id}].sentence")
    if s.type == "probation":
        p = s.probation
        if p is None:
            return SentenceState("unknown", missing=f"cases[{case.id}].sentence.probation")
        if p.stands_revoked():
            if s.completed is True:
                return SentenceState("completed")
            if s.completed is False:
                return SentenceState("serving", what="the sentence after probation was revoked")
            return SentenceState("unknown", missing=f"cases[{case.id}].sentence.completed")
        active = S.probation_active(p, as_of)
        if active is None:
            return SentenceState("unknown", missing=f"cases[{case.id}].sentence.probation.end")
        conflict = S.probation_record_conflict(p, as_of) if p.violations else None
        if conflict is not None:
            # Whether it still runs is what the record contradicts (Q163 fault 02): asked, as the dismissals ask it.
            return SentenceState("unknown", missing=f"cases[{case.id}].{conflict.fact}")
        if active:
            if S.marked_active_past_end(p, as_of) is not None:
                # Extended, or a stale record: asked, as the dismissals ask it (common.stale_active_probation).
                return SentenceState("unknown", missing=f"cases[{case.id}].sentence.probation.status")
            end = S.probation_end(p)
            return SentenceState("serving", day_after(end) if end is not None else None, "probation")
        return SentenceState("completed")
    if s.type == "no_probation":
        if s.completed is True:
            return SentenceState("completed")
        if s.completed is False:
            return SentenceState("serving", what="the sentence")
        return SentenceState("unknown", missing=f"cases[{case.id}].sentence.completed")
    held, release = S.in_custody(s, as_of)
    if held is None:
        return SentenceState("unknown", missing=f"cases[{case.id}].sentence.custody.release_date")
    if held:
        follows = S.supervision_after_release(s)
        if follows is not None:
            # Supervision follows release: the sentence runs on until it ends (found by
            # rescreening demo clients on each recheck date).
            kind, end = follows
            what = f"custody, then {S.SUPERVISION_NAMES[kind]}"
            return SentenceState("serving", day_after(max(end, release)) if end is not None else None, what)  # type: ignore[type-var]
        return SentenceState("serving", day_after(release) if release else None, "custody")
    sup = S.active_supervision(s, as_of)
    if sup is not None:
        if S.supervision_end_in_doubt(s, as_of):
            return SentenceState("unknown", missing=f"cases[{case.id}].sentence.custody.supervision_end")
        kind, end = sup
        return SentenceState("serving", day_after(end) if end is not None else None, S.SUPERVISION_NAMES[kind])
    return SentenceState("completed")


# ---- ages and offense dates -------------------------------------------------------------------


def age_on(dob: date, day: date) -> int:
    """Whole years of age on `day`."""
    years = day.year - dob.year
    if (day.month, day.day) < (dob.month, dob.day):
        years -= 1
    return years


# ---- arrests that did not end in a conviction --------------------------------------------------


@dataclass(frozen=True)
class Period:
    """A waiting period in years counted from the arrest, or why it cannot be told."""

    years: int | None
    reason: tuple[str, str] | None = None  # (text, cite) explaining the period
    review: tuple[str, str] | None = None  # (text, cite): an attorney must decide
    missing: tuple[str, ...] = ()
    confidence: str = "M"
    # The period may be only this many years: 6 is counted for a serious or violent felony
    # whose maximum term (8 years or more, PC 800) the screening does not know, and that
    # term is the fact that decides between the two (oracle finding: the later date was
    # given as certain, 3 years late for a burglary).
    shorter: int | None = None
    named: str = ""  # the arrest offenses the longer period is counted for
    # A charge can be filed at any time (murder or another life felony, PC 799): never "ran out".
    no_limit: bool = False


def arrest_level(case: Case) -> str | None:
    """felony | misdemeanor from the case and the arrest offenses; None if unknown.

    A felony among the offenses makes it a felony arrest whatever the case-level field says:
    every offense's limitations period must have run, and the felony's is the longest."""
    levels = {o.level for o in case.arrest_offenses}
    if "felony" in levels:
        return "felony"
    if case.arrest_level is not None:
        return case.arrest_level
    if levels == {"misdemeanor"}:
        return "misdemeanor"
    return None


def felony_period(ctx: "Context", case: Case, *, no_limit_is_review: bool) -> Period:
    """The years for a felony arrest: 3 (PC 801) or 6 when punishable by 8 years or more
    (PC 800).  A felony whose maximum term `max_terms` knows is counted by it; one whose term
    depends on its subdivision (a blank term there) and any other serious or violent felony
    at 6 years with `shorter` 3: between the two dates the maximum term decides, and the
    remedies ask; any other felony at 3.  Murder, and any other felony punishable by life, has
    no period at all (`no_limit`, PC 799); with `no_limit_is_review` another violent or
    registrable offense (possibly no limitations period, PC 799, 801.1) goes to an attorney
    instead."""
    offs = case.arrest_offenses
    if not offs:
        return Period(
            None,
            review=("The arrest offenses are not recorded, and the felony waiting period (3 or 6 years) depends on them.", "PC 800; PC 801"),
            missing=(f"cases[{case.id}].arrest_offenses",),
        )
    six: list[str] = []
    known: list[tuple[str, MaxTerm]] = []  # serious felonies whose longest term is known
    for o in offs:
        m = cached_match(ctx.catalog, o.code, o.section)
        if m.offense is None:
            return Period(
                None,
                review=(f"{not_in_catalog(m, law_named(o.code, o.section), of='the arrest')}, so its limitations period cannot be told.", "PC 799-801"),
                missing=(f"cases[{case.id}].arrest_offenses",),
                confidence="L",
            )
        if m.code == "PC" and not m.attempt and "187" in family(m.section):
            # ca-rules.md 3.10 [H]: "any charge has no statute of limitations (murder, etc.)".
            return Period(None, review=(f"{law_named(o.code, o.section)} is murder, which has no limitations period: a charge can be filed at any time.", "PC 799"), no_limit=True, confidence="H")
        if m.code == "PC" and not m.attempt and not family(m.section).isdisjoint(LIFE_TERM_SECTIONS):
            # PC 799 reaches every offense punishable by life, not murder alone (E63-03: an
            # arrest for aggravated mayhem had 851.93's six years, "and the record does not
            # show which" term, beside 851.91 asking whether a charge could still be filed).
            return Period(None, review=(f"{law_named(o.code, o.section)} is punishable by life, so it has no limitations period: a charge can be filed at any time.", "PC 799"), no_limit=True, confidence="M")
        registrable = m.offense.registrable or m.offense.condition("registrable") is not None  # a bare 266h: maybe
        # Violent for certain: a row violent only on a fact (451 under (a)-(b), burglary with
        # another person present) is never a life term, which super_strike would say, and is
        # counted by its term or at 6 years with 3 asked, below (C37).
        violent = m.offense.violent and m.offense.condition("violent") is None
        if no_limit_is_review and (violent or registrable or is_super_strike(m)):
            return Period(
                None,
                review=(
                    f"{law_named(o.code, o.section)} is a violent or sex offense: some of these have no limitations period (offenses punishable by life, PC 799) or a longer one (sex offenses, PC 801.1), so an attorney must check whether charges can still be filed.",
                    "PC 799; PC 800; PC 801.1",
                ),
                confidence="M",
            )
        term = None if m.attempt else max_term(m.code, m.section)  # an attempt's term is half
        if term is not None and term.years is not None:
            # Any felony whose term is known, serious or not (oracle check O20-02: HS 11353 and
            # VC 2800.3(b), up to 9 and 10 years, had been counted at 3 years).
            known.append((law_named(o.code, o.section), term))
        elif term is not None or m.offense.serious or m.offense.violent or registrable or is_super_strike(m):
            six.append(law_named(o.code, o.section))  # a term the subdivision decides (VC 2800.3), or a serious felony's
    long_terms = [(name, term) for name, term in known if term.years >= 8]
    if long_terms:
        name, term = long_terms[0]
        return Period(6, (f"The arrest was for {name}, punishable by up to {term.years} years: charges can be filed for 6 years (PC 800).",
                          f"PC 800; PC 805(a); {term.source}"), named=name)
    if six:
        named = ", ".join(dict.fromkeys(six))
        return Period(6, (f"The arrest was for {named}: charges could be filed for 6 years if its maximum term is 8 years or more (PC 800), otherwise for 3 (PC 801), and the record does not show which.", "PC 800; PC 801"),
                      shorter=3, named=named)
    if known:
        name, term = max(known, key=lambda pair: pair[1].years)
        return Period(3, (f"The arrest was for {name}, punishable by at most {term.years} years (under 8), so charges can be filed for 3 years (PC 801).",
                          f"PC 801; PC 805(a); {term.source}"))
    return _THREE_YEARS


def misdemeanor_period() -> Period:
    return _ONE_YEAR


# The fixed periods, made once (a Period is frozen, so sharing one is safe).
_THREE_YEARS = Period(3, ("The arrest was for a felony, and most felonies have a 3-year limitations period.", "PC 801"))
_ONE_YEAR = Period(1, ("The arrest was for a misdemeanor, which has a 1-year limitations period.", "PC 802(a)"))


# ---- DV / child abuse / elder abuse (PC 851.91(c)(2)) -----------------------------------------

# Sections that are domestic violence, child abuse or elder abuse for the pattern rule,
# beside the catalog's domestic_violence flag.
_ABUSE_SECTIONS = frozenset({"243(e)", "273.5", "273.6", "273a", "273d", "273ab", "368", "646.9", "13700"})


def is_abuse(ctx: "Context", code: str, section: str) -> bool:
    """Domestic violence, child abuse or elder abuse (PC 13700; PC 273a, 273d; PC 368)."""
    m = cached_match(ctx.catalog, code, section)
    if m.two_offenses:
        # "273.5/245(a)(4)" is abuse only if whichever it is, is (S25-05: one abuse part made
        # the count abuse, and a pattern sure); where only some are, `abuse_in_question` says so.
        return all(is_abuse(ctx, m.code, part) for part in named_parts(m))
    if m.offense is not None and m.offense.domestic_violence:
        return True
    # "243(e)(1)/(d)" is domestic violence only if it is for 243(e)(1): not sure, whichever part
    # is typed first (O24B-03), so a section "not known" below.
    return m.code == "PC" and in_sections(m, _ABUSE_SECTIONS) and split_on(m, _ABUSE_SECTIONS) is None


def abuse_in_question(ctx: "Context", code: str, section: str) -> "SectionMatch | None":
    """The count where the record cannot say whether it is domestic violence, child abuse or
    elder abuse, else None: a section the catalog does not know, or the count as one naming two
    offenses of which some are ("273.5/245(a)(4)", "243(e)(1)/(d)"); a count naming two offenses
    none of which is ("HS 11350/11550") is no question (S25-05)."""
    if is_abuse(ctx, code, section):
        return None
    m = cached_match(ctx.catalog, code, section)
    if m.two_offenses:
        return m if any(is_abuse(ctx, m.code, part) for part in named_parts(m)) else None
    if m.offense is None:
        return m
    return split_on(m, _ABUSE_SECTIONS) if m.code == "PC" else None


def _clustered(days: list[date | None]) -> int:
    """How many events lie within 3 years of at least one other (unknown dates count)."""
    known = sorted(d for d in days if d is not None)
    unknown = len(days) - len(known)
    if unknown:
        return len(days) if len(days) > 1 else 0
    count = 0
    for i, d in enumerate(known):
        near = (i > 0 and anniversary(known[i - 1], 3) >= d) or (i + 1 < len(known) and anniversary(d, 3) >= known[i + 1])
        count += near
    return count


def abuse_pattern(ctx: "Context", unknown_counts: bool = False) -> tuple[bool, int, int]:
    """(pattern?, abuse convictions, abuse arrests): 2+ convictions or 5+ arrests for
    separate offenses on separate occasions within 3 years of one another (PC 851.91(c)(2)).
    With `unknown_counts`, a section the catalog does not know counts as one: whether a
    pattern *may* be there."""

    def counts(code: str, section: str) -> bool:
        return is_abuse(ctx, code, section) or (unknown_counts and abuse_in_question(ctx, code, section) is not None)

    conv_days: list[date | None] = []
    arrest_days: list[date | None] = []
    for case in ctx.cases:
        if case.outcome == "convicted":
            hits = [v for v in case.convictions if happened(ctx, v) and counts(v.code, v.section)]
            if hits:
                d = hits[0].offense_date or hits[0].conviction_date
                conv_days.append(d)
                arrest_days.append(case.arrest_date or d)
        elif any(counts(o.code, o.section) for o in case.arrest_offenses):
            arrest_days.append(case.arrest_date)
    convictions = _clustered(conv_days)
    arrests = _clustered(arrest_days)
    return (convictions >= 2 or arrests >= 5), len(conv_days), len(arrest_days)
