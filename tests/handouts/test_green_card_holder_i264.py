"""I264: Marisol (synthetic, tests/green_card_client.py), a green-card holder with a drug
possession, a petty theft and a domestic battery, who wants to become a citizen.  What her
handout says, read as she reads it: each test opens the real PDF, rendered once per language."""

from __future__ import annotations

import io
from datetime import date

import pytest
from handout_clients import CLINIC
from handout_layout import squash
from pypdf import PdfReader

from clinic_app.eligibility import screen
from clinic_app.handouts import compose, render_bytes
from tests.green_card_client import marisol

pytestmark = pytest.mark.pdf

AS_OF = date(2026, 12, 7)
LANGS = ("en", "es")


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    """Each language's pages, their words as the PDF holds them, joined."""
    said = {}
    for lang in LANGS:
        client = marisol(lang)
        pdf = render_bytes(compose(client, screen(client.person, client.cases, AS_OF), CLINIC, lang=lang, as_of=AS_OF))
        said[lang] = " ".join(squash(page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages)
    return said


# ---- I264-02: a client who is not a citizen is not told she may serve on a jury ----------------

JURY = {"en": ("Jury service", "Renting a home"), "es": ("Servir en un jurado", "Al alquilar una vivienda")}
ONLY_CITIZENS = {
    "en": "Only U.S. citizens can serve on a jury. If you are not a citizen and you get a jury summons, tell the "
          "court you are not a citizen. Never say you are one.",
    "es": "Solo las personas con ciudadanía de EE.\u00a0UU. pueden servir en un jurado. Si usted no la tiene y recibe "
          "una citación para jurado, dígale al tribunal que no tiene la ciudadanía. Nunca diga que la tiene.",
}


@pytest.mark.parametrize("lang", LANGS)
def test_i264_02_the_jury_answers_say_first_that_only_citizens_serve(pages, lang):
    """Under "Jury service" she read "If the jury form asks: “Yes, I have convictions.” A
    misdemeanor never stops you from serving.", as if she could serve: only citizens may (CCP
    203(a)(1)), and a claim to be one is what her naturalization form asks about.  It is said
    first; the answers stay, for the day she is a citizen."""
    whole = pages[lang]
    title, next_title = JURY[lang]
    said = whole[whole.index(title):whole.index(next_title)]
    assert said.index(squash(ONLY_CITIZENS[lang])) < said.index("CCP 203(a)") < said.index(
        {"en": "A misdemeanor never stops you", "es": "Un delito menor nunca le impide"}[lang])


# ---- I264-03: why the motion to vacate, beside a dismissal she qualifies for -------------------

WHY_VACATE = {
    "en": "The judge decides at a hearing. This can matter a lot for immigration, where a dismissed conviction still "
          "counts, but a cancelled one may not. The clinic will help you find that lawyer.",
    "es": "El juez decide en una audiencia. Esto puede ser muy importante para inmigración, donde una condena "
          "desestimada sigue contando, pero una anulada puede que no. La clínica le ayudará a encontrar ese abogado.",
}
DISMISSAL_CARD = {"en": "Dismissal (expungement): You qualify now.", "es": "Desestimación (expungement): Ya califica."}


@pytest.mark.parametrize("lang", LANGS)
def test_i264_03_the_first_card_says_why_cancelling_differs_from_dismissing(pages, lang):
    """Under "You qualify now ... the judge must grant it" she read that a lawyer can ask to
    cancel the conviction and "This can matter a lot for immigration", with no word of why: that
    a dismissal still counts there (ca-rules.md 4.8) was two pages on.  The card says it, once."""
    whole = pages[lang]
    why = squash(WHY_VACATE[lang])
    assert whole.index(squash(DISMISSAL_CARD[lang])) < whole.index(why)
    assert whole.count(why) == 1
