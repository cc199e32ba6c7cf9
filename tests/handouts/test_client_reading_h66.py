"""H66: the client's pages read as a client would, in Spanish (round 66).

Each test opens the real PDF (pypdf text) of a synthetic client screened by the real engine.
"""

from __future__ import annotations

from datetime import date

from handout_clients import _probation
from handout_render import pdf_text

from clinic_app.model import Case, Client, Conviction, Person


def open_case_client(lang: str) -> Client:
    """A petty theft, probation done, and a criminal case still open elsewhere: every relief waits."""
    conv = Conviction(id="A1", code="PC", section="484(a)", level="misdemeanor", conviction_date=date(2015, 1, 1))
    return Client(name="Rosa Méndez", language=lang,
                  person=Person(dob=date(1980, 3, 2), us_citizen=True, pending_charges=True),
                  cases=[Case(id="A", convictions=[conv],
                              sentence=_probation(date(2015, 1, 1), date(2016, 1, 1), "completed"))])


def test_h66_01_an_open_case_is_what_must_end_not_what_must_happen():
    """«Esto tiene que esperar hasta que pase lo siguiente: usted tiene un caso penal abierto» and
    «Vuelva a la clínica cuando pase lo siguiente: usted tiene un caso penal abierto»: "wait until
    the following happens: you have an open criminal case", the opposite of what is meant (Y62-10
    made «cambie» «pase», which every other cause reads right with: «su libertad condicional
    (probation) debe terminar»).  The open case is now said as the others are: it must end."""
    text = pdf_text(open_case_client("es"), "es")
    assert "usted tiene un caso penal abierto" not in text
    assert ("Desestimación (expungement): Esto tiene que esperar hasta que pase lo siguiente: su caso penal "
            "abierto debe terminar. Después vuelva a la clínica.") in text
    assert "Primero algo tiene que cambiar: su caso penal abierto debe terminar." in text
    assert "Vuelva a la clínica cuando pase lo siguiente: su caso penal abierto debe terminar." in text
    # The English reads right ("until this changes: you have an open criminal case") and stays.
    assert "This has to wait until this changes: you have an open criminal case." in pdf_text(open_case_client("en"), "en")
