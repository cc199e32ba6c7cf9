"""K162-02: Andre (synthetic, F161) has a 2016 federal wire fraud, typed "18 U.S.C. § 1343", saved in
a case whose State or court the volunteer left blank (California).  His handout's card read as a
California conviction: "Not cleared yet. A lawyer must look at it first.", with a dismissal,
automatic relief, 17(b), Prop 47 and a certificate to check, and nothing saying the count is
federal law, which no California court clears.  "Where it stands" now says so, with the lawyer
to check which court the case is from, in English and Spanish, as the Eligibility tab's note
does (K162-01); his theft card, and the case marked "federal", read as before.  Real PDFs."""

from __future__ import annotations

import pytest
from handout_render import pdf_text

from tests.federal_court_client import andre

SAID = {
    "en": ("Where it stands: Not cleared yet. 18 USC 1343 is a federal law. If a federal court convicted you, a California "
           "court cannot clear it. A clinic lawyer will check which court your case is from."),
    "es": ("Cómo está: Todavía no está limpia. 18 USC 1343 es una ley federal. Si la condena es de un tribunal federal, un "
           "tribunal de California no puede limpiarla. Un abogado de la clínica revisará de qué tribunal es su caso."),
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_k162_02_the_card_says_a_federal_count_in_a_california_case_is_federal_law(lang):
    text = pdf_text(andre(lang, "CA"), lang)
    card, theft = text.index("18 USC 1343"), text.index("PC 484")
    assert SAID[lang] in text[card:theft]
    assert text.count("18 USC 1343 is a federal law" if lang == "en" else "18 USC 1343 es una ley federal") == 1


@pytest.mark.parametrize("lang", ["en", "es"])
def test_k162_02_a_case_marked_federal_reads_as_before(lang):
    text = pdf_text(andre(lang, "federal"), lang)
    assert "es una ley federal" not in text and "is a federal law" not in text
    assert ("not from a California court" if lang == "en" else "no es de un tribunal de California") in text
