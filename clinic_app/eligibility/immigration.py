"""The immigration line of what stays true after relief (ca-rules.md 4.8): a dismissal is
still a conviction for immigration; what helps is a vacatur for a legal defect (PC 1473.7,
1016.5, 236.14) or withdrawing a DEJ plea (PC 1203.43); and, for a first simple-possession
conviction before 2011-07-14, the Ninth Circuit's Lujan-Armendariz window (Nunez-Reyes).
"""

from __future__ import annotations

from datetime import date
from typing import Iterable

from clinic_app.eligibility import record_facts as R
from clinic_app.eligibility import sentence as S
from clinic_app.model import Case, Conviction, Determination, Person

IMMIGRATION_CITE = "INA 101(a)(48)(A); Matter of Roldan (BIA 1999); PC 1473.7"
# Nunez-Reyes v. Holder (9th Cir. 2011, en banc) overruled Lujan-Armendariz only for
# convictions after this day (ca-rules.md 4.8 [M]).
NUNEZ_REYES = date(2011, 7, 14)
_SIMPLE_POSSESSION = ("11350", "11357", "11377")


def immigration_first(person: Person | None, results: Iterable[Determination]) -> str | None:
    """What comes before any filing for a client who is not (or not known to be) a US citizen
    with a conviction a PC 1473.7 motion may reach: "the client is not a US citizen, so
    immigration counsel comes before anything is filed", or None.  One sentence wherever it is
    said first (the text report's "In short", the Eligibility tab, the filing worksheet): a
    dismissal filed first still counts as a conviction for immigration (ca-rules.md 4.8)."""
    if person is None or person.us_citizen is True:
        return None
    if not any(d.remedy == "pc1473_7" and d.status != "not_applicable" for d in results):
        return None
    who = "the client is not a US citizen" if person.us_citizen is False else "the client's citizenship is unknown"
    return f"{who}, so immigration counsel comes before anything is filed"


def counsel_first_of_record(person: Person | None, cases: Iterable[Case]) -> bool:
    """Whether a client told us they are not a US citizen and has a count of a California case
    ending in a conviction: the record's side of `immigration_first`, for a caseload line, which
    has no screening to read.  Such a count has a PC 1473.7 result that is not "not applicable"
    (the referral: eligible, blocked by custody, or for an attorney), so the Eligibility tab says
    "First: ..."; the line read `pc1473_7` among the remedies open, which custody anywhere takes
    out, and a client on probation in one case read "File now" for another (R167-01).  Unlike
    the screening it counts a count vacated or dated after the day: immigration counsel then
    holds the case already.  The caseload's list reads it in SQL (db.repository's
    `_COUNSEL_FIRST_SQL`): the two say the same."""
    if person is None or person.us_citizen is not False:
        return False
    return any(case.jurisdiction == "CA" and case.outcome == "convicted" and case.convictions for case in cases)


def immigration_warning(ctx) -> str | None:
    """The immigration warning for a person who is not (or not known to be) a citizen."""
    citizen = ctx.person.us_citizen
    if citizen is True:
        return None
    lead = "The person is not a US citizen" if citizen is False else "Citizenship is unknown"
    return (
        f"{lead}: a dismissal is still a conviction for immigration. What helps is a vacatur for a legal defect "
        "(PC 1473.7, PC 1016.5, PC 236.14) or withdrawing a DEJ plea (PC 1203.43). Refer to immigration counsel before filing anything."
    )


def immigration_for(ctx, case: Case, conv: Conviction, m, warning: str) -> tuple[str, str]:
    """The warning, with the Ninth Circuit's First Offender Act window where it may apply: a
    first simple-possession conviction entered before 2011-07-14 and later dismissed, with
    probation not violated (ca-rules.md 4.8 [M])."""
    off = m.offense
    section = off.section if off is not None else conv.section
    made = S.made_misdemeanor(conv)
    if made is not None:
        # ca-rules.md 4.8 [L] (and 3.7 [M/L]): a change of level may matter (the petty-offense
        # exception), but one not based on a legal defect may be disregarded (Thomas &
        # Thompson): said as the open question it is (L27-08: the line was silent on it).
        warning += f" This conviction was {made}; whether immigration law gives that effect is unsettled (a change not based on a legal defect may be disregarded)."
    cite = IMMIGRATION_CITE + ("; Matter of Thomas & Thompson, 27 I&N Dec. 674 (A.G. 2019)" if made is not None else "")
    if (
        m.code == "HS"  # as the catalog read it: "H&S", "HSC" (metamorphic finding)
        and section.startswith(_SIMPLE_POSSESSION)
        and conv.conviction_date is not None
        and conv.conviction_date < NUNEZ_REYES
        and not _probation_violated(case)
        and not _earlier_drug_conviction(ctx, conv)
    ):
        return (
            warning + " A first simple-possession conviction entered before 2011-07-14 and later dismissed may still be treated "
            "as no conviction in the Ninth Circuit (Lujan-Armendariz): tell immigration counsel.",
            cite + "; Nunez-Reyes v. Holder, 646 F.3d 684 (9th Cir. 2011)",
        )
    return warning, cite


def _probation_violated(case: Case) -> bool:
    """ca-rules.md 4.8: the dismissal does not help if probation was violated."""
    p = S.probation_of(case)
    return p is not None and S.probation_violated(p)


def _earlier_drug_conviction(ctx, conv: Conviction) -> bool:
    """Whether the record shows a drug conviction (Health and Safety Code Division 10,
    sections 11000-11651) before this offense (its conviction date where the offense date
    is not recorded): then this one is not a first offense."""
    before = conv.offense_date or conv.conviction_date
    for _, v in ctx.all_convictions():
        if v is conv or v.conviction_date is None or v.conviction_date >= before:
            continue
        mv = ctx.match(v)
        if mv.code != "HS":
            continue
        head = R.base_number(mv).split(".", 1)[0]
        if head.isdigit() and 11000 <= int(head) <= 11651:
            return True
    return False
