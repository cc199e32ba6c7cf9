"""Remedies at a glance: each remedy's law in short lines, read from resources/remedies/.

Volunteer attorneys at a clinic event have no network and asked for "what qualifies" inside
the tool (expunge-vt #107).  The words are data (resources/remedies/at_a_glance.yaml), written
from the rules file (ca-rules.md) with its citations and its confidence where it is not [H];
this module only reads and checks them.  A file that lacks a remedy, names one the registry
does not know, or has a line without a citation is refused with the place named: a reference
that is silent on a remedy, or says something it cannot point to, is worse than none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import yaml

import resources
from clinic_app.eligibility.registry import REMEDY_KEYS, remedy_statute, remedy_title
from clinic_app.yaml_files import read_yaml

# The parts of an entry, in the order shown, with the heading a lawyer scans for.
PARTS: tuple[tuple[str, str], ...] = (
    ("who", "Who it is for"),
    ("when", "When it opens"),
    ("kind", "Mandatory, discretionary or automatic"),
    ("does", "What it does"),
    ("does_not", "What it does not do"),
    ("filing", "Form or filing"),
)
REQUIRED_PARTS = ("who", "when", "kind", "does")
CONFIDENCE_TAGS = ("M", "L")  # [H] goes untagged: the brief asks for the doubts only
# A line's citation names the rules file's section ("rules §3.1", "rules §2.5, §4.8").
RULES_SECTION = re.compile(r"\brules §\d+(?:\.\d+)?")


class GuideError(ValueError):
    """The remedies file is missing, malformed, or out of step with the registry."""


@dataclass(frozen=True)
class GuideLine:
    text: str
    cite: str
    confidence: str = "H"  # "H", "M" or "L", the rules file's tag


@dataclass(frozen=True)
class GuideEntry:
    key: str
    statute: str
    parts: tuple[tuple[str, tuple[GuideLine, ...]], ...]  # (part name, lines), in PARTS order

    @property
    def title(self) -> str:
        return remedy_title(self.key)

    def lines(self) -> list[GuideLine]:
        return [line for _part, lines in self.parts for line in lines]

    def words(self) -> str:
        """Everything a search may match: title, statute, key, lines and citations."""
        said = " ".join(f"{line.text} {line.cite}" for line in self.lines())
        return f"{self.title} {self.statute} {self.key} {said}".casefold()


@dataclass(frozen=True)
class Guide:
    note: str  # summary, not legal advice
    legend: str  # what [M] and [L] mean
    entries: tuple[GuideEntry, ...]  # REMEDY_KEYS's order

    def entry(self, key: str) -> GuideEntry | None:
        return next((e for e in self.entries if e.key == key), None)


def guide_path():
    return resources.path("remedies", "at_a_glance.yaml")


def parse_guide(data: object) -> Guide:
    """The guide of the file's parsed YAML, checked against the registry."""
    if not isinstance(data, dict) or not isinstance(data.get("remedies"), dict):
        raise GuideError("the remedies file has no 'remedies' table")
    for top in ("note", "legend"):
        if not str(data.get(top) or "").strip():
            raise GuideError(f"the remedies file has no '{top}'")
    table = data["remedies"]
    unknown = [k for k in table if k not in REMEDY_KEYS]
    missing = [k for k in REMEDY_KEYS if k not in table]
    if unknown or missing:
        raise GuideError(f"the remedies file does not match the remedy keys: missing {missing}, unknown {unknown}")
    entries = []
    for key in REMEDY_KEYS:
        raw = table[key] or {}
        statute = str(raw.get("statute") or "")
        if statute != remedy_statute(key):
            raise GuideError(f"{key}: statute {statute!r} is not the one its title names ({remedy_statute(key)!r})")
        extra = set(raw) - {"statute"} - {name for name, _ in PARTS}
        if extra:
            raise GuideError(f"{key}: unknown parts {sorted(extra)}")
        parts = []
        for name, _heading in PARTS:
            lines = [_line(key, name, at, item) for at, item in enumerate(raw.get(name) or [], 1)]
            if not lines and name in REQUIRED_PARTS:
                raise GuideError(f"{key}: no '{name}' lines")
            if lines:
                parts.append((name, tuple(lines)))
        entries.append(GuideEntry(key, statute, tuple(parts)))
    return Guide(" ".join(str(data["note"]).split()), " ".join(str(data["legend"]).split()), tuple(entries))


def _line(key: str, part: str, at: int, item: object) -> GuideLine:
    where = f"{key}, {part} line {at}"
    if not isinstance(item, dict):
        raise GuideError(f"{where}: not a {{say, cite}} line")
    text, cite = str(item.get("say") or "").strip(), str(item.get("cite") or "").strip()
    confidence = str(item.get("conf") or "H")
    if not text:
        raise GuideError(f"{where}: says nothing")
    if not RULES_SECTION.search(cite):
        raise GuideError(f"{where}: its citation names no section of the rules file ('rules §N.N'): {cite!r}")
    if confidence not in ("H", *CONFIDENCE_TAGS):
        raise GuideError(f"{where}: confidence {confidence!r} is not H, M or L")
    return GuideLine(text, cite, confidence)


@cache
def load_guide() -> Guide:
    """The shipped guide, read once per process."""
    try:
        with guide_path().open(encoding="utf-8") as handle:
            data = read_yaml(handle)
    except (OSError, yaml.YAMLError) as error:
        raise GuideError(f"cannot read {guide_path()}: {error}") from error
    return parse_guide(data)


def matches(entry: GuideEntry, query: str) -> bool:
    """Every word of `query` is somewhere in the entry ("prison 1203.41", "survivors")."""
    words = entry.words()
    return all(word in words for word in query.casefold().split())


def names_it(entry: GuideEntry, query: str) -> bool:
    """`query` is in the entry's title or statute: typed "1203.41", that entry comes first
    though 1203.4's lines mention 1203.41 too."""
    wanted = " ".join(query.casefold().split())
    return bool(wanted) and (wanted in entry.title.casefold() or wanted in entry.statute.casefold())
