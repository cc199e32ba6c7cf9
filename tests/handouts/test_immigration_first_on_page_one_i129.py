"""I129-01: a lawful permanent resident with a DEJ possession arrest, a PC 273.5 and a petty
theft read page 1 of her handout as "The clinic can file papers ... the judge must grant it"
(the arrest's sealing, the DEJ plea's withdrawal) with not a word that immigration counsel
comes before anything is filed: the worksheet, the text report and the Eligibility tab say it
first, the handout only on page 3, among what relief does, and in the to-do list on the last
page (ca-rules.md 4.8: "Get an immigration-law consult before anything else").  Page 1 now
says the effects page's own line under the intro, before the first card, in both languages;
"Don't know" is asked, not told; a citizen's page 1 is as it was.  Each test opens the real PDF."""

from __future__ import annotations

import io
from datetime import date

import pytest
from handout_clients import CLINIC
from handout_layout import squash
from pypdf import PdfReader

from clinic_app.eligibility import screen
from clinic_app.handouts import compose, render_bytes
from clinic_app.screening_format import client_from_request

pytestmark = pytest.mark.pdf

AS_OF = date(2026, 12, 6)
FIRST = {
    (False, "en"): "You told us you are not a U.S. citizen. Talk to an immigration lawyer before you file anything",
    (None, "en"): "We do not know if you are a U.S. citizen. If you are not, talk to an immigration lawyer before you file anything",
    (False, "es"): "Usted nos dijo que no tiene la ciudadanía de EE.\u00a0UU. Hable con un abogado de inmigración antes de presentar",
    (None, "es"): "No sabemos si usted tiene la ciudadanía de EE.\u00a0UU. Si no la tiene, hable con un abogado de inmigración antes de presentar",
}
FIRST_CARD = {"en": "Your convictions", "es": "Sus condenas"}


def _pdf(citizen, lang: str) -> bytes:
    client = client_from_request({
        "as_of": AS_OF.isoformat(),
        "person": {"dob": "1985-04-02", "us_citizen": citizen},
        "cases": [
            {"id": "A", "case_number": "LA09DEJ1", "outcome": "diversion_completed", "disposition_date": "2010-09-01",
             "arrest_date": "2009-01-15", "arrest_level": "felony",
             "arrest_offenses": [{"code": "HS", "section": "11350(a)", "level": "felony"}],
             "program": {"kind": "dej", "plea_entered": True, "completed_on": "2010-09-01"}},
            {"id": "B", "case_number": "LA16DV2", "outcome": "convicted",
             "convictions": [{"id": "B1", "code": "PC", "section": "273.5", "level": "misdemeanor",
                              "conviction_date": "2016-05-20"}],
             "sentence": {"type": "probation", "judgment_date": "2016-05-20",
                          "probation": {"kind": "summary", "start": "2016-05-20", "end": "2019-05-20",
                                        "status": "completed"}}},
        ],
    })
    client.name, client.language = "Synthetic Client", lang
    return render_bytes(compose(client, screen(client.person, client.cases, AS_OF), CLINIC, lang=lang, as_of=AS_OF))


def _pages(citizen, lang: str) -> list[str]:
    return [squash(page.extract_text()) for page in PdfReader(io.BytesIO(_pdf(citizen, lang))).pages]


def _bold_on_page_one(citizen, lang: str) -> str:
    """The words page 1 prints in the bold face, in the order drawn."""
    drawn: list[str] = []

    def seen(text, _cm, _tm, font, _size):
        if font and "Bold" in str(font.get("/BaseFont", "")):
            drawn.append(text)

    PdfReader(io.BytesIO(_pdf(citizen, lang))).pages[0].extract_text(visitor_text=seen)
    return squash(" ".join(drawn))


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("citizen", [False, None])
def test_i129_01_page_one_says_immigration_counsel_first(citizen, lang):
    first = squash(FIRST[citizen, lang])
    page = _pages(citizen, lang)[0]
    assert first in page
    # Above the first card, read before anything the clinic may file.
    assert page.index(first) < page.index(FIRST_CARD[lang])


@pytest.mark.parametrize("lang", ["en", "es"])
def test_i129_01_a_citizen_page_one_has_no_immigration_line(lang):
    page = _pages(True, lang)[0]
    assert "immigration lawyer" not in page and "abogado de inmigración" not in page


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("citizen", [False, None])
def test_r131_02_page_one_says_it_in_bold_as_the_effects_page_does(citizen, lang):
    # Plain among the intro's lines about the page, it read as one more of them, above cards
    # saying "The clinic can file papers"; the effects page prints the same words in bold.
    assert squash(FIRST[citizen, lang]) in _bold_on_page_one(citizen, lang)
