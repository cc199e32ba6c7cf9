"""G33-01: Remedies at a glance, the rules file's law per remedy, is data in resources/ with a
citation on every line, one entry per remedy key and none other."""

from __future__ import annotations

import copy
import re

import pytest
import yaml

from clinic_app.eligibility.registry import NAMES, REMEDY_KEYS, remedy_statute
from clinic_app.remedy_guide import PARTS, GuideError, guide_path, load_guide, matches, names_it, parse_guide


@pytest.fixture(scope="module")
def raw() -> dict:
    with guide_path().open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def test_every_remedy_key_has_an_entry_in_the_registry_order_and_no_entry_is_unknown(raw):
    assert list(raw["remedies"]) == list(REMEDY_KEYS)
    assert [entry.key for entry in load_guide().entries] == list(REMEDY_KEYS)


def test_every_line_has_a_citation_naming_the_rules_file_section(raw):
    parts = {name for name, _heading in PARTS}
    counted = 0
    for key, entry in raw["remedies"].items():
        for part, lines in entry.items():
            if part == "statute":
                continue
            assert part in parts, (key, part)
            for line in lines:
                assert line["say"].strip(), (key, part)
                assert re.search(r"\brules §\d", line["cite"]), (key, part, line)
                assert line.get("conf", "H") in ("H", "M", "L"), (key, part, line)
                counted += 1
    assert counted >= 4 * len(REMEDY_KEYS)  # who, when, kind and does at least


def test_each_entry_names_the_statute_of_its_remedy_title_and_cites_it():
    for entry in load_guide().entries:
        assert entry.statute == remedy_statute(entry.key), entry.key
        assert entry.statute in NAMES[entry.key][0]
        number = entry.statute.split()[1]  # "1203.4", "17(b)", "236.14"
        assert any(number in line.cite for line in entry.lines()), entry.key
        headings = [part for part, _lines in entry.parts]
        assert headings[:4] == ["who", "when", "kind", "does"], entry.key


def test_the_doubts_of_the_rules_file_are_kept(raw):
    """[M] and [L] lines are tagged, as ca-rules.md tags them: the 1203.41 waiting periods
    rest on a reading [M], CR-180's mandatory use is unverified [L]."""
    guide = load_guide()
    waits = [line for part, lines in guide.entry("pc1203_41").parts if part == "when" for line in lines]
    assert waits and {line.confidence for line in waits} == {"M"}
    assert any("CR-180" in line.text and line.confidence == "L" for line in guide.entry("pc1203_4").lines())
    assert "not legal advice" in guide.note and "attorney" in guide.note
    assert "[M]" in guide.legend and "[L]" in guide.legend


def test_a_file_out_of_step_with_the_registry_or_without_a_citation_is_refused(raw):
    unknown = copy.deepcopy(raw)
    unknown["remedies"]["pc1203_48"] = unknown["remedies"]["pc1203_4"]
    with pytest.raises(GuideError, match="unknown \\['pc1203_48'\\]"):
        parse_guide(unknown)
    missing = copy.deepcopy(raw)
    del missing["remedies"]["cor"]
    with pytest.raises(GuideError, match="missing \\['cor'\\]"):
        parse_guide(missing)
    uncited = copy.deepcopy(raw)
    uncited["remedies"]["prop47"]["when"][0]["cite"] = "PC 1170.18(j)"
    with pytest.raises(GuideError, match="prop47, when line 1: its citation names no section"):
        parse_guide(uncited)
    other_statute = copy.deepcopy(raw)
    other_statute["remedies"]["pc1203_41"]["statute"] = "PC 1203.42"
    with pytest.raises(GuideError, match="pc1203_41: statute"):
        parse_guide(other_statute)


def test_a_search_matches_every_word_and_a_statute_typed_names_its_entry():
    guide = load_guide()
    prison = [e.key for e in guide.entries if matches(e, "prison")]
    assert {"pc1203_41", "pc1203_42", "cor"} <= set(prison) and "prop64" not in prison
    found = [e.key for e in guide.entries if matches(e, "1203.41")]
    assert "pc1203_41" in found and "pc1203_4" in found  # 1203.4's lines point to 1203.41
    assert [e.key for e in guide.entries if names_it(e, "1203.41")] == ["pc1203_41"]
    assert [e.key for e in guide.entries if matches(e, "trafficking 647(b)")] == ["pc236_14", "pc1203_49"]


# Every [M] or [L] point of ca-rules.md that an entry touches, copied here as data (tests do
# not read ../shared): (remedy key, words of the line that touches it, the rules file's tag,
# its section).  A line may be tagged weaker than this, never firmer: a volunteer reading an
# untagged line takes it as statute text seen and confirmed.
RULES_DOUBTS = (
    ("pc1203_4", "mgebrov", "M", "3.1"),
    ("pc1203_4", "attempts of the excluded", "M", "3.1"),
    ("pc1203_4", "unpaid fines other than restitution", "L", "2.3"),
    ("pc1203_4", "protective order", "M", "2.5"),
    ("pc1203_4", "mandatory or optional", "L", "6, 8"),
    ("pc1203_4a", "probation was revoked", "M", "3.2"),
    ("pc1203_4a", "probation in another case", "L", "2.1, 8"),
    ("pc1203_4a", "288(c)", "M", "3.2"),
    ("pc1203_4a", "read in practice as no new conviction", "L", "2.1"),
    ("pc1203_41", "sources differ", "L", "1"),
    ("pc1203_41", "prcs", "L", "2.1, 8"),
    ("pc1203_41", "1 year after completing", "M", "3.3"),
    ("pc1203_41", "2 years after completing", "M", "3.3"),
    ("pc1203_41", "ihss", "M", "2.5"),
    ("pc1203_41", "set for hearing", "L", "6"),
    ("pc1203_42", "2018-01-01", "M", "3.4"),
    ("pc1203_42", "offer both", "M", "3.4"),
    ("pc1203_425", "path (i)(ia)", "L", "3.5, 8"),
    ("pc1203_425", "2005-01-01", "M", "3.5"),
    ("pc1203_425", "2024-10-01", "M", "1, 3.5"),
    ("pc1203_425", "restarts", "L", "3.5"),
    ("pc1203_3", "restitution owed", "M", "3.6"),
    ("pc1203_3", "cr-180", "M", "3.6"),
    ("pc17b", "29805", "M", "3.7"),
    ("pc17b", "immigration", "L", "3.7, 4.8"),
    ("prop47", "prop 36", "L", "1"),
    ("prop47", "17(b)", "M", "3.8"),
    ("prop47", "judicial council form", "L", "6"),
    ("prop64", "super-strike", "M", "3.9"),
    ("prop64", "ab 1793", "M", "3.9"),
    ("prop64", "firearm", "L", "3.9"),
    ("prop64", "destroyed", "M", "3.9"),
    ("pc851_91", "many exceptions", "M", "3.10"),
    ("pc1203_43", "deferred entry", "M", "3.12"),
    ("pc1203_43", "mandatory", "M", "3.12"),
    ("pc1203_45", "juvenile court", "M", "3.13"),
    ("pc1203_4b", "hand crew", "M", "3.14"),
    ("pc1203_4b", "murder, kidnapping", "M", "3.14"),
    ("pc1203_4b", "discretionary", "M", "3.14"),
    ("pc1203_4b", "sb 245", "L", "1, 3.14"),
    ("pc1473_7", "reasonable diligence", "M", "3.15"),
    ("pc1473_7", "vivar", "M", "3.15"),
    ("pc1473_7", "pickering", "M", "3.15"),
    ("pc1473_7", "written motion", "L", "6"),
    ("pc236_14", "236.15", "M", "3.16"),
    ("pc236_14", "violent felonies", "M", "3.16"),
    ("pc236_14", "45 days", "M", "3.16"),
    ("pc236_14", "judicial council form", "L", "6"),
    ("pc1203_49", "647(b)", "M", "3.16"),
    ("pc1203_49", "superseded", "M", "3.16"),
    ("cor", "death row", "M", "3.17"),
    ("cor", "7 in all", "M", "3.17"),
    ("cor", "older 4852.01(a)", "L", "3.17"),
    ("cor", "dangerous weapon", "M", "3.17"),
    ("cor", "registration", "L", "3.17"),
    ("cor", "local packets", "L", "6"),
)
WEAKNESS = {"H": 0, "M": 1, "L": 2}


def firmer_than_the_rules(guide) -> list[tuple[str, str, str, str]]:
    """(key, words, the line's tag, the rules file's tag) for every line stated more firmly
    than the rules file's tag allows."""
    found = []
    for key, words, tag, _section in RULES_DOUBTS:
        lines = [line for line in guide.entry(key).lines() if words in f"{line.text} {line.cite}".casefold()]
        assert lines, (key, words)  # the point is still said: the table names a real line
        found += [(key, words, line.confidence, tag) for line in lines if WEAKNESS[line.confidence] < WEAKNESS[tag]]
    return found


def test_no_line_is_firmer_than_the_rules_files_tag(raw):
    """Q35-05: 1203.4b's "Discretionary" went untagged though ca-rules.md 3.14 is [M]
    throughout (its sources list no 1203.4b text)."""
    assert firmer_than_the_rules(load_guide()) == []
    firm = copy.deepcopy(raw)
    del firm["remedies"]["pc1203_41"]["who"][4]["conf"]  # PRCS, [L] in the rules file
    assert firmer_than_the_rules(parse_guide(firm)) == [("pc1203_41", "prcs", "H", "L")]


# The headings of ca-rules.md (late 2026), copied as data: tests do not read ../shared.
RULES_SECTIONS = frozenset({
    "0", "1", "2", "2.1", "2.2", "2.3", "2.4", "2.5",
    *(f"3.{n}" for n in range(1, 18)),
    "4", *(f"4.{n}" for n in range(1, 12)),
    "5", "6", "7", "8", "9",
})


def sections_not_in_the_rules(guide) -> list[tuple[str, str]]:
    """(key, section) for every "rules §N.N" a line cites that is no heading of ca-rules.md;
    "rules §3.1, §4.1, §4.3" names three."""
    found = []
    for entry in guide.entries:
        for line in entry.lines():
            named = line.cite[line.cite.index("rules §"):]
            found += [(entry.key, n) for n in re.findall(r"§(\d+(?:\.\d+)?)", named) if n not in RULES_SECTIONS]
    return found


def test_every_rules_section_cited_is_a_heading_of_the_rules_file(raw):
    assert sections_not_in_the_rules(load_guide()) == []
    astray = copy.deepcopy(raw)
    astray["remedies"]["cor"]["kind"][0]["cite"] = "PC 4852.01; rules §3.17, §3.18"
    assert sections_not_in_the_rules(parse_guide(astray)) == [("cor", "3.18")]
