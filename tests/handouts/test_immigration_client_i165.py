"""I165: Armando (synthetic), a lawful permanent resident, asked whether clearing his record helps
his green-card renewal and naturalization (tests/immigrant_client.py).  What his handout says of
immigration, read as he reads it: each test opens the real PDF, rendered once per language."""

from __future__ import annotations

import io
from datetime import date

import pytest
from handout_clients import CLINIC
from handout_layout import squash
from pypdf import PdfReader

from clinic_app.eligibility import screen
from clinic_app.handouts import compose, render_bytes
from tests.immigrant_client import armando

pytestmark = pytest.mark.pdf

AS_OF = date(2026, 12, 6)
LANGS = ("en", "es")


@pytest.fixture(scope="module")
def pages() -> dict[str, list[str]]:
    """Each language's pages, their words as the PDF holds them."""
    said = {}
    for lang in LANGS:
        client = armando(lang)
        pdf = render_bytes(compose(client, screen(client.person, client.cases, AS_OF), CLINIC, lang=lang, as_of=AS_OF))
        said[lang] = [squash(page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages]
    return said


# ---- I165-03: the line to see an immigration lawyer first, once -------------------------------

TOLD = {"en": "You told us you are not a U.S. citizen. Talk to an immigration lawyer before you file anything, apply "
              "for anything, or travel.",
        "es": "Usted nos dijo que no tiene la ciudadanía de EE.\u00a0UU. Hable con un abogado de inmigración antes de "
              "presentar cualquier papel, hacer cualquier trámite o viajar."}


@pytest.mark.parametrize("lang", LANGS)
def test_i165_03_the_immigration_lawyer_first_is_said_once_on_page_one(pages, lang):
    """Page 1 said it above the first card (I129-01), and "What relief does and does not do" said
    the same bold sentence again on page 3."""
    told = squash(TOLD[lang])
    assert told in pages[lang][0]
    assert sum(page.count(told) for page in pages[lang]) == 1
