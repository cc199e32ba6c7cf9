"""Categorical answers: decided once per kind of conviction (or case), not once per record.

Most (conviction, remedy) pairs of a record are not_applicable for a reason that follows
from a handful of facts alone: the section as written, its level, the kind of sentence, a
few of the person's flags ("PC 1203.49 is only for PC 647(b) convictions").  A remedy
module may therefore split its evaluation in two:

- `gate(profile) -> Reason | None`: the not_applicable reason (confidence H) that those
  facts alone decide, or None to go on.  It is given a Profile, so it cannot read
  anything else: the profile's facts are exactly the key the answers are memoised on.
- `decide(ctx, case, conv)`: everything else, for what the gate let through.

`evaluate` is the two in turn (see `gated`).  screen() looks up the gates of all the
remedies at once per conviction, in a memo keyed on the profile's facts (a caseload of
100,000 people decides "PC 211, felony, state prison" once), builds the not_applicable
results directly, and calls `decide` only for what the gates let through.  The result is
the same Determination `evaluate` gives.  Reasons from gates are shared between results,
as record_facts.na's are: never mutate one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from clinic_app.catalog import law_named
from clinic_app.eligibility import sentence as S
from clinic_app.eligibility.context import cached_match
from clinic_app.model import Case, Conviction, Determination, Person, Reason

if TYPE_CHECKING:  # pragma: no cover
    from clinic_app.catalog import Catalog, SectionMatch
    from clinic_app.eligibility.context import Context


class ConvictionProfile:
    """The facts a conviction-level gate may read (and the memo key they make)."""

    __slots__ = ("code", "section", "level", "effective_level", "trafficking_related", "sentence_type", "probation_revoked", "fire_camp", "trafficking_survivor", "us_citizen", "match")

    def __init__(self, catalog: "Catalog", key: tuple) -> None:
        (self.code, self.section, self.level, self.effective_level, self.trafficking_related,
         (self.sentence_type, self.probation_revoked),
         (self.fire_camp, self.trafficking_survivor, self.us_citizen)) = key  # fmt: skip
        self.match: "SectionMatch" = cached_match(catalog, self.code, self.section)  # a function of code and section

    @property
    def citation(self) -> str:
        """"PC 459/460(b)" as the paralegal wrote it (a conspiracy typed under its target's code
        as the catalog reads it: catalog.law_named)."""
        return law_named(self.code, self.section)


class CaseProfile:
    """The facts a case-level gate may read (and the memo key they make)."""

    __slots__ = ("outcome", "program_kind", "probation_granted")

    def __init__(self, catalog: "Catalog", key: tuple) -> None:
        self.outcome, self.program_kind, self.probation_granted = key


def person_facts(person: Person) -> tuple:
    """The person's part of a conviction profile key."""
    return (person.fire_camp, person.trafficking_survivor, person.us_citizen)


def sentence_facts(case: Case) -> tuple:
    """The case's part of a conviction profile key: (sentence type, probation revoked: None
    where probation was granted and the record has none of its facts)."""
    s = case.sentence
    if s is None:
        return (None, False)
    p = s.probation
    if s.type != "probation":
        return (s.type, False)
    return (s.type, None if p is None else p.stands_revoked())


def conviction_key(conv: Conviction, sentence: tuple, person: tuple) -> tuple:
    """The memo key of a conviction's profile (sentence and person: the parts above)."""
    return (conv.code, conv.section, conv.level, S.effective_level(conv), conv.trafficking_related, sentence, person)


def case_key(case: Case) -> tuple:
    """The memo key of a case's profile."""
    prog = case.program
    # Probation granted: True / False, or None where the record does not show the sentence
    # (metamorphic finding: an unknown sentence was read as "probation was not granted").
    s = case.sentence
    return (case.outcome, None if prog is None else prog.kind, None if s is None else s.type == "probation")


class GateTable:
    """The gates of a tuple of remedies, answered once per distinct profile key.

    `answers(catalog, key)` is a tuple, one entry per remedy: the gate's Reason, or None
    when the remedy has no gate or its gate lets the profile through.
    """

    def __init__(self, gates: tuple, profile: type) -> None:
        self._gates = gates
        self._profile = profile
        self._catalog: object = None  # the catalog the memo speaks for
        self.memo: dict[tuple, tuple] = {}

    def answers(self, catalog: "Catalog", key: tuple) -> tuple:
        if self._catalog is not catalog:
            self.memo.clear()
            self._catalog = catalog
        found = self.memo.get(key)
        if found is None:
            if len(self.memo) > 50_000:  # bound the memory a garbage caseload can take
                self.memo.clear()
            p = self._profile(catalog, key)
            found = self.memo[key] = tuple(None if g is None else g(p) for g in self._gates)
        return found


def conviction_profile(ctx: "Context", case: Case, conv: Conviction) -> ConvictionProfile:
    return ConvictionProfile(ctx.catalog, conviction_key(conv, sentence_facts(case), person_facts(ctx.person)))


def gated(key: str, gate: Callable, decide: Callable, scope: str = "conviction") -> Callable:
    """evaluate(ctx, case, conv): the gate's not_applicable when it answers, else decide."""
    if scope == "conviction":

        def evaluate(ctx, case: Case, conv: Conviction) -> Determination:
            r = gate(conviction_profile(ctx, case, conv))
            if r is not None:
                return Determination(case.id, conv.id, key, "not_applicable", None, None, [r], [], [], "H")
            return decide(ctx, case, conv)

    else:

        def evaluate(ctx, case: Case, _conv=None) -> Determination:  # type: ignore[misc]
            r = gate(CaseProfile(ctx.catalog, case_key(case)))
            if r is not None:
                return Determination(case.id, None, key, "not_applicable", None, None, [r], [], [], "H")
            return decide(ctx, case, None)

    evaluate.__doc__ = f"{key}: the gate, then decide (clinic_app.eligibility.gates)."
    return evaluate
