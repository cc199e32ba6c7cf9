"""R150-02: a DEJ client whose petition to seal the arrest (PC 851.91) the judge denied read, at
the head of the arrest's card, "Where it stands: No conviction. You can ask the court to seal this
arrest now.", over "Sealing the arrest: The judge said no on March 1, 2019 ... This means the
judge did not make this change" (N148-02).  The petition open now was the plea's withdrawal (PC
1203.43), not a sealing: the head says that one, in its own words, as N148-04 put a conviction's
head right beside its denial.  Each test opens the real PDF."""

from __future__ import annotations

from datetime import date

import pytest
from test_arrest_granted_said_d140 import RULED, dej_client
from test_arrest_petition_said_p123 import text_of  # the real PDF's words, one line

from clinic_app.handouts.texts import load_texts
from clinic_app.model import Petition

HEAD = {"en": "Where it stands: No conviction. You can ask the court to let you take back your plea now.",
        "es": "Cómo está: No hubo condena. Ya puede pedir al tribunal que le permita retirar su declaración."}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_denied_sealing_is_not_offered_now_at_the_card_s_head(lang):
    texts = load_texts(lang)
    denied = text_of(dej_client(Petition("pc851_91", date(2019, 1, 5), ruling="denied", ruling_on=RULED)), lang)
    assert texts["state"]["arrest_eligible"] not in denied
    assert HEAD[lang] in denied
    assert texts["court"]["denied_means"] in denied  # the card's own "no", as before


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_sealing_open_now_still_heads_the_card(lang):
    texts = load_texts(lang)
    assert texts["state"]["arrest_eligible"] in text_of(dej_client(), lang)
