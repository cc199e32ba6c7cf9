"""G104: the Spanish handout read by the client who takes it home (a Spanish speaker of Los
Angeles), beside the English one for the same client.  Each test opens the real PDF."""

from __future__ import annotations

from datetime import date

import pytest
from handout_render import pdf_text, render_scenario
from test_review_h31 import public_case_text
from test_who_does_it_w80 import burglary_of_unknown_level

from clinic_app.model import Case, Client, Conviction, Custody, Person, Sentence

pytestmark = pytest.mark.pdf


def test_g104_01_the_jury_answer_keeps_its_while_clauses_in_one_mood():
    """Under "Servir en un jurado", a conviction made a misdemeanor read «... no puede servir en uno
    mientras esté bajo custodia. Tampoco mientras esté en libertad condicional ... ni mientras debe
    registrarse por un delito grave.»: two "mientras" of a time still to come in the subjunctive,
    the third in the indicative, a slip a Spanish reader trips on (demo client 82, whose felony the
    judge made a misdemeanor).  The third is now «ni mientras deba registrarse», as the first two."""
    text = render_scenario("dismissed", "es").text()
    assert ("supervisión después de salir, ni mientras deba registrarse por un delito grave.") in text
    assert "mientras debe registrarse" not in text


def test_g104_02_the_lawyer_not_the_client_finds_out_the_fact_the_relief_waits_on():
    """A petty theft of unknown level (W80-02's client): "A clinic lawyer will also check whether
    you qualify for ... First they must find out whether your conviction was a felony, ...", in
    Spanish «Un abogado de la clínica también revisará si usted califica para ... Primero tiene que
    averiguar si su condena fue ...»: with «usted» the last subject, the verb with none of its own
    read "First you have to find out" (Y62-09 and Y62-11 put the subject back for the same reason).
    The Spanish now names who finds out, as the English does: «Primero el abogado tiene que
    averiguar ...»."""
    client = burglary_of_unknown_level()
    client.cases[0].convictions[0].section = "484(a)"
    text = pdf_text(client, "es")
    assert ("Un abogado de la clínica también revisará si usted califica para la desestimación (expungement), "
            "la reducción a delito menor (por una de dos leyes) o un Certificado de "
            "Rehabilitación. Primero el abogado tiene que averiguar si su condena fue un delito grave (felony), "
            "un delito menor (misdemeanor) o una infracción.") in text
    assert ". Primero tiene que averiguar" not in text


def test_g104_03_the_client_not_the_judge_shows_the_conviction_came_from_being_trafficked():
    """Public case S52 (a trafficking survivor's PC 647(b) convictions): "Relief for survivors: ...
    The judge decides. You must show clearly that this conviction came from being a victim of
    human trafficking.", in Spanish «El juez decide. Tiene que mostrar con claridad que esta condena
    fue consecuencia de ser víctima de trata de personas.»: the verb with no subject of its own
    goes on from «El juez», and read "The judge decides. He must show clearly ...", the proof the
    client is to bring put on the judge.  The Spanish now says who, as the English does: «Usted
    tiene que mostrar con claridad ...»."""
    text = public_case_text("S52", "es")
    assert ("El juez decide. Usted tiene que mostrar con claridad que esta condena fue consecuencia de ser "
            "víctima de trata de personas. La clínica le dirá qué pruebas sirven.") in text
    assert "El juez decide. Tiene que mostrar" not in text


def dismissed_under_three_laws(lang: str) -> Client:
    """A 2023 misdemeanor with no probation (PC 1203.4a), beside it an infraction, and a 2020
    robbery sent to state prison, parole over (PC 1203.41): as demo client 276 of seed 104."""
    day, convicted = date(2023, 12, 3), date(2020, 2, 28)
    fine_only = Case(id="c1", convictions=[
        Conviction(id="c1-1", section="11359", code="HS", level="misdemeanor", conviction_date=day),
        Conviction(id="c1-2", section="12500(a)", code="VC", level="infraction", conviction_date=day)],
        sentence=Sentence(type="no_probation", judgment_date=day, completed=True))
    prison = Case(id="c2", convictions=[Conviction(id="c2-1", section="211", level="felony", conviction_date=convicted)],
                  sentence=Sentence(type="state_prison", judgment_date=convicted, completed=True, custody=Custody(
                      release_date=date(2022, 3, 9), supervision="parole", supervision_end=date(2024, 4, 25))))
    return Client(name="Synthetic Client", language=lang, person=Person(dob=date(1971, 3, 20), us_citizen=True),
                  cases=[fine_only, prison])


@pytest.mark.parametrize("lang, said", [
    ("es", "«Sí, pero fueron desestimadas según los artículos 1203.4, 1203.4a o 1203.41 del Código Penal»."),
    ("en", "“Yes, but they were dismissed under Penal Code 1203.4, 1203.4a or 1203.41.”"),
])
def test_g104_04_three_laws_a_dismissal_is_under_are_said_as_a_list(lang, said):
    """What the client is to say of dismissals under three sections read «Sí, pero fueron
    desestimadas según los artículos 1203.4 o 1203.4a o 1203.41 del Código Penal» ("Penal Code
    1203.4 or 1203.4a or 1203.41"), «o» between each pair, where Spanish (and English) put a
    comma between the items of a list and the «o» before the last alone; 7 of the 400 Spanish
    handouts of `clinic-app demo --clients 400 --seed 104 --mix` said so, up to five times each.  It is said as the handout says any other list
    (R46-10): «1203.4, 1203.4a o 1203.41».  Two laws read as before: «1203.4 o 1203.41»."""
    text = pdf_text(dismissed_under_three_laws(lang), lang)
    assert said in text
    assert " o 1203.4a o " not in text and " or 1203.4a or " not in text
