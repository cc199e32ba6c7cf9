"""E81-02: the handout told counties apart by their spelling.  Two petty thefts in Los Angeles,
one case typed "Los Angeles" and one "LA" (one county in the caseload's County filter, C80-02),
were taken for cases in two counties: each card said its county, "County: Los Angeles" on one
and "County: LA" on the other, as if filed in two courts.  A case typed "County of Orange" beside
a Kern case said "County: County of Orange".  Counties are now read as counties.py reads them."""

from __future__ import annotations

from datetime import date

import pytest
from handout_render import pdf_text
from test_review_h22 import entries, petty_theft

from clinic_app.handouts import load_texts
from clinic_app.model import Client, Person


def _client(*counties):
    return Client(name="Ana Ruiz", person=Person(dob=date(1980, 1, 1), us_citizen=True),
                  cases=[petty_theft(chr(ord("A") + n), county) for n, county in enumerate(counties)])


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("spelling", ["LA", "County of Los Angeles", "Los Angeles, CA"])
def test_e81_02_one_county_however_typed_names_no_county(lang, spelling):
    client = _client("Los Angeles", spelling)
    said = load_texts(lang)["labels"]["county"]
    assert all(said.format(county="") not in e.detail for e in entries(client, lang))
    text = pdf_text(client, lang)  # the card's line, "... PC 484(a)/488 · LA County", in the real PDF
    assert "488 · " + said.format(county=spelling) not in text and "488 · " + said.format(county="Los Angeles") not in text
    assert "PC 484(a)/488" in text


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["en", "es"])
def test_e81_02_two_counties_are_named_without_what_was_typed_round_them(lang):
    said = load_texts(lang)["labels"]["county"]
    client = _client("County of Orange", "LA")
    first, second = entries(client, lang)
    assert first.detail.endswith(" · " + said.format(county="Orange"))
    assert second.detail.endswith(" · " + said.format(county="Los Angeles"))
    text = pdf_text(client, lang)
    assert "488 · " + said.format(county="Orange") in text and "488 · " + said.format(county="Los Angeles") in text
