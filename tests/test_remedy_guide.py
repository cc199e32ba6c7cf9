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
