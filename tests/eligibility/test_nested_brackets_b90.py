"""B90: the screening's last brackets inside brackets, read aloud at a clinic table.

A case with no court number is titled by what its record holds, in a bracket of its own
("case B (arrested 2026-08-20, Los Angeles County)", B86).  Three sentences put that title
inside another bracket, and read aloud a paralegal could not tell where one bracket ended and
the next began: each now says the case after "in", outside any bracket."""

from __future__ import annotations

from datetime import date

from engine_builders import probation_case, row, run

from clinic_app.model import Case


def _no_nested_bracket(text: str) -> bool:
    depth = 0
    for ch in text:
        depth += (ch == "(") - (ch == ")")
        if depth > 1:
            return False
    return True


def test_b90_01_a_pending_charge_names_its_case_after_in_not_in_a_bracket():
    """"The person is charged with an offense that is still pending (case B (arrested
    2026-08-20, Los Angeles County))." and the early end of probation's step "... still waits
    while the person is charged with an offense that is still pending (case B (...))"."""
    running = probation_case("459/460(b)", level="felony", start="2024-06-01", end="2027-06-01", status="active", kind="formal", wobbler=True)
    pending = Case(id="B", outcome="pending", arrest_date=date(2026, 8, 20), arrest_level="felony")
    s = run(running, pending)
    said = row(s, "pc1203_4").reasons[0].text
    assert said == "The person is charged with an offense that is still pending in case B (arrested 2026-08-20, Los Angeles County).", said
    step = row(s, "pc1203_3", conv=None).next_steps[0]
    assert step.endswith("while the person is charged with an offense that is still pending in case B (arrested 2026-08-20, Los Angeles County)."), step
    assert _no_nested_bracket(said) and _no_nested_bracket(step)
    # A case with a court number reads the same way.
    numbered = Case(id="B", case_number="BA123456", outcome="pending", arrest_date=date(2026, 8, 20), arrest_level="felony")
    said = row(run(running, numbered), "pc1203_4").reasons[0].text
    assert said == "The person is charged with an offense that is still pending in case BA123456.", said
