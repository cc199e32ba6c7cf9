"""R161-03: a client whose only case is a juvenile-court case typed "WI 602" (M160-01) read at
the top of her handout "This page says what to do first, so the clinic can tell you what can be
cleared from your record." (its file's subject "what to do first, before anything can be
cleared"), over the card's "This is not a conviction. This clinic does not clear it.": the words
of a client whose case is still to enter or still open, promising what the page then takes back.
Her page now says what it holds: where her juvenile court case stands and what to do next, in
English and Spanish; a client with an adult case too reads the page as before.  Opens the PDF."""

from __future__ import annotations

import io

import pytest
from handout_clients import AS_OF, CLINIC, screened
from handout_render import squash
from pypdf import PdfReader

from clinic_app.handouts import compose, render_bytes
from clinic_app.handouts.texts import load_texts
from tests.juvenile_court_client import tanya

SAID = {"en": ("Your record: your juvenile court case",
               "This page explains where your juvenile court case stands and what to do next."),
        "es": ("Su récord: su caso del tribunal de menores",
               "Esta hoja le explica en qué punto está su caso del tribunal de menores y qué sigue.")}


def _paper(lang: str, adult_case: bool) -> tuple[str, str]:
    client = tanya(lang, adult_case=adult_case)
    reader = PdfReader(io.BytesIO(render_bytes(compose(client, screened(client), CLINIC, lang=lang, as_of=AS_OF))))
    return squash(" ".join(page.extract_text() for page in reader.pages)), reader.metadata.subject


@pytest.mark.parametrize("lang", ["en", "es"])
def test_r161_03_a_juvenile_court_case_alone_is_not_promised_clearing(lang):
    text, subject = _paper(lang, adult_case=False)
    title, intro = SAID[lang]
    assert text.startswith(f"{CLINIC.name} {title} ") and intro in text
    promised = load_texts(lang)["intro_no_case"][0]
    assert promised not in text
    assert subject == load_texts(lang)["juvenile"]["subject"] != load_texts(lang)["doc"]["subject_first"]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_r161_03_beside_an_adult_case_the_page_reads_as_before(lang):
    text, _subject = _paper(lang, adult_case=True)
    assert load_texts(lang)["intro"][0] in text and SAID[lang][1] not in text
