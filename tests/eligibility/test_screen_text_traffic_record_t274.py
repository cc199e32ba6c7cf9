"""T274: a driver whose record is traffic: suspended-license counts on completed probation, and
two fine-only cases (a no-license misdemeanor, a speeding infraction) whose fines are unpaid."""

from __future__ import annotations

from clinic_app.eligibility.text_report import render_text
from clinic_app.model import Person

from engine_builders import money, no_probation_case, probation_case, run


def test_t274_01_a_case_blocked_by_two_unpaid_fine_sentences_points_to_the_top_once():
    cases = [
        probation_case("14601.1(a)", code="VC", id="A", start="2018-06-12", end="2020-06-12"),
        probation_case("23103", code="VC", id="D", start="2021-04-15", end="2023-04-15"),
        no_probation_case("12500(a)", code="VC", id="C", judgment="2020-11-20", completed=False,
                          money=money(fines_ordered=650, fines_paid=0)),
        no_probation_case("22350", code="VC", id="E", level="infraction", judgment="2022-02-10",
                          completed=False, money=money(fines_ordered=490, fines_paid=0)),
    ]
    lines = render_text(run(*cases, as_of="2026-12-07"), Person(), cases).splitlines()
    start = next(i for i, x in enumerate(lines) if x.startswith("  Next steps for case A"))
    steps = lines[start + 1: lines.index("", start)]
    # Both fine-only sentences are one bar at the top; case A's steps had pointed to it twice,
    # word for word, one line under the other.
    assert "".join(steps).count('see "What to do" about') == 1, steps
