"""R158-01: O155-01's line under "What you may say", printed on every handout, said "These
answers follow California law" above answers that are not: the SF-86 ("Federal security
clearance", SF-86 Section 22) and the federal gun form (ATF Form 4473), printed for Teresa
(synthetic, O155's client) and every client with a conviction, answer by federal forms, the same
in every state, and "ask the clinic what to say there" sent a client moving to Arizona to ask
about answers that do not change.  The line now leaves the federal forms out of what California
law decides.  Opens the real PDF (pypdf text) of her handout, screened by the real engine."""

from __future__ import annotations

import pytest
from handout_render import pdf_text

from tests.handouts.test_another_state_o155 import ANOTHER_STATE as LEAD, SAY_HEADING, teresa

# A federal form's answer on her page, below the line.
FEDERAL = {"en": "Federal security clearance (form SF-86)", "es": "Autorización de seguridad federal (formulario SF-86)"}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_r158_01_the_federal_forms_are_not_said_to_follow_california_law(lang):
    text = pdf_text(teresa(lang), lang)
    assert LEAD[lang] in text
    at = text.index(LEAD[lang])
    assert text.index(SAY_HEADING[lang]) < at < text.index(FEDERAL[lang], at)
    assert "These answers follow California law." not in text
    assert "Estas respuestas siguen la ley de California." not in text
