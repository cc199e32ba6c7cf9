"""The screening context: everything a remedy module may read, computed once per screening.

A remedy's `evaluate(ctx, case, conviction)` reads the person, the whole record, the
`as_of` date, the offense catalog (through the cached `match`), and the person-level bars.
Nothing here reads a clock or a file: the catalog is passed in (loaded once and cached
by `clinic_app.catalog.load_catalog`).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any, Iterator

from clinic_app.eligibility.bars import PersonBars
from clinic_app.eligibility.common import with_ab1950_doubts
from clinic_app.model import Case, Conviction, Person

if TYPE_CHECKING:  # pragma: no cover
    from clinic_app.catalog import Catalog, Offense, SectionMatch

# Section lookups are pure functions of (catalog, code, section): cache them across
# screenings, so a caseload of 100,000 people parses "484(a)/488" once.
_MATCHES: dict[tuple[str, str], Any] = {}
_MATCHES_CATALOG: list[Any] = [None]  # the catalog the cache speaks for


def cached_match(catalog: "Catalog", code: str, section: str) -> "SectionMatch":
    """The catalog's SectionMatch for (code, section), looked up once per catalog."""
    if _MATCHES_CATALOG[0] is not catalog:
        _MATCHES.clear()
        _MATCHES_CATALOG[0] = catalog
    key = (code, section)
    m = _MATCHES.get(key)
    if m is None:
        if len(_MATCHES) > 100_000:  # bound the memory a garbage caseload can take
            _MATCHES.clear()
        m = _MATCHES[key] = catalog.lookup(code, section)
    return m


_CASES_BY_ID = ("cases by id",)  # Context.case_of's key in the memo


class Context:
    """One screening: the person, every case, the day it speaks for, the catalog, the bars.

    Read-only by convention.  A plain class with slots, not a frozen dataclass: one is made
    per screening, and the frozen dataclass's __init__ (object.__setattr__ per field) cost
    more than the rest of the context put together.
    """

    __slots__ = ("person", "cases", "as_of", "catalog", "bars", "_convictions", "memo")

    def __init__(
        self,
        person: Person,
        cases: tuple[Case, ...],
        as_of: date,
        catalog: "Catalog",
        bars: PersonBars,
        _convictions: tuple[tuple[Case, Conviction], ...] = (),
    ) -> None:
        self.person = person
        self.cases = cases
        self.as_of = as_of
        self.catalog = catalog
        self.bars = bars
        self._convictions = _convictions
        # Facts several remedies (or convictions) ask for, worked out once per screening:
        # keys are (name, id(case)) or (name,); the cases live as long as the context.
        # Values are immutable (tuples, frozen dataclasses) so sharing them is safe.
        self.memo: dict[tuple, Any] = {}

    def __repr__(self) -> str:
        return f"Context(person={self.person!r}, cases={self.cases!r}, as_of={self.as_of!r})"

    def match(self, conviction: Conviction) -> "SectionMatch":
        """The catalog match for a conviction's code and section (cached)."""
        m = _MATCHES.get((conviction.code, conviction.section))
        if m is not None and _MATCHES_CATALOG[0] is self.catalog:
            return m
        return cached_match(self.catalog, conviction.code, conviction.section)

    def offense(self, conviction: Conviction) -> "Offense | None":
        """The catalog row for a conviction, or None when the section is unknown."""
        m = _MATCHES.get((conviction.code, conviction.section))  # match(), inlined: a hot path
        if m is None or _MATCHES_CATALOG[0] is not self.catalog:
            m = cached_match(self.catalog, conviction.code, conviction.section)
        return m.offense

    def is_attempt(self, conviction: Conviction) -> bool:
        return self.match(conviction).attempt

    def wobbler(self, conviction: Conviction) -> bool | None:
        """The request's `wobbler` when given, else the catalog's; None when unknown.  A
        felony under a section whose felony forms are all wobblers is one (a felony 243 is
        243(c) or (d): the catalog's "wobbler if felony")."""
        # The mark says the section is a wobbler, not which row the count is: the desktop fills
        # "Wobbler: Yes" from the catalog for any bare 459, so a 459 so marked is still asked its
        # degree, not screened as 459/460(b) (R296).
        if conviction.wobbler is not None:
            return conviction.wobbler
        off = self.offense(conviction)
        if off is None:
            return None
        return off.wobbler or (conviction.level == "felony" and off.holds_for_felony("wobbler"))

    def h_eligible(self, conviction: Conviction) -> bool:
        """Whether the offense can be sentenced to county jail under PC 1170(h): the catalog's
        flag, or a felony under a section whose felony forms all can (a felony 1320 is 1320(b):
        the catalog's "h_eligible if felony").  False for an unknown section."""
        off = self.offense(conviction)
        if off is None:
            return False
        return off.h_eligible or (conviction.level == "felony" and off.holds_for_felony("h_eligible"))

    def all_convictions(self) -> Iterator[tuple[Case, Conviction]]:
        """Every (case, conviction) of the record, California or not."""
        if self._convictions:
            return iter(self._convictions)
        return ((c, v) for c in self.cases if c.outcome == "convicted" for v in c.convictions)

    def other_convictions(self, conviction: Conviction) -> Iterator[tuple[Case, Conviction]]:
        return ((c, v) for c, v in self.all_convictions() if v is not conviction)

    def case_of(self, bar) -> Case | None:
        """The case a person-level bar comes from; None for one from the person's own facts."""
        if bar.case is None:
            return None
        # A dict of the cases by id, made on the first ask: the bars of a record are looked up
        # about 3 times a client, each a generator over the cases before (R28-02).  The first
        # case of an id wins, as the search found it.
        by_id = self.memo.get(_CASES_BY_ID)
        if by_id is None:
            by_id = self.memo[_CASES_BY_ID] = {c.id: c for c in reversed(self.cases)}
        return by_id.get(bar.case)


def make_context(person: Person, cases: tuple[Case, ...], as_of: date, catalog: "Catalog", bars: PersonBars) -> Context:
    """A Context with the record's convictions listed once, and the bars as every remedy
    reads them: a probation bar AB 1950 may already have ended is uncertain (it takes the
    catalog, so it is done here, once, before any remedy reads the bars)."""
    convictions = tuple([(c, v) for c in cases if c.outcome == "convicted" for v in c.convictions])
    ctx = Context(person, cases, as_of, catalog, bars, convictions)
    ctx.bars = with_ab1950_doubts(ctx)
    return ctx
