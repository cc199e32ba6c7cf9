"""M160-01: Tanya (synthetic) had a juvenile-court case at 16 and a 2020 adult PC 484(a).  At
intake the volunteer typed the juvenile case as the sheet wrote it, "WI 602"; intake and the
Record tab said it is the juvenile court's law, not a conviction, which Clinic Desk does not clear
(J140).  Her handout still printed it under "Your convictions" as "Conviction under WI 602,
Misdemeanor, 2015", with a dismissal, automatic relief, an early end of probation and an
under-18 sealing for a lawyer to check, and answered for it "Yes, I have convictions" to a jury
form.  It is now a card of its own under "Juvenile court": not a conviction, not cleared here,
the juvenile court seals it (W&I 781, 786), an employer may not ask about it or use it (Lab. Code
432.7, ca-rules.md 4.1 [H]) and a Consumer Affairs board may not deny a license on it (B&P 480(d),
4.3).  The real PDF (pypdf text), screened by the real engine."""

from __future__ import annotations

import pytest
from handout_render import pdf_text

from tests.juvenile_court_client import tanya

NOT_A_CONVICTION = {
    "en": "Juvenile court Juvenile court case Juvenile court, 2015 · WI 602 · Case J0001 Where it stands: This is not a "
          "conviction. This clinic does not clear it.",
    "es": "Tribunal de menores Caso del tribunal de menores Tribunal de menores, 2015 · WI 602 · Caso J0001 Cómo está: "
          "Esto no es una condena. Esta clínica no lo limpia.",
}
EMPLOYER = {
    "en": "An employer may not ask about a juvenile court case or use it.",
    "es": "Un empleador no puede preguntarle por un caso del tribunal de menores ni usarlo.",
}
TASK = {"en": "Ask the clinic where to get help to have the juvenile court seal your juvenile case.",
        "es": "Pregunte a la clínica dónde le pueden ayudar para que el tribunal de menores selle su caso de menores."}
AS_A_CONVICTION = {"en": ("Conviction under WI 602", "Ending probation early", "I have convictions"),
                   "es": ("Condena según WI 602", "Terminar la libertad condicional antes", "tengo condenas")}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_m160_01_a_juvenile_court_case_is_said_to_be_no_conviction(lang):
    text = pdf_text(tanya(lang), lang)
    assert NOT_A_CONVICTION[lang] in text
    assert EMPLOYER[lang] in text and "W&I 781; W&I 786" in text and "B&P 480(d)" in text
    assert TASK[lang] in text
    for wrong in AS_A_CONVICTION[lang]:
        assert wrong not in text, wrong
    # Her adult conviction is still on the page, with what she may say of it.
    assert ("Theft (petty theft)" if lang == "en" else "Hurto (hurto menor)") in text


def test_m160_01_a_juvenile_court_case_alone_has_no_conviction_answers():
    text = pdf_text(tanya("en", adult_case=False), "en")
    assert NOT_A_CONVICTION["en"] in text and EMPLOYER["en"] in text and TASK["en"] in text
    assert "What you may say" not in text and "Your convictions" not in text and "What we found" not in text
