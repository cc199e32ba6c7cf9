"""The longest prison term of some felonies, for the limitations periods that arrest
relief waits on (PC 800: 6 years where the maximum is 8 years or more; PC 801: 3 otherwise).

The offense catalog carries no terms, so a serious or violent felony arrest had been counted at
6 years, with the 3-year date beside it "if the maximum term is under 8 years" (oracle check
O19-02: first-degree burglary, at most 6 years, was told to wait 6).  This table gives the
term for the sections whose term is plain in their statute; any other keeps that hedge.  Terms
are without enhancements, which PC 805(a) says to disregard.  The data is in
``resources/catalog/max_terms.csv``, a row per section with the statute that sets the term.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache

import resources


@dataclass(frozen=True)
class MaxTerm:
    years: int | None  # None: the subdivision decides, and the record may not say which
    source: str  # the statute and its terms, e.g. "PC 461(a): 2, 4 or 6 years"


@cache
def _table() -> dict[tuple[str, str], MaxTerm]:
    with open(resources.path("catalog", "max_terms.csv"), encoding="utf-8", newline="") as handle:
        return {(row["code"], row["section"]): MaxTerm(int(row["max_years"]) if row["max_years"] else None, row["source"]) for row in csv.DictReader(handle)}


def max_term(code: str, section: str) -> MaxTerm | None:
    """The longest term for a catalog section ("PC", "459/460(a)"); None when not known."""
    return _table().get((code, section))
