"""Screening leftovers of stop S27: each test fails on the code before its fix."""

from __future__ import annotations

from clinic_app.eligibility.fact_questions import question
from clinic_app.eligibility.sentence import SENTENCING_CHOICE
from engine_builders import probation_case, row, run


def test_s27_02_the_17b_sentencing_fact_is_worded_once():
    """S27-02: a felony wobbler on probation with no word on how sentence was pronounced was
    said three ways: the reason ("whether imposition of sentence was suspended, or a prison
    term imposed with execution suspended"), the step ("check whether a prison term was
    imposed") and the question ("Was imposition of sentence suspended, or was a sentence
    imposed and its execution suspended?").  All three now say SENTENCING_CHOICE."""
    case = probation_case("459/460(b)", level="felony", kind="formal", start="2016-05-20", end="2019-05-20")
    case.sentence.imposition_suspended = None
    d = row(run(case), "pc17b")
    assert d.status == "needs_review" and d.missing_facts == ["sentence.imposition_suspended"]
    asked = question("sentence.imposition_suspended")
    assert asked == f"Which did the court do at sentencing: {SENTENCING_CHOICE}?"
    assert f"at sentencing: {SENTENCING_CHOICE};" in d.reasons[-1].text
    assert d.next_steps == [f"Find out, then screen again: {asked} Where to look: the sentencing minute order or the court docket."]
    said = " ".join([*(r.text for r in d.reasons), *d.next_steps])
    assert "prison term" not in said and "Was imposition" not in said
