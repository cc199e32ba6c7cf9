"""Findings of the S26B time oracle (answers screened over a ladder of dates)."""

from __future__ import annotations

import pytest

from engine_builders import probation_case, row, run

# Misdemeanor probation granted 2020-12-30 (not final on 2021-01-01) for three years: AB 1950's
# one-year cap may have ended it on 2021-12-30 (ca-rules.md 2.2; People v. Quinn).
CAPPED = probation_case("484(a)/488", start="2020-12-30", end="2023-12-30", status="active")


@pytest.mark.parametrize("as_of, tense", [("2021-07-16", "ends"), ("2021-12-29", "ends"), ("2021-12-30", "ends"), ("2021-12-31", "ended")])
def test_s26b_01_the_ab_1950_capped_end_is_said_in_the_tense_of_the_screening_date(as_of, tense):
    """S26B-01: a screening of 2021-07-16 said "probation ended on 2021-12-30", a day five months
    after the day it speaks for.  Before (and on) the capped end it now says "ends on"; after it,
    "ended on", in 1203.4's reasons and in 1203.3's AB 1950 step."""
    s = run(CAPPED, as_of=as_of)
    dismissal = row(s, "pc1203_4")
    cap = next(r.text for r in dismissal.reasons if "AB 1950" in r.cite)
    assert f"probation {tense} on 2021-12-30, not 2023-12-30" in cap
    early = row(s, "pc1203_3", conv=None)
    assert early.status == "eligible"
    assert any(r.text == cap for r in early.reasons)
    assert f"Cite AB 1950: on the capped reading probation {tense} on 2021-12-30." in early.next_steps
