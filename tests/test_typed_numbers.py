"""The one reader of a whole number typed (hours, sessions, dollars): clinic_app.typed_numbers.

The Checklist's count and the forms' amount fields read through it (B48); each rule here once.
"""

import pytest

from clinic_app.typed_numbers import Typed, read_whole, ungrouped


def test_blank_is_no_number_and_not_refused():
    for text in ("", "   ", "$", " $ "):
        typed = read_whole(text)
        assert typed.blank and typed.number is None and typed.refused is None and not typed.step


@pytest.mark.parametrize("text, number", [("12", 12), (" 40 ", 40), ("0", 0)])
def test_a_whole_number_is_itself(text, number):
    assert read_whole(text) == Typed(text.strip(), number)


@pytest.mark.parametrize("text, number", [("+6", 6), ("+ 6", 6), ("-2", -2), ("- 2", -2), ("+1,000", 1000),
                                          ("+6.0", 6), ("+6.00", 6), ("-2.0", -2), ("+1,000.00", 1000)])
def test_plus_or_minus_is_a_step_to_the_count_there(text, number):
    """K45-04, K45-09: a sheet of the hours since the last visit is added, not put in place."""
    typed = read_whole(text)
    assert typed.step and typed.number == number and typed.refused is None
    assert typed.count_from(10) == 10 + number


@pytest.mark.parametrize("text", ["+", "-", "+ "])
def test_a_step_begun_has_no_number_yet(text):
    typed = read_whole(text)
    assert typed.step and typed.number is None and typed.refused is None
    assert typed.count_from(10) is None


def test_a_whole_number_takes_the_place_of_the_count_there():
    assert read_whole("20").count_from(10) == 20
    assert read_whole("").count_from(10) is None


@pytest.mark.parametrize("text, number", [("$75.00", 75), ("75.00", 75), ("40.0", 40), ("$ 75", 75)])
def test_zero_cents_are_the_whole_number(text, number):
    """K45-02: "$75.00", as a court receipt prints it, was refused as "Not a whole number"."""
    typed = read_whole(text)
    assert typed.number == number and typed.refused is None and not typed.step


@pytest.mark.parametrize("text, number", [("1,250", 1250), ("$1,250", 1250), ("1,000,000", 1_000_000), ("1,250.00", 1250)])
def test_commas_grouping_thousands_are_dropped(text, number):
    typed = read_whole(text)
    assert typed.number == number and typed.text == text.lstrip("$").replace(",", "")


@pytest.mark.parametrize("text", ["37.50", "37,50", "$37.50", "12,5", "12.5", "-37.50", "1,250.50"])
def test_cents_are_refused_not_read_without_the_point(text):
    """R46-01: "37,50" had its comma dropped and was added as $3,750; "12,5" hours saved as 125."""
    typed = read_whole(text)
    assert typed.refused == "cents" and typed.number is None


@pytest.mark.parametrize("text", ["12.", "1.000", "12.555", "+6.5", ".5", "1,2,3"])
def test_any_other_point_or_comma_is_a_fraction_refused(text):
    """K45-01: "12.5" hours had the point dropped and was saved as 125; "1.000" read as 1
    would be a wrong total."""
    typed = read_whole(text)
    assert typed.refused == "fraction" and typed.number is None


@pytest.mark.parametrize("text", ["abc", "12 hours", "6+"])
def test_words_are_not_a_number(text):
    typed = read_whole(text)
    assert typed.refused == "not a number" and typed.number is None


@pytest.mark.parametrize("text, kept", [("1,500", "1500"), ("+1,000.5", "+1000.5"), ("28,5", "28,5"), ("1,25", "1,25"),
                                        ("1,2345", "1,2345"), ("12", "12")])
def test_only_commas_grouping_thousands_are_taken_out(text, kept):
    """R46-07: "28,5" grams, a decimal comma, was read as 285; the grams field reads through this too."""
    assert ungrouped(text) == kept
