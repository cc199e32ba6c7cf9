"""S153-03: the Spanish SF-86 lines of "What you may say" said «Luego explique» after a dismissal
and «Después explique» after a sealing, one line under the other on the same page, where the
English says "Then explain" in both (G150 saw it): two words for one step read as two different
times.  Every SF-86 line now says «Luego explique».  The first test opens the real PDF of an
under-18 client with a dismissal and a sealing (PC 1203.45) offered (S148-01's client)."""

from __future__ import annotations

from datetime import date

import pytest
from test_sealing_to_come_j140 import handout_text, petty_theft_at
from test_words_seen_left_s148 import _section

from clinic_app.handouts.texts import load_texts

THEN = {"en": ("“Yes.” Then explain that it was dismissed.", "“Yes.” Then explain that it was sealed."),
        "es": ("«Sí». Luego explique que fue desestimada.", "«Sí». Luego explique que fue sellada.")}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_sf86_dismissal_and_sealing_lines_say_then_with_one_word(lang):
    section = _section(handout_text(petty_theft_at(date(2000, 3, 10), lang), lang), load_texts(lang),
                       "security_clearance", "firearm")
    dismissed, sealed = THEN[lang]
    assert dismissed in section and sealed in section, section
    assert "Después" not in section


def test_every_spanish_sf86_line_says_luego():
    def says(node) -> list[str]:
        if isinstance(node, dict):
            return [line for value in node.values() for line in says(value)]
        return [node] if isinstance(node, str) else []

    lines = says(load_texts("es")["situations"]["security_clearance"])
    assert not [line for line in lines if "Después" in line]
    assert sum("Luego explique" in line for line in lines) >= 12
