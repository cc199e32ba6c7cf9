"""R128-02: X127-02 told a client whose felony no relief reaches "You can still ask the Governor
for a pardon ... Ask the clinic whether to apply." under the very line that says the court
granted his certificate of rehabilitation and "sent it to the Governor as a request for a pardon"
(ca-rules.md 3.17): the request is already made, and the client was sent to make it again.  Where a
certificate was granted, the card says it alone.

Each test opens the real PDF (pypdf text) of a synthetic client screened by the real engine."""

from __future__ import annotations

from datetime import date

import pytest
from handout_render import pdf_text
from test_dismissal_barred_card_x127 import PARDON

from clinic_app.model import Case, Client, Conviction, Person, ReliefGranted, Sentence

SENT_TO_THE_GOVERNOR = {"en": "The court sent it to the Governor as a request for a pardon.",
                        "es": "El tribunal lo envió al gobernador como solicitud de perdón."}


def _robbery(lang: str, certificate: bool) -> Client:
    """PC 211, a state prison term served: no dismissal, reduction or automatic relief reaches it."""
    granted = [ReliefGranted("cor", date(2021, 6, 1))] if certificate else []
    case = Case(id="A", case_number="BA188201",
                convictions=[Conviction(id="A1", section="211", level="felony", conviction_date=date(2008, 9, 1),
                                        relief_granted=granted)],
                sentence=Sentence(type="prison", judgment_date=date(2008, 9, 1), completed=True))
    return Client(name="Prueba Certificado", language=lang, person=Person(dob=date(1972, 1, 5), us_citizen=True),
                  cases=[case])


@pytest.mark.parametrize("lang", ["en", "es"])
def test_r128_02_a_certificate_granted_is_not_followed_by_ask_for_a_pardon(lang):
    text = pdf_text(_robbery(lang, certificate=True), lang)
    assert SENT_TO_THE_GOVERNOR[lang] in text
    assert PARDON[lang][0] not in text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_r128_02_without_a_certificate_the_pardon_is_still_said(lang):
    assert PARDON[lang][0] in pdf_text(_robbery(lang, certificate=False), lang)
