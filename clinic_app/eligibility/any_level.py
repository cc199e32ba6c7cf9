"""A count whose level is not known that needs no question: the answer is the same at every level.

Intake may leave a count's level blank ("level not known"), and the remedies that turn on the
level ask for it (V53-02).  But some answers do not turn on it: PC 1203.45 for a man 40 at
conviction is not applicable as a misdemeanor (he was 25 or older) and not as a felony or an
infraction either (it seals misdemeanors); 1203.4a is for a sentence without probation, and a
probation grant is none at any level.  Asking the level there held up nothing the answer could
change, and the client's handout listed "Sealing (offense before age 18)" as "a lawyer must
check" for a man born 1979 (Z73, left alone 3).  So the record is screened as if the count were
each level in turn, and where every reading gives the same answer, that is the answer.

As for a count naming two offenses (either_way.py), but a level changes the words of many
reasons ("this conviction is a felony"), so the readings need only agree on the status, the
relief and the day: where their reasons differ, each is said with the levels it is said of
("As a felony: ...").  A reading that needs review is never settled so: the level may decide
it once the fact it asks is found, so the level is asked with it, as before.

Only a count of unknown level pays for this: screen() calls it for those alone.
"""

from __future__ import annotations

from dataclasses import replace

from clinic_app.eligibility.record_facts import citation
from clinic_app.eligibility.registry import remedy_cite
from clinic_app.model import Case, Conviction, Determination, Reason

# Weakest first: the answer is no surer than its least sure reading.
_RANK = {"L": 0, "M": 1, "H": 2}
_AS = {"felony": "a felony", "misdemeanor": "a misdemeanor", "infraction": "an infraction"}


def as_level(ctx, case: Case, conv: Conviction, level: str):
    """(context, case, conviction) of the record as if the count were of `level`: every bar and
    every other count of the record read as that record would be (a felony here is a felony
    in another count's waiting period too)."""
    from clinic_app.eligibility.bars import person_bars
    from clinic_app.eligibility.context import make_context

    alt_conv = replace(conv, level=level)
    alt_case = replace(case, convictions=[alt_conv if v is conv else v for v in case.convictions])
    cases = tuple([alt_case if c is case else c for c in ctx.cases])
    alt_ctx = make_context(ctx.person, cases, ctx.as_of, ctx.catalog, person_bars(ctx.person, cases, ctx.as_of, ctx.catalog))
    return alt_ctx, alt_case, alt_conv


def same_at_every_level(conv: Conviction, readings: dict[str, Determination]) -> Determination | None:
    """The answer where every reading (level -> that level's Determination) gives the same
    status, relief and day and none needs review; None where any two differ (the level is then
    asked, as before).  Its first reason says the record does not give the level; a reason or a
    step said at every level is said once, one said at some levels only is said with them."""
    first = next(iter(readings.values()))
    key = (first.status, first.mode, first.date, first.missing_facts)
    if first.status == "needs_review" or any((d.status, d.mode, d.date, d.missing_facts) != key for d in readings.values()):
        return None
    said = Reason(
        f"The record does not say whether {citation(conv)} was a felony, a misdemeanor or an infraction; "
        f"the answer here is the same whichever it is.",
        # The remedy's statute, as either_way.py cites its like: the handout prints a reason's
        # cite beside the remedy, and "the client's record" there read as a legal source.
        remedy_cite(first.remedy),
    )
    reasons = _per_level(readings, lambda d: [(r.text, r.cite) for r in d.reasons])
    steps = _per_level(readings, lambda d: [(s, None) for s in d.next_steps])
    weakest = min((d.confidence for d in readings.values()), key=_RANK.__getitem__)
    return replace(
        first,
        reasons=[said, *(Reason(text, cite) for text, cite in reasons)],
        next_steps=[text for text, _cite in steps],
        missing_facts=list(first.missing_facts),
        confidence=weakest,
    )


def _per_level(readings: dict[str, Determination], items) -> list[tuple[str, str | None]]:
    """Every reading's items in order, once each: one every reading says, as it is; one some
    readings say, after the levels that say it ("As a felony or an infraction: ...")."""
    said_at: dict[tuple[str, str | None], list[str]] = {}
    for level, d in readings.items():
        for item in items(d):
            at = said_at.setdefault(item, [])
            if level not in at:
                at.append(level)
    out = []
    for (text, cite), levels in said_at.items():
        if len(levels) == len(readings):
            out.append((text, cite))
        else:
            out.append((f"As {' or '.join(_AS[level] for level in levels)}: {text}", cite))
    return out


_LEVEL_OF = {said: level for level, said in _AS.items()}


def said_of(text: str) -> tuple[tuple[str, ...], str] | None:
    """The levels a reason or step of such an answer is said of, and its own words:
    (("misdemeanor", "infraction"), "Check ...") of "As a misdemeanor or an infraction: Check
    ..." (as _per_level writes it); None for one said at every level.  For what prints them:
    two steps said of other levels are alternatives, not two steps to take in turn."""
    head, colon, words = text.partition(": ")
    if not colon or not head.startswith("As "):
        return None
    levels = tuple(_LEVEL_OF.get(said) for said in head[len("As "):].split(" or "))
    return (levels, words) if levels and None not in levels else None  # type: ignore[return-value]


def alternatives(steps: list[str]) -> list[list[int]]:
    """The steps as they are to be taken: each a list of the indexes of `steps` it is.  Steps
    side by side said of levels that do not meet ("As a felony: ...", "As a misdemeanor or an
    infraction: ...") are one, the record's level choosing which (a level may say more than
    one of them, one after the other); every other step is one alone."""
    out: list[list[int]] = []
    run: list[tuple[str, ...]] = []  # the level sets of the last group's steps
    for n, step in enumerate(steps):
        said = said_of(step)
        levels = said[0] if said is not None else None
        if levels is not None and run and (levels == run[-1] or not set(levels) & {lv for s in run for lv in s}):
            out[-1].append(n)
            run.append(levels)
            continue
        _apart(out, run)
        out.append([n])
        run = [levels] if levels is not None else []
    _apart(out, run)
    return out


def _apart(out: list[list[int]], run: list[tuple[str, ...]]) -> None:
    """The last group, each step alone where all are said of the same levels: not alternatives."""
    if out and len(set(run)) < 2 and len(out[-1]) > 1:
        out[-1:] = [[n] for n in out[-1]]
