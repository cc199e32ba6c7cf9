"""A count naming two offenses that needs no question: the answer is the same whichever it is.

"273.5(a)/245(a)(4)" may be either offense, and the record does not say which (O24-01): a
remedy that depends on the offense asks.  But where the remedy gives each offense the count
names the same answer (the same status, relief and day), asking would hold up nothing the
answer could change (S25-14: a misdemeanor "273.5(a)/245(a)(4)" on PC 1203.4, where neither
is a 1203.4(b) exclusion, was asked which one).  So the record is screened as if the count
were each offense in turn, and the answer is given where they all agree.

Only the rare two-offense count pays for this: unknown_offense calls it after the catalog
has said the count names two offenses.
"""

from __future__ import annotations

import re
from dataclasses import replace

from clinic_app.catalog import law_named
from clinic_app.model import Case, Conviction, Determination, Reason

# Weakest first: the answer is no surer than its least sure reading.
_RANK = {"L": 0, "M": 1, "H": 2}


def same_either_way(ctx, case: Case, conv: Conviction, remedy: str, match) -> Determination | None:
    """The remedy's answer where every offense the count names gives the same answer (`_same`),
    with a first reason saying so; None where any two differ, or a reading names two
    offenses again."""
    from clinic_app.eligibility.registry import BY_KEY, remedy_cite  # the registry imports result, which imports this

    from clinic_app.eligibility.result import named_parts

    evaluate = BY_KEY[remedy].evaluate
    written = law_named(conv.code, conv.section)
    answers: list[Determination] = []
    for part in named_parts(match):
        alt_ctx, alt_case, alt_conv = _as_if(ctx, case, conv, match.code, part)
        if alt_ctx.match(alt_conv).two_offenses:
            return None  # no reading to weigh: the question stays
        d = _as_the_count(evaluate(alt_ctx, alt_case, alt_conv), law_named(match.code, part), written)
        if answers and not _same(answers[0], d):
            return None
        answers.append(d)
    first = answers[0]
    named = " and ".join(f"{match.code} {part}" for part in named_parts(match))
    count = "two" if len(answers) == 2 else str(len(answers))
    said = Reason(f"{written} names {count} offenses ({named}), and the record does not say which one the conviction is for; the answer here is the same whichever it is.", remedy_cite(remedy))
    weakest = min((d.confidence for d in answers), key=_RANK.__getitem__)
    return replace(first, reasons=[said, *first.reasons], missing_facts=list(first.missing_facts), confidence=weakest)


def _same(a: Determination, b: Determination) -> bool:
    """Whether two readings give one answer: status, relief and day, and the same reasons, steps
    and missing facts once each names the count as written (a reason said of one offense
    only, a DV program say, would be wrong of the count: then the question stays)."""
    return (a.status, a.mode, a.date, a.missing_facts, a.next_steps) == (b.status, b.mode, b.date, b.missing_facts, b.next_steps) and [
        (r.text, r.cite) for r in a.reasons
    ] == [(r.text, r.cite) for r in b.reasons]


def _as_the_count(d: Determination, reading: str, written: str) -> Determination:
    """A reading's answer naming the count as written where it names the one offense read
    ("HS 11350 is not a marijuana offense" -> "HS 11350/11550 is not ...")."""
    one = re.compile(re.escape(reading) + r"(?![\w(/.])")
    return replace(
        d,
        reasons=[Reason(one.sub(written, r.text), r.cite) for r in d.reasons],
        next_steps=[one.sub(written, n) for n in d.next_steps],
    )


def _as_if(ctx, case: Case, conv: Conviction, code: str, part: str):
    """(context, case, conviction) of the record as if the count were for `part` alone, made once
    per screening: every count and bar of the record is read as that record would be.  `code`
    is the count's as the catalog read it: one written in the section ("HS 11377(a)/11364",
    code PC) was lost with it, and each reading was a PC section the catalog lacks (S26-05)."""
    key = ("either-way", id(case), conv.id, code, part)
    found = ctx.memo.get(key)
    if found is None:
        from clinic_app.eligibility.bars import person_bars
        from clinic_app.eligibility.context import make_context

        alt_conv = replace(conv, code=code, section=part)
        alt_case = replace(case, convictions=[alt_conv if v is conv else v for v in case.convictions])
        cases = tuple(alt_case if c is case else c for c in ctx.cases)
        alt_ctx = make_context(ctx.person, cases, ctx.as_of, ctx.catalog, person_bars(ctx.person, cases, ctx.as_of, ctx.catalog))
        found = ctx.memo[key] = (alt_ctx, alt_case, alt_conv)
    return found
