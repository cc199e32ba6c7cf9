"""Automatic arrest relief by DOJ: PC 851.93 (ca-rules.md 3.11, 0).  One determination per case.

- Monthly, subject to appropriation and to complete records, DOJ grants relief for an
  arrest that did not end in a conviction (851.93(a)(1)); a date means only that DOJ may
  act after it: tell the client to check the RAP sheet for "relief granted", never that
  relief has happened.
- Criteria (851.93(a)(2)): (A) a misdemeanor arrest whose charge was dismissed; (B) a
  misdemeanor arrest with no proceedings within one calendar year, or an acquittal;
  (C) a felony arrest with no proceedings within 3 years ((C)(i)) or 6 years when the
  offense is punishable by 8 years or more ((C)(ii)), or an acquittal; (D) completed
  diversion, deferred entry or a similar program.
- Versions: AB 1076 covered arrests on or after 2021-01-01; SB 731, operative
  2023-07-01, covers arrests on or after 1973-01-01 and felony arrests with the 3- and
  6-year waits.  Before 2023-07-01 felony arrests are an open question here (the rules
  file does not give AB 1076's felony criteria), so they go to an attorney.
- Effect as 851.92 sealing.  A petition under 851.91 may still be worth filing to update
  local and court records.
"""

from __future__ import annotations

from datetime import date

from clinic_app.eligibility import record_facts as R
from clinic_app.eligibility.common import anniversary_note
from clinic_app.eligibility.dates import after_years, iso
from clinic_app.eligibility.gates import CaseProfile, gated
from clinic_app.eligibility.registry import NAMES, Remedy
from clinic_app.eligibility.result import det, law_starts_step, needs_review, not_eligible, weakest
from clinic_app.model import Case, Determination, Reason

KEY = "pc851_93"
SEALING_PETITION_FROM = date(2018, 1, 1)  # PC 851.91 (SB 393)
SB731_OPERATIVE = date(2023, 7, 1)
AB1076_ARRESTS_FROM = date(2021, 1, 1)
SB731_ARRESTS_FROM = date(1973, 1, 1)

_CONVICTED = Reason("This case ended in a conviction; automatic arrest relief is for arrests that did not.", "PC 851.93(a)(2)")
_NOT_YET = Reason("On the screening date this arrest had not yet happened or its case had not yet ended.", "PC 851.93(a)(2)")
_PENDING = Reason("This case is still pending; screen it again when it ends.", "PC 851.93(a)(2)")
_CHECK = "Get the client's RAP sheet (Live Scan) and look for \"relief granted\" on this arrest."
# An answer under review checks the RAP sheet in the same words (F26B-03: it said "check the
# RAP sheet for \"relief granted\"" where an eligible arrest says _CHECK).
_DECIDES = "An attorney decides the open question above."
_PETITION = "If the RAP sheet does not show the relief once DOJ may act, file form CR-409 to seal the arrest under PC 851.91."
_PETITION_INSTEAD = "File form CR-409 to seal the arrest under PC 851.91 instead."
# Where the case's own 851.91 result is open, its steps are the filing: this result points to
# them rather than saying the CR-409 step a second time (X28-01: a paralegal read the same
# form twice under one case).
_SEALING_ROW = NAMES["pc851_91"][1]  # its short name (short_name() is defined after the remedies load)
_SEE_PETITION = f"If the RAP sheet does not show the relief once DOJ may act, file the petition to seal the arrest: see the steps for {_SEALING_ROW}."
_SEE_INSTEAD = f"Petition to seal the arrest instead: see the steps for {_SEALING_ROW}."
# Where that result is itself under review, "file form CR-409" told the paralegal to file what
# the row beside it says an attorney must clear first (X28-03: a PC 211 arrest, 851.93 eligible
# after 6 years, 851.91 "an attorney must check whether charges can still be filed").
_PETITION_WAITS = f"If the RAP sheet does not show the relief once DOJ may act, a petition to seal the arrest may be the way: see {_SEALING_ROW} for what it waits on first."
_INSTEAD_WAITS = f"A petition to seal the arrest may be the way instead: see {_SEALING_ROW} for what it waits on first."
# The felony wait is the arrest offense's limitations period, which the case's 851.91 result
# says in the same words: this result points to it rather than saying it again (S29-x, as
# X28-01 for the CR-409 step).
_WAIT_CITE = "PC 851.93(a)(2)(C)("  # the reason that counts the felony wait: (C)(i) or (C)(ii)
_SAME_PERIOD = Reason(f"The arrest offense's limitations period, which sets this wait, is given under {_SEALING_ROW}.", "PC 851.93(a)(2)(C)")
_DOJ = ("DOJ reviews its records monthly, subject to funding and only if its records are complete, so this says only that DOJ may act: check the RAP sheet, never assume relief was granted.", "PC 851.93(a)(1)")


def gate(p: CaseProfile) -> Reason | None:
    """Not applicable to a conviction, or to a case still pending."""
    if p.outcome == "convicted":
        return _CONVICTED
    return _PENDING if p.outcome == "pending" else None


def decide(ctx, case: Case, _conv=None) -> Determination:
    """PC 851.93 for a case that ended without a conviction (the gate let it through)."""
    if R.ended_after(case, ctx.as_of):
        return R.na(case, None, KEY, _NOT_YET)  # screening an earlier day: the case had not ended
    sb731 = ctx.as_of >= SB731_OPERATIVE
    covered_from = SB731_ARRESTS_FROM if sb731 else AB1076_ARRESTS_FROM
    version = "SB 731, operative 2023-07-01" if sb731 else "AB 1076, before SB 731 became operative on 2023-07-01"
    cite_v = "PC 851.93(a)(2) (SB 731)" if sb731 else "PC 851.93(a)(2) (AB 1076)"
    confidence = "H"
    reasons: list[tuple[str, str]] = []
    if case.arrest_date is None:
        if not sb731 or case.outcome in ("dismissed", "no_charges_filed"):
            return needs_review(
                ctx, case, None, KEY,
                [(f"Automatic relief covers arrests on or after {iso(covered_from)} ({version}) and counts its waits from the arrest; the record does not give the arrest date.", cite_v)],
                missing=[f"cases[{case.id}].arrest_date"],
                confidence="M",
            )
        confidence = "M"
        reasons.append(("The arrest date is not recorded; relief covers arrests on or after 1973-01-01.", cite_v))
    elif case.arrest_date < covered_from:
        steps = [_petition_instead(ctx)]
        if not sb731 and ctx.as_of >= AB1076_ARRESTS_FROM and case.arrest_date >= SB731_ARRESTS_FROM:
            # SB 731 reaches it from 2023-07-01: said, as 1203.425 says it of a conviction
            # (oracle finding O22-08: "not eligible" alone read as for good).
            steps.append(law_starts_step(SB731_OPERATIVE, "SB 731"))
        return not_eligible(
            ctx, case, None, KEY,
            [(f"The arrest on {iso(case.arrest_date)} is before {iso(covered_from)}, the first arrest date the law covers ({version}).", cite_v)],
            next_steps=steps,
            # SB 731's 1973 date is [H] (ca-rules.md timeline); AB 1076's 2021 floor for arrests is
            # stated nowhere there, its like for 1203.425 at [M] (Q307-10).
            confidence="H" if sb731 else "M",
        )
    level = R.arrest_level(case)
    start: date | None = None
    if case.outcome == "acquitted":
        reasons.append(("The person was acquitted.", "PC 851.93(a)(2)(B), (C)"))
    elif R.program_completed(case):
        reasons.append(("The person completed diversion, deferred entry of judgment or a similar program.", "PC 851.93(a)(2)(D)"))
    elif level is None:
        return needs_review(
            ctx, case, None, KEY,
            [("The wait depends on whether the arrest was for a felony or a misdemeanor, and the record does not say.", cite_v)],
            missing=[f"cases[{case.id}].arrest_level"],
            confidence="M",
        )
    elif level == "misdemeanor" and case.outcome == "dismissed":
        reasons.append(("The arrest was for a misdemeanor and the charge was dismissed.", "PC 851.93(a)(2)(A)"))
    elif level == "misdemeanor":
        start = after_years(case.arrest_date, 1)
        reasons.append((f"The arrest was for a misdemeanor with no charge filed; relief needs one calendar year without proceedings, counted from the arrest on {iso(case.arrest_date)}.", "PC 851.93(a)(2)(B)"))
    elif case.outcome == "dismissed":
        # ca-rules.md 3.11 paraphrases (C) as a felony arrest with "no proceedings" within 3 or
        # 6 years, and (A) names only a dismissed misdemeanor; whether a felony charge filed and
        # then dismissed is left out, or counts once the years pass with no conviction, the rules
        # do not settle.  It had been answered not_eligible at [H] (oracle check O19-01): an
        # attorney decides, and the petition stays the sure way.
        return needs_review(
            ctx, case, None, KEY,
            [("The arrest was for a felony and charges were filed, then dismissed. The rules name a dismissed misdemeanor (A) and a felony arrest with no proceedings for 3 or 6 years (C); whether DOJ's automatic relief also reaches a dismissed felony charge once those years pass without a conviction is not settled in them.", "PC 851.93(a)(2)(A), (C)")],
            next_steps=[_DECIDES, _CHECK, _petition_instead(ctx)],
            confidence="L",
        )
    elif not sb731:
        return needs_review(
            ctx, case, None, KEY,
            [("Before SB 731 became operative on 2023-07-01, whether automatic relief reached this felony arrest is an open question in the rules; an attorney decides.", "PC 851.93 (AB 1076)")],
            confidence="L",
        )
    else:
        period = R.felony_period(ctx, case, no_limit_is_review=False)
        if period.no_limit:
            # ca-rules.md 3.11 names no carve-out, but 851.91 refuses such an arrest (3.10 [H]):
            # the two rows had contradicted each other (oracle finding).
            return needs_review(
                ctx, case, None, KEY,
                [period.review, ("The rules name no exception to automatic relief for it, but a petition to seal it is barred (PC 851.91) while a charge can still be filed; an attorney decides whether DOJ's relief reaches it.", "PC 851.93(a)(2)(C); PC 851.91(a)")],
                next_steps=[_DECIDES, _CHECK],
                confidence="M",
            )
        if period.years is None:
            return needs_review(ctx, case, None, KEY, [period.review], missing=list(period.missing), confidence=period.confidence)
        start = after_years(case.arrest_date, period.years)
        sub = "(C)(ii)" if period.years == 6 else "(C)(i)"
        confidence = weakest(confidence, period.confidence)
        reasons.append((f"The arrest was for a felony that did not end in a conviction; relief needs {period.years} years without proceedings, counted from the arrest on {iso(case.arrest_date)}.", f"PC 851.93(a)(2){sub}"))
        reasons.append(period.reason)
        if period.shorter is not None and start > ctx.as_of:
            short = after_years(case.arrest_date, period.shorter)
            if short <= ctx.as_of:
                # Past the 3-year date: the maximum term decides whether DOJ's relief is due.
                return needs_review(
                    ctx, case, None, KEY,
                    [*reasons, (f"If the maximum term is under 8 years, relief was due after 3 years, from {iso(short)}, and DOJ may already have granted it; if it is 8 years or more, it is due from {iso(start)}.", "PC 851.93(a)(2)(C)")],
                    next_steps=[f"Look up the maximum term of {period.named}.", _CHECK, _petition_instead(ctx)],
                    confidence="M",
                )
            reasons.append((f"If the maximum term is under 8 years, relief is due after 3 years, from {iso(short)}.", "PC 851.93(a)(2)(C)(i)"))
    reasons.append(_DOJ)
    steps = [_CHECK, _PETITION]
    if start is not None and start > ctx.as_of:
        reasons.append((f"DOJ may act after {iso(start)} if no charge is filed by then.", "PC 851.93(a)(2)"))
        note = anniversary_note(ctx.as_of, start)
        if note is not None:
            reasons.append(note)
            confidence = weakest(confidence, "M")  # the anniversary convention is [M] (ca-rules.md section 0)
        return det(ctx, case, None, KEY, "eligible_on", mode="automatic", date=start, reasons=reasons, next_steps=steps, confidence=confidence)
    return det(ctx, case, None, KEY, "eligible", mode="automatic", reasons=reasons, next_steps=steps, confidence=confidence)


def _petition_instead(ctx) -> str:
    """The way left when automatic relief does not reach the arrest: the 851.91 petition,
    which exists only from 2018-01-01 (review finding: it was offered on an earlier day)."""
    if ctx.as_of < SEALING_PETITION_FROM:
        return law_starts_step(SEALING_PETITION_FROM, "SB 393", "A petition to seal the arrest (PC 851.91)")
    return _PETITION_INSTEAD


def point_to_sealing(rows: list[Determination]) -> None:
    """One case's results: where its PC 851.91 petition is open (now or on a date), its steps
    say the CR-409 filing, and this result's step that would say it again points to them;
    where that result is under review, this one's petition step points to what it waits on.
    A reason that result already gives (the arrest offense's limitations period) is pointed
    to, whatever its status, as it is shown with its reasons."""
    sealing = next((d for d in rows if d.remedy == "pc851_91"), None)
    if sealing is None:
        return
    if sealing.status != "not_applicable":
        said = {(r.text, r.cite) for r in sealing.reasons}
        for d in rows:
            # Only where this result counts a felony wait ((C)(i) or (C)(ii)): where the period
            # is itself the question (murder, a section the catalog does not know), it is
            # this result's whole ground, and a pointer would leave it saying nothing.
            if d.remedy == KEY and any(r.cite.startswith(_WAIT_CITE) for r in d.reasons):
                d.reasons = [_SAME_PERIOD if (r.text, r.cite) in said else r for r in d.reasons]
    if sealing.status in ("eligible", "eligible_on"):
        pointers = {_PETITION: _SEE_PETITION, _PETITION_INSTEAD: _SEE_INSTEAD}
    elif sealing.status == "needs_review":
        pointers = {_PETITION: _PETITION_WAITS, _PETITION_INSTEAD: _INSTEAD_WAITS}
    else:
        return
    for d in rows:
        if d.remedy == KEY:
            d.next_steps = [pointers.get(s, s) for s in d.next_steps]


evaluate = gated(KEY, gate, decide, scope="case")
REMEDY = Remedy(key=KEY, scope="case", evaluate=evaluate, gate=gate, decide=decide)
