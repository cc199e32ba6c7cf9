"""D48: a volunteer attorney's clinic event, the handouts read as the client reads them."""

from __future__ import annotations

import io
from datetime import date

import pytest
from handout_clients import CLINIC
from handout_layout import squash
from pypdf import PdfReader

from clinic_app.eligibility import screen
from clinic_app.handouts import compose, render_bytes
from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence

AS_OF = date(2026, 12, 3)


def _petty_theft_client(lang: str) -> Client:
    """Client 1 of the day: not a US citizen, a 2015 LA petty theft, probation long done."""
    conviction = Conviction(id="c1-1", section="484", code="PC", level="misdemeanor", wobbler=False,
                            conviction_date=date(2015, 3, 10))
    case = Case(id="c1", case_number="5CJ01234", disposition_date=date(2015, 3, 10), convictions=[conviction],
                sentence=Sentence(type="probation", judgment_date=date(2015, 3, 10),
                                  probation=Probation(kind="summary", start=date(2015, 3, 10), end=date(2017, 3, 10))))
    return Client(name="Synthetic Client", person=Person(dob=date(1985, 4, 12), us_citizen=False), cases=[case],
                  language=lang)


def _text(client: Client, lang: str) -> str:
    screening = screen(client.person, client.cases, AS_OF)
    pdf = render_bytes(compose(client, screening, CLINIC, lang=lang, as_of=AS_OF))
    return squash(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages))


@pytest.mark.pdf
@pytest.mark.parametrize("lang, who, task, wait", [
    ("en", "Who does it: A lawyer the clinic helps you find",
     "Ask the clinic to help you find a lawyer who can ask the court to cancel: Theft (petty theft).",
     "Wait for a clinic lawyer to review"),
    ("es", "Quién lo hace: Un abogado que la clínica le ayuda a encontrar",
     "Pídale a la clínica que le ayude a encontrar un abogado que pueda pedir al tribunal que anule: Hurto (hurto menor).",
     "Espere a que un abogado de la clínica revise"),
])
def test_d48_05_a_motion_to_vacate_is_no_wait_for_a_clinic_lawyer(lang, who, task, wait):
    """The card of a non-citizen's petty theft says a lawyer the clinic helps find can ask the
    court to cancel it ("Who does it: A lawyer the clinic helps you find", H36-01), and the list
    of what to do said "Wait for a clinic lawyer to review: Theft (petty theft)", "A clinic
    lawyer" doing it: the client was to wait on the clinic for a motion the clinic does not
    bring.  The list now says to ask the clinic for that lawyer, the client's own step."""
    text = _text(_petty_theft_client(lang), lang)
    assert who in text
    assert task in text
    assert wait not in text
