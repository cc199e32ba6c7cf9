"""X127: a client whose main conviction the law will not dismiss (PC 1203.4(b)).

Each test opens the real PDF (pypdf text) of a synthetic client screened by the real engine.
"""

from __future__ import annotations

import pytest
from handout_clients import eligible_now, excluded
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


PARDON = {"en": ("A pardon from the Governor: You can still ask the Governor for a pardon.",
                 "You ask the Governor; the clinic can help"),
          "es": ("Un perdón del gobernador: Todavía puede pedir al gobernador un perdón.",
                 "Usted lo pide al gobernador; la clínica puede ayudarle")}
NOTHING_TO_DO = {"en": "Nobody: nothing to do", "es": "Nadie: nada que hacer"}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_x127_02_a_felony_no_relief_reaches_is_told_a_pardon_may_still_help(lang):
    """The same card ended on "Who does it: Nobody: nothing to do", where the screening itself
    says "What can still help is an application to the Governor for a pardon" (ca-rules.md
    3.17).  Now the card says so, and who asks: the client, with the clinic's help."""
    text = pdf_text(excluded(lang), lang)
    line, who = PARDON[lang]
    assert line in text and who in text
    assert text.index(BARRED[lang]) < text.index(line)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_x127_02_no_pardon_line_where_relief_is_open(lang):
    """A conviction the court can dismiss is told of the dismissal, not sent to the Governor."""
    text = pdf_text(eligible_now(lang), lang)
    assert PARDON[lang][0] not in text
