"""One caseload line per client: the best outcome of their screening and what is outstanding.

`summarize` turns a client's screening (FORMAT.md result) and checklist into a
`ClientSummary`, stored beside the screening so that a list of 100,000 clients draws
without re-screening.

Which remedies count as *relief* for the best outcome
----------------------------------------------------
A client is "eligible now" only when some remedy that itself clears, reduces, seals or
vacates a record is `eligible`: the dismissals (1203.4, 1203.4a, 1203.41, 1203.42, 1203.4b,
1203.49, automatic 1203.425), reductions and redesignations (17(b), Prop 47, Prop 64),
arrest sealing (851.91, automatic 851.93), DEJ plea withdrawal (1203.43), sealing of
juvenile-age misdemeanours (1203.45) and trafficking vacatur (236.14).

Three remedies are *referrals*, not relief, and never make a client "eligible now" alone:
- ``pc1203_3`` early termination of probation: a step toward relief (it makes 1203.4
  mandatory), shown through its date and the checklist;
- ``pc1473_7`` motion to vacate: a referral to immigration counsel that turns on evidence;
- ``cor`` certificate of rehabilitation: a long, discretionary route toward a pardon.
They still count for ``needs_review`` and for ``next_action_date``.

Pure domain: no clock, no I/O.
"""

from __future__ import annotations

from datetime import date

from clinic_app.checklist import checklist_and_outstanding
from clinic_app.model import Client, ClientSummary, Determination, Screening

REFERRAL_ONLY: frozenset[str] = frozenset({"pc1203_3", "pc1473_7", "cor"})


def is_relief(remedy: str) -> bool:
    """Does this remedy, when available, itself give relief (see the module docstring)?"""
    return remedy not in REFERRAL_ONLY


def summarize(client: Client, screening: Screening, as_of: date) -> ClientSummary:
    """The client's caseload line as of `as_of`."""
    items, outstanding = checklist_and_outstanding(client, as_of)
    relief = [d for d in screening.results if is_relief(d.remedy)]
    needs_review = any(d.status == "needs_review" for d in screening.results)
    best, best_date = best_outcome(relief, needs_review)
    dates = [d.date for d in screening.results if d.status in ("eligible_on", "blocked") and d.date]
    dates += [item.due for item in items if item.due is not None and not item.done]
    future = [day for day in dates if day > as_of]
    return ClientSummary(
        best=best,
        best_date=best_date,
        next_action_date=min(future) if future else None,
        outstanding=outstanding,
        needs_review=needs_review,
    )


def best_outcome(relief: list[Determination], needs_review: bool) -> tuple[str, date | None]:
    """(best outcome, its date) over the relief determinations, in the order of the caseload's bands.

    eligible now > eligible on the earliest date > blocked (until the earliest date it lifts,
    None when no determination says) > needs review > nothing available.
    """
    if any(d.status == "eligible" for d in relief):
        return "eligible_now", None
    waiting = [d for d in relief if d.status == "eligible_on"]
    if waiting:
        return "eligible_on", _earliest(waiting)
    blocked = [d for d in relief if d.status == "blocked"]
    if blocked:
        return "blocked", _earliest(blocked)
    if needs_review:
        return "needs_review", None
    return "nothing_available", None


def _earliest(determinations: list[Determination]) -> date | None:
    days = [d.date for d in determinations if d.date is not None]
    return min(days) if days else None
