"""T32: a long record's text report says a paragraph many convictions share once."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from clinic_app.eligibility import screen
from clinic_app.eligibility.common import GRANTED_CITE
from clinic_app.eligibility.registry import short_name
from clinic_app.eligibility.text_report import render_text
from clinic_app.model import Person
from clinic_app.screening_format import read_request

from engine_builders import probation_case, run

PUBLIC = yaml.safe_load((Path(__file__).parent.parent / "acceptance" / "cases-public.yaml").read_text(encoding="utf-8"))
SHARED = "What stays true even after relief, for several convictions:"


def flat(text: str) -> str:
    return " ".join(text.split())


def _three_old_thefts():
    """Three misdemeanor cases, each with its probation completed: the same paragraphs after relief."""
    return [probation_case("484(a)/488", id=x, start=f"201{i}-03-02", end=f"201{i + 1}-03-02") for i, x in enumerate("ABC")]


def _block(lines: list[str], head: str) -> list[str]:
    """The lines of one conviction's part, from its heading to the blank line after it."""
    i = next(i for i, x in enumerate(lines) if x.startswith(head))
    return lines[i: lines.index("", i)]


def _shared_entries(lines: list[str]) -> list[str]:
    """The entries of the section after the last case, each flattened."""
    if SHARED not in lines:
        return []
    part = lines[lines.index(SHARED) + 1: lines.index("", lines.index(SHARED))]
    entries: list[str] = []
    for x in part:
        if x.startswith("  - "):
            entries.append(x.strip())
        else:
            entries[-1] += " " + x.strip()
    return entries


def test_t32_01_a_paragraph_every_conviction_shares_is_said_once():
    """T32-01: on a 20-case record the disclosure paragraph (5 lines) was printed under every
    conviction, word for word, and the report ran to 1,262 lines.  Now it is said once, after
    the last case, for "every conviction above", and each conviction names its topic."""
    cases = _three_old_thefts()
    s = run(*cases)
    text = render_text(s, Person(), cases)
    disclosure = next(c for c in s.consequences if c.topic == "disclosure")
    assert flat(text).count(disclosure.text) == 1
    assert f"- disclosure (every conviction above): {disclosure.text} [{disclosure.cite}]" in flat(text)
    lines = text.splitlines()
    for conv in ("A1", "B1", "C1"):
        said = flat("\n".join(_block(lines, f"  {conv}: ")))
        assert "disclosure" in said and "said once, after the last case" in said, said


def test_t32_01_the_same_unfitting_remedies_in_another_case_are_named_once():
    """T32-01: the "Does not fit this record" list, the same for each case's count and for each
    case as a whole, was repeated in every case; now a later case names where it was said."""
    cases = _three_old_thefts()
    lines = render_text(run(*cases), Person(), cases).splitlines()
    assert flat("\n".join(_block(lines, "  B1: "))).count("Does not fit this record: the same remedies as A1.") == 1
    assert "    Does not fit this record: the same remedies as case A." in lines
    assert sum(x.startswith("    Does not fit this record: PC ") for x in lines) == 2  # A1's list and case A's


def test_t32_01_one_or_two_convictions_keep_their_paragraphs_in_place():
    """Below three convictions the section would cost more lines than it saves: as before."""
    for cases in (_three_old_thefts()[:1], _three_old_thefts()[:2]):
        s = run(*cases)
        text = render_text(s, Person(), cases)
        assert SHARED not in text and "said once" not in text
        for c in s.consequences:
            assert f"- {c.topic.replace('_', ' ')}: {c.text} [{c.cite}]" in flat(text)


@pytest.mark.parametrize("case", PUBLIC, ids=[c["id"] for c in PUBLIC])
def test_t32_01_every_public_case_keeps_every_fact_where_it_belongs(case):
    """Each conviction's consequences (topic, words, citation) and the remedies that do not fit
    it are still all said, and said of it: under it, or in the section after the last case with
    its name (or "every conviction above"), or as "the same remedies as" a count that lists them."""
    request = read_request(case["request"])
    s = screen(request.person, request.cases, request.as_of)
    lines = render_text(s, request.person, request.cases).splitlines()
    entries = _shared_entries(lines)
    convictions = [(c.id, v.id) for c in request.cases for v in c.convictions]
    for case_id, conv_id in convictions:
        if sum(v == conv_id for _c, v in convictions) > 1:
            continue  # an id two cases share: its heading does not name one block
        block = flat("\n".join(_block(lines, f"  {conv_id}: ")))
        for c in (c for c in s.consequences if (c.case, c.conviction) == (case_id, conv_id)):
            topic = c.topic.replace("_", " ")
            if f"- {topic}: {c.text} [{c.cite}]" in block:
                continue
            assert "said once, after the last case" in block and topic in block, (conv_id, c.topic, block)
            named = re.compile(rf"[(;,] ?{re.escape(conv_id)}[,;) \[]")
            assert any(e.startswith(f"- {topic} (") and c.text in e and f"[{c.cite}]" in e
                       and ("(every conviction above)" in e or named.search(e)) for e in entries), (conv_id, c.topic)
        unfit = [d for d in s.results if (d.case, d.conviction) == (case_id, conv_id) and d.status == "not_applicable"]
        m = re.search(r"Does not fit this record: the same remedies as (\S+)\.", block)
        if m:  # the list is where that count is, and it is this count's list
            there = flat("\n".join(_block(lines, f"  {m[1]}: ")))
            listed = re.search(r"Does not fit this record: (.*?)\.(?: What| $|$)", there)
            assert listed, there
            for d in unfit:
                if not any(r.cite == GRANTED_CITE for r in d.reasons):  # already granted: its own line
                    assert short_name(d.remedy) in listed[1], (conv_id, d.remedy)
