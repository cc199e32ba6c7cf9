"""X127: a client whose main conviction the law will not dismiss (PC 1203.4(b)).

Each test opens the real PDF (pypdf text) of a synthetic client screened by the real engine.
"""

from __future__ import annotations

import pytest
from handout_clients import excluded
from handout_render import pdf_text

# The card's one line where nothing is open: the dismissal the law bars, and the 17(b)
# reduction a straight felony never had.
BARRED = {"en": "Dismissal (expungement): The law does not allow this relief for this conviction.",
          "es": "Desestimación (expungement): La ley no permite este alivio para esta condena."}
REDUCTION = {"en": "Making it a misdemeanor", "es": "Reducirla a delito menor"}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_x127_01_an_excluded_conviction_s_card_names_the_dismissal_the_law_bars(lang):
    """A PC 288(a) registrant's card said only "Making it a misdemeanor: The law does not allow
    this relief", of a straight felony, and nothing of the dismissal they came to ask about.
    Now it says the dismissal is what the law does not allow (PC 1203.4(b))."""
    text = pdf_text(excluded(lang), lang)
    assert BARRED[lang] in text
    assert REDUCTION[lang] not in text
