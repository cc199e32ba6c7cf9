"""R88-01: a step that says "this case" stays under the case it is about in the text report."""

from __future__ import annotations

from datetime import date

from engine_builders import custody_case, run

from clinic_app.eligibility.text_report import render_text
from clinic_app.model import ReliefGranted


def _three_prison_counts_reduced_under_17b():
    cases = []
    for i, key in enumerate("ABC"):
        rec = custody_case("594(a)", id=key, type="state_prison", judgment=f"202{i}-03-01", release=f"202{i + 1}-03-01",
                           supervision="none", supervision_end=None, wobbler=True)
        rec.case_number = f"BA10{i}200"
        rec.convictions[0].relief_granted = [ReliefGranted("pc17b", date(2024, 4, 12))]
        cases.append(rec)
    return cases


def test_r88_01_a_step_about_this_case_is_not_said_once_for_every_case():
    """Three court-numbered prison counts, each with a 17(b) reduction recorded: each case's step
    reads "Get the minute order of the reduction in this case" (B86-03; it read "in case BA100200").
    Word for word alike, the report said it once after the last case, under "Next steps for every
    case above", where "this case" names none of them.  It is said under each case again, as it
    was when it named its case."""
    cases = _three_prison_counts_reduced_under_17b()
    text = render_text(run(*cases), None, cases)
    # Each case's steps headed by its court number (S156-01: by its record key, "case C").
    after_last = text.split("CASE C ")[1].split("Next steps for case BA102200:")[1]
    assert "in this case" not in after_last.split("\n\n", 1)[1], after_last
    for i, key in enumerate("ABC"):
        own = text.split(f"CASE {key} ")[1].split("\nCASE ")[0]
        steps = own.split(f"Next steps for case BA10{i}200:")[1]
        assert "Get the minute order of the reduction in this case" in " ".join(steps.split()), steps
