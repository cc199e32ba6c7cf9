"""E291: the engine mends rules tester Q287 found, each on a small record screened once.

- AB 1950's theft or fraud felony over $25,000 keeps up to 3 years of probation (PC 1203.1(l),
  ca-rules.md 2.2 [M]), not "no cap at all".
"""

from __future__ import annotations

import pytest

from clinic_app.eligibility.common import AB1950_CITE

from engine_builders import probation_case, row, run


def _grand_theft(value, *, end="2025-11-02", level="felony", section="487(a)", status="active", remedy="pc1203_4"):
    """Q287 faults/01: grand theft, judgment 2020-11-02 (not final on 2021-01-01), formal
    probation ordered to `end`, screened 2024-06-01."""
    case = probation_case(section, level=level, kind="formal", start="2020-11-02", end=end, status=status, imposition_suspended=True)
    case.convictions[0].value_dollars = value
    return row(run(case, as_of="2024-06-01"), remedy, conv=None if remedy == "pc1203_3" else "A1")


def _cap_words(d) -> str:
    return next(r.text for r in d.reasons if r.cite == AB1950_CITE)


def test_a_five_year_term_for_theft_over_25000_is_capped_at_three_years_not_read_as_uncapped():
    # Capped at 3 years the probation ended 2023-11-02; ordered, it ends 2025-11-02: the
    # two readings differ on the screening day, so an attorney decides (ca-rules.md 7).
    d = _grand_theft(30_000)
    assert (d.status, d.confidence) == ("needs_review", "M")
    words = _cap_words(d)
    assert "at 3 years for a theft or fraud felony over $25,000, which PC 487(a) ($30,000) is (PC 1203.1(l))" in words
    assert "probation ended on 2023-11-02, not 2025-11-02" in words


def test_a_three_year_term_for_theft_over_25000_is_within_the_cap_and_not_flagged():
    d = _grand_theft(30_000, end="2023-11-02", status="completed")
    assert d.status == "eligible" and not any(r.cite == AB1950_CITE for r in d.reasons), d.reasons


@pytest.mark.parametrize("value, level, remedy, status, said", [
    (None, "felony", "pc1203_4", "needs_review", "PC 487(a) is one if it was over $25,000, and the record does not give the value"),
    # A level not recorded stops 1203.4 on its own question; early termination says the cap.
    (30_000, None, "pc1203_3", "eligible", "PC 487(a) is one if it was a felony, and the record does not give the level"),
])
def test_a_theft_whose_value_or_level_is_not_recorded_is_asked_not_guessed(value, level, remedy, status, said):
    # The earliest reading is still the 2-year cap (2022-11-02); the 3-year one is named with
    # the fact that decides it.
    d = _grand_theft(value, level=level, remedy=remedy)
    words = _cap_words(d)
    assert d.status == status
    assert f"(3 years, to 2023-11-02, for a theft or fraud felony over $25,000, PC 1203.1(l): {said})" in words
    assert "probation ended on 2022-11-02, not 2025-11-02" in words


def test_a_five_year_term_for_theft_over_25000_granted_since_2021_is_flagged_against_the_three_year_cap():
    # Ordered with the cap in force: the ordered end is screened, flagged, and the words do not
    # deny the theft exception they have just named (Q287 req/22).
    case = probation_case("487(a)", level="felony", kind="formal", start="2022-02-01", end="2027-02-01", status="active", imposition_suspended=True)
    case.convictions[0].value_dollars = 30_000
    d = row(run(case, as_of="2023-06-01"), "pc1203_4")
    assert (d.status, d.confidence) == ("eligible_on", "M")
    assert ("AB 1950 caps felony probation at 2 years, and at 3 years for a theft or fraud felony over $25,000, which PC 487(a)"
            " ($30,000) is (PC 1203.1(l)), and no exception that allows longer shows in the record; this probation") in _cap_words(d)


def test_a_count_worth_over_25000_that_is_not_theft_or_fraud_keeps_the_two_year_cap():
    # Receiving stolen property is not on the catalog's theft or fraud rows.
    d = _grand_theft(30_000, section="496(a)")
    assert d.status == "needs_review"
    words = _cap_words(d)
    assert "3 years" not in words and "probation ended on 2022-11-02, not 2025-11-02" in words
