"""Which county a case was heard in, as typed: one county however it was written.

A clinic serving two counties needs "the Orange County cases" (F75-02), and the County box of a
case is typed by hand: "Orange", "Orange County", "orange county " and "Orange Co." are the one
county, as are "Orange, CA" and "OC" (C80-02), and the caseload list's County filter and
`clinic-app list --county` take them as one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from clinic_app.model import Case

# "County", or its short forms, after the name: "Orange County", "Orange Co.", "Orange Cnty".
_COUNTY_WORD = re.compile(r"\s+(county|co\.?|cnty\.?)$", re.IGNORECASE)
# "County of" before it, as the court names itself on a docket and a CR-180's caption ("Superior
# Court of California, County of Orange"), copied into the box (R77-02).
_COUNTY_OF = re.compile(r"^(.*\bcounty of\s+)(?=\S)", re.IGNORECASE)
# "Superior Court" after it, as the court is commonly called ("Orange County Superior Court", "Los
# Angeles Superior Court"), and a caption's full stop copied with it (R78-02).
_SUPERIOR_COURT = re.compile(r"(?<=\S)[\s,]+superior court$", re.IGNORECASE)
# The state after it, as an address gives it: "Orange, CA", "Los Angeles County, California" (C80-02).
_STATE = re.compile(r"(?<=\S)(?:,\s*|\s+)(ca|calif|california)\.?$", re.IGNORECASE)
# The short forms a clinic types for a county, where each is one county's only (C80-02): "LA" and
# "L.A." are Los Angeles, "OC" Orange, "SF" San Francisco; and the clipped names an intake sheet
# gives the counties round Los Angeles, "Riv." (and "RivCo") Riverside, "San Bern." and "San
# Bdno." San Bernardino, "Sac." Sacramento, "SLO" San Luis Obispo: typed "Riv." a case's court
# was printed "Riv County, CA" on the worksheet and "Riv County" on the handout (L165-01).  Not
# "SB" (San Bernardino or Santa Barbara) nor "SD" (San Diego, or a state), whose county the
# letters do not tell; nor a state's clipped name that begins a county's ("Ala.", "Mont.",
# "Del."), which "State or court:" takes for another state's court.
_SHORT_FORMS = {"la": "los angeles", "oc": "orange", "sf": "san francisco", "riv": "riverside",
                "rivco": "riverside", "san bern": "san bernardino", "san bdno": "san bernardino",
                "sac": "sacramento", "slo": "san luis obispo"}
# The full name shown for a county typed only in short: the filter says "Los Angeles", not "LA".
_FULL_NAMES = {"los angeles": "Los Angeles", "orange": "Orange", "san francisco": "San Francisco",
               "riverside": "Riverside", "san bernardino": "San Bernardino", "sacramento": "Sacramento",
               "san luis obispo": "San Luis Obispo"}


# A California case whose County box was left blank, or cleared (C80-01).  The screening, the
# filing worksheet ("County not recorded") and the handout name no court for it, Los Angeles
# or any: FORMAT.md's default is a request's that gives no county at all, and the case form
# stores a cleared box as no county.  The filter lists such clients under this choice, so
# they are found, not left out of every county.  No typed county has this key (a blank has
# none).
NOT_GIVEN = ""
NOT_GIVEN_NAME = "County not given"


# The court practice the program holds is Los Angeles's (ca-rules.md 6, "Los Angeles
# practicalities"; README: "Los Angeles first"): a Riverside or San Bernardino case's sheet
# named its court and said nothing of what the program does not know of it (C149-04).  The
# Judicial Council's forms (CR-180, CR-181 ...) are statewide; a court's local forms, where
# it takes filings and whom to serve are its own.
OUTSIDE_LOS_ANGELES = ("This program knows Los Angeles court practice only: before filing, check the {county} court's "
                       "local forms and rules, where it takes filings, and which prosecutor to serve.")


def court_practice_note(case: Case) -> str | None:
    """What the program does not know of the court of a California case outside Los Angeles
    (OUTSIDE_LOS_ANGELES, its county named); None in Los Angeles, another state, or where no
    county is given (the court is still to be found: "County not recorded")."""
    if case.jurisdiction != "CA" or county_key(case.county) == "los angeles":
        return None
    named = county_named(case.county)
    return OUTSIDE_LOS_ANGELES.format(county=f"{named} County") if named else None


def named_key(named: str) -> str | None:
    """The county a user names to list it (`clinic-app list --county`): `county_key`, and
    "not given" (or "County not given", as the filter says it) for the cases with none."""
    if " ".join(named.split()).casefold() in ("not given", NOT_GIVEN_NAME.casefold()):
        return NOT_GIVEN
    return county_key(named)


def county_key(typed: str | None) -> str | None:
    """The county `typed` names, in one form ("orange"), or None for a blank."""
    words = _name_typed(typed)
    return _SHORT_FORMS.get(words.replace(".", ""), words) if words else None


def county_named(typed: str | None) -> str | None:
    """The county `typed` names, to print before "County" (a worksheet's court, a case's
    title): as typed, without "County", "County of", "Superior Court" or the state, and a short
    form by its full name ("Los Angeles" of "LA"); None for a blank.  "Los Angeles County"
    was printed "Los Angeles County County, CA" on the filing worksheet (R81a-03)."""
    name = _name_typed(typed, folded=False)
    if not name:
        return None
    return _FULL_NAMES[county_key(name)] if _short(name) else name


def court_of(case: Case) -> str:
    """The court a case is heard in, as the filing worksheet and `list`'s petitions to file name
    it: "Los Angeles County, CA"; another state's case by its state."""
    if case.jurisdiction and case.jurisdiction != "CA":
        # Another state's case is where its jurisdiction is, as its title says it when it has no
        # number (case_titles.record_parts, R85b-01): its county is FORMAT.md's default, Los
        # Angeles, where none is given, and "Los Angeles County, NV" named no court (R86-02).
        return case.jurisdiction
    named = county_named(case.county)  # "Los Angeles County" typed was "Los Angeles County County" (R81a-03)
    where = f"{named} County" if named else "County not recorded"
    return f"{where}, {case.jurisdiction}" if case.jurisdiction else where


def counties_differ(cases: Iterable[Case]) -> bool:
    """Whether `cases`' California cases are heard in more than one county (a blank county
    counted as none): then each is said with its court, the one the client goes back to."""
    return len({key for case in cases if case.jurisdiction == "CA" and (key := county_key(case.county))}) > 1


def other_counties_named(text: str, cases: Iterable[Case], own: Case | None = None) -> str:
    """`text` with each case of `cases` it names by its court number said with its county, "in
    case MSB21003456 (San Bernardino County)", where the client's California cases are heard in
    more than one county; `own`, the case `text` is said of, and a case in its county, are left
    as they are (the page or row already says their court).  A client with cases in Los
    Angeles, Riverside and San Bernardino read under the Los Angeles case "Ask the court to end
    probation early (PC 1203.3) in case MSB21003456", as if that court were Los Angeles's: the
    early end is asked of the court that set the probation (C149-01).  A case named by a title
    ("c3 (VC 23152(a), convicted ..., Los Angeles County)") says its county already."""
    cases = list(cases)
    if not counties_differ(cases):
        return text
    keys = {case.id: county_key(case.county) for case in cases if case.jurisdiction == "CA"}
    mine = keys.get(own.id) if own is not None else None
    for case in cases:
        named = county_named(case.county)
        if (own is not None and case.id == own.id) or not case.case_number or not named or keys.get(case.id) in (None, mine):
            continue
        # The number alone, not a longer one it begins ("BA350123-01"), nor one titled already.
        text = re.sub(rf"(?<![\w-]){re.escape(case.case_number)}(?![\w-])(?! \()",
                      f"{case.case_number} ({named} County)", text)
    return text


def _name_typed(typed: str | None, *, folded: bool = True) -> str:
    """The county's name as typed, folded (unless not `folded`), without what may be typed
    round it ("County", "County of", "Superior Court", ", CA"): "l.a" of "L.A. County, CA"."""
    if typed is None:
        return ""
    words = " ".join(typed.split())
    words = words.casefold() if folded else words
    words = _COUNTY_OF.sub("", words).rstrip(".")
    words = _STATE.sub("", words).rstrip(".")
    words = _SUPERIOR_COURT.sub("", words)
    return _COUNTY_WORD.sub("", words).strip()


def _short(spelling: str) -> bool:
    """Whether `spelling` names its county by a short form ("LA", "L.A. County", "OC, CA")."""
    return _name_typed(spelling).replace(".", "") in _SHORT_FORMS


def counties(typed: dict[str, int]) -> dict[str, tuple[str, list[str]]]:
    """Each county of the spellings `typed` (spelling -> how many cases), by key: (the name to
    show, the spellings typed for it), and NOT_GIVEN for the cases given none, where `typed`
    counts them under "".  The name shown is its commonest spelling, "County" and
    all, as the clinic types it most; of two typed as often, the shorter ("Orange", not a docket's
    "Superior Court of California, County of Orange"); never a short form ("LA"): where the
    county was typed only so, its full name ("Los Angeles")."""
    found: dict[str, list[str]] = {}
    for spelling in typed:
        key = county_key(spelling)
        if key is not None:
            found.setdefault(key, []).append(spelling)
    shown = {key: (_shown(key, spellings, typed), sorted(spellings)) for key, spellings in found.items()}
    if typed.get(NOT_GIVEN):  # the cases given no county: the spelling "" stands for them all
        shown[NOT_GIVEN] = (NOT_GIVEN_NAME, [NOT_GIVEN])
    return shown


def _shown(key: str, spellings: list[str], typed: dict[str, int]) -> str:
    """The name the filter shows for a county: its commonest spelling in full, never a short
    form ("Los Angeles", though "LA" was typed more: C80-02), and the full name where it was
    typed only in short."""
    full = [spelling for spelling in spellings if not _short(spelling)]
    if not full:
        return _FULL_NAMES[key]
    commonest = max(full, key=lambda s: (typed[s], -len(s.strip()), s)).strip()
    return _STATE.sub("", commonest).strip() or commonest  # "Orange", not "Orange, CA": all are California's


# California's 58 counties, folded as `county_key` gives them.
# A court's words round a county's name as a record sheet or a docket writes them, which the
# County box's reading (`county_key`) does not take off: "Superior Court of Los Angeles County",
# "Superior Court - Orange County", "Fresno County Sup Ct", and a municipal court, as records
# before 2000 name it ("Los Angeles Municipal Court").  Typed so in "State or court:", a
# California case went through as another state's (R111-02).
_COURT_BEFORE = re.compile(r"^superior\s+court(?:\s+of\s+|\s*[,\-\u2013]\s*)(?=\S)", re.IGNORECASE)
_COURT_AFTER = re.compile(r"(?<=\S)[\s,]+(?:municipal\s+court|sup\.?\s*ct\.?)$", re.IGNORECASE)

CALIFORNIA_COUNTIES = frozenset((
    "alameda", "alpine", "amador", "butte", "calaveras", "colusa", "contra costa", "del norte", "el dorado", "fresno",
    "glenn", "humboldt", "imperial", "inyo", "kern", "kings", "lake", "lassen", "los angeles", "madera", "marin",
    "mariposa", "mendocino", "merced", "modoc", "mono", "monterey", "napa", "nevada", "orange", "placer", "plumas",
    "riverside", "sacramento", "san benito", "san bernardino", "san diego", "san francisco", "san joaquin",
    "san luis obispo", "san mateo", "santa barbara", "santa clara", "santa cruz", "shasta", "sierra", "siskiyou",
    "solano", "sonoma", "stanislaus", "sutter", "tehama", "trinity", "tulare", "tuolumne", "ventura", "yolo", "yuba"))


def names_a_california_court(typed: str) -> bool:
    """Whether `typed`, where the state or court of a case not heard in California is asked
    for, names a California court instead: a county ("Los Angeles", "LA Superior Court",
    "Orange County, CA", a caption's "Superior Court of California, County of Riverside") or
    the state's superior court.  Typed so in the case form's "State or court:" box, a California
    case was screened as another state's, every remedy out of reach (U110-04).  "Nevada" is the
    state there, and "Nevada County" ("County of Nevada", "Nevada, CA") the California county (M57-03: it
    was taken for the state); a federal court in California ("Central District of California")
    is no California court.  The court's words round the county ("Superior Court of Los Angeles
    County", "Los Angeles Municipal Court") are read through (R111-02)."""
    words = " ".join(typed.split()).casefold()
    if "superior court of california" in words:
        return True
    key = county_key(_COURT_AFTER.sub("", _COURT_BEFORE.sub("", " ".join(typed.split()))))
    if key == "nevada":
        return re.search(r"\bcounty\b|\bca\b|california|superior court", words) is not None
    return key is not None and key in CALIFORNIA_COUNTIES
