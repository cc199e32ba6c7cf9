"""A client no relief reaches (a PC 288 registrant, K59-01) reads "What to know about your
record" with no word of what a dismissal does; the felony gun note still said "A dismissal does
not change this" of a dismissal they cannot get (Y62 saw it, in both languages)."""

from __future__ import annotations

import pytest

from handout_clients import eligible_now, excluded
from handout_render import pdf_text


@pytest.mark.parametrize("lang, said, not_said", [
    ("en", "A felony means no guns for life. Ask a lawyer whether anything can give it back, such as a pardon from the governor of the state "
           "that convicted you.",
     "A dismissal does not change this"),
    ("es", "Con un delito grave (felony) no puede tener armas nunca. Pregunte a un abogado si algo puede devolverle ese "
           "derecho, como un perdón del gobernador del estado donde recibió la condena.", "La desestimación no cambia eso"),
])
def test_a_felony_no_relief_reaches_has_a_gun_note_without_a_dismissal(lang, said, not_said):
    text = pdf_text(excluded(lang), lang)
    assert said in text
    assert not_said not in text


def test_a_client_relief_reaches_reads_the_dismissal_words_as_before():
    """Beside relief the client can get, the notes of what a dismissal does stay."""
    assert "A dismissal does not erase your record" in pdf_text(eligible_now("en"), "en")
