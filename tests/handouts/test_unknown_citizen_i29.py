"""I29-01: a client whose citizenship is not known (every client intake took in and did not
ask) is asked the question on the handout, not told as a fact that they must see an
immigration lawyer first.  Each test opens the real PDF."""

from __future__ import annotations

import io
from datetime import date

import pytest
from handout_clients import CLINIC, screened
from handout_layout import squash
from pypdf import PdfReader

from clinic_app.handouts import compose, render_bytes
from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence

AS_OF = date(2026, 12, 2)


def client(us_citizen: bool | None) -> Client:
    case = Case(id="A", case_number="BA300300", disposition_date=date(2019, 5, 1),
                convictions=[Conviction(id="A1", section="484", conviction_date=date(2019, 5, 1))],
                sentence=Sentence(type="probation", judgment_date=date(2019, 5, 1),
                                  probation=Probation(kind="summary", start=date(2019, 5, 1), end=date(2021, 5, 1))))
    return Client(name="Synthetic Client", person=Person(dob=date(1990, 1, 1), us_citizen=us_citizen), cases=[case])


def pdf_text(c: Client, lang: str) -> str:
    pdf = render_bytes(compose(c, screened(c, AS_OF), CLINIC, lang=lang, as_of=AS_OF))
    return squash(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages))


@pytest.mark.pdf
@pytest.mark.parametrize("lang, asked, told", [
    ("en", ["Tell the clinic if you are a U.S. citizen. If you are not, talk to an immigration lawyer before you file anything.",
            "We do not know if you are a U.S. citizen. If you are not, talk to an immigration lawyer before you file anything, "
            "apply for anything, or travel."],
     ["You told us you are not a U.S. citizen", "Talk to an immigration lawyer before you file anything."]),
    ("es", ["Dígale a la clínica si tiene la ciudadanía de EE. UU. Si no la tiene, hable con un abogado de inmigración antes de "
            "presentar cualquier papel.",
            "No sabemos si usted tiene la ciudadanía de EE. UU. Si no la tiene, hable con un abogado de inmigración antes de presentar "
            "cualquier papel, hacer cualquier trámite o viajar."],
     ["Usted nos dijo que no tiene la ciudadanía", "Hable con un abogado de inmigración antes de presentar cualquier papel."]),
])
def test_i29_01_citizenship_unknown_is_asked_not_told(lang, asked, told):
    """The page said to a client never asked, first of all: "Talk to an immigration lawyer
    before you file anything", and "You told us you are not a U.S. citizen, or we do not know"."""
    text = pdf_text(client(None), lang)
    for line in asked:
        assert line in text
    for line in told:
        assert line not in text
    # A client who said "No" is told as before; a citizen hears none of it.
    not_citizen = pdf_text(client(False), lang)
    assert all(line in not_citizen for line in told) and not any(line in not_citizen for line in asked)
    citizen = pdf_text(client(True), lang)
    assert not any(line in citizen for line in asked + told)
