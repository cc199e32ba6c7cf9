"""The eligibility engine: `screen(person, cases, as_of) -> Screening`.

A pure function (no clock, no I/O, no Qt, no SQL).  For every conviction (and, for the
case-level remedies, every case) it asks each remedy of the registry for one
Determination, with ordered reasons and citations, next steps, missing facts and a
confidence; then it lists what stays true after relief (consequences.py).

Rules are versioned by effective date and evaluated against `as_of`; RULES_VERSION is
stored with every result so an old result can be reproduced and marked stale.
"""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Iterable

# registry first: the remedy modules import Remedy from it (see registry.py).
from clinic_app.eligibility.registry import REMEDIES, Remedy, remedy_title  # noqa: I001
from clinic_app.eligibility.bars import person_bars
from clinic_app.eligibility.consequences import consequences
from clinic_app.eligibility.context import Context, make_context
from clinic_app.eligibility.result import outside_california, det
from clinic_app.catalog import load_catalog
from clinic_app.model import Case, Determination, Person, Screening

RULES_VERSION = "2026.11"

_CONVICTION_REMEDIES = tuple(r for r in REMEDIES if r.scope == "conviction")
_CASE_REMEDIES = tuple(r for r in REMEDIES if r.scope == "case")
_CONVICTION_EVALUATORS = tuple(r.evaluate for r in _CONVICTION_REMEDIES)
_CASE_EVALUATORS = tuple(r.evaluate for r in _CASE_REMEDIES)


def _catalog():
    """The offence catalog (loaded once per process by clinic_app.catalog)."""
    return load_catalog()


def screen(person: Person, cases: Iterable[Case], as_of: date) -> Screening:
    """Screen one person's whole record on `as_of` against every registered remedy."""
    cases = tuple(cases)
    ctx = make_context(person, cases, as_of, _catalog(), person_bars(person, cases, as_of))
    results: list[Determination] = []
    add = results.append
    for case in cases:
        if case.jurisdiction != "CA":
            _outside(ctx, case, add)
            continue
        if case.outcome == "convicted":
            for conv in case.convictions:
                if conv.relief_granted:
                    granted = {r.remedy: r.date for r in conv.relief_granted}
                    for remedy in _CONVICTION_REMEDIES:
                        if remedy.key in granted:
                            add(_already_granted(ctx, case, conv, remedy, granted[remedy.key]))
                        else:
                            add(remedy.evaluate(ctx, case, conv))
                else:
                    for evaluate in _CONVICTION_EVALUATORS:
                        add(evaluate(ctx, case, conv))
        for evaluate in _CASE_EVALUATORS:
            add(evaluate(ctx, case, None))
    return Screening(as_of, RULES_VERSION, results, consequences(ctx))


def _outside(ctx: Context, case: Case, add) -> None:
    """A case from another jurisdiction: every remedy not_applicable, saying why."""
    for conv in case.convictions if case.outcome == "convicted" else ():
        for remedy in _CONVICTION_REMEDIES:
            add(outside_california(ctx, case, conv, remedy.key))
    for remedy in _CASE_REMEDIES:
        add(outside_california(ctx, case, None, remedy.key))


def _already_granted(ctx: Context, case: Case, conv, remedy: Remedy, when: date | None) -> Determination:
    """Relief already obtained for this count: nothing left to ask for under this remedy."""
    on = f" on {when.isoformat()}" if when is not None else ""
    return det(
        ctx,
        case,
        conv,
        remedy.key,
        "not_applicable",
        reasons=[(f"{remedy.title} was already granted{on} for this conviction.", "Record: relief_granted")],
    )


def facts_hash(person: Person, cases: Iterable[Case]) -> str:
    """sha256 hex of the canonical request JSON without `as_of`, for stale-result checks.

    The text is json.dumps(request_to_dict(...), sort_keys=True, separators=(",", ":"),
    ensure_ascii=False); `canonical_request_json` writes exactly that, faster.
    """
    from clinic_app.screening_format import canonical_request_json

    return hashlib.sha256(canonical_request_json(person, list(cases)).encode("utf-8")).hexdigest()


__all__ = ["screen", "facts_hash", "RULES_VERSION", "REMEDIES", "Remedy", "remedy_title", "Context"]
