"""T154-03: the card of a client acquitted by a jury read "Arrest in 2023 · Acquitted · PC 459",
the court's word, on a page written for the client to read alone; the Spanish page says
«Absolución en juicio».  It now reads "Found not guilty", as the client would say it.  Opens the
real PDF."""

from __future__ import annotations

from test_arrest_card_how_it_ended_s143 import ended
from test_arrest_petition_said_p123 import text_of


def test_t154_03_an_acquittal_is_said_found_not_guilty_on_the_card():
    page = text_of(ended("acquitted"), "en")
    assert "Arrest in 2016 · Found not guilty · HS 11350(a)" in page
    assert "Acquitted" not in page
