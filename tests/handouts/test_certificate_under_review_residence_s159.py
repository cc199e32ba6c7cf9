"""S159-02: Teresa (synthetic, O155), her 2016 felony PC 487(a) dismissed and a 2021 PC 148(a)(1)
that an attorney must weigh, moves to Arizona next month.  Her felony's card offers "Making it a
misdemeanor" and, under "Other relief", "A clinic lawyer will also check whether you qualify for
a Certificate of Rehabilitation", with nothing of the California residence the certificate needs
(ca-rules.md 3.17 [H]), which O155-02 says on the card where it is open now or later.  That card
now says it too.  The real PDF (pypdf text), screened by the real engine."""

from __future__ import annotations

from datetime import date

import pytest
from handout_render import pdf_text
from test_another_state_o155 import teresa

UNDER_REVIEW = {
    "en": "Other relief: A clinic lawyer will also check whether you qualify for a Certificate of Rehabilitation.",
    "es": "Otro alivio: Un abogado de la clínica también revisará si usted califica para un Certificado de Rehabilitación.",
}
IN_CALIFORNIA = {
    "en": "To ask for the certificate, you must live in California. If you move to another state, ask the clinic first.",
    "es": "Para pedir el certificado, debe vivir en California. Si se muda a otro estado, pregunte primero en la clínica.",
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_s159_02_the_certificate_a_lawyer_will_check_says_it_needs_california_residence(lang):
    text = pdf_text(teresa(lang, dismissed=True, resident_since=date(1988, 3, 14)), lang)
    # On the card, just after the lawyer's check that names the certificate.
    assert f"{UNDER_REVIEW[lang]} {IN_CALIFORNIA[lang]}" in text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_s159_02_not_said_where_no_certificate_is_in_view(lang):
    # Not dismissed yet: no certificate on any card.
    assert IN_CALIFORNIA[lang] not in pdf_text(teresa(lang), lang)


def test_s159_02_said_once_in_a_long_record():
    # L109's long record: five cards with the certificate under a lawyer's check.  Said on the
    # first; five times had pushed her handout to 21 pages.
    from test_long_record_l109 import handout

    english, pages = handout("en")
    assert english.count(IN_CALIFORNIA["en"]) == 1 and pages <= 20
    assert handout("es")[0].count(IN_CALIFORNIA["es"]) == 1
