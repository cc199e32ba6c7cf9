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
