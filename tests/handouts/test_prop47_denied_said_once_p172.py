"""P172-02: Benito's felony PC 496(a) of 2012 (value not known) was denied Prop 47 in 2016.  His
card said Prop 47 twice, one line after the other: "Other relief: A clinic lawyer will also check
whether you qualify for reducing it to a misdemeanor under Prop 47." and "Prop 47 (making it a
misdemeanor): The judge said no on May 2, 2016. A clinic lawyer will look at what can be done
next. ..." -- as if the clinic had not asked yet, and again as asked and refused.  The relief a
petition stands for is said once, by where the court stands, with the fact the lawyer must find
out first (the property's value: P172-01's words) on that line.

R176-01: his 2012 possession too (HS 11350(a)), its level not known, denied Prop 47 in 2017.  Its
card asked "whether your conviction was a felony, a misdemeanor or an infraction" in "Other
relief" (17(b), a dismissal) and again, one line on, under the Prop 47 denied: asked once now.

One client, one real PDF a language (pypdf text), screened by the real engine."""

from __future__ import annotations

from datetime import date

import pytest
from handout_render import pdf_text

from clinic_app.model import Client, Petition
from tests.handouts.test_prop47_value_asked_p172 import BENITO, received_stolen
from tests.test_report_prop47_denied_automatic_r176 import possession

pytestmark = pytest.mark.pdf

DENIED = {"en": "Prop 47 (making it a misdemeanor): The judge said no on May 2, 2016.",
          "es": "El juez dijo que no el 2 de mayo de 2016."}
ALSO_CHECK = {"en": "qualify for reducing it to a misdemeanor under Prop 47",
              "es": "califica para la reducción a delito menor por la Proposición 47"}
VALUE_ASKED = {"en": "A clinic lawyer must first find out how much the property was worth (in dollars).",
               "es": "cuánto valían los bienes (en dólares)"}


LEVEL_ASKED = {"en": "whether your conviction was a felony, a misdemeanor or an infraction",
               "es": "si su condena fue un delito grave (felony), un delito menor (misdemeanor) o una infracción"}
POSSESSION_DENIED = {"en": "The judge said no on June 1, 2017.", "es": "El juez dijo que no el 1 de junio de 2017."}


def _benito(lang: str) -> Client:
    denied = Petition("prop47", date(2016, 3, 1), convictions=["D1"], hearing_on=date(2016, 5, 2), ruling="denied",
                      ruling_on=date(2016, 5, 2))
    return Client(name="Benito Ensayo", language=lang, person=BENITO, cases=[received_stolen([denied]), possession()])


@pytest.fixture(scope="module")
def said() -> dict[str, str]:
    return {lang: pdf_text(_benito(lang), lang) for lang in ("en", "es")}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_p172_02_a_prop47_denied_is_said_once_with_what_to_find_out(said, lang):
    text = said[lang]
    assert text.count(DENIED[lang]) == 1, text[:2500]
    assert ALSO_CHECK[lang] not in text, text[:2500]
    line = text[text.index(DENIED[lang]):]
    assert VALUE_ASKED[lang] in line[:line.index("PC 1170.18")], line[:800]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_r176_01_a_fact_asked_above_is_not_asked_again_under_the_denial(said, lang):
    text = said[lang]
    card = text[text.index("HS 11350(a)"):]
    assert POSSESSION_DENIED[lang] in card, card[:1500]
    assert card.count(LEVEL_ASKED[lang]) == 1, card[:1500]
