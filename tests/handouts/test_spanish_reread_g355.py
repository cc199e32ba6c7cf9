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


def test_g355_02_a_dui_look_back_counted_from_the_conviction_says_its_last_day_once():
    """A DUI whose offense date was not typed (demo client 48's 2018 DUI, its date cleared) read
    «... por un nuevo DUI cometido hasta el 9 de agosto de 2028 a más tardar, diez años después»:
    «hasta» and «a más tardar», the limit said twice.  Said once, of the ten years: «en los diez
    años después de él, un plazo que termina a más tardar el ...»; two DUIs and a wet reckless
    alike."""
    from datetime import date

    from handout_render import pdf_text
    from test_dui_look_back_dated_d126 import _dui_client

    from clinic_app.model import Case, Conviction

    client = _dui_client(None, date(2023, 9, 15), date(2027, 9, 15))
    client.cases += [Case(id=case_id, case_number=number, convictions=[
        Conviction(id=f"{case_id}1", code="VC", section=section, level="misdemeanor", conviction_date=day)])
        for case_id, number, section, day in (("C", "9CJ00001", "23152(b)", date(2019, 5, 2)),
                                              ("D", "9CJ00002", "23103.5", date(2020, 1, 8)))]
    text = pdf_text(client, "es")
    assert "a más tardar," not in text and "hasta el" not in text
    assert ("Sus DUI desestimados siguen contando como DUI anteriores si le presentan cargos por un nuevo DUI"
            " cometido en los diez años después del más reciente, un plazo que termina a más tardar el 15 de"
            " septiembre de 2033. El nuevo caso") in text
    assert ("desestimado sigue contando como DUI anterior si le presentan cargos por un nuevo DUI cometido en los"
            " diez años después de él, un plazo que termina a más tardar el 8 de enero de 2030.") in text


def test_g355_03_a_probation_to_finish_is_served_to_its_end_not_ended_by_the_client():
    """Joaquín Flores (demo client 118, on probation to August 2027 with fines and classes) read in
    his to-do list «Termine su libertad condicional. | 11 de agosto de 2027» two rows under «Junte
    pruebas ... para el juez que decidirá si termina antes su libertad condicional»: "put an end to
    your probation" by that day, as if it were his to end.  It says what he does, «Cumpla toda su
    libertad condicional» (short: «Termine de cumplir ...» broke its row, and gave demo client 37
    an 11th page); a parole, a supervision and a time in custody alike."""
    from datetime import date

    from handout_render import pdf_text
    from test_dui_look_back_dated_d126 import _dui_client

    text = pdf_text(_dui_client(date(2023, 6, 3), date(2023, 9, 15), date(2027, 9, 15)), "es")
    assert "Termine su libertad condicional" not in text
    assert "Cumpla toda su libertad condicional. 15 de septiembre de 2027" in text
