"""Waiting periods are satisfied on the anniversary plus one day (ca-rules.md section 0)."""

from datetime import date

from clinic_app.eligibility.dates import after_years, anniversary, day_after, is_anniversary_day


def test_one_year_after_is_the_day_after_the_anniversary():
    assert after_years(date(2026, 2, 10), 1) == date(2027, 2, 11)


def test_four_years_after_the_end_of_supervision():
    assert after_years(date(2023, 9, 20), 4) == date(2027, 9, 21)


def test_leap_day_anniversary_falls_on_28_february_and_the_first_safe_day_is_1_march():
    assert anniversary(date(2024, 2, 29), 1) == date(2025, 2, 28)
    assert after_years(date(2024, 2, 29), 1) == date(2025, 3, 1)
    assert after_years(date(2024, 2, 29), 4) == date(2028, 3, 1)  # 2028 has a 29 February: day after it


def test_end_of_year_rolls_into_the_next():
    assert after_years(date(2020, 12, 31), 2) == date(2023, 1, 1)
    assert day_after(date(2027, 3, 1)) == date(2027, 3, 2)


def test_exact_anniversary_is_flagged():
    assert is_anniversary_day(date(2027, 2, 10), date(2026, 2, 10), 1)
    assert not is_anniversary_day(date(2027, 2, 11), date(2026, 2, 10), 1)


def test_a_reason_names_the_first_safe_day_as_that_not_as_the_anniversary():
    """Check O21B-04: "released 2024-02-29; four years later is 2028-03-01" (and "two years
    later", "one calendar year from judgment ... is") named the day after the anniversary as
    the anniversary (ca-rules.md section 0: the first safe day is the anniversary plus one)."""
    from engine_builders import custody_case, no_probation_case, row, run

    jail = custody_case("11378", code="HS", type="county_jail_1170h", judgment="2023-06-01", release="2024-02-29", supervision="none", supervision_end=None)
    d = row(run(jail, as_of="2026-02-28"), "pc1203_425")
    assert "the first day after the four years is 2028-03-01" in d.reasons[0].text
    assert not any("later is" in r.text for r in d.reasons)
    misd = no_probation_case("602", judgment="2024-02-29")
    d = row(run(misd, as_of="2025-02-28"), "pc1203_425")
    assert "the first day after one calendar year from judgment (2024-02-29) is 2025-03-01" in d.reasons[0].text
    prison = custody_case("11378", code="HS", judgment="2008-06-01", release="2010-02-01", supervision_end="2012-02-01")
    d = row(run(prison), "pc1203_42")
    assert not any("later is" in r.text for r in d.reasons)
    assert any("the first day after the two years is 2014-02-02" in r.text for r in d.reasons)
