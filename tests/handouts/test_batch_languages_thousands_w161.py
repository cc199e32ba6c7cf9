"""W161-01: a paralegal making the handouts of the 1,485 clients shown read "(1062 in English,
423 in Spanish): 1,485 handouts" in the batch's question, one count with its comma and the
other without; each language's count is now written as every other count is ("1,062")."""

from clinic_app.handouts.document import languages_said


def test_a_language_with_a_thousand_handouts_or_more_is_counted_with_its_comma():
    assert languages_said(["en"] * 1062 + ["es"] * 423) == "1,062 in English, 423 in Spanish"


def test_a_few_read_as_before():
    assert languages_said(["es"] * 4 + ["en"] * 2) == "4 in Spanish, 2 in English"
