"""G355: Spanish handouts read as a client reads them: the late Prop 47's proof (G327 and R331
left it), the DUI look-back's «a más tardar».  Each test reads the real PDF."""

from __future__ import annotations

import io

from handout_clients import CLINIC
from handout_render import squash
from pypdf import PdfReader

from clinic_app.eligibility import screen
from clinic_app.handouts import compose, render_bytes
from tests.test_worksheet_proposition_relief_j125 import AS_OF, client_of_j125


def _spanish_text(client, as_of=AS_OF) -> str:
    pdf = render_bytes(compose(client, screen(client.person, client.cases, as_of), CLINIC, lang="es", as_of=as_of))
    return squash(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages))


def test_g355_01_the_late_prop_47_proof_says_who_did_not_ask_in_time_and_for_what():
    """A client whose 2013 burglary 17(b) and a late Prop 47 both make a misdemeanor (as demo
    client 22's 1997 possession) read on her card «Si el abogado elige la Proposición 47, traiga
    pruebas de por qué usted lo pide tarde» and in her to-do list «... de por qué usted lo pide
    después del plazo»: «lo» named nothing, and «pide» after the lawyer who chooses did not say
    who asks.  Both say what the judge weighs: why she did not ask for the reduction in time."""
    text = _spanish_text(client_of_j125())
    assert "lo pide" not in text
    assert ("Si el abogado elige la Proposición 47, traiga pruebas de por qué usted no pidió a tiempo la reducción a"
            " delito menor.") in text
    assert ("Si un abogado de la clínica elige la Proposición 47, junte pruebas para el juez de por qué usted no pidió"
            " a tiempo la reducción a delito menor.") in text
