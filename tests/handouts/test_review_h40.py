"""Findings of review H40 on the Spanish handout texts (synthetic people only)."""

from __future__ import annotations

import re

from clinic_app.handouts import load_texts
from clinic_app.handouts.texts import _leaves

# Words that speak to the client as a man ("si lo acusan", "ser nombrado"), where the English
# speaks to anyone; es.yaml's header lists the neutral forms used instead.
MASCULINE_TO_THE_CLIENT = re.compile(
    r"\blo (acusan|acusaron|condenan|condenaron|arrestaron|detuvieron|sentenciaron|nombran)\b"
    r"|\b(ser|fue|sea|está|esté) (nombrado|designado|acusado|condenado|arrestado|detenido|sentenciado"
    r"|jurado|inquilino|ciudadano)\b"
    r"|\bno puede serlo\b")


def _spanish_texts() -> list[str]:
    """Every text of es.yaml, list items one by one (the intro, the months)."""
    texts = []
    for _, value in _leaves(load_texts("es")):
        texts.extend(value if isinstance(value, list) else [value])
    return [t for t in texts if isinstance(t, str)]


def test_h40_02_spanish_pages_speak_to_a_woman_as_to_a_man():
    """"Si lo acusan de un delito nuevo", "donde lo condenaron", "ser nombrado para uno", "ser
    jurado", "ser inquilino" addressed the client as a man; now "si le presentan cargos",
    "donde recibió la condena", "recibir un nombramiento", "servir en un jurado", "alquilar una
    vivienda" say the same to anyone, as S37-09 did for "ciudadano"."""
    said = {m.group(0) for text in _spanish_texts() for m in MASCULINE_TO_THE_CLIENT.finditer(text)}
    assert said == set()
    assert "Un delito menor nunca le impide servir en un jurado." in load_texts("es")["situations"]["jury"][
        "not_cleared"]["note"]
