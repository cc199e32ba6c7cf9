"""S31: the less common remedies read against ca-rules.md, edge by edge."""

from __future__ import annotations

from clinic_app.model import Program

from engine_builders import D, probation_case, row, run


def test_s31_01_dej_marked_completed_in_a_convicted_case_is_checked_not_called_unfinished():
    """S31-01: a case showing a conviction and a DEJ completed on 2012-01-01 was told "Deferred
    entry of judgment is not completed yet ... Screen again when the court dismisses the
    charges", against the record's own completion date.  Completing DEJ ends in a dismissal
    (PC 1000.3), so one of the two facts is wrong: the attorney checks the docket."""
    case = probation_case("11377(a)", code="HS", level="misdemeanor", start="2012-06-15", end="2013-06-15")
    case.program = Program(kind="dej", plea_entered=True, completed_on=D("2012-01-01"))
    d = row(run(case), "pc1203_43", case="A", conv=None)
    assert d.status == "needs_review"
    text = " ".join(r.text for r in d.reasons)
    assert "not completed yet" not in text
    assert "2012-01-01" in text and "conviction" in text
    assert not any("when the court dismisses" in s for s in d.next_steps)
    assert any("docket" in s or "minute order" in s for s in d.next_steps)
