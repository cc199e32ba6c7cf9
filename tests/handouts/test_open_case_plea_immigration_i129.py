"""I129-03: a lawful permanent resident with a burglary case still open read on its card "This
case is still open. Talk to a lawyer about it.", nothing more, where the text report tells the
attorney "if not a US citizen, get immigration advice before any plea" (ca-rules.md 4.8: an
immigration consult before anything else).  A plea in that case is where she can be hurt most.
The card now says to talk to an immigration lawyer before pleading guilty or taking a plea
deal, told for "No", asked for "Don't know", in both languages; a citizen's card is as it was.
Each test opens the real PDF."""

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
OPEN = {"en": "This case is still open. Talk to a lawyer about it.",
        "es": "Este caso sigue abierto. Hable con un abogado sobre él."}
PLEA = {
    (False, "en"): "Because you are not a U.S. citizen, talk to an immigration lawyer before you plead guilty or take any plea deal in this case.",
    (None, "en"): "If you are not a U.S. citizen, talk to an immigration lawyer before you plead guilty or take any plea deal in this case.",
    (False, "es"): "Como no tiene la ciudadanía de EE.\u00a0UU., hable con un abogado de inmigración antes de declararse culpable o aceptar cualquier acuerdo con el fiscal en este caso.",
    (None, "es"): "Si no tiene la ciudadanía de EE.\u00a0UU., hable con un abogado de inmigración antes de declararse culpable o aceptar cualquier acuerdo con el fiscal en este caso.",
}


def _text(citizen, lang: str) -> str:
    client = client_from_request({
        "as_of": AS_OF.isoformat(),
        "person": {"dob": "1985-04-02", "us_citizen": citizen, "pending_charges": True},
        "cases": [{"id": "D", "case_number": "LA26PEND", "outcome": "pending", "arrest_date": "2026-09-01",
                   "arrest_level": "misdemeanor", "arrest_offenses": [{"code": "PC", "section": "459", "level": "misdemeanor"}]}],
    })
    client.name, client.language = "Synthetic Client", lang
    pdf = render_bytes(compose(client, screen(client.person, client.cases, AS_OF), CLINIC, lang=lang, as_of=AS_OF))
    return squash(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages))


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("citizen", [False, None])
def test_i129_03_the_open_case_says_immigration_advice_before_any_plea(citizen, lang):
    text = _text(citizen, lang)
    assert squash(f"{OPEN[lang]} {PLEA[citizen, lang]}") in text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_i129_03_a_citizen_open_case_card_is_as_it_was(lang):
    text = _text(True, lang)
    assert squash(OPEN[lang]) in text
    assert not any(squash(said) in text for said in PLEA.values())
