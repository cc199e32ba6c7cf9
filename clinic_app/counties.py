"""Which county a case was heard in, as typed: one county however it was written.

A clinic serving two counties needs "the Orange County cases" (F75-02), and the County box of a
case is typed by hand: "Orange", "Orange County", "orange county " and "Orange Co." are the one
county, and the caseload list's County filter and `clinic-app list --county` take them as one.
"""

from __future__ import annotations

import re

# "County", or its short forms, after the name: "Orange County", "Orange Co.", "Orange Cnty".
_COUNTY_WORD = re.compile(r"\s+(county|co\.?|cnty\.?)$")
# "County of" before it, as the court names itself on a docket and a CR-180's caption ("Superior
# Court of California, County of Orange"), copied into the box (R77-02).
_COUNTY_OF = re.compile(r"^(.*\bcounty of\s+)(?=\S)")
# "Superior Court" after it, as the court is commonly called ("Orange County Superior Court", "Los
# Angeles Superior Court"), and a caption's full stop copied with it (R78-02).
_SUPERIOR_COURT = re.compile(r"(?<=\S)[\s,]+superior court$")


def county_key(typed: str | None) -> str | None:
    """The county `typed` names, in one form ("orange"), or None for a blank."""
    if typed is None:
        return None
    words = " ".join(typed.split()).casefold()
    words = _COUNTY_OF.sub("", words).rstrip(".")
    words = _SUPERIOR_COURT.sub("", words)
    words = _COUNTY_WORD.sub("", words).strip()
    return words or None


def counties(typed: dict[str, int]) -> dict[str, tuple[str, list[str]]]:
    """Each county of the spellings `typed` (spelling -> how many cases), by key: (the name to
    show, the spellings typed for it).  The name shown is its commonest spelling, "County" and
    all, as the clinic types it most; of two typed as often, the shorter ("Orange", not a docket's
    "Superior Court of California, County of Orange")."""
    found: dict[str, list[str]] = {}
    for spelling in typed:
        key = county_key(spelling)
        if key is not None:
            found.setdefault(key, []).append(spelling)
    return {key: (max(spellings, key=lambda s: (typed[s], -len(s.strip()), s)).strip(), sorted(spellings)) for key, spellings in found.items()}
