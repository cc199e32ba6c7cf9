"""T39: the long record's report read aloud once more (engine_builders.long_record, 20 cases:
its size is the point, and it screens and renders in about 25 ms)."""

from __future__ import annotations

from clinic_app.eligibility.text_report import render_text
from clinic_app.model import Person

from engine_builders import long_record, run

AS_OF = "2026-12-02"
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
