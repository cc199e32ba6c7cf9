"""PC 1203.425: automatic conviction relief by DOJ ("Clean Slate", ca-rules.md 3.5).

DOJ reviews its records monthly, subject to appropriation, and grants relief without a
petition when its electronic record shows eligibility.  A date means only "DOJ may act in
a monthly run after this day, if its records are complete": never tell the client relief
has happened; check the RAP sheet for "relief granted".

- (a)(1)(B)(i)-(iii): no PC 290 registration duty, no active supervision record, no sign
  of a current sentence or pending charges.
- Path (I)(ia): probation granted and completed without revocation (no carve-out found in
  the quoted text, so "may apply" [M]).  Path (I)(ib): misdemeanor or infraction, no
  probation, sentence completed, one calendar year since judgment.
- Path (II) (SB 731): any other felony convicted on or after 2005-01-01, every term of
  incarceration and supervision completed, four years since, no new felony conviction in
  those four years; not serious (1192.7(c)), violent (667.5(c)) or registrable.
- (b): the prosecutor or probation may petition to stop relief no later than 90 days before the
  eligibility date.
- Versions: AB 1076 covered convictions on or after 2021-01-01, DOJ acting from
  2022-07-01; SB 731 (operative 2023-07-01) reached convictions since 1973-01-01 and added
  path (II); the current text starts DOJ's monthly review of that wider set on 2024-10-01.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from clinic_app.case_titles import case_named
from clinic_app.catalog import DUI_SECTIONS, law_named
from clinic_app.eligibility import sentence as S
from clinic_app.eligibility.bars import BAR_KINDS, Bar, bar_what, bars_in_words, bars_through, blocked, by_end, case_words, cases_named, lifts_on, waits_anyway
from clinic_app.eligibility.common import GRANTED_CITE, JUDGMENT_DECIDES_LEVEL_STEP, QUESTION_AFTER_BAR_STEP, anniversary_note, bars_decision, conflicting_probation, count_on_day, fines_conflict, level_by_judgment, own_bars, question_after_bar, were_it_not
from clinic_app.eligibility.dates import ONE_DAY, after_years, day_after, iso
from clinic_app.eligibility.depends_on import ask, dated_day, settle, silent, unsettled
from clinic_app.eligibility.record_facts import level_path
from clinic_app.eligibility.registry import Remedy
from clinic_app.eligibility.result import det, either_offense, find_out_step, law_starts_step, named_parts, needs_review, not_eligible, not_in_catalog, reasons_of, unknown_offense, weakest
from clinic_app.eligibility.serious import is_registrable, is_serious, is_violent, serious_condition
from clinic_app.model import Case, Conviction, Determination, Probation, Reason
from clinic_app.wording import listed

KEY = "pc1203_425"
CITE = "PC 1203.425(a)(1)"
AB1076_CONVICTIONS_FROM = date(2021, 1, 1)
AB1076_DOJ_FROM = date(2022, 7, 1)
SB731_OPERATIVE = date(2023, 7, 1)
SB731_DOJ_FROM = date(2024, 10, 1)
SB731_CONVICTIONS_FROM = date(1973, 1, 1)
PATH_II_FROM = date(2005, 1, 1)
RAP_STEP = "Check the client's DOJ RAP sheet for a \"relief granted\" entry; if it is missing (for example a missing disposition), see whether a petition route is open instead (the other results say)."
# Under review the step is the same check (F26-08: one report worded it two ways, "Check the
# RAP sheet for ... use a petition route that is open rather than wait" beside RAP_STEP).
_REVIEW_STEP = RAP_STEP
# Who decides what, where the path's own question (a DUI, ca-rules.md 8.3 [L]) is all that is
# open: the RAP-sheet check alone named neither (E40-03, public case S03).  Before the RAP step,
# which settle_petition_steps finds last.
_QUESTION_STEP = "An attorney decides the open question above (whether automatic relief reaches this conviction) before the client relies on it; only DOJ grants it, so its answer shows on the RAP sheet."
_SUMMARY_STEP = "An attorney decides whether summary probation in another case stops automatic relief; a petition route that is open does not have to wait."
_WAIT_STEP = "Where a petition route is open (see the other results), it does not have to wait for DOJ."
# What each of those steps says instead where no petition route is open for the conviction
# (None: the step is dropped).  Pointing a paralegal at "a route above" that the report
# closes is a step they cannot take; a missing disposition is what stops DOJ then.
_WITHOUT_PETITION = {
    RAP_STEP: "Check the client's DOJ RAP sheet for a \"relief granted\" entry. No petition route is open for this conviction, so if the entry is missing (for example a missing disposition), ask the clerk of the court that entered the conviction to report the disposition to DOJ, then check again after DOJ's next monthly run.",
    _SUMMARY_STEP: "An attorney decides whether summary probation in another case stops automatic relief.",
    _WAIT_STEP: None,
}
# Under review, an attorney decides what is left: not the clerk's step of an eligible answer.
_REVIEW_WITHOUT_PETITION = "Check the client's DOJ RAP sheet for a \"relief granted\" entry; no petition route is open for this conviction (the other results say why), so if the entry is missing, an attorney decides what is left."
_ALREADY_CLEARED = "This conviction was already cleared by petition (see the other results), so automatic relief adds nothing: check that the RAP sheet shows that relief, and if it does not, send DOJ a certified copy of the court's order."
# The remedies that clear a conviction by petition or motion, and the answers that leave
# one of them open (an attorney's review may open it).
PETITION_ROUTES = frozenset({"pc1203_4", "pc1203_4a", "pc1203_41", "pc1203_42", "pc1203_45", "pc1203_4b", "pc1473_7", "pc236_14", "pc1203_49"})
_OPEN = frozenset({"eligible", "eligible_on", "needs_review"})
# A screening of a day before SB 731: say when the law reaches the conviction.
_SB731_STEP = law_starts_step(SB731_OPERATIVE, "SB 731")
# Shared Reasons (never mutate one): they end most determinations of this remedy.
BLOCKING_NOTE = Reason("The prosecutor or probation may petition to stop automatic relief, no later than 90 days before the eligibility date.", "PC 1203.425(b)")
BLOCKING_DAYS = timedelta(days=90)
BLOCKING_CLOSED = Reason("The time for the prosecutor or probation to petition to stop automatic relief (no later than 90 days before the eligibility date) has passed.", "PC 1203.425(b)")
NO_BARS = Reason("No PC 290 registration, and no other supervision, sentence or pending charge shows in the record.", "PC 1203.425(a)(1)(B)(i)-(iii)")


def evaluate(ctx, case: Case, conv: Conviction) -> Determination:
    if ctx.person.registrant_290:
        return not_eligible(ctx, case, conv, KEY, [("The person is required to register under PC 290, which bars automatic relief.", "PC 1203.425(a)(1)(B)(i)")])
    s = case.sentence
    if s is None:
        return needs_review(ctx, case, conv, KEY, [("The record does not show the sentence.", CITE)], missing=["sentence"], confidence="M")
    convicted = conv.conviction_date or S.judgment_date(case, conv)
    if convicted is None:
        return needs_review(ctx, case, conv, KEY, [("The record does not show the conviction date, which decides which version of the statute covers it.", CITE)], missing=["conviction_date"], confidence="M")
    sb731 = ctx.as_of >= SB731_OPERATIVE
    start = SB731_CONVICTIONS_FROM if sb731 else AB1076_CONVICTIONS_FROM
    if convicted < start:
        if sb731:
            text = f"Convicted on {iso(convicted)}, before 1973-01-01, the earliest conviction automatic relief reaches."
        else:
            text = f"On this date automatic relief (AB 1076) covered only convictions on or after 2021-01-01; this one is from {iso(convicted)}. SB 731 widened it from 2023-07-01."
            if convicted >= SB731_CONVICTIONS_FROM:
                if S.effective_level(conv) == "felony" and s.type in S.CUSTODY_SENTENCES:
                    return _before_sb731(ctx, case, conv, [(text, CITE)])
                return not_eligible(ctx, case, conv, KEY, [(text, CITE)], next_steps=[_SB731_STEP], confidence="M")
        return not_eligible(ctx, case, conv, KEY, [(text, CITE)], confidence="M")
    level = S.effective_level(conv)
    p = S.probation_of(case)
    if s.type == "probation" and p is not None and not S.probation_revoked(p):
        return _path_ia(ctx, case, conv, p, convicted)
    if s.type == "probation" and p is None:
        return needs_review(ctx, case, conv, KEY, [("Probation was granted but the record has no probation details.", CITE)], missing=["sentence.probation"], confidence="M")
    if s.type == "no_probation" and level != "felony":
        return _path_ib(ctx, case, conv, convicted)
    if level != "felony" and s.type in S.CUSTODY_SENTENCES:
        # A felony term for a count that is (now) a misdemeanor: reduced or redesignated
        # after a jail or prison term, or a misdemeanor count in a felony case. Path (I)(ib)
        # speaks of a misdemeanor "not granted probation", path (II) of felonies: the
        # source settles neither (review finding), so the attorney decides.
        question = f"This count is {'an infraction' if level == 'infraction' else '(now) a misdemeanor'} in a case sentenced to jail under 1170(h) or to state prison; whether automatic relief treats it as a misdemeanor without probation (one year after judgment) or as a felony (four years after the sentence is completed) is an open question."
        agreed = _both_readings_eligible(ctx, case, conv, convicted, sb731, question)
        if agreed is not None:
            return agreed
        return needs_review(
            ctx, case, conv, KEY,
            [(question, "PC 1203.425(a)(1)(B)(iv)"), *_stops_anyway(ctx, case)],
            next_steps=["Check the RAP sheet for \"relief granted\"; otherwise an attorney decides which path applies."],
            confidence="L",
        )
    if level != "felony" and conv.level == "felony":
        # A felony reduced (17(b)) or redesignated (Prop 47 / 64) after a revoked probation:
        # path (ia) fails on the revocation, and whether the felony path (II) still reaches a
        # conviction now a misdemeanor is as open as for a jail or prison term (metamorphic
        # finding: the reduction silently took automatic relief away).
        m = ctx.match(conv)
        strike_if = serious_condition(m, conv)
        # The felony path excludes serious and violent felonies; a reduced one stays a strike
        # (ca-rules.md 3.7 [H]), so whether that exclusion still holds is part of the question
        # (L27-02: it went unsaid).
        strike = (
            f" It was convicted as a serious or violent felony{' if ' + strike_if if strike_if is not None else ''}, which the felony path excludes; whether that exclusion still holds after the reduction (it stays a strike) is part of the question."
            if strike_if is not None or is_serious(m) or is_violent(m) else ""
        )
        return needs_review(
            ctx, case, conv, KEY,
            [(f"{_revoked(p)}, so automatic relief after completed probation does not apply; this felony is now a misdemeanor (reduced or redesignated), and whether relief for felonies (four years after the sentence is completed) still reaches it is an open question.{strike}", "PC 1203.425(a)(1)(B)(iv)"), *_stops_anyway(ctx, case)],
            next_steps=["Check the RAP sheet for \"relief granted\"; otherwise an attorney decides which path applies."],
            confidence="L",
        )
    if level != "felony":
        return not_eligible(ctx, case, conv, KEY, [(f"{_revoked(p)}, so the probation path (I)(ia) does not apply, and the other path (II) is for felonies only.", "PC 1203.425(a)(1)(B)(iv)")], confidence="M")
    if s.type == "no_probation" and level_by_judgment(ctx, case, conv) is not None:
        return _wobbler_without_probation(ctx, case, conv, convicted, sb731)
    return _path_ii(ctx, case, conv, convicted, sb731)


def _wobbler_without_probation(ctx, case: Case, conv: Conviction, convicted: date, sb731: bool) -> Determination:
    """A felony wobbler judged without probation and without custody (T61-04).

    PC 17(b)(1) (ca-rules.md 3.7 [H]) makes it a misdemeanor by that judgment, and then path
    (I)(ib) reaches it, not the felony path (II); 17(b) and 1203.4a ask which fact of the
    record is wrong (T61-01, T61-03).  Where the two paths give the same answer nothing is
    left to ask; where they differ (a conviction before 2005, or within the four years), the
    felony path's answer had been given alone: rules section 7, "when two readings of a
    completion date give different bands, use review"."""
    felony = _path_ii(ctx, case, conv, convicted, sb731)
    misdemeanor = _path_ib(ctx, case, conv, convicted)
    if (felony.status, felony.date) == (misdemeanor.status, misdemeanor.date):
        return felony
    cite = "PC 1203.425(a)(1)(B)(iv); PC 17(b)(1)"

    def answer(d: Determination) -> str:
        return {"eligible": "relief may apply now", "eligible_on": f"DOJ may act after {iso(d.date)}", "not_eligible": "no relief",
                "blocked": "relief is blocked for now"}.get(d.status, "an open question")

    felony_why = felony.reasons[0].text.rstrip(".") if felony.reasons else ""
    return needs_review(
        ctx, case, conv, KEY,
        [("The record shows a felony judgment with neither probation nor a state prison or 1170(h) term; a judgment on a wobbler that imposes no such term makes it a misdemeanor for all purposes by itself, and automatic relief then takes the misdemeanor path, not the felony path.", cite),
         (f"Read as a felony: {answer(felony)} ({felony_why[0].lower()}{felony_why[1:]}).", "PC 1203.425(a)(1)(B)(iv)(II)"),
         (f"Read as a misdemeanor without probation (one calendar year after judgment, the sentence completed): {answer(misdemeanor)}.", "PC 1203.425(a)(1)(B)(iv)(I)(ib)")],
        next_steps=[JUDGMENT_DECIDES_LEVEL_STEP],
        confidence="M",
    )


def _both_readings_eligible(ctx, case: Case, conv: Conviction, convicted: date, sb731: bool, question: str) -> Determination | None:
    """Automatic relief for a felony made a misdemeanor (Prop 47 / 64) after a jail or prison
    term, where the felony path (II) is already met on the screening day; else None.  Read as
    a misdemeanor without probation (path (I)(ib)) it needs less (one year from judgment, a
    conviction since 1973, no offense left out), so both readings of the open question give
    relief: nothing is left for an attorney to decide (P46-01: redesignating a felony whose
    four clean years had passed turned "eligible" into "needs review", L)."""
    if conv.level != "felony" or not sb731:
        return None
    felony = _path_ii(ctx, case, conv, convicted, sb731)
    if felony.status != "eligible":
        return None
    agreed = Reason(f"{question[:-1]}; here both readings give relief: the felony path below is met, and the one year after judgment that the misdemeanor path needs has passed too.", "PC 1203.425(a)(1)(B)(iv)")
    return det(ctx, case, conv, KEY, "eligible", mode=felony.mode, reasons=[agreed, *felony.reasons], next_steps=felony.next_steps,
               missing=felony.missing_facts, confidence=weakest(felony.confidence, "M"))


def _revoked(p: Probation | None) -> str:
    """How a revoked grant is named: a revocation the record shows undone by a later
    reinstatement is said so (S28B-01: a grant revoked and then reinstated read "Probation was
    revoked", as if it had stayed revoked)."""
    # The latest revocation, not the status, decides: "completed" is kept for a revoked grant
    # whose later term was served (Probation.stands_revoked).
    if p is not None and p.status != "revoked" and p.last_revoked() is None and any(v.outcome == "reinstated" for v in p.violations):
        return "Probation was revoked (and later reinstated)"
    return "Probation was revoked"


def _why_felony_path(p: Probation | None, path: str) -> Reason:
    return Reason(f"{_revoked(p)}, so the probation path (I)(ia) does not apply; the felony path (II) needs the sentence completed and then four years with no new felony conviction.", path)


# The current text's "commencing October 1, 2024" is (a)(1)(A) (ca-rules.md 3.5 [M]); AB 1076's
# 2022-07-01 is that version's, which ca-rules gives no letter for (its timeline, [M]; Q307-08).
_DOJ_FROM_CITE = {SB731_DOJ_FROM: "PC 1203.425(a)(1)(A)", AB1076_DOJ_FROM: "PC 1203.425(a)(1) (AB 1076)"}


def _doj_from(convicted: date, sb731_only: bool) -> date:
    return SB731_DOJ_FROM if sb731_only else AB1076_DOJ_FROM


# path_i_question depends only on the catalog and the conviction's code, section and level:
# answered once per such triple (most probation cases ask it), for the catalog in _QUESTIONS_OF.
_QUESTIONS: dict[tuple, tuple[str, str] | None] = {}
# Whether the probation path reaches a serious or violent felony turns on the definitions,
# cited as path (II) cites them (ca-rules.md 3.5, 8.3; Q307-04: PC 1203.425(a)(1) alone).
_PATH_IA_SERIOUS = "PC 1203.425(a)(1)(B)(iv)(I)(ia); PC 1192.7(c); PC 667.5(c)"
_QUESTIONS_OF: list[object] = [None]


def path_i_question(ctx, conv: Conviction) -> tuple[str, str] | None:
    """The open question of ca-rules.md 8.3 when it concerns this offense, as (text, cite),
    else None."""
    if _QUESTIONS_OF[0] is not ctx.catalog:
        _QUESTIONS.clear()
        _QUESTIONS_OF[0] = ctx.catalog
    key = (conv.code, conv.section, conv.level, dated_day(ctx.offense(conv), conv), S.made_misdemeanor(conv))
    if key in _QUESTIONS:
        return _QUESTIONS[key]
    if len(_QUESTIONS) > 50_000:  # bound the memory a garbage caseload can take
        _QUESTIONS.clear()
    question = _QUESTIONS[key] = _path_i_question(ctx, conv)
    return question


def _path_i_question(ctx, conv: Conviction) -> tuple[str, str] | None:
    m = ctx.match(conv)
    off = m.offense
    if off is None:
        # Not "the statute names no offense this path leaves out, so relief may apply": an
        # unknown section may be any of the offenses asked about below (oracle finding O23-09:
        # "PC 23152(b)", a DUI written under the wrong code, was eligible at M).
        if conv.level == "infraction":
            return None  # none of the questions below is about an infraction
        if m.two_offenses and all(_path_i_question(ctx, replace(conv, code=m.code, section=part)) is None and not _may_require_registration(ctx.match(replace(conv, code=m.code, section=part)), conv) for part in named_parts(m)):
            # "484(a)/488": whichever it is, it is none of the offenses asked about below, so
            # nothing is open (S25C-03: it was asked whether relief covers "a DUI ...").  Not
            # where one may require registration: the record's registration questions read
            # the count's own row, which a two-offense count has not ("314/647(b)").
            return None
        may_be = "a serious or violent felony, a DUI" if conv.level == "felony" else "a DUI, a VC 42002.1 misdemeanor"
        return (f"{not_in_catalog(m, law_named(conv.code, conv.section))}, so whether automatic relief covers it (it may be {may_be}, or an offense PC 1203.4(b) excludes) is an open question.", CITE)
    if conv.level == "felony" and (is_serious(m) or is_violent(m) or serious_condition(m, conv)):
        strike_if = serious_condition(m, conv)
        made = S.made_misdemeanor(conv)
        if made is not None:
            # Reduced since: a misdemeanor "for all purposes" but still a strike (ca-rules.md 3.7
            # [H]); whether the path's question still reaches it is no more settled (8.3 [L]),
            # and the reduction is named in it (L27-02: it read as a felony still standing).
            was = f"was a serious or violent felony only if {strike_if}" if strike_if is not None else "was convicted as a serious or violent felony"
            return (f"{law_named(conv.code, conv.section)} {was} and has since been {made} (it stays a strike); whether the probation path of automatic relief covers such a conviction is an open question.", _PATH_IA_SERIOUS)
        if strike_if is not None:
            return (f"{law_named(conv.code, conv.section)} is a serious or violent felony only if {strike_if}, and whether the probation path of automatic relief covers one is an open question.", _PATH_IA_SERIOUS)
        return (f"Whether the probation path of automatic relief covers a serious or violent felony such as {law_named(conv.code, conv.section)} is an open question.", _PATH_IA_SERIOUS)
    vehicle = m.code == "VC"
    if vehicle and off.section.startswith(DUI_SECTIONS):
        return (f"Whether automatic relief covers a DUI ({law_named(conv.code, conv.section)}) is an open question.", CITE)
    # A row the catalog gives as an infraction is excluded from 1203.4 as one ("any
    # infraction"); a misdemeanor of it (VC 40000.28) is neither that nor within VC 42002.1
    # (O74-02: "a VC 42002.1 misdemeanor (VC 22107)" beside 1203.4's mandatory dismissal).
    infraction_row = off.level == "infraction" and conv.level not in (None, "infraction")
    if vehicle and conv.level == "misdemeanor" and off.excluded_1203_4 and not infraction_row:
        return (f"Whether automatic relief covers a VC 42002.1 misdemeanor ({law_named(conv.code, conv.section)}) is an open question.", CITE)
    # ca-rules.md 3.5 [M/L]: no 1203.4(b) carve-out was found in the quoted text either, but
    # whether DOJ grants automatic relief for an offense barred from dismissal is unknown.
    # (An attempt is not on the list; 261.5(d) only as a felony; infractions are path (ib)'s own.)
    excluded_if = unsettled(m, "excluded_1203_4", conv=conv) if not m.attempt and conv.level == "felony" else None
    if excluded_if is not None:
        # A bare 261.5 or 286: only a subdivision is on the list (metamorphic finding).
        return (f"PC 1203.4(b) excludes {law_named(conv.code, conv.section)} from dismissal only if {excluded_if}, and whether automatic relief covers such an offense is an open question.", CITE)
    if off.excluded_1203_4 and not m.attempt and conv.level != "infraction" and not infraction_row and not (off.section.startswith("261.5") and conv.level != "felony"):
        made = S.made_misdemeanor(conv) if off.section.startswith("261.5") else None
        if made is not None:
            # 1203.4(b) names only felony 261.5(d); after a reduction whether it still does is
            # [L] (ca-rules.md 3.1, People v. Park): said, not read as a felony (L27-06).
            return (f"PC 1203.4(b) excludes {law_named(conv.code, conv.section)} from dismissal as a felony; it has since been {made}, and whether the exclusion still applies is unsettled. Whether automatic relief covers it is an open question.", CITE)
        return (f"Whether automatic relief covers {law_named(conv.code, conv.section)}, which PC 1203.4(b) excludes from dismissal, is an open question.", CITE)
    return None


def _may_require_registration(m, conv: Conviction) -> bool:
    """Whether the offense requires PC 290 registration, for certain or on a fact of the case."""
    return is_registrable(m) or unsettled(m, "registrable", conv=conv) is not None


def settle_petition_steps(results: list[Determination], first: int, at: int) -> None:
    """Where none of one conviction's petition routes is open, say so in its automatic-relief
    steps instead of pointing at "a petition route that is open" (public cases S12, S13).

    `results[first:]` are that conviction's results, `results[at]` its 1203.425 one.  The
    step that points at a petition is always the result's last (see the steps above).
    """
    automatic = results[at]
    steps = automatic.next_steps
    if not steps or steps[-1] not in _WITHOUT_PETITION:
        return
    granted = False
    for i in range(first, len(results)):
        d = results[i]
        if d.remedy in PETITION_ROUTES and d.status in _OPEN:
            return
        granted = granted or (d.remedy in PETITION_ROUTES and d.status == "not_applicable" and bool(d.reasons) and d.reasons[0].cite == GRANTED_CITE)
    if granted:
        # The route was taken, not closed (oracle finding O21-05: a conviction dismissed under
        # 1203.4 in 2019 was told "no petition route is open ... ask the clerk").
        automatic.next_steps = [*steps[:-1], _ALREADY_CLEARED]
        return
    instead = _REVIEW_WITHOUT_PETITION if automatic.status == "needs_review" and steps[-1] == _REVIEW_STEP else _WITHOUT_PETITION[steps[-1]]
    automatic.next_steps = steps[:-1] if instead is None else [*steps[:-1], instead]


def _finish(ctx, case, conv, first: date, reasons, *, sb731_only: bool, question: tuple[str, str] | None) -> Determination:
    """Person bars, the DOJ start date for this version, then eligible / eligible_on.
    `question` is the path's open question about this offense (path_i_question), or None."""
    floor = _doj_from(conv.conviction_date or first, sb731_only)
    if first < floor:
        verb = "starts" if floor > ctx.as_of else "began"
        reasons.append((f"DOJ's monthly review for this kind of conviction {verb} on {iso(floor)}.", _DOJ_FROM_CITE[floor]))
        first = floor
    summary, rest, unsure = _summary_split(ctx, case, first)
    tail: list = []
    if summary and rest:
        # Summary probation that outlasts the other bars (readability finding R18-09: counted
        # as a certain block in one row, an open question in the next): the others set the
        # day, and what follows it is the question.
        rest_lifts, summary_lifts = lifts_on(rest), lifts_on(summary)
        if rest_lifts is not None and (summary_lifts is None or summary_lifts > rest_lifts):
            tail = summary
        summary = []
    if summary and first > ctx.as_of and (lifts := lifts_on(summary)) is not None and lifts <= first:
        summary = []  # it ends before this path's own day either way: nothing to decide

    def questions() -> list:
        """The path's own open questions, said after a bar (a DUI, an unconfirmed registration)."""
        unsure, register_if = _registration_unsure(ctx), _registration_if(ctx, case)
        said = [q for q in (unsure, register_if and register_if[0]) if q is not None]
        if question is not None:
            said.append((f"{question[0]} If it does, relief may apply {'on ' + iso(first) if first > ctx.as_of else 'now'} were it not for the above.", question[1]))
        return said

    if summary:
        # Unsupervised probation elsewhere: neither plainly an "active supervision record" nor
        # plainly "serving a sentence"; the source leaves it open [L] (public case S25).
        lifts = lifts_on(summary)
        when = f"; if it is, relief waits until {iso(max(lifts, first))}" if lifts is not None and not unsure else ""
        kind_said, kind_missing, kind_steps = _kind_not_known(ctx, case, summary)
        return needs_review(
            ctx, case, conv, KEY,
            [*reasons, *((b.describe(case), "PC 1203.425(a)(1)(B)(ii)-(iii)") for b in by_end(summary + unsure)), *kind_said,
             (f"Whether summary (unsupervised) probation in another case is an active supervision record that stops automatic relief is an open question{when}.", "PC 1203.425(a)(1)(B)(ii)-(iii)"),
             # The path's own question stays once that probation ends (oracle finding O23-11:
             # a robbery's serious-felony question went unsaid beside it).
             *questions()],
            missing=[*(b.missing for b in unsure if b.missing), *kind_missing],
            next_steps=[*kind_steps, _SUMMARY_STEP],
        )

    def otherwise() -> list:
        """What this path says without the bar: "would be automatic" only where nothing else
        is open; otherwise the open question itself (a DUI, an unconfirmed registration)."""
        said = questions()
        if not said:
            return [were_it_not("automatic", first, ctx.as_of, CITE), *reasons]
        return [*reasons, *said]

    other = bars_decision(ctx, case, conv, KEY, "PC 1203.425(a)(1)(B)(ii)-(iii)", not_before=first if first > ctx.as_of else None, confidence="M", otherwise=otherwise, skip=tail)
    if other is not None and other.status == "needs_review" and question is not None:
        # A doubt elsewhere (an unknown sentence, a charge perhaps pending) is M, but the
        # path's own [L] question (ca-rules.md 8.3) is said after it: the answer is no surer
        # than that (P42-03: a DUI's row was L alone and M once a fine elsewhere was unpaid).
        other.confidence = weakest(other.confidence, "L")
    if other is not None and tail:
        lifts = lifts_on(tail)
        through = f" through {iso(lifts - ONE_DAY)}" if lifts is not None else ""
        kind_said, kind_missing, kind_steps = _kind_not_known(ctx, case, tail)
        # "probation", not "summary probation", where the record does not give one's kind (X55).
        probation = "probation" if kind_said else "summary probation"
        other.reasons.append(Reason(f"After that, {probation} in {case_words(cases_named(tail))} runs{through}; whether summary (unsupervised) probation in another case stops automatic relief is an open question.", "PC 1203.425(a)(1)(B)(ii)-(iii)"))
        other.reasons += [Reason(*r) for r in kind_said]
        other.missing_facts += [m for m in kind_missing if m not in other.missing_facts]
        other.next_steps += [*kind_steps, _SUMMARY_STEP]
    if other is not None and other.status == "blocked" and (
            question is not None or _registration_unsure(ctx) is not None or _registration_if(ctx, case) is not None):
        # An open question of the path (a serious felony on the probation path, a DUI) stays
        # once the bar lifts: not "blocked until" a day DOJ is then said to act (hand-out
        # check H20-04); the bar's own reasons and steps are kept.
        return question_after_bar(ctx, case, conv, KEY, other, [*other.next_steps, QUESTION_AFTER_BAR_STEP])
    if other is not None and tail and other.status == "blocked":
        # Summary probation elsewhere outlasts the bar (R18-09): "blocked until" the bar's day
        # was printed "The DOJ may do it on its own after" it, beside a headline naming the
        # later probation (hand-out check H21-13).  That day relief is still the open [L]
        # question (ca-rules.md 2.1, 3.5), so it is one, with the bar said first.
        steps = list(other.next_steps)
        if first <= ctx.as_of and (window := _acted_window(ctx, first)) is not None:
            steps.append(window)
        return question_after_bar(ctx, case, conv, KEY, other, steps)
    if other is not None:
        if first <= ctx.as_of:
            # The path opened before today: DOJ may have acted before the bar arose.
            window = _acted_window(ctx, first)
            if window is not None:
                other.next_steps.append(window)
        return other
    unsure = _registration_unsure(ctx)
    if unsure is not None:
        return needs_review(
            ctx, case, conv, KEY, [*reasons, unsure], missing=["person.registrant_290"],
            next_steps=[_CONFIRM_REGISTRATION_STEP],
            confidence="M",
        )
    register_if = _registration_if(ctx, case)
    if register_if is not None:
        # Said with any open question of the path beside it, which keeps its L (metamorphic
        # finding: the registration question hid 261.5(d)'s).
        extra = [(f"{question[0]} If it does, relief may apply {'on ' + iso(first) if first > ctx.as_of else 'now'}.", question[1])] if question else []
        return needs_review(
            ctx, case, conv, KEY, [*reasons, register_if[0], *extra], missing=register_if[1],
            next_steps=[register_if[2]], confidence="L" if question else "M",
        )
    if question is not None:
        # ca-rules.md 8.3 [L]: the probation / no-probation paths show no carve-out in the
        # quoted text, but whether DOJ applies them to these offenses is unknown.
        when = f"on {iso(first)}" if first > ctx.as_of else "now"
        return needs_review(
            ctx, case, conv, KEY,
            [*reasons, (f"{question[0]} If it does, relief may apply {when}.", question[1])],
            next_steps=[_QUESTION_STEP, _REVIEW_STEP] if first <= ctx.as_of else [f"DOJ cannot act before {iso(first)}; an attorney decides the open question above (whether automatic relief reaches this conviction) before that day.", _WAIT_STEP],
        )
    reasons.append(_no_bars(ctx, case, first))
    if first > ctx.as_of:  # once the date has come, the window to stop relief has closed
        # It closes 90 days before the date: inside them "may petition" told the clinic of a
        # step no longer open (oracle finding O22-10).
        reasons.append(BLOCKING_NOTE if ctx.as_of <= first - BLOCKING_DAYS else BLOCKING_CLOSED)
    if first > ctx.as_of:
        steps = [f"DOJ may act in a monthly run after {iso(first)}, only if its records are complete; check the RAP sheet then.", _WAIT_STEP]
        return det(ctx, case, conv, KEY, "eligible_on", mode="automatic", date=first, reasons=reasons, next_steps=steps, confidence="M")
    return det(ctx, case, conv, KEY, "eligible", mode="automatic", reasons=reasons, next_steps=[RAP_STEP], confidence="M")


_CONFIRM_REGISTRATION_STEP = "Confirm with the client, and with DOJ if need be, whether a duty to register remains; record it and screen again."


def _no_bars(ctx, case: Case, first: date) -> Reason:
    """NO_BARS, unless a bar from another case holds now but ends before `first` (the
    review found "no other supervision ... shows" said of a person on probation today).  Its
    last day is said, where the record gives it: "ends before 2024-10-01" named DOJ's start,
    not a day the paralegal could check (E430-01); each bar's own, where there are several
    (R438-01, `bars_through`)."""
    others = ctx.bars.others(case.id)
    if not others:
        return NO_BARS
    # An uncertain bar here has an end, the day its doubt lapses (bars_decision): said as its
    # last day, not DOJ's start as "ends before 2024-10-01" (R438-02).
    said = bars_through(others, may=True)
    if said is None:  # not reached: a bar with no end stops this path (kept for safety)
        said = f"{bars_in_words(others, may=True)} now, but that ends before {iso(first)}"
    # A charge that may be pending is not denied in the same line (R438-02).
    charge = "other " if any(b.kind == "pending_charge" for b in others) else ""
    return Reason(f"No PC 290 registration; the person {said}, and no {charge}pending charge shows in the record.", "PC 1203.425(a)(1)(B)(i)-(iii)")


def _acted_window(ctx, first: date) -> str | None:
    """The step for the months DOJ may have acted in: from `first` (this path's day, DOJ's
    start included) until the first of the bars now in the way began.  None when any of them
    began, on the record's dates, on or before `first`: it has held ever since, and DOJ had
    no month (a charge pending since 2011; readability finding R18-06: a person in prison
    since 2023 was told DOJ may have acted in 2024, the window running to the latest bar)."""
    dated: list[tuple[date, str, Bar]] = []
    undated: list[Bar] = []
    for b in by_end(list(ctx.bars.bars)):
        if not b.certain:
            continue  # not a fact to date DOJ's window by (review finding)
        began = _began(ctx, b)
        if began is None:
            undated.append(b)
        elif began <= first:
            return None
        else:
            dated.append((began, b.case or "", b))
    if undated:
        # The record does not say when it began: a condition, not a fact (oracle finding
        # O21-11: "before the person was on parole" read as if parole began after DOJ's start).
        return f"If the person was not yet {bar_what(undated[0])} by then, DOJ may already have granted relief in a monthly run after {iso(first)}: check the RAP sheet for \"relief granted\"."
    if not dated:
        return None
    began, _case, b = min(dated, key=lambda t: (t[0], t[1]))
    if b.kind == "pending_charge":
        # The day a pending case began is its arrest, not the charge (readability finding
        # R15-21: "before the person was charged" was dated by the arrest).  Its case after
        # "in", as a pending charge says it (B90-01): "(case B (arrested ..., Los Angeles
        # County))" put the title's bracket inside another (B91-04).
        until = f"{iso(began)}, the day of the arrest in case {b.case_label or b.case}, which is still pending"
    else:
        until = f"{iso(began)}, before the person was {bar_what(b)}"
    return f"DOJ may already have granted relief in a monthly run between {iso(first)} and {until}: check the RAP sheet for \"relief granted\"."


def _began(ctx, b) -> date | None:
    """The day a bar began, where its case's record shows it; None otherwise."""
    case = ctx.case_of(b)
    if case is None:
        return None
    if b.kind == "pending_charge":
        return case.arrest_date
    s = case.sentence
    if s is None:
        return None
    p = s.probation
    if b.kind == "probation" and p is not None and p.start is not None:
        return p.start
    if b.kind == "serving_sentence" and p is not None and p.stands_revoked():
        # The term after a revocation began with it (the last revocation the record shows).
        return max((v.date for v in p.violations if v.outcome == "revoked"), default=None)
    return s.judgment_date


def _registration_unsure(ctx) -> Reason | None:
    """Where the record says the person does not register but shows an offense that requires
    registration: a duty that ended (PC 290.5) or a fact left at its default; it decides
    (a)(1)(B)(i), so the attorney confirms rather than the engine trusting either."""
    if ctx.person.registrant_290:
        return None
    key = ("1203.425 registrable",)
    memo = ctx.memo
    if key not in memo:
        happened = [v for _case, v in ctx.all_convictions() if v.conviction_date is None or v.conviction_date <= ctx.as_of]
        # An offense that requires registration only on a fact the record lacks is asked about
        # by `_registration_if` instead.
        found = next((v for v in happened if _registrable_for_certain(ctx, v)), None)
        whichever = "" if found is None or not ctx.match(found).two_offenses else " whichever offense it is"
        memo[key] = None if found is None else Reason(
            f"{law_named(found.code, found.section)} normally requires PC 290 registration{whichever}, which bars automatic relief; the record says the person does not register (a duty that ended under PC 290.5?).",
            "PC 1203.425(a)(1)(B)(i); PC 290",
        )
    return memo[key]


def _registrable_for_certain(ctx, v: Conviction) -> bool:
    """Whether the conviction requires PC 290 registration on the catalog alone; a count naming
    two offenses does where each does ("261/286(c)" in any case of the record: S25C-05, it was
    "No PC 290 registration ... shows in the record" and relief automatic)."""
    m = ctx.match(v)
    if m.two_offenses:
        return all(_registrable_for_certain(ctx, replace(v, code=m.code, section=part)) for part in named_parts(m))
    return is_registrable(m) and unsettled(m, "registrable", conv=v) is None


def _registration_if(ctx, own: Case) -> tuple[Reason, list[str], str] | None:
    """(the reason, the missing facts, the step) where an offense in the record requires
    registration only on a fact it does not hold (a bare 266h or 653f: the subdivision;
    metamorphic finding).  `_finish` asks `_registration_unsure` first, which speaks of an
    offense that requires it for certain."""
    if ctx.person.registrant_290:
        return None  # as in _registration_unsure: the record already says the person registers
    key = ("1203.425 registrable if", own.id)  # its step names a count of its own "in this case" (B86-03)
    memo = ctx.memo
    if key not in memo:
        found = None
        for c, v in ctx.all_convictions():
            m = ctx.match(v)
            happened = v.conviction_date is None or v.conviction_date <= ctx.as_of
            may = [part for part in named_parts(m) if _may_require_registration(ctx.match(replace(v, code=m.code, section=part)), replace(v, code=m.code, section=part))] if happened and m.two_offenses else []
            if may and not _registrable_for_certain(ctx, v):
                # "288/653f", "314/647(b)": registration turns on which offense it is, which
                # the record does not say (S25C-06: relief was automatic, "No PC 290 registration").
                found = (
                    Reason(f"{not_in_catalog(m, law_named(v.code, v.section))}; {'whichever it is' if len(may) == len(m.two_offenses) else 'if it is ' + ' or '.join(f'{m.code} {part}' for part in may)}, it requires or may require PC 290 registration, which would bar automatic relief.", "PC 1203.425(a)(1)(B)(i); PC 290(c)"),
                    [f"cases[{c.id}].convictions[{v.id}].section"],
                    f"Check the abstract of judgment or the minute order: is {law_named(v.code, v.section)} in {case_named(c, own, v)} for {either_offense(m)}? Record that one section and screen again.",
                )
                break
            when = unsettled(m, "registrable", conv=v) if happened else None
            if when is not None:
                missing, step = settle(ctx, v, m)
                found = (
                    Reason(f"{law_named(v.code, v.section)} requires PC 290 registration only if {when}, which would bar automatic relief; {silent(m)}.", "PC 1203.425(a)(1)(B)(i); PC 290(c)"),
                    [f"cases[{c.id}].{x}" for x in missing],
                    step,
                )
                break
        memo[key] = found
    return memo[key]


def _stops_anyway(ctx, case: Case) -> list[tuple[str, str]]:
    """The certain bars elsewhere that stop automatic relief whatever the open question of
    this count's own path decides, with the day they lift (S32-02: a redesignated felony and
    a revoked probation asked their own question, and left unsaid the felony probation in
    another case that stops relief until 2027).  Summary probation elsewhere is itself an
    open question here (_summary_split), not counted as a certain stop."""
    if not ctx.bars.bars:
        return []
    summary, _rest, _unsure = _summary_split(ctx, case, ctx.as_of)
    return waits_anyway(ctx, case, BAR_KINDS, "PC 1203.425(a)(1)(B)(ii)-(iii)", whichever="Whichever path applies", skip=summary)


def _summary_split(ctx, case: Case, first: date) -> tuple[list, list, list]:
    """(the certain summary probations elsewhere, the other certain bars that still matter on
    this path's own day `first`, the uncertain bars); ([], [], []) when no certain bar."""
    if not ctx.bars.bars:
        return [], [], []
    others = ctx.bars.others(case.id)
    sure = [b for b in others if b.certain]
    summary = [b for b in sure if _is_summary_probation(ctx, b)]
    rest = [b for b in sure if b not in summary and not (first > ctx.as_of and b.until is not None and b.until <= first)]
    return summary, rest, [b for b in others if not b.certain]


def _probation_of(ctx, b) -> Probation | None:
    other = ctx.case_of(b)
    return other.sentence.probation if other is not None and other.sentence is not None else None


def _is_summary_probation(ctx, b) -> bool:
    """Probation elsewhere that is, or may be, summary: the record says summary, or does not
    say which.  A kind not known is not a certain block, as formal probation would be: it is
    the open question too, with the kind asked (_kind_not_known)."""
    p = _probation_of(ctx, b)
    return b.kind == "probation" and p is not None and p.kind in ("summary", None)


def _kind_not_known(ctx, case: Case, summary: list) -> tuple[list[tuple[str, str]], list[str], list[str]]:
    """(the reason, the missing facts, the step) for the probations among `summary` whose kind
    the record does not give; three empty lists when there is none.  Formal probation stops
    automatic relief while it runs, summary probation may (the open question): the kind decides
    the answer, so it is asked, not read as either (X55: intake stored a count of unknown level's
    probation as summary, and the screening took that for a fact)."""
    unknown = [b for b in summary if (p := _probation_of(ctx, b)) is not None and p.kind is None]
    if not unknown:
        return [], [], []
    names = case_words(cases_named(unknown))
    reason = (f"The record does not say whether probation in {names} is formal or summary; formal (supervised) probation stops automatic relief while it runs.", "PC 1203.425(a)(1)(B)(ii)-(iii)")
    missing = list(dict.fromkeys(f"cases[{b.case}].sentence.probation.kind" for b in unknown))
    return [reason], missing, [find_out_step(ctx, case, missing)]


def _summary_probation_only(ctx, case: Case) -> tuple[list, list]:
    """(the bars from other cases the record is sure of, when every one is a summary
    probation; the uncertain bars beside them), else ([], []): a formal probation, parole, a
    pending charge ... decide as they always do.  An uncertain bar beside them does not make
    the summary probation a certain block (review finding: the [L] question became blocked)."""
    summary, rest, unsure = _summary_split(ctx, case, ctx.as_of)  # no day of its own: every bar counts
    return (summary, unsure) if summary and not rest else ([], [])


def _path_ia(ctx, case, conv, p, convicted) -> Determination:
    path = "PC 1203.425(a)(1)(B)(iv)(I)(ia)"
    end = S.probation_end(p)
    if end is None:
        return needs_review(ctx, case, conv, KEY, [("The record does not show when probation ends.", path)], missing=["sentence.probation.end"], confidence="M")
    if S.marked_active_past_end(p, ctx.as_of) is not None:
        return needs_review(ctx, case, conv, KEY, [(f"The record says probation is still active, but its end date {iso(end)} has passed.", path)], missing=["sentence.probation.status"], confidence="M")
    conflict = S.probation_record_conflict(p, ctx.as_of) if p.violations else None
    if conflict is not None:
        # Which day completion counts from is the fact the record contradicts (Q163).
        return conflicting_probation(ctx, case, conv, KEY, conflict, path)
    first = day_after(end)
    active = S.probation_active(p, ctx.as_of)
    # "Names no offense this path leaves out" only where no open question about this offense
    # follows (readability finding: an all-clear, then "an open question").
    question = path_i_question(ctx, conv)
    clear = "" if question is not None else "; the statute names no offense this path leaves out, so relief may apply"
    reasons = [(f"Probation was granted and {'ends' if active else 'was completed'} on {iso(end)} without revocation{clear}.", path)]
    return _finish(ctx, case, conv, first, reasons, sb731_only=convicted < AB1076_CONVICTIONS_FROM, question=question)


def _path_ib(ctx, case, conv, convicted) -> Determination:
    path = "PC 1203.425(a)(1)(B)(iv)(I)(ib)"
    judgment = S.judgment_date(case, conv)
    s = case.sentence
    m = case.money
    paid = m is not None and m.fines_ordered is not None and m.fines_owed == 0
    # Owed as far as the record knows: not fines ordered with nothing recorded paid (U52-02).
    owed = m is not None and m.fines_owed > 0 and not m.unrecorded("fine")
    if s.completed is None and not paid and not owed:
        unrecorded = m is not None and m.unrecorded("fine")
        said = (f"Fines of ${m.fines_ordered:,} were ordered, and the record does not show what has been paid, nor whether the sentence was completed."  # type: ignore[union-attr]
                if unrecorded else "The record does not show whether the sentence was completed.")
        return needs_review(ctx, case, conv, KEY, [(said, path)], missing=["money.fines_paid", "sentence.completed"] if unrecorded else ["sentence.completed"], confidence="M")
    first = after_years(judgment, 1)  # type: ignore[arg-type]
    if S.wait_from_judgment_in_doubt(case, first, ctx.as_of):
        # One calendar year from judgment, which the record does not give (see pc1203_4a).
        return needs_review(
            ctx, case, conv, KEY,
            [(f"The record does not give the judgment date, from which one calendar year runs; if it was the conviction date ({iso(judgment)}), that year ends before {iso(first)}.", path)],
            missing=["sentence.judgment_date"], confidence="M",
        )
    conflict = fines_conflict(ctx, case, conv, KEY, "path (I)(ib) needs the sentence completed", path, elsewhere=lambda: _beyond_the_sentence(ctx, case, conv))
    if conflict is not None:
        return conflict
    if s.completed is False or owed:
        return det(ctx, case, conv, KEY, "blocked", reasons=[("The sentence is not yet completed (for example an unpaid fine).", path), (f"The first day after one calendar year from judgment ({iso(judgment)}) is {iso(first)}.", path)], next_steps=["Complete the sentence, then screen again."], confidence="M")
    count = _count_words(conv)
    # The conviction date standing in for a missing judgment date is said as that
    # (readability finding R17-04: it was given as the judgment's).
    from_judgment = f"one calendar year from judgment ({iso(judgment)})" if s.judgment_date is not None else f"one calendar year from judgment (not recorded; counted from the conviction on {iso(judgment)}, so at the earliest)"
    if s.completed is None:
        # Fines paid, the rest of the sentence not recorded (review finding: "sentence
        # completed" was said beside 1203.4a's question on the same count).
        return needs_review(
            ctx, case, conv, KEY,
            [(f"{count} without probation; the fines are paid, but the record does not say whether the rest of the sentence was completed. The first day after {from_judgment} is {iso(first)}.", path)],
            missing=["sentence.completed"], confidence="M",
        )
    reasons = [(f"{count} without probation, sentence completed; the first day after {from_judgment} is {iso(first)}.", path)]
    note = anniversary_note(ctx.as_of, first)
    if note is not None:
        reasons.append(note)
    return _finish(ctx, case, conv, first, reasons, sb731_only=convicted < AB1076_CONVICTIONS_FROM, question=path_i_question(ctx, conv))


def _beyond_the_sentence(ctx, case: Case, conv: Conviction) -> Determination | None:
    """What stops or questions automatic relief whatever a doubt about this case's own sentence
    decides: the certain bars elsewhere, summary probation elsewhere (an open question), and
    the path's own open question about the offense (a DUI); None when nothing does.  Said
    beside the doubt (P46-02: an unpaid fine in a case marked completed hid the summary
    probation question, and paying the fine lowered the answer from M to L)."""
    reasons = list(_stops_anyway(ctx, case))
    steps, confidence = [], "M"
    summary, _rest, _unsure = _summary_split(ctx, case, ctx.as_of)
    kind_said, kind_missing, kind_steps = _kind_not_known(ctx, case, summary)
    if summary:
        reasons += [(b.describe(case), "PC 1203.425(a)(1)(B)(ii)-(iii)") for b in by_end(summary)]
        reasons += kind_said
        reasons.append(("Whether summary (unsupervised) probation in another case is an active supervision record that stops automatic relief is an open question.", "PC 1203.425(a)(1)(B)(ii)-(iii)"))
        steps += [*kind_steps, _SUMMARY_STEP]
        confidence = "L"
    question = path_i_question(ctx, conv)
    if question is not None:
        reasons.append(question)
        confidence = "L"
    if not reasons:
        return None
    return needs_review(ctx, case, conv, KEY, reasons, missing=kind_missing, next_steps=steps, confidence=confidence)


_REDUCED_BY = {"pc17b": "reduced to a misdemeanor under PC 17(b)", "prop47": "redesignated a misdemeanor under Prop 47", "prop64": "redesignated a misdemeanor under Prop 64"}


def _count_words(conv: Conviction) -> str:
    """The count as path (ib), for misdemeanors and infractions, takes it: a felony reduced or
    redesignated is said as that, with the day (S29-01: "A felony without probation" was said
    of a 17(b)-reduced count, beside 1203.4a's misdemeanor answer)."""
    if S.effective_level(conv) == conv.level:
        return f"{'An' if conv.level == 'infraction' else 'A'} {conv.level}"
    how = next(r for r in conv.relief_granted if r.remedy in _REDUCED_BY)
    return f"A felony ({_REDUCED_BY[how.remedy]}" + (f" on {iso(how.date)})" if how.date is not None else ")")


# What the felony path excludes, as far as the record leaves it open: (strike?, registrable?).
_EXCLUDED_KIND = {(True, False): "serious or violent", (False, True): "registrable", (True, True): "serious, violent or registrable"}


def _felony_path_excludes(conv: Conviction, m, strike_if: str | None, register_if: str | None) -> Reason | None:
    """The felony path's exclusion of this offense (`m`, a known catalog row) where the record
    settles it: serious, violent or registrable for certain; None where it does not, or a fact
    (`strike_if`, `register_if`: serious_condition and unsettled "registrable") is open."""
    # Said as what it is, with its code, where the catalog knows (L67-04: "PC 211 is a serious,
    # violent or registrable felony" read as if the screening could not tell which).
    strike = strike_if is None and (is_serious(m) or is_violent(m))
    registers = is_registrable(m) and register_if is None
    if not strike and not registers:
        return None
    # A kind the catalog flags on a condition the record leaves open (a PC 460(a) burglary is
    # violent only with another person present) is not named: the one that is sure excludes it.
    kinds = [(word, cite) for word, cite, holds in (("serious", "PC 1192.7(c)", is_serious(m)), ("violent", "PC 667.5(c)", is_violent(m)))
             if strike and holds and unsettled(m, word, conv=conv) is None]
    if strike and not kinds:
        kinds = [("serious or violent", "PC 1192.7(c); PC 667.5(c)")]
    what = f"a {listed([word for word, _ in kinds])} felony" if kinds else "a felony"
    if registers:
        what += " that requires PC 290 registration"
        kinds.append(("registrable", "PC 290"))
    return Reason(f"{law_named(conv.code, conv.section)} is {what}, which the felony path excludes.",
                  "; ".join(["PC 1203.425(a)(1)(B)(iv)(II)", *(cite for _, cite in kinds)]))


def _before_sb731(ctx, case: Case, conv: Conviction, why: list) -> Determination:
    """A felony jail or prison term screened before SB 731: not covered yet; screening again
    after it is offered only where the felony path could then apply (readability finding: it
    was offered for a robbery, which the path excludes)."""
    m = ctx.match(conv)
    excluded = None if m.offense is None else _felony_path_excludes(conv, m, serious_condition(m, conv), unsettled(m, "registrable", conv=conv))
    if excluded is not None:
        # On this day the answer rests on AB 1076's version, [M] (ca-rules.md 3.5), as the branch
        # below; path (II), whose exclusion is said, did not exist yet (Q307-11: it said H).
        return not_eligible(ctx, case, conv, KEY, [*why, excluded], confidence="M")
    return not_eligible(ctx, case, conv, KEY, why, next_steps=[_SB731_STEP], confidence="M")


def _path_ii(ctx, case, conv, convicted, sb731) -> Determination:
    path = "PC 1203.425(a)(1)(B)(iv)(II)"
    if not sb731:
        return _before_sb731(ctx, case, conv, [("On this date automatic relief covered only probation and no-probation misdemeanor cases; SB 731 added other felonies from 2023-07-01.", CITE)])
    if convicted < PATH_II_FROM:
        return not_eligible(ctx, case, conv, KEY, [(f"The felony path covers convictions on or after 2005-01-01; this one is from {iso(convicted)}.", path)], confidence="M")
    m = ctx.match(conv)
    if m.offense is None:
        return unknown_offense(ctx, case, conv, KEY)
    strike_if = serious_condition(m, conv)
    register_if = unsettled(m, "registrable", conv=conv)
    excluded = _felony_path_excludes(conv, m, strike_if, register_if)
    if excluded is not None:
        return not_eligible(ctx, case, conv, KEY, [excluded])
    settled_by_jail = None
    jailable = ctx.h_eligible(conv) or unsettled(m, "h_eligible", conv=conv) is not None
    if strike_if is not None and register_if is None and jailable and case.sentence is not None and case.sentence.type == "county_jail_1170h":
        # PC 1170(h)(3) sends a current serious or violent felony to state prison: a county-jail
        # term says it was not one, for an offense 1170(h) can reach at all (legal review).
        settled_by_jail = Reason(f"{law_named(conv.code, conv.section)} is a serious or violent felony only if {strike_if}; it was sentenced to county jail under PC 1170(h), which PC 1170(h)(3) does not allow for one, so it was not.", "PC 1170(h)(3); PC 1192.7(c); PC 667.5(c)")
        strike_if = None
    if strike_if is not None or register_if is not None:
        return ask(ctx, case, conv, KEY, m, (f"{law_named(conv.code, conv.section)} is a {_EXCLUDED_KIND[strike_if is not None, register_if is not None]} felony only if {unsettled(m, 'serious', 'violent', 'registrable', conv=conv)}; {silent(m)}, and the felony path excludes those.", f"{path}; PC 1192.7(c); PC 667.5(c); PC 290"))
    s = case.sentence
    own = own_bars(ctx, case)
    if own and not any(b.certain for b in own):
        # Only a supervision the record cannot confirm (no end date, long after release).
        return needs_review(
            ctx, case, conv, KEY,
            [*((b.describe(case), "PC 1203.425(a)(1)(B)(ii)") for b in own), ("Once the sentence and supervision are completed, four more years must pass with no new felony conviction.", path)],
            missing=[b.missing for b in own if b.missing], next_steps=["Get the parole or PRCS discharge date (CDCR or probation), record it, and screen again."], confidence="M",
        )
    if own:
        ends = [b.until for b in own]
        if all(e is not None and b.certain for e, b in zip(ends, own)):
            last = max(ends) - ONE_DAY  # type: ignore[type-var, operator]
            first = after_years(last, 4)
            # A probation case is completed when probation ends (ca-rules.md 2.2), the bar's own
            # end: only a jail or prison term is counted from release (S27-14: a felony on
            # probation, revoked and reinstated, was "counted from release", with a prison or
            # split term's supervision asked for).
            done, event = S.custody_completion(s) if s is not None and s.type in S.CUSTODY_SENTENCES else (last, "")
            if done is None:
                # Release still ahead, supervision after it not recorded: counted from release
                # the date is too early (oracle finding; ca-rules.md 2.2: "flag").
                return needs_review(
                    ctx, case, conv, KEY,
                    [(own[0].describe(case), "PC 1203.425(a)(1)(B)(ii)"), (f"Counted from release, four years after the sentence is completed is {iso(first)}; a prison or split term is usually followed by parole, PRCS or mandatory supervision, and counted from its end the date is later.", path)],
                    missing=[event], next_steps=[S.SUPERVISION_AFTER_RELEASE_STEP], confidence="M",
                )
            # The day it is completed is said (S28-08: "serving a sentence through 2027-06-24",
            # then "four years after the sentence is completed is 2032-12-09", counted from the
            # end of PRCS in 2028 that nothing named).
            what = f", at the {event}" if event and done == last else ", at the end of probation" if s is not None and s.type == "probation" else ""
            reasons = [(own[0].describe(case), "PC 1203.425(a)(1)(B)(ii)"), (f"Four years after the sentence is completed is {iso(first)}: it is completed on {iso(last)}{what}.", path), BLOCKING_NOTE]
            if s is not None and s.type == "probation":
                # Why the felony path: said, as the completed-probation branch says it.
                reasons.insert(1, _why_felony_path(s.probation, path))
            # Summary probation elsewhere that runs past the four years is the open [L] question
            # it is on the other paths (public case S25; _finish), not a certain block: it was
            # "blocked until" its end here, printed as the day the DOJ may act (oracle finding O22-12).
            summary, rest, _unsure = _summary_split(ctx, case, first)
            summary = [b for b in summary if b.until is None or b.until > first]
            if summary and rest and (rest_lifts := lifts_on(rest)) is not None and (summary_lifts := lifts_on(summary)) is not None and summary_lifts <= rest_lifts:
                summary = []  # a certain bar outlasts it: that one decides, as in _finish
            # The registration question _finish asks once the sentence is over is asked while it
            # runs too: it does not arise on the day (P42-02: "eligible on 2028-04-20" beside a
            # PC 288(a) count, then on that day "needs review: 288(a) normally requires PC 290
            # registration").
            unsure, register_if = _registration_unsure(ctx), _registration_if(ctx, case)
            question = unsure if unsure is not None else register_if[0] if register_if is not None else None
            other = bars_decision(ctx, case, conv, KEY, CITE, not_before=first, confidence="M", skip=summary,
                                  otherwise=lambda: (were_it_not("automatic", first, ctx.as_of, CITE), *reasons[:-1]) if question is None else (*reasons[:-1], question))
            if summary:
                lifts = lifts_on(summary)
                when = f"; if it is, relief waits until {iso(lifts)}" if lifts is not None else ""
                said = other.reasons if other is not None else reasons_of(reasons[:-1])
                kind_said, kind_missing, kind_steps = _kind_not_known(ctx, case, summary)
                return needs_review(
                    ctx, case, conv, KEY,
                    [*said, *((b.describe(case), "PC 1203.425(a)(1)(B)(ii)-(iii)") for b in by_end(summary)), *kind_said,
                     (f"Whether summary (unsupervised) probation in another case is an active supervision record that stops automatic relief is an open question{when}.", "PC 1203.425(a)(1)(B)(ii)-(iii)")],
                    missing=[*(other.missing_facts if other is not None else []), *kind_missing],
                    next_steps=[*(other.next_steps if other is not None else []), *kind_steps, _SUMMARY_STEP],
                )
            if other is not None and other.status == "blocked" and question is not None:
                return question_after_bar(ctx, case, conv, KEY, other, [*other.next_steps, QUESTION_AFTER_BAR_STEP])
            if other is not None:
                return other
            if unsure is not None:
                return needs_review(ctx, case, conv, KEY, [*reasons[:-1], unsure], missing=["person.registrant_290"], next_steps=[_CONFIRM_REGISTRATION_STEP], confidence="M")
            if register_if is not None:
                return needs_review(ctx, case, conv, KEY, [*reasons[:-1], register_if[0]], missing=register_if[1], next_steps=[register_if[2]], confidence="M")
            return det(ctx, case, conv, KEY, "eligible_on", mode="automatic", date=first, reasons=reasons, next_steps=[S.screen_again_step(s, last)], confidence="M")
        return blocked(
            ctx, case, conv, KEY, own, "PC 1203.425(a)(1)(B)(ii)-(iii)",
            extra_reasons=[("Once the sentence and supervision are completed, four more years must pass with no new felony conviction.", path)],
            confidence="M",
        )
    if s.type == "probation":
        p = s.probation
        done = S.probation_end(p) if p is not None and p.status == "completed" else None
        event = "end of probation"
        if done is None and p is not None and not p.stands_revoked():
            # Revoked and reinstated: the probation itself ran on, so no sentence "followed"
            # it; its end is the fact to find (metamorphic finding: the revocation's words
            # were said, and nothing was named).
            return needs_review(
                ctx, case, conv, KEY,
                [("Probation was revoked and reinstated; the record does not show when it ended, and the four years run from that day.", path), *_stops_anyway(ctx, case)],
                missing=["sentence.probation.end" if p.end is None else "sentence.probation.status"], confidence="M",
            )
        if done is None:
            if s.completed is True:
                # Completed, but the format has no field for when: said, and asked for.
                return needs_review(
                    ctx, case, conv, KEY,
                    [("Probation was revoked; the record says the sentence that followed was completed, but not when, and the four years run from that day.", path), *_stops_anyway(ctx, case)],
                    next_steps=["Find when the sentence after the revocation was completed (release from custody, or the end of supervision), then an attorney works out the date."],
                    confidence="M",
                )
            return needs_review(ctx, case, conv, KEY, [("Probation was revoked; the record does not show when the sentence that followed was completed.", path), *_stops_anyway(ctx, case)], missing=["sentence.completed"], confidence="M")
    elif s.type == "no_probation":
        done, event = (S.judgment_date(case, conv), "judgment") if s.completed else (None, "sentence.completed")
    else:
        done, event = S.custody_completion(s)
    if done is None:
        return needs_review(ctx, case, conv, KEY, [("The record does not show when every term of custody and supervision was completed.", path), *_stops_anyway(ctx, case)], missing=[event], confidence="M")
    first = after_years(done, 4)
    inside = [
        (v.conviction_date, c2.id, v, c2) for c2, v in ctx.other_convictions(conv)
        if v.conviction_date is not None and done < v.conviction_date < first and v.conviction_date <= ctx.as_of and v.level == "felony"
    ]
    within = [t for t in inside if S.effective_level(t[2]) == "felony"]
    if not inside:
        # A conviction of unknown level inside the four years fails the path if it was a felony
        # and not if it was a misdemeanor: asked, not read as either (W54).
        unknown = _level_not_known_within(ctx, case, conv, done, first, path)
        if unknown is not None:
            return unknown
    # A felony inside the four years that a court has since reduced (17(b), Prop 47 or 64):
    # whether the reduction takes it out of the window is unsettled, as for 1203.42's reduced
    # prior (oracle note O18 4.3: it was passed over without a word).
    reduced = [t for t in inside if t not in within]
    if within or reduced:
        when, _id, v, c2 = min(within or reduced, key=lambda t: (t[0], t[1], t[2].id))  # the earliest, whatever the order of the cases or counts
        if within:
            new_felony = Reason(f"A new felony conviction falls within the four years after completion: {count_on_day(c2, v, case, when)}. The felony path fails; whether a later clean period restarts it is unsettled.", path)
        else:
            new_felony = Reason(f"A felony conviction falls within the four years after completion: {count_on_day(c2, v, case, when)}. It has since been reduced to a misdemeanor, and whether that takes it out of the four years is unsettled.", path)
        # A bar now (supervision, a sentence, a charge) stops relief on any path: said first
        # (metamorphic finding: the open question hid probation and parole elsewhere).
        summary, _unsure = _summary_probation_only(ctx, case)
        # A summary probation elsewhere is the open [L] question, not a block (verification
        # finding: it was blocked here, and a question on every other path).
        other = None if summary else bars_decision(ctx, case, conv, KEY, "PC 1203.425(a)(1)(B)(ii)-(iii)", confidence="M")
        if other is not None and other.status == "blocked":
            # Not "blocked until" a day: that day the path still fails, or is an open question
            # (hand-out check H20-04: "The DOJ may do it on its own after" it was printed).
            return needs_review(ctx, case, conv, KEY, [*other.reasons, new_felony], missing=other.missing_facts,
                                next_steps=["An attorney decides the open question above; the bars above must lift first in any case."])
        if other is not None:
            other.reasons.append(new_felony)
            return other
        return needs_review(ctx, case, conv, KEY, [new_felony])
    reasons = [(f"A felony convicted on {iso(convicted)}, not serious, violent or registrable; the sentence was completed on {iso(done)} {S.aside(event)}; the first day after the four years is {iso(first)}.", path)]
    if s.type == "probation":
        # Why four years after a probation, said as the branch above says it (S28B-04: a
        # felony probation revoked and reinstated read only "completed on 2025-11-05 (end of
        # probation); the first day after the four years is 2029-11-06").
        reasons.insert(0, _why_felony_path(s.probation, path))
    if settled_by_jail is not None:
        reasons.append(settled_by_jail)
    note = anniversary_note(ctx.as_of, first)
    if note is not None:
        reasons.append(note)
    return _finish(ctx, case, conv, first, reasons, sb731_only=True, question=None)



def _level_not_known_within(ctx, case: Case, conv: Conviction, done: date, first: date, path: str) -> Determination | None:
    """needs_review for the felony path where a conviction of unknown level falls within the
    four years after completion (the earliest named); None where none does."""
    unknown = [
        (v.conviction_date, c2.id, v.id, v, c2) for c2, v in ctx.other_convictions(conv)
        if v.level is None and v.conviction_date is not None and done < v.conviction_date < first and v.conviction_date <= ctx.as_of
    ]
    if not unknown:
        return None
    when, _c, _v, v, c2 = min(unknown, key=lambda t: t[:3])
    reason = Reason(f"A conviction falls within the four years after completion: {count_on_day(c2, v, case, when)}. The record does not say whether it was a felony, which would fail the felony path, or a misdemeanor, which would not.", path)
    return needs_review(ctx, case, conv, KEY, [reason, *_stops_anyway(ctx, case)], missing=[level_path(c2, v) for _d, _c, _i, v, c2 in sorted(unknown, key=lambda t: t[:3])], confidence="M")

REMEDY = Remedy(key=KEY, scope="conviction", evaluate=evaluate)
