"""The offense catalog: what the law says about each code section, as data.

The law is a list here (DESIGN.md: "rules are data where the law is a list"): which
sections are wobblers, excluded from PC 1203.4 / 1203.4a, Vehicle Code 12810(a)-(e)
offenses, serious (PC 1192.7(c)), violent (PC 667.5(c)), registrable (PC 290),
super-strikes (PC 667(e)(2)(C)(iv)), Prop 47 and Prop 64 sections, on the PC 29805
misdemeanor firearm list, and punishable in county jail under PC 1170(h).  The rows
live in ``resources/catalog/offenses.csv`` (see its README for the columns and sources).

Sections are written in many ways on dockets, RAP sheets and intake forms ("459 PC",
"pc 11350 (a)", "H&S 11350", "664/211", "484(a)/488", "VC 23152(b)").  `Catalog.lookup`
understands them and never raises: an unknown section comes back with ``offense=None``
so the engine can answer ``needs_review`` naming it.

Pure Python and the csv module only; loaded once per process (`load_catalog`).  The
engine screens tens of thousands of convictions a second, so lookups are memoised.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields
from datetime import date
from functools import cache, lru_cache
from pathlib import Path

import resources

# The boolean columns of offenses.csv, in file order.
FLAG_COLUMNS: tuple[str, ...] = (
    "wobbler",
    "excluded_1203_4",
    "excluded_1203_4a",
    "vc12810",
    "vc42001",
    "serious",
    "violent",
    "registrable",
    "super_strike",
    "prop47",
    "prop64",
    "firearm_29805",
    "firearm_29805_lifetime",
    "domestic_violence",
    "h_eligible",
    "theft_fraud",
)
LEVELS: tuple[str, ...] = ("felony", "misdemeanor", "infraction", "wobbler")
TRUE_WORDS = frozenset({"1", "true", "yes", "y"})
FALSE_WORDS = frozenset({"0", "false", "no", "n", ""})

# How clinics write the names of codes, mapped to the catalog's short names.
CODE_ALIASES: dict[str, str] = {
    "PC": "PC", "PEN": "PC", "PENAL": "PC", "CPC": "PC",
    "HS": "HS", "H&S": "HS", "HSC": "HS", "H&SC": "HS", "HANDS": "HS",
    "VC": "VC", "VEH": "VC", "CVC": "VC",
    "BP": "BP", "B&P": "BP", "BPC": "BP",
    "WI": "WI", "W&I": "WI", "WIC": "WI",
    "GC": "GC", "GOV": "GC",
    "FG": "FG", "F&G": "FG", "FGC": "FG",
    "LC": "LC", "LAB": "LC",
    "CCP": "CCP",
    "MC": "MC", "LAMC": "LAMC",
    # written out: "Penal Code", "Health & Safety Code", "Vehicle Code" ...
    "PENALCODE": "PC", "VEHICLECODE": "VC", "VEHCODE": "VC",
    "HEALTH&SAFETYCODE": "HS", "HEALTHANDSAFETYCODE": "HS",
    "BUSINESS&PROFESSIONSCODE": "BP", "BUSINESSANDPROFESSIONSCODE": "BP",
    "WELFARE&INSTITUTIONSCODE": "WI", "WELFAREANDINSTITUTIONSCODE": "WI",
}
_KNOWN_CODES = frozenset(CODE_ALIASES.values())
# Codes sorted first in the completer; the rest follow alphabetically.
CODE_ORDER: dict[str, int] = {"PC": 0, "HS": 1, "VC": 2, "BP": 3, "WI": 4}

_LEADING_CODE = re.compile(r"^([A-Z][A-Z&.,]*)(?=\d)")
_TRAILING_CODE = re.compile(r"(?<=[\d)])([A-Z][A-Z&]*)$")
# A code written after the section with a space ("476a PC"): the space tells it from the
# section's own letter, which squeezing would join to it ("476APC", read as "476a" + "PC").
_SPACED_TRAILING_CODE = re.compile(r"(?<=[0-9A-Za-z)])\s+([A-Za-z][A-Za-z&.]*(?:\s+[A-Za-z&.]+)*)\s*$")
_PARENT = re.compile(r"^(.+)\([^()]*\)$")
_SECTION_NUMBER = re.compile(r"^(\d+)(?:\.(\d+))?(.*)$")
_ATTEMPT_PREFIX = re.compile(r"^664(?:\([a-z0-9]+\))?/(.+)$")
_ATTEMPT_SUFFIX = re.compile(r"^(.+)/664(?:\([a-z0-9]+\))?$")
_ATTEMPT_STATUTE = re.compile(r"^(664(?:\([a-z0-9]+\))?)/")
_ATTEMPT_STATUTE_AFTER = re.compile(r"/(664(?:\([a-z0-9]+\))?)$")


@dataclass(frozen=True)
class Offense:
    """One row of the catalog: a code section and what the law says about it."""

    code: str
    section: str
    description: str
    level: str
    wobbler: bool
    excluded_1203_4: bool
    excluded_1203_4a: bool
    vc12810: bool
    vc42001: bool
    serious: bool
    violent: bool
    registrable: bool
    super_strike: bool
    prop47: bool
    prop64: bool
    firearm_29805: bool
    firearm_29805_lifetime: bool
    domestic_violence: bool
    h_eligible: bool
    # A section PC 1203.1(l)(2) names (487(b)(3), 503, 532a; not theft or fraud at large, R296):
    # such a felony over $25,000 may keep up to 3 years of probation under AB 1950 (ca-rules.md 2.2 [M]).
    theft_fraud: bool
    notes: str
    sources: str
    # The flags a fact the record may not hold decides (the subdivision, the degree, what was
    # taken): (flag, the condition under which the flag holds, the day before which alone it
    # is asked or None, whether every felony under the section meets the condition), from
    # `depends_on`.  The flag's own column is the reading that is safe when the fact is unknown.
    depends_on: tuple[tuple[str, str, date | None, bool], ...] = ()

    def condition(self, flag: str, day: date | None = None) -> str | None:
        """The fact that decides `flag` for this row ("it was first-degree burglary"), or None
        when the row decides it.  A condition asked only before a date (the law changed then)
        is asked when `day`, the offense's, is before it or unknown."""
        for name, when, before, _felony in self.depends_on:
            if name == flag and (before is None or day is None or day < before):
                return when
        return None

    def holds_for_felony(self, flag: str) -> bool:
        """Whether a felony conviction under this row meets the condition of `flag` ("wobbler
        if felony": a felony under PC 243 is under 243(c) or (d), both wobblers)."""
        # Most rows depend on nothing: no generator to run (asked for every felony screened).
        return bool(self.depends_on) and any(name == flag and felony for name, _when, _before, felony in self.depends_on)

    @property
    def no_felony_form(self) -> bool:
        """Whether the row reads no felony of the offense: a misdemeanor or infraction whose
        `depends_on` names no form that is a wobbler (PC 415(1), not PC 417, whose 417(b) and (c)
        are).  A felony conviction under such a row is checked (Q267 fault 03): the level may be
        a slip, or a felony the row does not read (its notes may name one: PC 314(1)'s with a
        prior; PC 490.2's after a listed prior, R277-01)."""
        return self.level in ("misdemeanor", "infraction") and not any(name == "wobbler" for name, _when, _before, _felony in self.depends_on)

    @property
    def level_unverified(self) -> bool:
        """Whether the row's own notes rate its level unverified ("[L] verify level"): then
        whether it is a wobbler, which alone opens PC 17(b), is an attorney's to confirm (a
        Prop 36 section: ca-rules.md section 1 rates Prop 36 [L]).  A note about 1170(h) or a
        flag is not about the level, and weakens nothing here."""
        return "[L] verify level" in self.notes

    @property
    def jail_unverified(self) -> bool:
        """Whether the row's notes rate its PC 1170(h) reading (`h_eligible`) unverified ("[L]
        verify 1170(h)"): an answer that rests on that flag (PC 1203.42) is an attorney's."""
        return "[L] verify 1170(h)" in self.notes or "[L] verify level and 1170(h)" in self.notes

    @property
    def citation(self) -> str:
        """"PC 459"."""
        return f"{self.code} {self.section}"


@dataclass(frozen=True)
class SectionMatch:
    """How a section as written was understood, and the catalog row it resolved to."""

    written: str
    code: str
    section: str
    attempt: bool
    offense: Offense | None
    matched_on: str | None
    exact: bool
    # The sections a count names where it names two offenses and no rule says which one the
    # conviction is for ("HS 11350/11550": possession, or being under the influence): the
    # offense is then unknown, and the engine asks which (oracle finding O23-18).
    two_offenses: tuple[str, ...] = ()
    # Enhancements written after the offense ("245(a)(4)/12022.7"): the offense is the
    # conviction, but an enhancement can make a felony serious or violent (PC 1192.7(c)(8),
    # 667.5(c)(8)), which the catalog cannot say (O23-18).
    enhancements: tuple[str, ...] = ()


class CatalogError(ValueError):
    """offenses.csv is malformed (a shipped-data bug, reported with the line number)."""


def offense_label(offense: Offense, level: str | None = None, wobbler: bool | None = None, attempt: str | None = None,
                  named: str | None = None) -> str:
    """How the completer and the case editor show a section: "PC 459 Burglary - wobbler".
    Under a count the record's `level` (and `wobbler`, where it says) is shown, not the row's
    usual one: a misdemeanor HS 11359 was shown "... for sale - felony" beside its Level
    "Misdemeanor" (A38's review), as if one of the two were wrong.  A count written as an
    attempt gives its statute (`attempt_statute`): "PC 664/459 Attempted burglary - felony".
    `named` says the section and what it is otherwise (a conspiracy with its target: W69-04)."""
    named = named or offense_named(offense, attempt)
    if level is None:
        return f"{named} - {offense.level}"
    if wobbler is None:
        wobbler = bool(offense.wobbler) or offense.level == "wobbler"
    return f"{named} - {level}{' (wobbler)' if wobbler else ''}"


def offense_named(offense: Offense, attempt: str | None = None) -> str:
    """A section and what it is, no level: "PC 459 Burglary"; written as an attempt (its
    statute, `attempt_statute`), as one: "PC 664/459 Attempted burglary"."""
    if attempt:
        return f"{offense.code} {attempt}/{offense.section} {attempted(offense.description)}"
    return f"{offense.code} {offense.section} {offense.description}"


def attempted(description: str) -> str:
    """An offense's description as its attempt (PC 664): "Burglary" -> "Attempted burglary",
    an initialism kept as it is ("DUI ..." stays upper case)."""
    return f"Attempted {in_sentence(description)}"


def conspired(description: str) -> str:
    """An offense's description as the crime a conspiracy (PC 182) was to commit: "Sale or
    transportation of narcotics" -> "Conspiracy to commit sale or transportation of narcotics"
    (W69-01, as the client's card names it: H68-03)."""
    return f"Conspiracy to commit {in_sentence(description)}"


def in_sentence(description: str) -> str:
    """A description (or its translation) inside a sentence: lower case first, an initialism
    kept ("DUI ...").  "Attempted robbery", "Tentativa de robo con violencia" (H21-20).  A word
    a number names ("Prop 47 ...", "Section 1203") is a name and keeps its capital (S126-01)."""
    if len(description) < 2 or not description[1].islower() or re.match(r"\S+ \d", description):
        return description
    return description[0].lower() + description[1:]


def normalize_code(code: object) -> str:
    """"h&s" -> "HS", "Pen." -> "PC"; unknown codes are kept, upper-cased, without dots."""
    text = re.sub(r"[\s.,§]", "", str(code or "")).upper()
    if text in CODE_ALIASES:
        return CODE_ALIASES[text]
    if text.endswith("CODE") and text[:-4] in CODE_ALIASES:  # "Veh. Code", "H&S Code"
        return CODE_ALIASES[text[:-4]]
    return CODE_ALIASES.get(text + "CODE", text)  # "Health and Safety"


def _squeeze(text: str) -> str:
    """Drop spaces, "§" and "section"/"sec." words, and trailing punctuation."""
    text = text.replace("§", " ").replace("\u00a0", " ")
    # Not the "sec" of "second": "459 second degree" became "459onddegree" (D48-01).
    text = re.sub(r"(?i)\bsec(?:tion|\.)?(?![a-z])\s*", " ", text)
    text = re.sub(r"\s+", "", text)
    return text.strip(".,;:")


def _spaced_trailing_code(text: str) -> tuple[str, str] | None:
    """(the code, the text before it) where a known code follows the section after a space
    ("476a PC", "171b P.C."); None otherwise."""
    found = _SPACED_TRAILING_CODE.search(text)
    if found is None:
        return None
    code = normalize_code(found.group(1))  # "PC", "P.C.", "Pen. Code", "Health and Safety Code"
    if code not in _KNOWN_CODES:
        return None
    return code, text[: found.start()]


def split_code(code: object, section: object) -> tuple[str, str]:
    """Separate a code written inside the section ("VC 23152(b)", "459 PC") from the section.

    A code in the section wins over the `code` argument; with neither, the Penal Code is
    assumed, as it is on most dockets.
    """
    written = str(section or "")
    found = ""
    spaced = _spaced_trailing_code(written)
    if spaced is not None:
        found, written = spaced
    raw = _squeeze(written)
    upper = raw.upper()
    lead = None if found else _LEADING_CODE.match(upper)
    if lead:
        found, raw = lead.group(1), raw[lead.end():]
    elif not found:
        trail = _TRAILING_CODE.search(upper)
        # Only a known code may trail ("459 PC"): the letter of "171b" or "1203.4a" is no code.
        if trail and trail.group(1) in CODE_ALIASES:
            found, raw = trail.group(1), raw[: trail.start()]
    chosen = normalize_code(found) if found else normalize_code(code)
    return chosen or "PC", raw.lower()


def _head(section: str) -> str:
    """The section a degree is written after: "459" of "459/460(a)"."""
    return section.split("/", 1)[0]


def parents(section: str) -> list[str]:
    """The section and its ever less specific parents: "243(e)(1)" -> ["243(e)(1)", "243(e)", "243"]."""
    chain = [section]
    while True:
        match = _PARENT.match(chain[-1])
        if not match:
            return chain
        chain.append(match.group(1))


def strip_attempt(section: str) -> tuple[str, bool]:
    """"664/211" or "664(a)/187" -> ("211", True); PC 664 is the attempt statute."""
    for pattern in (_ATTEMPT_PREFIX, _ATTEMPT_SUFFIX):
        match = pattern.match(section)
        if match:
            return match.group(1), True
    return section, False


def attempt_statute(section: object) -> str | None:
    """The attempt statute as a section is written with it: "664" of "664/211" and of "211/664",
    "664(a)" of "PC 664(a)/187" (premeditated attempted murder: its subdivision is kept where
    typed); None where the section is written as no attempt."""
    code, squeezed = split_code("PC", section)
    squeezed = _as_the_catalog_writes(code, squeezed)  # "664&211" is read "664/211"
    written = _ATTEMPT_STATUTE.match(squeezed) or _ATTEMPT_STATUTE_AFTER.search(squeezed)
    return written.group(1) if written and strip_attempt(squeezed)[1] else None


# Sections that name the offense when written first in a pair, though the usual rule reads
# the last part ("484(a)/488": the punishing section): see `candidates`.
# The Vehicle Code sections of a DUI (VC 23152 under the influence, 23153 causing injury),
# and of a "wet reckless" (VC 23103.5), which counts as a prior in a later DUI case too
# (VC 23540, 23546): read by the engine's exceptions and consequences and by the handout.
DUI_SECTIONS = ("23152", "23153")
WET_RECKLESS_SECTION = "23103.5"

_NAMES_THE_OFFENSE = frozenset({"459", "182", "490.2", "666"})


# Sections that add a term to the offense written beside them, not an offense of their own:
# PC 12022-12022.95 (weapon, firearm, great bodily injury) and 186.22(b) (gang).
_ENHANCEMENT = re.compile(r"^(?:12022(?:\.\d+)?|186\.22\(b\))(?:\(.*)?$")
# Pairs one rule reads as one offense (`candidates` says which part names it): a section with
# the one that sets its degree or punishment, theft with theft, a conspiracy with its target.
_THEFT = frozenset({"484", "487", "488", "489", "490", "490.2", "666"})
_DEGREE_OR_PUNISHMENT: dict[tuple[str, str], frozenset[str]] = {
    ("PC", "459"): frozenset({"460", "461"}),
    ("PC", "211"): frozenset({"212.5", "213"}),
    ("PC", "236"): frozenset({"237"}),  # false imprisonment and its punishment ("236/237(a)")
    ("VC", "23152"): frozenset({"23536", "23538", "23540", "23542", "23546", "23548", "23550", "23550.5"}),
    ("VC", "23153"): frozenset({"23554", "23556", "23558", "23560", "23562", "23566", "23568"}),
}


def is_enhancement(section: str) -> bool:
    """Whether a section as written is a sentence enhancement (PC 12022.7, 186.22(b)(1)) rather
    than an offense."""
    return _ENHANCEMENT.match(section) is not None


def one_offense(code: str, parts: list[str]) -> bool:
    """Whether a known rule reads these parts of a section ("459", "460(b)") as one offense."""
    roots = [parents(p)[-1] for p in parts]
    # "23152(a)/(b)": a part that is only a subdivision belongs to the section before it.
    roots = [root if root[:1] != "(" or i == 0 else roots[i - 1] for i, root in enumerate(roots)]
    if len(set(roots)) == 1 or roots[0] == "182":  # subdivisions of one section; a conspiracy
        return True
    if code == "PC" and all(r in _THEFT for r in roots):
        return True
    for base in roots:
        companions = _DEGREE_OR_PUNISHMENT.get((code, base), frozenset())
        if all(r == base or r in companions for r in roots):
            return True
    return False


def spelled_out(parts: list[str]) -> list[str]:
    """Each part with its section: "245(a)(1)", "(a)(4)" -> "245(a)(1)", "245(a)(4)" (a part
    that is only a subdivision belongs to the section before it).  A bare paragraph number
    after one ("245(a)(1)/(4)") is its sibling, 245(a)(4), not "245(4)" (S26-03); a letter is
    read from the section, as lower-cased "(a)" and "(A)" are one spelling here."""
    full: list[str] = []
    for part in parts:
        if part[:1] != "(" or not full:
            full.append(part)
            continue
        before = _LAST_GROUP.match(full[-1])
        if before is not None and before.group(2).isdigit() and _DIGITS.match(part):
            full.append(before.group(1) + part)
        else:
            full.append(parents(full[-1])[-1] + part)
    return full


_LAST_GROUP = re.compile(r"^(.+)\(([^()]*)\)$")
_DIGITS = re.compile(r"^\(\d+\)$")


# What a row says that the engine reads (everything but its name, wording and sources): two
# subdivisions that agree on all of it screen alike, whichever the conviction is for.
_READ_BY_THE_ENGINE = tuple(f.name for f in fields(Offense) if f.name not in ("code", "section", "description", "notes", "sources"))


def _screens_as(offense: Offense | None) -> tuple:
    if offense is None:
        return (None,)
    return tuple(getattr(offense, name) for name in _READ_BY_THE_ENGINE) + (offense.level_unverified, offense.jail_unverified)


def candidates(section: str) -> list[str]:
    """Catalog keys to try, most specific first.

    "459/460(b)" -> the pair, then 459 (460 only sets the degree); "484(a)/488" -> the pair,
    then 488, then 484 (the punishing section names the offense); "182/211" -> 182
    (conspiracy is its own crime); "490.2/488" -> 490.2 (Prop 47's section names the
    offense, 488 only says it is petty theft: read as 488, the firearm question of a 490.2
    was lost, oracle finding O23-08); "666/484" -> 666 (petty theft with a prior, a wobbler:
    read as 484, a misdemeanor, a felony was told 17(b) could not reduce it, O23-13).  Each
    is followed by its parents.
    """
    parts = [p for p in section.split("/") if p]
    if len(parts) <= 1:
        return parents(section)
    ordered = [section]
    if parents(parts[0])[-1] in _NAMES_THE_OFFENSE:
        ordered += parts
    else:
        ordered += list(reversed(parts))
    keys: list[str] = []
    for part in ordered:
        for key in parents(part):
            if key not in keys:
                keys.append(key)
    return keys


def section_sort_key(offense: Offense) -> tuple:
    """Numeric order within a code: 11.5 < 243 < 243(e)(1) < 459 < 459.5 < 1203.4."""
    match = _SECTION_NUMBER.match(offense.section)
    if match:
        number = (int(match.group(1)), int(match.group(2) or 0), match.group(3))
    else:
        number = (10**9, 0, offense.section)
    return (CODE_ORDER.get(offense.code, 99), offense.code, number)


class Catalog:
    """The loaded catalog: exact `get`, forgiving `lookup`, and `search` for the completer."""

    def __init__(self, offenses: Iterable[Offense]):
        self._rows: dict[tuple[str, str], Offense] = {}
        # Lookups ignore case ("594(b)(2)(a)" finds "594(b)(2)(A)"); `get` is exact.
        self._folded: dict[tuple[str, str], Offense] = {}
        for offense in offenses:
            key = (offense.code, offense.section)
            folded = (offense.code, offense.section.lower())
            if key in self._rows or folded in self._folded:
                raise CatalogError(f"duplicate catalog row {offense.code} {offense.section}")
            self._rows[key] = offense
            self._folded[folded] = offense
        self._ordered = sorted(self._rows.values(), key=section_sort_key)
        # Rows with subdivision rows under them ("245" has "245(a)(1)"; "459" has "459/460(a)").
        self._subdivided = frozenset((o.code, p) for o in self._ordered for p in parents(o.section)[1:] + [_head(o.section)] if p != o.section)
        # Memoised per instance: a county batch repeats the same few thousand spellings.
        self._cached_lookup = lru_cache(maxsize=1 << 16)(self._lookup)

    def has_subdivisions(self, offense: Offense) -> bool:
        """Whether the catalog has rows for subdivisions (or degrees) of this row's section."""
        return (offense.code, offense.section) in self._subdivided

    def __iter__(self) -> Iterator[Offense]:
        return iter(self._ordered)

    def __len__(self) -> int:
        return len(self._rows)

    def get(self, code: str, section: str) -> Offense | None:
        """The row with exactly this canonical key ("PC", "243(e)(1)"), or None."""
        return self._rows.get((code, section))

    def lookup(self, code: str, section: str) -> SectionMatch:
        """Resolve a section as written ("664/211", "VC 23152(b)", "459 PC"); never raises."""
        try:
            return self._cached_lookup(code, section)
        except TypeError:  # unhashable odd input (a list, a dict): resolve without the cache
            return self._lookup(code, section)

    def _lookup(self, code: object, section: object) -> SectionMatch:
        """The uncached resolution behind `lookup` (see the module docstring)."""
        written = _written(code, section)
        try:
            found_code, squeezed = split_code(code, section)
        except Exception:  # noqa: BLE001 - odd input must give "unknown", not a crash
            return SectionMatch(written, normalize_code(code) or "PC", "", False, None, None, False)
        squeezed = _as_the_catalog_writes(found_code, squeezed)
        target, attempt = strip_attempt(squeezed)
        if target != squeezed:
            found_code, target = split_code(found_code, target)
        if found_code == "PC":
            target = _burglary_by_its_degree(target)
        parts = [p for p in target.split("/") if p]
        enhancements = tuple(p for p in parts if is_enhancement(p)) if len(parts) > 1 else ()
        offense_parts = [p for p in parts if p not in enhancements] or parts
        base = "/".join(offense_parts) if enhancements else target
        if found_code != "PC" and len(offense_parts) > 1 and parents(offense_parts[0])[-1] == "182":
            # "HS 182/11352", "182/10851 VC": a conspiracy is PC 182 whatever code its target is
            # under (E65-03: under HS or VC the conspiracy was dropped and the count read as the
            # target itself, HS 11352, where the same count under PC is PC 182).  The target
            # keeps its code in the section ("182/hs11352"), as "PC 182/HS 11352" is written.
            target, base = (_target_with_its_code(found_code, text) for text in (target, base))
            found_code, offense_parts = "PC", [p for p in base.split("/") if p]
        if len(offense_parts) > 1 and (found_code, base) not in self._folded and not one_offense(found_code, offense_parts):
            # Two offenses, and no rule says which (O23-18): reading either would be a guess.
            return SectionMatch(written, found_code, target, attempt, None, None, False, tuple(offense_parts), enhancements)
        if len(offense_parts) > 1 and (found_code, base) not in self._folded:
            # A part that is only the section of another ("245/245(a)(4)") adds nothing to it.
            named = spelled_out(offense_parts)
            named = [part for part in named if not any(part in parents(other)[1:] for other in named)]
            roots = {parents(part)[-1] for part in named}
            if len(roots) == 1 and len({_screens_as(self._row_for(found_code, part)) for part in named}) > 1:
                # "245(a)(1)/(a)(4)": subdivisions the catalog reads differently (a deadly
                # weapon is serious, force alone is not): which one is a guess (O24-08).
                return SectionMatch(written, found_code, target, attempt, None, None, False, tuple(dict.fromkeys(named)), enhancements)
            if len(set(named)) == 1:
                # "245(a)(4)/245", "11350(a)/11350": the one subdivision written is the offense,
                # whichever order it is typed in; the pair's candidates try the last part
                # first, and read the bare section, which asks what the subdivision says.
                base = named[0]
            elif len(roots) > 1:
                several = [root for root in roots if sum(parents(part)[-1] == root for part in named) > 1]
                if len(several) == 1:
                    # "459/460(a)/(b)": the section with each degree written is one offense,
                    # and they may screen differently (first degree is no Prop 47 offense,
                    # second may be): read as the bare 459, Prop 47 took the 460(a) written
                    # for first degree, "not shoplifting" (S25-09).  Which one is asked where
                    # the rows differ.
                    rest = [part for part in named if parents(part)[-1] != several[0]]
                    each = tuple(self._pair_key(found_code, [*rest, part]) for part in named if parents(part)[-1] == several[0])
                    if len({_screens_as(self.lookup(found_code, one).offense) for one in each}) > 1:
                        return SectionMatch(written, found_code, target, attempt, None, None, False, tuple(dict.fromkeys(each)), enhancements)
            if len(named) == 2 and (found_code, "/".join(reversed(named))) in self._folded:
                # "460(b)/459": the catalog's row written the other way round ("459/460(b)");
                # the pair's candidates read the bare 459, which asks the degree written (S25-08).
                base = "/".join(reversed(named))
        for key in candidates(base) if base else []:
            offense = self._folded.get((found_code, key))
            if offense is not None:
                return SectionMatch(written, found_code, target, attempt, offense, offense.section, key == target, (), enhancements)
        return SectionMatch(written, found_code, target, attempt, None, None, False, (), enhancements)

    def in_it_otherwise(self, match: SectionMatch) -> tuple[str, str] | None:
        """For a count the catalog reads as no offense: ("spelling", "PC 459") where the section
        it starts with is in the catalog and the rest is written in a way no rule reads
        ("459-460b"), ("code", "HS 11350(a)") where the section is in it under another code
        ("PC 11350(a)"); None otherwise.  "Not in the offense catalog" would mislead there
        (S26-04): the section is in it, and the clinic can say what to write."""
        if match.offense is not None or match.two_offenses or not match.section:
            return None
        head = _LEADING_SECTION.match(match.section)
        if head is not None and head.group(0) != match.section and (match.code, head.group(0)) in self._folded:
            return "spelling", f"{match.code} {self._folded[(match.code, head.group(0))].section}"
        for other in sorted(_KNOWN_CODES):
            if other != match.code and (other, match.section) in self._folded:
                return "code", f"{other} {self._folded[(other, match.section)].section}"
        return None

    def _pair_key(self, code: str, parts: list[str]) -> str:
        """The parts of one offense as the catalog writes them: "459/460(a)" of 460(a) and 459."""
        for order in (parts, list(reversed(parts))):
            if (code, "/".join(order)) in self._folded:
                return "/".join(order)
        return "/".join(parts)

    def _row_for(self, code: str, section: str) -> Offense | None:
        """The row one section (no pair) resolves to: itself or its nearest parent."""
        return next((self._folded[(code, key)] for key in parents(section) if (code, key) in self._folded), None)

    def search(self, text: str, limit: int = 20) -> list[Offense]:
        """Rows for the section completer, best first.

        Digits match the start of a section ("459" -> PC 459, 459.5, 459/460(a) ...), words
        match the description ("burglary"); a code ("HS 113", "vc dui") narrows the code.
        """
        query = str(text or "").strip()
        if not query or limit <= 0:
            return []
        code, section_part, words = _parse_query(query)
        scored = []
        for offense in self._ordered:
            if code and offense.code != code:
                continue
            rank = _rank(offense, section_part, words)
            if rank is not None:
                # Among word matches, a short description is the closer one ("Battery" before
                # "Battery on a specified person"); sections keep numeric order.
                closeness = 0 if section_part else len(offense.description)
                scored.append((rank, closeness, section_sort_key(offense), offense))
        scored.sort(key=lambda item: item[:3])
        return [item[3] for item in scored[:limit]]


# "245(a)(1)&(4)", "23152(a)&(b)": an "&" between two subdivisions (or sections) joins them
# as "/" does, a count naming both; an "&" among letters is a code's ("H&S").
# The section a count starts with: "459" of "459-460b", "245" of "245(a)1".
_LEADING_SECTION = re.compile(r"^\d+(?:\.\d+)?[a-z]?(?![\d.])")
_AMPERSAND = re.compile(r"(?<=[\w)])&(?=[(\d])")
# "459/460b": PC 460 has no lettered sections, only the degrees 460(a) and 460(b).
_LETTERED_DEGREE = re.compile(r"(?<![\w.(])460([ab])(?![\w(.])")
# "459-460(b)", "PC 459-460B": a burglary with its degree joined by a hyphen, as RAP sheets and
# dockets print it, is the pair "459/460(b)" (V132-01: it was "not written as the offense catalog
# reads it", the degree lost, and the attorney at intake retyped it).  Only before PC 460, whose
# only use is to set 459's degree: "459-2" may be a count number and stays unread.  An attempt
# written after ("459-460(b)/664", as "459/460(b)/664" is read) is the same burglary attempted
# (R135-03: it stayed unread where "664/459-460(b)" was read).
_BURGLARY_HYPHENED = re.compile(r"(?<![\w.(-])459-(?=460(?:\([ab]\)|[ab])?(?:/664(?:\([a-z0-9]+\))?)?$)")


# PC 460 alone ("PC 460(b)"), as dockets write a burglary by its degree: the section only
# sets the degree of a PC 459 burglary, so the count is that burglary (C38-01: it was "not in
# the offense catalog").  Bare 460 names no degree: read as 459, which asks for it.  460(c) is
# no offense (it only keeps PC 464 apart) and stays unknown.
_DEGREE_ALONE = {"460(a)": "459/460(a)", "460(b)": "459/460(b)", "460": "459"}


# "459 2nd", "459 PC 2ND DEG", "459 (second degree)", "459 2d": a burglary's degree in words, as RAP
# sheets and minute orders write it, is the degree's row (D48-01: it was "PC 4592nd", not in
# the offense catalog, so every remedy needed review and the worksheet asked for the degree).
# Read on the squeezed, lower-case section (no spaces).  The courts' "2d" ("459 2d", the
# abbreviation of Cal.App.2d) and a hyphen before "degree" ("459 second-degree", "459
# 2nd-degree") are the same degree (S52-01: they were "unknown section", needs review).  Only
# an ordinal is a degree: "459 2", "459-2" or "459 II" may be a count number, and "1d" nobody
# writes, so they stay unknown; burglary has no third degree.
_DEGREE_IN_WORDS = re.compile(r"(?<![\w.(])459(?:pc)?[-:,]?\(?(1st|first|2nd|2d|second)(?:-?deg(?:ree)?\.?)?\)?$")
_DEGREE_BY_WORD = {"1st": "460(a)", "first": "460(a)", "2nd": "460(b)", "2d": "460(b)", "second": "460(b)"}


def _target_with_its_code(code: str, section: str) -> str:
    """A conspiracy written under another code, as the Penal Code reads it: "182/11352" under
    HS is "182/hs11352" (the part after 182 is the target, under the code written).  A target
    written with its own code ("182/HS 11352" with the code box at HS, as the count is written
    under PC) keeps it: given the box's again, it read "HSHS 11352" (R66-03)."""
    head, _, rest = section.partition("/")
    if not rest or _LEADING_CODE.match(rest.upper()):
        return section
    return f"{head}/{code.lower()}{rest}"


def _burglary_by_its_degree(section: str) -> str:
    in_words = _DEGREE_IN_WORDS.search(section)
    if in_words:
        section = f"{section[:in_words.start()]}459/{_DEGREE_BY_WORD[in_words.group(1)]}"
    return _DEGREE_ALONE.get(section, section)


def _as_the_catalog_writes(code: str, squeezed: str) -> str:
    """A section written in a way whose reading is certain, as the catalog writes it: "&"
    joining subdivisions as "/", and PC "460b" as "460(b)" (S26-03: both were "not in the
    offense catalog", though their sections are), a hyphen between PC 459 and its degree as
    "/" ("459-460(b)", V132-01)."""
    text = _AMPERSAND.sub("/", squeezed)
    if code != "PC":
        return text
    return _LETTERED_DEGREE.sub(r"460(\1)", _BURGLARY_HYPHENED.sub("459/", text))


# How a section is written so the catalog reads it, for a count written otherwise (`in_it_otherwise`'s
# "spelling"): the screening's step and the offense field say it alike (V132-02: the field said
# only that the catalog does not read it, and the attorney at intake guessed what to write).
SECTION_WRITTEN_AS_THE_CODE_DOES = ('the section, each subdivision in brackets ("245(a)(1)"), and "/" between two '
                                    'sections ("459/460(b)")')


@lru_cache(maxsize=4096)
def as_written(code: str, section: str) -> str:
    """How a conviction's code and section are shown: "PC 459", and the code once where the
    section carries it ("VC 23152(b)", "476a PC")."""
    return _written(code, section)


# A conspiracy (PC 182) with its target written, and how pages name it (E65-03, W69).

def conspiracy_target(match) -> str | None:
    """"PC 211" for a conspiracy written "182/211" (or "182(a)(1)/211"); None otherwise."""
    off = match.offense
    if off is None or off.section != "182" or "/" not in match.section:
        return None
    # The target's own code where the count writes one ("182/HS 11352"): it is not the Penal Code's.
    code, section = split_code(match.code, match.section.split("/", 1)[1])
    return f"{code} {section}"


def conspiracy_read(code: str, section: str, match=None) -> str | None:
    """A conspiracy typed under the code of its target ("HS 182(a)(1)/11352", a section the
    Health and Safety Code does not have) as the engine reads it (E65-03): "PC 182(a)(1)/HS
    11352".  None for any other count, which every page names as typed: one typed under PC
    ("PC 182/211") already reads so, and "other" is no code to correct (H68-03's card; the
    staff's worksheet and window said the typed law still, W69-01)."""
    if match is None:
        match = load_catalog().lookup(code, section)
    target = conspiracy_target(match)
    if target and match.code == "PC" and (code or "PC").strip().upper() not in ("PC", "OTHER"):
        return as_written("PC", f'{section.split("/", 1)[0]}/{target}')
    return None


def law_named(code: str, section: str) -> str:
    """A count's law as a page names it: as typed ("PC 459/460(b)"), a conspiracy typed under its
    target's code as the engine reads it (`conspiracy_read`).  The screening's reasons name
    counts by it too, so it is asked first, without a look-up, whether the section could be a
    conspiracy with its target written at all."""
    if "/" not in section or "182" not in section:
        return as_written(code, section)
    return conspiracy_read(code, section) or as_written(code, section)


# A United States Code citation, its title before the code: "18 USC 1343", "18 U.S.C. § 1343".
# Read as a Penal Code section it was stored "18usc1343", and a client's page read "Conviction
# under PC 18usc1343" (F161-01).  A judgment writes it other ways too, each read so till R162-02:
# "Sec." or "§§" before its sections, several of them ("§§ 1343, 1349"), the annotated code's
# "U.S.C.A.", or no title ("USC 1343", stored under a code "USC" FORMAT.md has not).
# A plea form's "Title 18 USC 1343" (its title named "Title", a comma after it) too (K164-03).
_US_CODE = re.compile(r"(?:(?:title\s*)?(\d+)\s*,?\s*)?U\.?\s*S\.?\s*C\.?\s*(?:A\.?\s*)?(?:§+\s*|sec(?:tions?|s?\.)?\s*)?(\d.*)",
                      re.IGNORECASE)
# A federal docket's title and section, "18:1343", "18:922(g)" (K164-03): no California code is
# written with a colon.  The title is 1 to 54 and the section starts with a digit not 0, so that
# neither a time ("12:00") nor two state sections ("459:460") read as federal.
_US_CODE_DOCKET = re.compile(r"([1-9]|[1-4]\d|5[0-4])\s*:\s*([1-9]\d*[A-Za-z]?(?:\(\w+\))*)")


def us_code_cited(section: object) -> str | None:
    """A section written as a United States Code citation, as pages write one ("18 USC 1343"
    for "18 u.s.c. § 1343", "Title 18 USC 1343" or a docket's "18:1343", "18 USC 1343, 1349" for
    "18 U.S.C. §§ 1343, 1349"); None for any other."""
    text = " ".join(str(section or "").split())
    if (docket := _US_CODE_DOCKET.fullmatch(text)) is not None:
        return f"{docket.group(1)} USC {docket.group(2)}"
    found = _US_CODE.fullmatch(text)
    if found is None:
        return None
    return f"{found.group(1)} USC {found.group(2)}" if found.group(1) else f"USC {found.group(2)}"


def names_a_code(section: object) -> bool:
    """Whether a section as written carries its code ("VC 23152", "459 PC", "18 USC 1343"), not
    bare ("23152")."""
    text = " ".join(str(section or "").split())
    if us_code_cited(text) is not None:
        return True
    squeezed = _squeeze(text).upper()
    trail = _TRAILING_CODE.search(squeezed)
    return bool(_LEADING_CODE.match(squeezed) or _spaced_trailing_code(text) is not None or (trail and trail.group(1) in CODE_ALIASES))


def _written(code: object, section: object) -> str:
    """The citation as the user wrote it, with the code argument only when none is written."""
    text = " ".join(str(section or "").split())
    if names_a_code(text):
        return text
    code_text = str(code or "").strip()
    return f"{code_text} {text}".strip()


def _parse_query(query: str) -> tuple[str, str, list[str]]:
    """Split completer text into (code, section prefix, description words)."""
    tokens = query.replace(",", " ").split()
    code = ""
    section = ""
    words: list[str] = []
    for token in tokens:
        alias = normalize_code(token)
        if not code and alias in CODE_ALIASES.values() and not any(ch.isdigit() for ch in token):
            code = alias
        elif any(ch.isdigit() for ch in token) and not section:
            found_code, squeezed = split_code("", token)
            if found_code != "PC" or _LEADING_CODE.match(token.upper()):
                code = code or found_code
            section = squeezed
        else:
            words.append(token.lower())
    return code, section, words


def _rank(offense: Offense, section: str, words: list[str]) -> int | None:
    """0 exact section, 1 section prefix, 2 inside a pair ("460" in 459/460(a)), +3 for word-only hits."""
    rank = 0
    if section:
        if offense.section == section:
            rank = 0
        elif offense.section.startswith(section):
            rank = 1 if not offense.section[len(section):][:1].isdigit() else 2
        elif any(part.startswith(section) for part in offense.section.split("/")[1:]):
            rank = 3
        else:
            return None
    if words:
        description = offense.description.lower()
        if not all(any(term in description for term in _terms(word)) for word in words):
            return None
        if not section:
            rank = 4 if any(description.startswith(term) for term in _terms(words[0])) else 5
    return rank


# Everyday words a paralegal types for what the catalog describes in statute terms.
SEARCH_SYNONYMS: dict[str, tuple[str, ...]] = {
    "drunk": ("intoxicat", "influence"),
    "dui": ("influence", "dui"),
    "dwi": ("influence",),
    "gun": ("firearm", "gun"),
    "guns": ("firearm", "gun"),
    "dv": ("spouse", "partner", "protective order"),
    "domestic": ("spouse", "partner", "domestic"),
    "weed": ("marijuana", "cannabis"),
    "pot": ("marijuana", "cannabis"),
    "cannabis": ("marijuana", "cannabis"),
    "meth": ("methamphetamine", "controlled substance"),
    "drugs": ("controlled substance", "narcotics", "drug"),
    "drug": ("controlled substance", "narcotics", "drug"),
    "hit-and-run": ("hit and run",),
    "stolen": ("stolen", "theft"),
    "suspended": ("suspended", "revoked"),
}


def _terms(word: str) -> tuple[str, ...]:
    """The word and the statute words it stands for."""
    return (word, *SEARCH_SYNONYMS.get(word, ()))


# ---- Loading ------------------------------------------------------------------------------


def _flag(value: str, column: str, line: int) -> bool:
    word = (value or "").strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise CatalogError(f"offenses.csv line {line}: {column} must be 0/1 or true/false, not {value!r}")


_CONDITION_HEAD = re.compile(r"^(?P<flag>[a-z0-9_]+)(?: before (?P<before>\d{4}-\d{2}-\d{2}))?(?P<felony> if felony)?$")
# The flags whose "if felony" the engine reads (Context.wobbler, Context.h_eligible); another
# would be ignored.
_IF_FELONY_FLAGS = ("wobbler", "h_eligible")


def _conditions(value: str, line: int) -> tuple[tuple[str, str, date | None, bool], ...]:
    """`depends_on`: "flag: condition | flag before 2012-01-01: condition | wobbler if felony: condition"."""
    out = []
    for part in filter(None, (p.strip() for p in (value or "").split("|"))):
        head, colon, when = part.partition(":")
        found = _CONDITION_HEAD.match(head.strip())
        when = when.strip()
        if not colon or found is None or found["flag"] not in FLAG_COLUMNS or not when:
            raise CatalogError(f"offenses.csv line {line}: depends_on must read 'flag: condition | ...' (or 'flag before YYYY-MM-DD: condition') with flags from {FLAG_COLUMNS}, not {part!r}")
        if found["felony"] and found["flag"] not in _IF_FELONY_FLAGS:
            raise CatalogError(f"offenses.csv line {line}: depends_on's 'if felony' is read only for {_IF_FELONY_FLAGS}, not {found['flag']!r}")
        out.append((found["flag"], when, date.fromisoformat(found["before"]) if found["before"] else None, bool(found["felony"])))
    return tuple(out)


def parse_rows(lines: Iterable[str]) -> list[Offense]:
    """Offense rows from CSV text lines; raises CatalogError naming the line of a bad row."""
    reader = csv.DictReader(lines)
    names = [f.name for f in fields(Offense)]
    missing = [name for name in names if name not in (reader.fieldnames or [])]
    if missing:
        raise CatalogError(f"offenses.csv lacks columns: {', '.join(missing)}")
    rows = []
    for row in reader:
        line = reader.line_num
        level = (row["level"] or "").strip()
        if level not in LEVELS:
            raise CatalogError(f"offenses.csv line {line}: level {level!r} is not one of {LEVELS}")
        values = {name: (row[name] or "").strip() for name in names}
        for column in FLAG_COLUMNS:
            values[column] = _flag(row[column], column, line)
        values["depends_on"] = _conditions(row["depends_on"], line)
        values["code"] = normalize_code(values["code"])
        rows.append(Offense(**values))
    return rows


def catalog_path() -> Path:
    return resources.path("catalog", "offenses.csv")


def read_catalog(path: Path | None = None) -> Catalog:
    """Read a catalog file (the shipped one by default) without caching."""
    with open(path or catalog_path(), encoding="utf-8", newline="") as handle:
        return Catalog(parse_rows(handle))


@cache
def load_catalog() -> Catalog:
    """The shipped catalog, read once per process."""
    return read_catalog()
