"""C149-04: the filing worksheet of a client with cases in Los Angeles, Riverside and San
Bernardino headed each case by its court ("Case RIF1704567 — Riverside County, CA") and said
nothing of what the program does not know of a court outside Los Angeles, whose practice is all
it holds (ca-rules.md 6): staff preparing the Riverside petition were not told to check that
court's local forms, where it takes filings and whom to serve.  A California case outside Los
Angeles now says so under its heading; a Los Angeles case ("LA" typed too) does not."""

from __future__ import annotations

import pytest
from three_counties import AS_OF, three_counties

from clinic_app.counties import OUTSIDE_LOS_ANGELES
from tests.worksheet_text import worksheet_text


def _note(county: str) -> str:
    return OUTSIDE_LOS_ANGELES.format(county=f"{county} County")


@pytest.mark.pdf
def test_c149_04_the_riverside_and_san_bernardino_sheets_say_what_the_program_does_not_know(tmp_path):
    client = three_counties(san_bernardino="County of San Bernardino")
    client.cases[0].county = "LA"
    text = worksheet_text(tmp_path, client, AS_OF)
    la, riverside, san_bernardino = (text.index(f"Case {n} \u2014") for n in ("4VN01234", "RIF1704567", "MSB21003456"))
    assert text[riverside:].startswith(f"Case RIF1704567 \u2014 Riverside County, CA {_note('Riverside')}")
    assert text[san_bernardino:].startswith(f"Case MSB21003456 \u2014 San Bernardino County, CA {_note('San Bernardino')}")
    assert "This program knows Los Angeles court practice only" not in text[la:riverside]
    assert text.count("This program knows Los Angeles court practice only") == 2


@pytest.mark.pdf
def test_c149_04_a_case_with_no_county_or_another_state_s_says_nothing_of_it(tmp_path):
    client = three_counties()
    client.cases[1].county = None
    client.cases[2].jurisdiction = "NV"
    client.cases[2].county = None
    assert "This program knows Los Angeles court practice only" not in worksheet_text(tmp_path, client, AS_OF)
