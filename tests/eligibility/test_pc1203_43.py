"""PC 1203.43: withdrawing a completed DEJ plea (case scope)."""

from __future__ import annotations

from clinic_app.model import Case, Program

from engine_builders import D, probation_case, row, run


def dej(outcome="diversion_completed", plea=True, done="2016-04-01", kind="dej") -> Case:
    return Case(id="A", outcome=outcome, arrest_date=D("2014-05-01"), arrest_level="felony",
                program=Program(kind=kind, plea_entered=plea, completed_on=D(done) if done else None), convictions=[])


def plea(*cases):
    return row(run(*cases), "pc1203_43", case="A", conv=None)


def test_completed_dej_with_a_plea_is_mandatory():
    d = plea(dej())
    assert (d.status, d.mode) == ("eligible", "mandatory")
    assert any("CR-180" in s for s in d.next_steps)
    assert any("immigration" in r.text for r in d.reasons)


def test_unknown_plea_needs_review():
    d = plea(dej(plea=None))
    assert (d.status, d.missing_facts) == ("needs_review", ["cases[A].program.plea_entered"])


def test_no_plea_means_nothing_to_withdraw():
    assert plea(dej(plea=False)).status == "not_applicable"


def test_failed_dej_ended_in_a_judgment():
    case = probation_case("11377(a)", code="HS", level="felony")
    case.program = Program(kind="dej", plea_entered=True, completed_on=None)
    assert plea(case).status == "not_eligible"


def test_dej_still_running_is_not_yet_eligible():
    assert plea(dej(outcome="pending", done=None)).status == "not_eligible"


def test_dismissed_dej_case_without_a_completion_date_asks_for_it():
    """A DEJ case is dismissed on completion (PC 1000.3): a dismissed case with no completion
    date must not be told it is 'not completed yet' (immigration relief would be lost)."""
    d = plea(dej(outcome="dismissed", done=None))
    assert (d.status, d.missing_facts) == ("needs_review", ["cases[A].program.completed_on"])
    assert not any("Screen again when the court dismisses" in s for s in d.next_steps)
    assert plea(dej(outcome="dismissed", done="2011-06-01")).status == "eligible"


def test_other_programs_and_plain_cases_are_not_applicable():
    assert plea(dej(kind="pretrial")).status == "not_applicable"
    assert plea(probation_case()).status == "not_applicable"


def test_a_program_completed_after_the_screening_date_had_not_ended_the_case_on_it():
    """Oracle finding O22-03: a DEJ program completed on 2026-06-01 was "completed" in a
    screening as of 2026-01-15 (1203.43 mandatory, 851.91 and 851.93 eligible now)."""
    for outcome in ("diversion_completed", "dismissed"):
        rec = dej(outcome=outcome, done="2026-06-01")
        s = run(rec, as_of="2026-01-15")
        d = row(s, "pc1203_43", case="A", conv=None)
        assert (d.status, d.next_steps) == ("not_eligible", ["Screen again when the court dismisses the charges."]), outcome
        assert "not yet completed" in d.reasons[0].text
        for remedy in ("pc851_91", "pc851_93"):
            early = row(s, remedy, case="A", conv=None)
            assert (early.status, early.reasons[0].text) == ("not_applicable", "On the screening date this arrest had not yet happened or its case had not yet ended."), (outcome, remedy)
        s = run(rec, as_of="2026-06-01")
        assert row(s, "pc1203_43", case="A", conv=None).status == "eligible"
        assert row(s, "pc851_93", case="A", conv=None).status == "eligible"
