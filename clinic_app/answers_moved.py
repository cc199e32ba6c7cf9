"""What a re-screen by newer rules changed in a client's answers (U148-01).

After an update of Clinic Desk whose rules changed, a re-screen (`clinic-app rescreen`, or the
window's) stored every client's new answers and named only those it made eligible now: a
client whose filing day moved a day later, or who was told "eligible now" and now waits, was
named nowhere, and the paralegal had no way to find whom to call.

A client's answers are, for each count (or case) and remedy, its status, mode and day.  The
reasons' words are not compared: a rules update rewords them where nothing changed for the
client.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from clinic_app.eligibility import short_name
from clinic_app.eligibility.text_report import status_label
from clinic_app.model import Client, Determination, Screening

# (case, conviction or None, remedy, status, mode or None, day as ISO text or None), as
# db.records.answers reads them from a stored screening.
Answer = Sequence


@dataclass(frozen=True)
class AnswersMoved:
    """A client whose answers changed when screened again by newer rules."""

    client_id: int
    rules_before: str
    # (the answer before or None, the answer now or None) of each count and remedy that changed
    changes: tuple[tuple[Answer | None, Answer | None], ...]

    def said(self) -> str:
        """Each remedy that changed, once, with its first count's answer before and now:
        "PC 1203.4a dismissal: ELIGIBLE ON 2027-01-05, now ELIGIBLE ON 2027-01-06"."""
        said: dict[str, str] = {}
        for before, now in self.changes:
            remedy = (now or before)[2]
            if remedy not in said:
                was, is_ = _label(before), _label(now)
                if was == is_:
                    # The route alone moved: "ELIGIBLE NOW, now ELIGIBLE NOW" told the paralegal
                    # of a client now on the mandatory route (SB 1106, R183) that nothing had (R186).
                    was, is_ = f"{was} ({_route(before)})", f"{is_} ({_route(now)})"
                said[remedy] = f"{short_name(remedy)}: {was}, now {is_}"
        return "; ".join(said.values())


def answers_of(screening: Screening) -> list[Answer]:
    """A screening's answers, as db.records.answers reads them from a stored one."""
    return [(d.case, d.conviction, d.remedy, d.status, d.mode, d.date.isoformat() if d.date else None) for d in screening.results]


def changes(before: Iterable[Answer], now: Iterable[Answer]) -> tuple[tuple[Answer | None, Answer | None], ...]:
    """The answers that differ, as (before, now) pairs, in the order of the new screening (a
    count or remedy gone from it after those)."""
    was = {tuple(a[:3]): tuple(a) for a in before}
    found = []
    for answer in now:
        old = was.pop(tuple(answer[:3]), None)
        if old != tuple(answer):
            found.append((old, tuple(answer)))
    found.extend((old, None) for old in was.values())
    return tuple(found)


def changed_that_day(before: Iterable[Answer], client: Client, as_of: date) -> tuple[tuple[Answer | None, Answer | None], ...]:
    """What this version's rules answer otherwise than `before` for `client`, on `as_of`, the
    day `before` was made for (the facts the same).  Set beside a later day's answers, June's
    "eligible on 2026-09-01" was told in November as the rules' change, and a client page and
    a re-screen named clients the older rules had answered as these do (A150-02, A150-04)."""
    from clinic_app.eligibility import screen

    return changes(before, answers_of(screen(client.person, client.cases, as_of)))


def _route(answer: Answer | None) -> str:
    """"mandatory", "discretionary", "automatic", as the text report's route column says it."""
    return (answer[4] if answer is not None else None) or "route not said"


def _label(answer: Answer | None) -> str:
    if answer is None:
        return "not screened"
    case, conviction, remedy, status, mode, day = answer
    return status_label(Determination(case, conviction, remedy, status, mode, date.fromisoformat(day) if day else None))
