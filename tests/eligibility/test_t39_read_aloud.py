"""T39: the long record's report read aloud once more (engine_builders.long_record, 20 cases:
its size is the point, and it screens and renders in about 25 ms)."""

from __future__ import annotations

import re

from clinic_app.eligibility import screen
from clinic_app.eligibility.text_report import render_text
from clinic_app.model import Person
from clinic_app.screening_format import read_request
from tests.public_cases import public_cases

from engine_builders import long_record, run

AS_OF = "2026-12-02"
PUBLIC = public_cases()
QUESTION = "An attorney decides the open question above before the block on relief lifts."


def _long():
    cases = long_record()
    s = run(*cases, as_of=AS_OF)
    return cases, s, render_text(s, Person(), cases)


def test_t39_01_the_step_after_a_bar_says_what_it_waits_for():
    """T39-01: "An attorney decides the open question above before the block on relief lifts." followed the bar's
    own step ("...; relief can follow once it ends"); since T37-02 that step is said once at
    the top, and under case E it followed the fines step instead, so "then" read as "once the
    route is decided".  The step now names what it comes before, wherever it is printed."""
    cases, s, text = _long()
    after_bar = [d for d in s.results if QUESTION in d.next_steps]
    assert {d.case for d in after_bar} >= set("CDEKLORS"), sorted({d.case for d in after_bar})
    assert not any("before then" in step and "open question above" in step for d in s.results for step in d.next_steps)
    flat = " ".join(text.split())
    assert "before then" not in flat
    assert flat.count(QUESTION) == 8  # under cases C, D, E, K, L, O, R and S, each its own


def test_t39_02_a_one_count_case_says_the_same_remedies_once():
    """T39-02: 13 of the long record's 20 cases said "Does not fit this record: the same remedies
    as A1." under their count and, two lines on, "For the whole case: the same remedies as case A
    do not fit this record." (and 5 more after a list of their own): now the count's line says
    both, "... as A1 and, for the whole case, as case A.", and each case names what does not fit
    it once.  Every fact is still said where it belongs (test_t32_said_once's helpers)."""
    cases, s, text = _long()
    lines = text.splitlines()
    starts = [i for i, x in enumerate(lines) if x.startswith("CASE ")]
    merged = 0
    for at, end in zip(starts, [*starts[1:], len(lines)]):
        block = " ".join(" ".join(lines[at:end]).split())
        if lines[at].split()[1] == "A":
            assert block.count("For the whole case:") == 1  # its own list, said first
            continue
        # The case's convictions' line, where case H (3 rows of its own) says more than a list.
        assert block.count("Does not fit this record:") == 1 + (lines[at].split()[1] == "H"), lines[at]
        assert ("For the whole case" in block) == (lines[at].split()[1] == "H"), lines[at]
        merged += ", for the whole case, as case A." in block or "; for the whole case, the same remedies as case A." in block
    assert merged == 18


def test_t39_03_a_case_whose_steps_are_all_shared_points_there_in_one_line():
    """T39-03: "Next steps for case A: PC 1203.4 dismissal: see "Next steps for each of cases A
    and B", after the last case." (public cases S03, S46 and S52) read aloud as two headings one
    after the other; the remedies were put in brackets after the case, and T45-03 left them to
    the section it points to: one line, "Next steps for case A: see "..."", below."."""
    for case_id, case in (("S03", "A"), ("S46", "B")):
        request = read_request(next(c for c in PUBLIC if c["id"] == case_id)["request"])
        s = screen(request.person, request.cases, request.as_of)
        for width in (100, 80):
            flat = " ".join(render_text(s, request.person, request.cases, width=width).split())
            assert f'Next steps for case {case}: see "Next steps for each of cases A and B", below.' in flat
            assert not re.search(r"Next steps for case \S+: (?!- )[^:.]*: see ", flat), case_id  # a list's "- " aside


def test_t39_04_a_case_points_to_a_heading_once():
    """T39-04: public case S46's case A said "PC 1203.4a dismissal: see "Next steps for each of
    cases A and B", after the last case.", its own declaration step, then "PC 1203.4a dismissal,
    PC 1203.425 automatic relief: see" the same heading again.  Now one pointer stands where the
    first stood (since T45-03 naming the case it shares them with, not their remedies); the
    case's own steps keep their order around it."""
    request = read_request(next(c for c in PUBLIC if c["id"] == "S46")["request"])
    s = screen(request.person, request.cases, request.as_of)
    lines = render_text(s, request.person, request.cases).splitlines()
    at = lines.index("  Next steps for case A:")
    said = [" ".join(e.split()) for e in " ".join(lines[at + 1: lines.index("", at)]).split(" - ") if e.strip()]
    assert [e.split(":")[0] for e in said] == ["PC 1203.4a dismissal", "Shared with case B", "PC 1203.4a dismissal"], said
    assert said[0].startswith("PC 1203.4a dismissal: To confirm the route, find out when the offense was committed that led to the conviction of VC 12500(a) in case B")
    assert said[1] == 'Shared with case B: see "Next steps for each of cases A and B", below.'
    assert said[2].startswith("PC 1203.4a dismissal: Attach a declaration (MC-030)")
    assert " ".join(" ".join(lines).split()).count('see "Next steps for each of cases A and B"') == 2  # case A's and case B's
