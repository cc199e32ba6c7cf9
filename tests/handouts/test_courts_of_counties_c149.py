"""C149-03: a client with cases in Los Angeles, Riverside and San Bernardino read on their
handout "Go to the court hearing if the court sets one. The clinic will tell you the date.",
one court, and nowhere that the papers go to three courts, a hearing perhaps at one far from
home.  The to-do list now says their cases are in the courts of different counties, names
them, and that each case's papers go to the court of its county, in English and Spanish.
Each test opens the real PDF."""

from __future__ import annotations

import pytest
from handout_clients import CLINIC, screened
from handout_render import flowing_text  # the real PDF's words, one line, read on across pages
from three_counties import AS_OF, three_counties

from clinic_app.handouts import compose
from clinic_app.handouts.texts import load_texts

COUNTIES = {"en": "Los Angeles, Riverside and San Bernardino", "es": "Los Angeles, Riverside y San Bernardino"}


def _said(lang: str) -> str:
    return load_texts(lang)["tasks"]["courts_of_counties"]


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["en", "es"])
def test_c149_03_the_client_learns_the_papers_go_to_three_courts(lang):
    # Read on across pages: the line breaks over one in Spanish since D154-01's driving-record
    # question lengthened the page before (R155-04).
    text = flowing_text(three_counties(lang=lang), lang, AS_OF)
    assert _said(lang).format(counties=COUNTIES[lang]) in text
    hearing = load_texts(lang)["tasks"]["hearing"]
    assert text.index(hearing) < text.index(_said(lang).split(":")[0])  # after the hearing it explains


@pytest.mark.parametrize("lang", ["en", "es"])
def test_c149_03_one_county_is_not_told(lang):
    client = three_counties(lang=lang, san_bernardino="Los Angeles")
    client.cases[1].county = "LA"  # the same county, typed short
    tasks = compose(client, screened(client, AS_OF), CLINIC, lang=lang, as_of=AS_OF).prose()
    assert not any(_said(lang).split(":")[0] in task for task in tasks)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_c149_03_two_counties_are_said_with_and(lang):
    """No San Bernardino case: the Los Angeles and Riverside cases' papers, two courts."""
    client = three_counties(lang=lang)
    del client.cases[2]
    tasks = compose(client, screened(client, AS_OF), CLINIC, lang=lang, as_of=AS_OF).prose()
    two = {"en": "Los Angeles and Riverside", "es": "Los Angeles y Riverside"}[lang]
    assert _said(lang).format(counties=two) in tasks
