"""H434-04: a client with a 2010 felony marijuana transport (HS 11360) and a 2019 burglary read
under every situation "Once your conviction is changed under Prop 64: ...", beside "If your
convictions are not cleared" and "Once your convictions are dismissed": which of the two Prop 64
changes was not said.  The label names it where another conviction stays, as a dismissal's does
(P61-04); a record of one conviction reads as before."""

from __future__ import annotations

import pytest
from handout_render import pdf_text
from test_burglary_degree_asked_h434 import burglary
from test_prop64_client_m140 import marijuana_transport

NAMED = {"en": "Once your conviction is changed under Prop 64 (Sale or transportation of marijuana):",
         "es": "Cuando le cambien la condena según la Proposición 64 (Venta o transporte de marihuana):"}
PLAIN = {"en": "Once your conviction is changed under Prop 64:", "es": "Cuando le cambien la condena según la "
                                                                         "Proposición 64:"}


def transport_and_burglary(lang: str):
    client = marijuana_transport(lang)
    client.cases.append(burglary(lang).cases[0])
    return client


@pytest.mark.parametrize("lang", ["en", "es"])
def test_h434_04_prop_64_to_come_names_the_conviction_beside_another(lang):
    text = pdf_text(transport_and_burglary(lang), lang)
    assert text.count(NAMED[lang]) == 9  # every situation but guns (its label joined) and immigration (a citizen)
    assert PLAIN[lang] not in text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_h434_04_a_record_of_one_conviction_reads_as_before(lang):
    text = pdf_text(marijuana_transport(lang), lang)
    assert PLAIN[lang] in text and NAMED[lang] not in text
