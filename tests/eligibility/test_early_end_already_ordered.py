"""S27C-02: before a probation end the court has already ordered early (PC 1203.3), the
screening asked for it all the same: 1203.3 'the court may end it early at any time' with
'Ask the court to end probation early (PC 1203.3); then 1203.4 becomes mandatory', and 1203.4
the same step beside 'Otherwise, on or after <day after>, file ...'."""

from __future__ import annotations

from engine_builders import probation_case, row, run

ORDERED = {"start": "2024-06-20", "end": "2028-06-19", "status": "active", "early": "2026-10-28"}
ASK = "Ask the court to end probation early (PC 1203.3)"


def screened(day, **probation):
    return run(probation_case("242", **(probation or ORDERED)), as_of=day)


def test_before_an_ordered_early_end_nothing_is_asked():
    for day in ("2026-09-01", "2026-10-27"):
        result = screened(day)
        d3 = row(result, "pc1203_3", conv=None)
        assert d3.status == "not_applicable"
        assert [r.text for r in d3.reasons] == ["The court has already ordered probation in this case to end early, on 2026-10-28; there is nothing left to ask."]
        d4 = row(result, "pc1203_4")
        assert (d4.status, d4.mode, str(d4.date)) == ("eligible_on", "mandatory", "2026-10-29")
        assert not any(step.startswith(ASK) for step in d4.next_steps)
        assert d4.next_steps[0] == ("Probation ends early on 2026-10-28, as the court has ordered: on or after 2026-10-29, file form CR-180 (petition) "
                                    "with CR-181 (order) with the court that entered the conviction; give the prosecutor 15 days' notice.")


def test_the_last_day_and_the_day_after_are_unchanged():
    last = screened("2026-10-28")
    assert [r.text for r in row(last, "pc1203_3", conv=None).reasons] == ["Probation in this case ends on the screening date (2026-10-28); there is no time left for the court to end it early."]
    assert row(last, "pc1203_4").next_steps[0].startswith("Probation ends on the screening date: from the day after it, 2026-10-29, file")
    after = row(screened("2026-10-29"), "pc1203_4")
    assert (after.status, after.mode) == ("eligible", "mandatory")


def test_without_an_ordered_early_end_early_termination_is_still_offered():
    result = screened("2026-09-01", start="2024-06-20", end="2028-06-19", status="active")
    assert row(result, "pc1203_3", conv=None).status == "eligible"
    assert any(step.startswith(ASK) for step in row(result, "pc1203_4").next_steps)
