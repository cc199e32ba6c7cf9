"""N163-01: Andre (synthetic, F161) has a 2016 federal wire fraud, "18 U.S.C. § 1343", saved in a
case whose State or court was left blank (California).  K162-02's card says it is federal law,
which no California court clears, and a clinic lawyer will check the court; yet his gun paragraph
read it as a California felony a 17(b) reduction "would end the California ban" of, with "A
Prop 47 change does not end a felony gun ban", and, with it alone on the page, "What relief does
and does not do" spoke of a dismissal ("Your record will say it was dismissed", immigration,
DMV) and the license answer said "say if it was dismissed".  They now read as for the same case
marked federal, the card's own words: no new words.  Real PDFs, English and Spanish."""

from __future__ import annotations

from dataclasses import replace

import pytest
from handout_render import pdf_text

from tests.federal_court_client import andre

OUT_OF_STATE = {"en": "This holds for a felony from another state or a federal court too.",
                "es": "Eso vale también para un delito grave de otro estado o de un tribunal federal."}
REDUCED = {"en": "That would end the California ban", "es": "Eso terminaría la prohibición de California"}
PROP47 = {"en": "A Prop 47 change does not end a felony gun ban", "es": "Un cambio por la Proposición 47 no termina"}
DISMISSED = {"en": "say if it was dismissed", "es": "si fue desestimada"}
ERASED = {"en": "Your record will say it was dismissed", "es": "Su récord dirá que fue desestimad"}


def _alone(lang: str, jurisdiction: str):
    client = andre(lang, jurisdiction)
    return replace(client, cases=client.cases[:1])


@pytest.mark.parametrize("lang", ["en", "es"])
def test_n163_01_the_gun_paragraph_does_not_reduce_a_federal_count(lang):
    text = pdf_text(andre(lang, "CA"), lang)
    assert OUT_OF_STATE[lang] in text
    assert REDUCED[lang] not in text and PROP47[lang] not in text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_n163_01_alone_it_reads_as_the_case_marked_federal(lang):
    ca, federal = pdf_text(_alone(lang, "CA"), lang), pdf_text(_alone(lang, "federal"), lang)
    for said in (DISMISSED[lang], ERASED[lang], REDUCED[lang]):
        assert said not in ca and said not in federal
    assert OUT_OF_STATE[lang] in ca
    # The card keeps K162-02's words: the lawyer will check which court.
    assert ("is a federal law" if lang == "en" else "es una ley federal") in ca


# What the page said of the federal count as of a California offense the catalog does not know.
UNKNOWN_OFFENSE = {"en": ("A dismissal does not end sex-offender registration.", "A dismissal does not change DMV records."),
                   "es": ("La desestimación no termina la obligación de registrarse", "La desestimación no cambia lo que tiene el DMV.")}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_n163_01_beside_a_california_felony_the_notes_read_as_for_the_case_marked_federal(lang):
    # Beside a Los Angeles felony grand theft: its dismissal's notes stay, and the federal count
    # is not read as an offense the catalog does not know (registration, the DMV).
    def with_grand_theft(jurisdiction):
        client = andre(lang, jurisdiction)
        fraud, theft = client.cases
        grand = replace(theft.convictions[0], section="487(a)", level="felony", value_dollars=2400)
        return replace(client, cases=[fraud, replace(theft, convictions=[grand])])

    for text in (pdf_text(with_grand_theft("CA"), lang), pdf_text(with_grand_theft("federal"), lang)):
        assert ERASED[lang] in text and REDUCED[lang] not in text
        assert not any(said in text for said in UNKNOWN_OFFENSE[lang])
