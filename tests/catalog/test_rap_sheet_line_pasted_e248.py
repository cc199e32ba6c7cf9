"""E248-02: a whole RAP-sheet count line pasted where a conviction's section goes ("CNT 01
496(A) PC-RECEIVE/ETC KNOWN STOLEN PROPERTY") was stored as the section
"01496(a)pc-receive/etcknownstolenproperty", its words run together: the count's offense lost
to the attorney's review, and its "/" read as two offenses.  The line's section and code are
read from it where the catalog has them; anything else is read as before."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from clinic_app.catalog import load_catalog
from clinic_app.typed_sections import rap_sheet_line_cited, read_typed_section

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eligibility"))
from engine_builders import probation_case, row, run  # noqa: E402


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


@pytest.mark.parametrize("pasted, cited", [
    ("CNT 01 496(A) PC-RECEIVE/ETC KNOWN STOLEN PROPERTY", "PC 496(a)"),
    ("CNT:01 459 PC-BURGLARY", "PC 459"),
    ("  11377(A) HS-POSSESS CONTROLLED SUBSTANCE  CONV STATUS:MISDEMEANOR ", "HS 11377(a)"),
    ("10851(A) VC-TAKE VEHICLE W/O OWNER'S CONSENT/VEHICLE THEFT", "VC 10851(a)"),
    ("23152(A) VC DUI ALCOHOL/DRUGS", "VC 23152(a)"),
])
def test_a_count_line_is_read_as_its_section_and_code(catalog, pasted, cited):
    assert rap_sheet_line_cited(catalog, pasted) == cited


@pytest.mark.parametrize("typed", [
    "496(A) PC",            # the section alone, in the RAP's order: read as ever (no words after it)
    "PC 496(a)",
    "11377(a)/11364",       # two sections: asked, as ever
    "99999 PC-NOTHING THE CATALOG HAS",  # not in the catalog: kept as typed, said and reviewed
    "BURGLARY",
    "",
])
def test_anything_but_a_count_line_of_a_section_the_catalog_has_is_left_to_the_reading(catalog, typed):
    assert rap_sheet_line_cited(catalog, typed) is None


@pytest.mark.parametrize("pasted", [
    "CNT:01 459 PC-BURGLARY 496(A) PC-RECEIVE/ETC KNOWN STOLEN PROPERTY",  # two count lines pasted as one
    "CNT:01 459 PC-BURGLARY CNT:02 PC 496(A)",
    "459 PC burglary and 496 PC",
    "11377(A) HS-POSSESS CONTROLLED SUBSTANCE 11364 HS",
])
def test_r253_01_a_line_naming_a_second_section_is_not_read_as_its_first_alone(catalog, pasted):
    """Read as "PC 459" alone, the second offense was dropped with nothing said and the count
    screened as a burglary alone; left to the reading as before, it goes to the attorney."""
    assert rap_sheet_line_cited(catalog, pasted) is None


@pytest.mark.parametrize("pasted, cited", [
    ("CNT:02 23152(B) VC-DUI ALCOHOL/0.08 PERCENT", "VC 23152(b)"),  # a number in the words, not a section
    ("12500(A) VC-DRIVE W/O LICENSE", "VC 12500(a)"),
])
def test_r253_01_words_with_a_number_in_them_are_still_one_section(catalog, pasted, cited):
    assert rap_sheet_line_cited(catalog, pasted) == cited


@pytest.mark.parametrize("pasted, cited", [
    ("CNT:01 664/211 PC-ATTEMPTED ROBBERY", "PC 664/211"),
    ("664/11377(A) HS-ATTEMPT POSSESS CONTROLLED SUBSTANCE", "HS 664/11377(a)"),
    ("CNT:01-03 496(A) PC-RECEIVE/ETC KNOWN STOLEN PROPERTY", "PC 496(a)"),  # three counts of it
    ("CNT:01 #BA123456 11350(A) HS-POSSESS NARCOTIC CONTROLLED SUBSTANCE", "HS 11350(a)"),  # a court's line
])
def test_r253_02_an_attempt_and_a_run_of_counts_are_read_as_typed_by_hand(catalog, pasted, cited):
    """Each was stored run together ("cnt:01664/211pc-attemptedrobbery"), said not in the catalog
    and sent to review, where "664/211 PC" typed is read as the attempt."""
    assert rap_sheet_line_cited(catalog, pasted) == cited
    reading = read_typed_section(catalog, cited)  # the field's text, read as at the desk
    assert reading.match.offense is not None and reading.match.exact and reading.match.attempt == ("664/" in cited)


@pytest.mark.parametrize("pasted, cited, said", [
    ("CNT:01 12345 PC-SOMETHING", "PC 12345", "PC 12345 is not in the offense catalog"),
    ("CNT 02 99999(B) HS-POSSESS SOMETHING ELSE", "HS 99999(b)", "HS 99999(b) is not in the offense catalog"),
    ("CNT:01 #BA123456 23152(A) PC-DUI ALCOHOL/DRUGS", "PC 23152(a)", "PC 23152(a) is not in the offense catalog, but VC 23152(a) is"),
])
def test_k255_02_a_count_line_of_a_section_the_catalog_lacks_is_stored_as_typed_by_hand(catalog, pasted, cited, said):
    """Stored run together ("0112345pc-something"), the count went to review under words the
    attorney could not read; its code and section are stored as typed by hand, and said so."""
    assert rap_sheet_line_cited(catalog, pasted) == cited
    code, section = read_typed_section(catalog, cited).stored
    screened = row(run(probation_case(section, code=code, start="2015-01-15", end="2018-01-15"), as_of="2026-06-01"), "pc1203_4")
    assert screened.status == "needs_review"
    assert screened.reasons[0].text == f"{said}, and this remedy depends on what the offense is."


@pytest.mark.parametrize("typed", [
    "12345 PC-SOMETHING",                          # no count's number: typed, read as ever
    "CNT:01 11377(A)/11364 HS-POSSESS",            # two sections in one: as before
    "CNT:01 12345 PC-SOMETHING 67890 PC-ANOTHER",  # a second section named (R253-01)
])
def test_k255_02_only_a_count_line_of_one_section_is_stored_so(catalog, typed):
    assert rap_sheet_line_cited(catalog, typed) is None
