"""C149-01: a client with cases in Los Angeles, Riverside and San Bernardino, the San
Bernardino DUI's probation holding back the other two cases' PC 1203.4.  Under "Case 4VN01234 —
Los Angeles County, CA" the filing worksheet read "blocked until 2027-03-15: The person is on
probation in case MSB21003456 through 2027-03-14. What to do: Ask the court to end probation
early (PC 1203.3) in case MSB21003456", as if that court were the one the heading names: the
early end is asked of San Bernardino's.  Another county's case is now said with its county."""

from __future__ import annotations

import pytest
from three_counties import AS_OF, three_counties

from clinic_app.counties import other_counties_named
from tests.worksheet_text import worksheet_text


@pytest.mark.pdf
def test_c149_01_the_early_end_asked_under_the_other_cases_names_san_bernardino(tmp_path):
    text = worksheet_text(tmp_path, three_counties(), AS_OF)
    la, riverside, san_bernardino = (text.index(f"Case {n} \u2014") for n in ("4VN01234", "RIF1704567", "MSB21003456"))
    for start, end in ((la, riverside), (riverside, san_bernardino)):
        sheet = text[start:end]
        assert ("Ask the court to end probation early (PC 1203.3) in case MSB21003456 (San Bernardino County); "
                "relief can follow once it ends.") in sheet
        assert "The person is on probation in case MSB21003456 (San Bernardino County) through 2027-03-14." in sheet
        assert "MSB21003456 through" not in sheet
    # Its own sheet, headed by its court, says it as before.
    assert "(San Bernardino County)" not in text[san_bernardino:]


@pytest.mark.pdf
def test_c149_01_one_county_reads_as_before(tmp_path):
    text = worksheet_text(tmp_path, three_counties(san_bernardino="Los Angeles"), AS_OF)
    assert "Ask the court to end probation early (PC 1203.3) in case MSB21003456; relief can follow once it ends." in text


def test_c149_01_other_counties_named_reads_the_county_box_as_the_filter_does():
    client = three_counties(san_bernardino="San Bernardino County, CA")
    la, riverside, _sb = client.cases
    said = "in cases 4VN01234, RIF1704567 and MSB21003456; not 4VN012345 nor MSB21003456-01"
    assert other_counties_named(said, client.cases, la) == \
        "in cases 4VN01234, RIF1704567 (Riverside County) and MSB21003456 (San Bernardino County); " \
        "not 4VN012345 nor MSB21003456-01"
    # Typed "LA" for the Los Angeles case: the same county as "Los Angeles", named in full.
    client.cases[0].county = "LA"
    assert other_counties_named("case 4VN01234", client.cases, riverside) == "case 4VN01234 (Los Angeles County)"
    # Another state's case is no county's.
    client.cases[1].jurisdiction = "NV"
    assert other_counties_named("case RIF1704567", client.cases, la) == "case RIF1704567"
