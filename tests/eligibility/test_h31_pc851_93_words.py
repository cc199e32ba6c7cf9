"""H31-05: PC 851.93's reason for a felony arrest says what ca-rules.md 3.11 says."""

from __future__ import annotations

from engine_builders import row, run
from test_pc851_91 import arrest


def test_h31_05_a_felony_arrest_waits_for_years_without_proceedings_not_without_a_conviction():
    """A felony arrest with no charge filed (HS 11350(a), 2023-08-01) gave "relief needs 3
    years without a conviction, counted from the arrest".  ca-rules.md 3.11 (C)(i): a felony
    arrest with no proceedings within 3 years; a conviction is not what the wait is about (a
    charge filed in that time is a proceeding).  The reason now says "without proceedings", as
    the misdemeanor reason beside it does (B)."""
    d = row(run(arrest(level="felony", when="2023-08-01", offenses=[("HS", "11350(a)")]), as_of="2026-01-15"),
            "pc851_93", case="A", conv=None)
    text = " ".join(r.text for r in d.reasons)
    assert "relief needs 3 years without proceedings, counted from the arrest on 2023-08-01" in text
    assert "without a conviction" not in text
