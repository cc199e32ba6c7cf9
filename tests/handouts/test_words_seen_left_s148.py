"""S148: handout words seen and left at stop 63 (J140, M140, D140), read on the real PDF of a
synthetic client screened by the real engine, in English and Spanish."""

from __future__ import annotations

from datetime import date

import pytest
from test_sealing_to_come_j140 import handout_text, petty_theft_at

from clinic_app.handouts.texts import load_texts


def _section(text: str, texts: dict, key: str, next_key: str) -> str:
    situations = texts["situations"]
    return text[text.index(situations[key]["title"]):text.index(situations[next_key]["title"])]


# ---- S148-01: the SF-86 note said once for an under-18 client ---------------------------

@pytest.mark.parametrize("lang", ["en", "es"])
def test_s148_01_the_sf86_note_is_said_once_under_dismissed_and_sealed(lang):
    """Under 18 at the offense, PC 1203.45 open beside a dismissal: "Federal security clearance
    (form SF-86)" printed "This federal form asks even about dismissed and sealed records." under
    "Once your conviction is dismissed" and again under "If the judge seals your conviction".
    It is said once, after the last of the two lines it speaks for."""
    texts = load_texts(lang)
    note = texts["situations"]["security_clearance"]["dismissed"]["note"]
    assert note == texts["situations"]["security_clearance"]["sealed"]["note"]
    section = _section(handout_text(petty_theft_at(date(2000, 3, 10), lang), lang), texts,
                       "security_clearance", "firearm")
    assert section.count(note) == 1, section
    columns = texts["columns"]
    assert section.index(columns["after_dismissal"]) < section.index(columns["after_sealing"]) < section.index(note)
