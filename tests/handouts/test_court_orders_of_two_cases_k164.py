"""K164-01: Rosa's felony and petty theft, each its own case, both dismissed by the court, read
"Keep a copy of the court order: Grand theft ...; Theft (petty theft)." under "What you still need
to do": one order, where each case has its own.  Relief on more than one case now says "each court
order" («cada orden del tribunal»), as the page's "Bring a copy of each court order." does (W27-03);
two convictions of one case keep the one order.  Opens the real PDF, English and Spanish."""

from __future__ import annotations

from datetime import date

import pytest
from test_arrest_petition_said_p123 import text_of
from test_court_order_kept_beside_more_relief_h160 import NAMES, rosa

from clinic_app.handouts.texts import load_texts
from clinic_app.model import Petition

ONE = {"en": "Keep a copy of the court order:", "es": "Guarde una copia de la orden del tribunal:"}
MANY = {"en": "Keep a copy of each court order:", "es": "Guarde una copia de cada orden del tribunal:"}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_k164_01_two_cases_given_relief_keep_their_orders(lang):
    page = " ".join(text_of(rosa(lang), lang).split())
    assert MANY[lang] in page and ONE[lang] not in page
    felony, petty = NAMES[lang]
    said = page[page.index(MANY[lang]):]
    assert felony in said[:300] and petty in said[:300]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_k164_01_two_convictions_of_one_case_keep_its_one_order(lang):
    client = rosa(lang)
    felony, petty = client.cases
    petty.convictions[0].id = "A2"
    felony.convictions.append(petty.convictions[0])
    client.cases = [felony]
    page = " ".join(text_of(client, lang).split())
    assert ONE[lang] in page and MANY[lang] not in page


@pytest.mark.parametrize("lang", ["en", "es"])
def test_k164_01_grants_not_recorded_yet_on_two_cases_ask_for_both_orders(lang):
    client = rosa(lang)
    for case in client.cases:
        for conv in case.convictions:
            conv.relief_granted = []
        case.petitions = [Petition("pc1203_4", date(2026, 6, 1), ruling="granted", ruling_on=date(2026, 9, 1))]
    page = " ".join(text_of(client, lang).split())
    many = load_texts(lang)["tasks"]["court_granted_cases"].split("{what}")[0].strip()
    one = load_texts(lang)["tasks"]["court_granted"].split("{what}")[0].strip()
    assert many in page and one not in page
