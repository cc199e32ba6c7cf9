"""Person-level bars, evaluated once per screening across the whole record.

PC 1203.4(a)(1), 1203.4a(a), 1203.41(a)(3), 1203.42 and 1203.425(a)(1)(B) all look past
the conviction being screened: relief is stopped while the person is on probation, on
parole / PRCS / mandatory supervision, serving a sentence, or charged with an offense in
*any* case (ca-rules.md 2.1).  Each bar records which case it comes from and the first
day it no longer holds when the record shows it, so the engine can say "blocked until
2027-03-02" rather than just "blocked".

A bar that comes from the case being screened is not a person-level bar for that case's
own remedy: it is the case's own waiting condition, which the remedy module handles.
Remedies therefore ask for the bars *other than* their own case (`PersonBars.others`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Iterable

from clinic_app.case_titles import case_heading
from clinic_app.catalog import law_named
from clinic_app.eligibility import sentence as S
from clinic_app.eligibility.dates import ONE_DAY, day_after, iso
from clinic_app.eligibility.fact_questions import where_to_look
from clinic_app.eligibility.result import det, record_lacks
from clinic_app.model import Case, Determination, Money, Person
from clinic_app.wording import listed

BAR_KINDS = ("probation", "parole", "prcs", "mandatory_supervision", "serving_sentence", "pending_charge")
# The fact an uncertain bar for a supervision of unrecorded kind misses (`is_unnamed_supervision`).
UNNAMED_SUPERVISION = "sentence.custody.supervision"
SUPERVISION_KINDS = S.SUPERVISION_KINDS


@dataclass(frozen=True)
class Bar:
    """One thing in the record that stops relief now."""

    kind: str  # one of BAR_KINDS
    case: str | None  # the case it comes from; None for a person-level fact
    until: date | None  # the first day it no longer holds, when the record shows it
    certain: bool = True  # False: the record cannot say whether it still holds
    missing: str | None = None  # the FORMAT.md field that would settle an uncertain bar
    case_label: str | None = None  # how the clinic knows that case: its court number when the record has one
    doubt: str | None = None  # why an uncertain bar is uncertain, when the record says more than "no date"
    # A supervision that follows a custody still running: the day it starts (release).  Said
    # now so that a remedy's first day is not counted from release (review finding).
    starts: date | None = None
    # `until` is the engine's window for a sentence the record does not describe or date, not a
    # day in the record: said so where the day is named (R441-01).
    assumed: bool = False

    def describe(self, case: Case | None = None) -> str:
        """One sentence a paralegal can read aloud; a bar of `case`, the result's own, does
        not name its case (bar_sentence)."""
        return bar_sentence(self, case)

    def confirmed(self, missing: str | None) -> "Bar":
        """This bar taken as certain (the doubt settled elsewhere), with the fact that still
        decides it, if any.  Built directly: dataclasses.replace cost ~4x (see _case_bars)."""
        return Bar(self.kind, self.case, self.until, True, missing, self.case_label, None, self.starts, self.assumed)


@dataclass(frozen=True)
class PersonBars:
    """Every person-level bar on `as_of` (computed once per screening by `person_bars`)."""

    bars: tuple[Bar, ...]

    def others(self, case_id: str, kinds: Iterable[str] = BAR_KINDS) -> list[Bar]:
        """The bars of the given kinds that do not come from case `case_id`."""
        if not self.bars:  # most people: nothing to look through
            return []
        return [b for b in self.bars if b.kind in kinds and b.case != case_id]

    def of_case(self, case_id: str, kinds: Iterable[str] = BAR_KINDS) -> list[Bar]:
        """The bars that come from case `case_id` itself."""
        if not self.bars:
            return []
        return [b for b in self.bars if b.kind in kinds and b.case == case_id]

    def _first(self, kind: str) -> Bar | None:
        return next((b for b in self.bars if b.kind == kind), None)

    @property
    def on_probation(self) -> bool | None:
        """True / False / None (the record cannot say)."""
        return _flag([b for b in self.bars if b.kind == "probation"])

    @property
    def under_supervision(self) -> bool | None:
        return _flag([b for b in self.bars if b.kind in SUPERVISION_KINDS])

    @property
    def serving_sentence(self) -> bool | None:
        return _flag([b for b in self.bars if b.kind == "serving_sentence"])

    @property
    def pending_charges(self) -> bool:
        return any(b.kind == "pending_charge" for b in self.bars)


NO_BARS = PersonBars(())  # frozen and empty: one instance serves every person without a bar


def _flag(bars: list[Bar]) -> bool | None:
    if any(b.certain for b in bars):
        return True
    return None if bars else False


def is_unnamed_supervision(b: Bar) -> bool:
    """A supervision whose kind the record leaves blank: its recorded end is certain, only the
    kind is not (its own case's dates and the jury line need no kind)."""
    return b.missing is not None and b.missing.endswith("." + UNNAMED_SUPERVISION)


def by_end(bars: Iterable[Bar]) -> list[Bar]:
    """The bars, the first to end first (open-ended last), then by case: one order whatever
    the order of the cases in the request."""
    ordered = list(bars)
    if len(ordered) > 1:  # one bar or none (most records) has no order to find
        ordered.sort(key=lambda b: (b.until is None, b.until or date.min, b.case or "", b.kind))
    return ordered


def lifts_on(bars: Iterable[Bar]) -> date | None:
    """The day every bar has lifted: the latest `until`, or None if any is open-ended."""
    latest: date | None = None
    for b in bars:
        if b.until is None or not b.certain:
            return None
        latest = b.until if latest is None or b.until > latest else latest
    return latest


def person_bars(person: Person, cases: Iterable[Case], as_of: date, catalog=None) -> PersonBars:
    """All person-level bars on `as_of`, from the person's facts and every case.

    `catalog` (the offense catalog) tells a pending case's infractions; without it every
    pending case is a certain bar."""
    bars: list[Bar] = []
    for case in cases:
        bars.extend(_case_bars(case, as_of, catalog))
    if not bars and person.on_supervision is None and not person.pending_charges:
        return NO_BARS  # most people: nothing in the record or the person's facts
    kinds_seen = {b.kind for b in bars if b.certain}
    sup = person.on_supervision
    if sup == "none":
        # The clinic confirmed there is no supervision now: drop what the record only suggested.
        # Supervision with no end date in the record is taken to have ended, too.
        bars = [b for b in bars if b.kind not in ("probation",) + SUPERVISION_KINDS or (b.certain and b.until is not None)]
    elif sup is not None and sup not in kinds_seen:
        same = [b for b in bars if b.kind == sup]
        if same:
            # The clinic confirms the supervision a case could only suggest (parole with no end
            # date, released long ago): that case's bar is certain now (oracle finding: the
            # case's doubt was acted on before the person's confirmed parole).
            bars = [b.confirmed(b.missing) if b.kind == sup else b for b in bars]
        else:
            bars.append(Bar(sup, None, None))
    # A case that ended after the screening's day (an uncertain bar with an end) is not the
    # pending case the person's flag speaks of.
    if person.pending_charges and not any(b.kind == "pending_charge" and b.until is None for b in bars):
        bars.append(Bar("pending_charge", None, None))
    return PersonBars(tuple(bars))


def _case_bars(case: Case, as_of: date, catalog=None) -> list[Bar]:
    bars = _case_bars_by_id(case, as_of, catalog)
    if bars:
        # Reasons are read aloud at a clinic table: say "case BA123456", not the record's key;
        # a case with no court number by what the record holds, as its heading is: "on
        # probation in case c3 (PC 647(f), convicted 2019-01-05, Orange County)", where "case
        # c3" said nothing of which case it was (B86-01).  Its own result leaves it unnamed.
        # (Built directly: dataclasses.replace, which reads the fields each call, cost ~4x.)
        named = case_heading(case)
        return [Bar(b.kind, b.case, b.until, b.certain, b.missing, named, b.doubt, b.starts, b.assumed) for b in bars]
    return bars


def _case_bars_by_id(case: Case, as_of: date, catalog=None) -> list[Bar]:
    if case.outcome == "pending":
        if case.arrest_date is not None and case.arrest_date > as_of:
            return []  # a screening for a day before this arrest (oracle check O20-04)
        infractions = infractions_only(case, catalog)
        if infractions:
            # ca-rules.md 2.1 [L]: a pending infraction citation *may* count as being charged.
            written = case.arrest_level == "misdemeanor" or any(o.level == "misdemeanor" for o in case.arrest_offenses)
            said = " by the offense catalog, though the record gives its level as misdemeanor" if written else ""
            return [Bar("pending_charge", case.id, None, certain=False, doubt=f"is pending for an infraction only ({infractions}){said}; whether a pending infraction counts as being charged with an offense is an open question")]
        return [Bar("pending_charge", case.id, None)]
    charged = _charged_then(case, as_of)
    if charged is not None:
        return [charged]
    s = case.sentence
    if case.outcome != "convicted":
        return []
    if s is None:
        owed = case.money.fines_owed if case.money is not None else 0
        if owed > 0:
            # Unpaid fines say a sentence is not yet served, however old (verification finding).
            return [Bar("serving_sentence", case.id, None, certain=False, missing=f"cases[{case.id}].money.fines_paid",
                        doubt=f"{_fines_words(case.money)}, so a sentence may not be fully served")]
        if not S.may_still_run(case, as_of):
            return []
        # `until` on an uncertain bar: the day the doubt lapses, so a remedy whose own first day
        # comes later keeps its date (review finding).
        return [Bar("serving_sentence", case.id, S.unknown_sentence_ends(case), certain=False, missing=f"cases[{case.id}].sentence",
                    doubt="no sentence is recorded for that case, and a recent one (probation, jail or prison) may still be running", assumed=True)]
    if s.type == "probation":
        p = s.probation
        if p is None:
            if not S.may_still_run(case, as_of):
                return []
            return [Bar("probation", case.id, S.unknown_sentence_ends(case), certain=False, missing=f"cases[{case.id}].sentence.probation",
                        doubt="probation was granted, and none of its dates are recorded", assumed=True)]
        if p.start is not None and as_of < p.start:
            return []  # a screening for a day before this grant began
        active = S.probation_active(p, as_of)
        end = S.probation_end(p)
        if active is None:
            return [Bar("probation", case.id, None, certain=False, missing=f"cases[{case.id}].sentence.probation.end")]
        conflict = S.probation_record_conflict(p, as_of) if p.violations and not p.stands_revoked() else None
        if conflict is not None:
            # A record that contradicts itself on whether it still runs: asked, not read as
            # over (Q163 fault 02: "not on probation ... in any other case", at H).
            return [Bar("probation", case.id, None, certain=False, missing=f"cases[{case.id}].{conflict.fact}", doubt=conflict.doubt)]
        if active:
            stale = S.marked_active_past_end(p, as_of)
            if stale is not None:
                # Not a certain bar with no end: the clinic checks the docket (ca-rules.md 2.2).
                return [Bar("probation", case.id, None, certain=False, missing=f"cases[{case.id}].sentence.probation.status",
                            doubt=f"it is marked active, but its end date {iso(stale)} has passed; it may have been extended")]
            if end is None:
                return [Bar("probation", case.id, None, missing=f"cases[{case.id}].sentence.probation.end")]
            return [Bar("probation", case.id, day_after(end))]
        if p.stands_revoked() and s.completed is not True:
            # After a revocation a term is usually executed: the person may still be in custody
            # or under supervision, which the record does not show (metamorphic finding: other
            # cases were told "not on probation, serving a sentence or charged").
            if s.completed is False:
                # Named as the fact that would end the block (readability finding R18-03: the
                # other cases' rows were blocked with no end, no fact and no step).
                return [Bar("serving_sentence", case.id, None, missing=f"cases[{case.id}].sentence.completed")]
            # `until` on an uncertain bar: the day the doubt lapses (as for an unknown sentence).
            lapses = S.revoked_sentence_ends(case)
            if lapses is not None and as_of >= lapses:
                return []
            return [Bar("serving_sentence", case.id, lapses, certain=False, missing=f"cases[{case.id}].sentence.completed",
                        doubt="probation was revoked, and the record does not show the sentence that followed or whether it is over", assumed=True)]
        return []
    if s.type == "no_probation":
        if s.judgment_date is not None and as_of < s.judgment_date:
            return []  # a screening for a day before this sentence (oracle check O20-04)
        if s.completed is False:
            return [Bar("serving_sentence", case.id, None, missing=f"cases[{case.id}].sentence.completed")]
        owed = case.money.fines_owed if case.money is not None else 0
        if s.completed is None and owed == 0 and S.may_still_run(case, as_of, S.UNKNOWN_COMPLETION_YEARS):
            # Paid fines do not show a jail term or the other terms served (metamorphic finding).
            return [Bar("serving_sentence", case.id, S.unknown_sentence_ends(case, S.UNKNOWN_COMPLETION_YEARS), certain=False, missing=f"cases[{case.id}].sentence.completed",
                        doubt=f"that sentence was imposed on {iso(s.judgment_date) if s.judgment_date else 'a recent day'}, and it is not marked served", assumed=True)]
        if owed > 0:
            # The case's own remedies read unpaid fines as a sentence not yet performed; the
            # record also marks it completed (or says nothing): other cases are told the doubt.
            # The fact to settle is the fines (paid, converted or waived?), not the completion
            # the record may already state (metamorphic finding).
            return [Bar("serving_sentence", case.id, None, certain=False, missing=f"cases[{case.id}].money.fines_paid",
                        doubt=f"{_fines_words(case.money)}, so the sentence may not be fully served")]
        return []
    # county jail (1170(h)) or state prison
    if s.judgment_date is not None and as_of < s.judgment_date:
        return []  # a screening for a day before this sentence
    out: list[Bar] = []
    held, release = S.in_custody(s, as_of)
    if held is None:
        out.append(Bar("serving_sentence", case.id, None, certain=False, missing=f"cases[{case.id}].sentence.custody.release_date"))
    elif held:
        out.append(Bar("serving_sentence", case.id, day_after(release) if release else None))
        follows = S.supervision_after_release(s)
        if follows is not None and (follows[1] is None or follows[1] >= release):  # type: ignore[operator]
            # Its end may not be recorded yet: a bar with no end (review finding: the jury
            # line said "once custody ends" of a prison term with parole to follow).
            kind, end = follows
            missing = f"cases[{case.id}].sentence.custody.supervision_end" if end is None else None  # it decides until when
            out.append(Bar(kind, case.id, day_after(end) if end is not None else None, missing=missing, starts=release))
    unnamed = S.unnamed_supervision(s, as_of)
    if unnamed is not None:
        # Parole, PRCS or mandatory supervision, now or after a release still ahead: which one
        # decides some remedies, and the record does not say (metamorphic and verification
        # findings: it was read as no supervision at all).
        end, starts = unnamed
        out.append(Bar("serving_sentence", case.id, day_after(end), certain=False, missing=f"cases[{case.id}].{UNNAMED_SUPERVISION}",
                       doubt=f"supervision after release runs until {iso(end)}, of a kind not recorded (parole, PRCS or mandatory supervision)", starts=starts))
    sup = S.active_supervision(s, as_of)
    if sup is not None:
        kind, end = sup
        if S.supervision_end_in_doubt(s, as_of):
            # Released so long ago that the supervision has most likely ended: ask for the
            # date rather than block on a guess (ca-rules.md 2.2).
            out.append(Bar(kind, case.id, None, certain=False, missing=f"cases[{case.id}].sentence.custody.supervision_end"))
        else:
            out.append(Bar(kind, case.id, day_after(end) if end is not None else None))
    return out


def _charged_then(case: Case, as_of: date) -> Bar | None:
    """A case that began on or before the screening's day and ended after it: on that day a
    charge in it may have been pending (oracle check O20-03: a screening for an earlier day
    said "not charged in any other case" of an arrest that later ended in a conviction).
    An arrest is not a charge, so the bar is uncertain; it lapses the day the case ended."""
    ended = case.disposition_date
    if ended is None and case.outcome == "convicted":
        ended = min((c.conviction_date for c in case.convictions if c.conviction_date is not None), default=None)
    if ended is None and case.outcome != "convicted" and case.program is not None:
        # Diversion or DEJ ends the case when it is completed (oracle finding O22-14: with no
        # disposition date, a program finished after the day read as "not charged" on it).
        ended = case.program.completed_on
    if ended is None or ended <= as_of:
        return None
    began = case.arrest_date
    how = "an arrest"
    if began is None:
        began = min((c.offense_date for c in case.convictions if c.offense_date is not None), default=None)
        how = "an offense"
    if began is None or began > as_of:
        return None
    return Bar("pending_charge", case.id, ended, certain=False,
               doubt=f"began with {how} on {iso(began)} and ended on {iso(ended)}, after the day this screening is for; "
                     "a charge in it may have been pending on that day")


# How every step that asks the court to end a probation early begins: pc1203_4's
# EARLY_TERMINATION_* (its own case's probation) and `blocked`'s (another case's).  The client
# header finds the step by these words (ui.client_view, "Can be sooner", S156-02): said here once,
# a step reworded alone would have left the header silent.
ASK_TO_END_EARLY = "Ask the court to end probation early (PC 1203.3)"


def _nothing_to_end_early(ctx, bar: Bar) -> bool:
    """A probation bar whose probation the court cannot usefully end early: it ends on the
    screening date, or the court has already ordered its early end (still ahead, as the bar
    holds).  S27C-04: on another case's last day, and before an ordered early end, the blocked
    results said 'Ask the court to end probation early in case 5VY32829 (PC 1203.3); relief can
    follow once it ends' while that case's PC 1203.3 said there was nothing left to ask."""
    if bar.certain and bar.until is not None and bar.until == day_after(ctx.as_of):
        return True
    other = ctx.case_of(bar)
    p = other.sentence.probation if other is not None and other.sentence is not None else None
    return p is not None and p.early_termination is not None and not p.stands_revoked()


def blocked(
    ctx,
    case: Case,
    conv,
    remedy: str,
    bars: list[Bar],
    cite: str,
    *,
    extra_reasons=(),
    not_before: date | None = None,
    confidence: str = "H",
    next_steps=(),
) -> Determination:
    """A blocked Determination: one reason per bar, `date` = the day they all lift (if known),
    never earlier than `not_before` (the remedy's own first date)."""
    until = lifted = lifts_on(bars)
    if until is not None and not_before is not None and not_before > until:
        until = not_before
    bars = by_end(bars)  # one order whatever the order of the cases (metamorphic finding)
    # A case with no court number is titled in full once where two bars of it follow each other
    # (a prison term, then the PRCS after it): "... (PRCS) in case c6 through 2029-12-28" (B90-04).
    reasons = [(said, cite) for said in bar_sentences(bars, case, apart=True)]
    if until is not None and until != lifted:
        # The remedy's own wait outlasts the bars: "blocked until 2036-11-03" after a probation
        # through 2030 read as if that probation ran to 2036 (S28-07).
        those = "That lifts" if len(bars) == 1 else "Those lift"
        reasons.append((f"{those} on {iso(lifted)}, but relief waits until {iso(until)} in any case; recheck on that day.", cite))
    elif until is not None:
        reasons.append((f"Relief is blocked until {iso(until)}; recheck on that day.", cite))
    else:
        reasons.append(("Relief is blocked while this lasts; screen again when it ends.", cite))
    steps = list(next_steps)
    probation = [b for b in bars if b.kind == "probation"]
    # Ending probation early cannot bring forward a day the remedy's own wait sets (readability
    # finding R18-04: a certificate blocked until 2036 was told to end a probation of 2031);
    # nor is there anything to ask where the court has already ordered it or it ends on the
    # screening date (S27C-04, as pc1203_3 says it).
    if (probation and not (not_before is not None and all(b.until is not None and b.until <= not_before for b in probation))
            and not all(_nothing_to_end_early(ctx, b) for b in probation)):
        # case_words: "cases A, B and C" (S27-10: "in cases A and B and C").
        names = cases_named(by_end(probation))
        where = case_words(names) if names else "the other case"
        rest = [b for b in bars if b.kind != "probation"]
        after = lifts_on(rest) if rest else None
        # The citation beside "early", before the case: after a title it stood as a second
        # bracket, "in case c2 (PC 273.5, convicted 2024-09-05, Los Angeles County) (PC
        # 1203.3)" (B89-03).
        if not rest:
            # "once it ends" after two cases named neither (R90's review).
            ends = "once they end" if len(names) > 1 else "once it ends"
            steps.append(f"{ASK_TO_END_EARLY} in {where}; relief can follow {ends}.")
        else:
            # Ending that probation would not be enough (review finding): say what still waits.
            waits = f"until {iso(after)}" if after is not None else "while it lasts"
            last = by_end(rest)[-1]
            if last.certain:
                steps.append(f"Ending probation early (PC 1203.3) in {where} would not be enough: the person is also {bar_what(last, case)}, which stops relief {waits}.")
            else:
                # Said as the doubt it is (readability finding: "is also serving a sentence"
                # where the reasons said the record does not show it).
                steps.append(f"Ending probation early (PC 1203.3) in {where} may not be enough: the person may also be {bar_what(last, case)}, which would stop relief while it lasts (see above).")
    if any(b.kind == "pending_charge" for b in bars):
        steps.append(PENDING_RECHECK)
    for b in bars:
        if b.kind == "serving_sentence" and b.certain and b.until is None and b.case is not None:
            # The record marks that sentence not completed and gives no end: the step that
            # would lift the block (readability finding R18-03).
            where = "" if b.case == case.id else f" in case {b.case_label or b.case}"  # its own case goes unnamed (S27-04)
            steps.append(f"Find out from the court whether the sentence{where} has been served (any jail or prison term, supervision, fines); once it is, record it as completed and screen again.")
        elif b.kind in SUPERVISION_KINDS and b.certain and b.until is None and b.case is not None:
            # Parole with no end recorded blocked relief with no step at all (F26-02): the
            # paralegal was told neither what to find nor where.
            steps.append(supervision_end_step(b, case))
    # A bar with no end date: blocked today, but that date decides until when (metamorphic finding).
    # Only what the record lacks (S27B-01): a sentence it marks not completed gives that fact
    # (its step above finds out when it is served), and a fact it contradicts is checked.
    missing = [b.missing for b in bars if (b.until is None or not b.certain) and b.missing and not _marked_not_completed(ctx, b)]
    missing, checks = record_lacks(ctx, case, missing) if missing else ([], [])
    steps = [*checks, *steps]
    return det(ctx, case, conv, remedy, "blocked", date=until, reasons=[*reasons, *extra_reasons], next_steps=steps, missing=missing, confidence=confidence)


def _marked_not_completed(ctx, b: Bar) -> bool:
    """The bar's fact is its case's sentence.completed, which the record gives as false."""
    if b.missing is None or not b.missing.endswith(".sentence.completed"):
        return False
    of = next((c for c in ctx.cases if c.id == b.case), None) if ctx is not None else None
    return of is not None and of.sentence is not None and of.sentence.completed is False


# The step of a result a pending charge blocks (the text report also says it once, at the top).
PENDING_RECHECK = "Recheck when the pending case ends (a dismissal or acquittal lifts this bar at once)."

BAR_WHAT = {
    "probation": "on probation",
    "parole": "on parole",
    "prcs": "on post-release community supervision (PRCS)",
    "mandatory_supervision": "on mandatory supervision",
    "serving_sentence": "serving a sentence",
}
# A pending charge's, said of its case wherever it stands, the result's own too.
_PENDING_WHAT = "charged with an offense that is still pending"


def infractions_only(case: Case, catalog) -> str | None:
    """The sections of a pending case whose every offense is an infraction ("VC 22350"),
    by the catalog; None otherwise.  A level written in the record does not change it: the
    format has no word for an infraction, so "misdemeanor" may be all a paralegal could
    write, and the two facts disagreeing is itself a question (legal review)."""
    offenses = case.arrest_offenses
    if catalog is None or not offenses or case.arrest_level == "felony" or any(o.level == "felony" for o in offenses):
        return None
    for o in offenses:
        row = catalog.lookup(o.code, o.section).offense
        if row is None or row.level != "infraction":
            return None
    return ", ".join(law_named(o.code, o.section) for o in offenses)


def supervision_end_step(b: Bar, case: Case | None = None) -> str:
    """The step that finds the end of a supervision the record gives none for: "Find out
    when the parole in case C ends (CDCR for parole, ...); record the end date and screen
    again".  One wording for every remedy it blocks (F26B-01: one report also said "Recheck
    when supervision ends; the record does not show that date yet").  A supervision of
    `case`, the result's own, is not named by its case, as a fact of it is not (S27-04:
    "Find out when the parole in case A ends" under case A's own next steps)."""
    what = bar_what(b, case)
    return supervision_end_step_of(what.removeprefix("on "))


def supervision_end_steps(bars: Iterable[Bar], case: Case | None = None) -> list[str]:
    """That step for each supervision among `bars` with no end recorded: none where every
    end is known (PC 1203.41 and 1203.42 say their own recheck then)."""
    return [supervision_end_step(b, case) for b in bars if b.kind in SUPERVISION_KINDS and b.until is None]


def supervision_end_step_of(what: str) -> str:
    """That step for a supervision named in words: "parole in case C"."""
    return f"Find out when the {what} ends ({where_to_look('sentence.custody.supervision_end')}); record the end date and screen again."


def bar_what(b: Bar, case: Case | None = None, named: str | None = None) -> str:
    """What the person is, by this bar: "on parole in case BA123456"; "on parole" for a bar
    of `case`, the result's own (S27B-02).  `named`: how its case is said where a sentence
    before has titled it ("the same case", `bar_sentences`)."""
    label = b.case_label or b.case
    named = named or f"case {label}"
    if b.kind == "pending_charge":
        # Its case after "in", as every other bar's: in a bracket, a case with no court number
        # put its title's bracket inside it, "still pending (case B (arrested 2026-08-20, Los
        # Angeles County))" (B90-01).
        return _PENDING_WHAT + (f" in {named}" if label else "")
    return BAR_WHAT[b.kind] + (f" in {named}" if label is not None and not _own(b, case) else "")


def _own(b: Bar, case: Case | None) -> bool:
    """The bar comes from `case`, the case of the result that says it."""
    return case is not None and b.case is not None and b.case == case.id


def _titled(b: Bar) -> bool:
    """The bar's case is named by a title ("c6 (PC 211, convicted 2026-01-21, Los Angeles
    County)"), not by its court number alone."""
    return b.case is not None and b.case_label is not None and b.case_label != b.case and " (" in b.case_label


def _name(b: Bar, titled: set[str]) -> str:
    """How the bar's case is named in a text that has `titled` some cases in full already:
    such a case by its record's key ("c6"), which its title began with; a case numbered
    "unknown" by its title again, as two such cases share the word; else as usual."""
    if _titled(b) and b.case in titled and b.case_label.startswith(f"{b.case} ("):
        return b.case
    return b.case_label or b.case


def bar_sentences(bars: Iterable[Bar], case: Case | None = None, *, apart: bool = False) -> list[str]:
    """The reason sentences for `bars`, said one after another in one text (the jury line): a
    case with no court number is titled in full once.  One case's custody and the supervision
    that follows it read "The person is serving a sentence in case c6 (PC 211, convicted
    2026-01-21, Los Angeles County) through 2028-01-28. After release on 2028-01-28, the person
    will be on post-release community supervision (PRCS) in the same case through
    2029-12-28.", where the whole title was said twice (B89-02); with another case's sentence
    between them, "in case c6".

    With `apart` (a blocked result's reasons, one a bar, which the text report may lift out to
    say once at the top, bars_said_once), only a case the sentence just before titled is named
    by its key: "the same case" names no case for the report to find, and a title said further
    up may not be lifted with it (B90-04)."""
    out: list[str] = []
    titled: set[str] = set()
    last: str | None = None
    for b in bars:
        if _titled(b) and b.case == last:
            named = f"case {_name(b, {b.case})}" if apart else "the same case"
        else:
            named = f"case {b.case_label or b.case}" if apart else f"case {_name(b, titled)}"
        out.append(bar_sentence(b, case, named))
        named = b.case is not None and not _own(b, case)
        if named and _titled(b):
            titled.add(b.case)
        last = b.case if named else None
    return out


def bars_in_words(bars: list[Bar], may: bool = False) -> str:
    """Several bars as one phrase, grouped by kind: "on probation in cases GA612285 and
    4VY81047, and serving a sentence in case KA400820" (readability finding R18-13: five
    clauses joined by "and", one case named twice).  With `may`, each group says "is" or
    "may be" by whether its bars are certain."""
    groups: dict[tuple[bool, str], list[Bar]] = {}
    for b in by_end(bars):
        group = groups.setdefault((b.certain, b.kind), [])
        label = b.case_label or b.case
        if label is not None and all((c.case_label or c.case) != label for c in group):
            group.append(b)
    parts = []
    # A case with no court number is titled in full once: "serving a sentence in case c2 (PC
    # 211, convicted 2025-02-14, Los Angeles County) and on parole in the same case" (B89-02).
    titled: set[str] = set()
    last: str | None = None
    for (certain, kind), named in groups.items():
        if len(named) == 1 and _titled(named[0]) and named[0].case == last:
            where = "the same case"
        else:
            where = case_words([_name(b, titled) for b in named]) if named else ""
        what = (_PENDING_WHAT if kind == "pending_charge" else BAR_WHAT[kind]) + (f" in {where}" if where else "")
        parts.append((("is " if certain else "may be ") if may else "") + what)
        titled.update(b.case for b in named if _titled(b))
        last = named[0].case if len(named) == 1 else None
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + (", and " if len(parts) > 2 else " and ") + parts[-1]


# After a bar's last day where the record gives none and the engine assumes one (R441-01).
ASSUMED_END_WORDS = "not from the record: the last day such a {what} is taken to run"


def bars_through(bars: list[Bar], may: bool = False) -> str | None:
    """The bars that hold now, each with its own last day, for a line that says they end
    before a remedy's day: "is on probation in case B through 2024-07-30 and is on parole in case
    C through 2024-09-01"; a supervision after a release still ahead "will be on parole in case C
    from release on 2024-07-01 through 2024-09-01"; one bar that holds now "is on probation in
    case B now, but only through 2024-08-30" (E430-01).  With `may`, an uncertain bar "may be".
    None where a bar's end is not in the record.  R438-01: one day, the latest, was said of
    every bar, and a parole still ahead of its release was said to run "now"."""
    ordered = by_end(bars)
    if any(b.until is None or not (b.certain or may) for b in ordered):
        return None
    clauses: list[str] = []
    titled: set[str] = set()
    last: str | None = None
    for b in ordered:
        named = "the same case" if _titled(b) and b.case == last else f"case {_name(b, titled)}"
        what, day = bar_what(b, None, named), iso(b.until - ONE_DAY)
        if b.assumed:
            # Not a day in the docket: said as the engine's window (R441-01).
            day += f" ({ASSUMED_END_WORDS.format(what='probation' if b.kind == 'probation' else 'sentence')})"
        if b.starts is not None:
            clause = f"{'will' if b.certain else 'may'} be {what} from release on {iso(b.starts)} through {day}"
        else:
            clause = f"{'is' if b.certain else 'may be'} {what} through {day}"
        if clause not in clauses:
            clauses.append(clause)
        if _titled(b):
            titled.add(b.case)
        last = b.case
    if len(clauses) == 1 and ordered[0].starts is None:
        return clauses[0].replace(" through ", " now, but only through ")
    return listed(clauses)


def waits_anyway(ctx, case: Case, kinds: Iterable[str], cite: str, *, whichever: str = "Whichever route follows the revocation",
                 skip: Iterable[Bar] = ()) -> list[tuple[str, str]]:
    """Reasons for the certain bars from elsewhere (another case, the person's own facts) that
    stop relief here whatever an open question about this case's own sentence decides, with
    the day they lift; none where nothing stops it (S29-04: revoked probation asked which route
    follows, and left unsaid the prison term and parole in another case that stop both).
    `whichever` names the open question ("Whichever path applies"); `skip` are bars the
    caller does not count as certain stops (automatic relief's summary probation question)."""
    skipped = list(skip)
    bars = by_end(b for b in ctx.bars.others(case.id, kinds) if b.certain and b not in skipped)
    if not bars:
        return []
    lifts = lifts_on(bars)
    last = (f"{whichever}, relief here waits until {iso(lifts)} at the earliest."
            if lifts is not None else f"{whichever}, relief here waits while that lasts.")
    # One case's custody and the supervision after it title that case once, as a blocked
    # result's reasons do: "... parole in case c2 through 2032-09-26", where the whole title
    # was said again in the very next reason (B92-02).
    return [*((said, cite) for said in bar_sentences(bars, case, apart=True)), (last, cite)]


def case_words(names: list[str]) -> str:
    """"case A", or "cases A, B and C"."""
    return f"case {names[0]}" if len(names) == 1 else f"cases {listed(names)}"


def cases_named(bars: Iterable[Bar]) -> list[str]:
    """How the cases of `bars` are named, each case once, in the bars' order.  Once by case,
    not by name: two walk-in cases "unknown" of one offense, day and county have one title
    (case_titles.case_title), and "end probation early in case unknown (...)" named one case
    where both were on probation (R84b-02)."""
    return list({b.case: b.case_label or b.case for b in bars if b.case is not None}.values())


def bar_sentence(b: Bar, case: Case | None = None, named: str | None = None) -> str:
    """The reason sentence for one bar.  A bar of `case`, the result's own, is said without
    its case, as its steps are (S27B-02: "on PRCS in case A" under case A's own heading).
    `named`: how its case is said again after a sentence before titled it (`bar_sentences`)."""
    what = bar_what(b, case, named)
    named = named or f"case {b.case_label or b.case}"
    if not b.certain:
        if b.kind == "pending_charge" and b.doubt:
            return f"{named[0].upper()}{named[1:]} {b.doubt}."
        if b.doubt:
            return f"The record does not show whether the person is still {what}: {b.doubt}."
        return f"The record does not show whether the person is still {what}."
    if is_unnamed_supervision(b):
        # Taken as certain by a remedy that every kind of supervision stops (bars_decision).
        through = f"through {(b.until - ONE_DAY).isoformat()}" if b.until is not None else "(the record shows no end date)"
        now = f"After release on {b.starts.isoformat()}, the person will be" if b.starts is not None else "The person is"
        where = "" if _own(b, case) else f" in {named}"
        return f"{now} under supervision after release{where} {through}: parole, PRCS or mandatory supervision (the record does not say which), and any of them stops relief here."
    if b.starts is not None:
        through = f"through {(b.until - ONE_DAY).isoformat()}" if b.until is not None else "(the record shows no end date)"
        return f"After release on {b.starts.isoformat()}, the person will be {what} {through}."
    if b.until is not None:
        return f"The person is {what} through {(b.until - ONE_DAY).isoformat()}."
    if b.kind == "pending_charge":
        return f"The person is {what}."
    return f"The person is {what}; the record shows no end date."


def _fines_words(money: Money) -> str:
    """"fines of $500 are unpaid", or, with nothing recorded paid (Money.unrecorded), that they
    were ordered and what was paid is not known: not said unpaid (U52-02)."""
    if money.unrecorded("fine"):
        return f"fines of ${money.fines_ordered:,} were ordered and the record does not show what has been paid"
    return f"fines of ${money.fines_owed:,} are unpaid"
