"""G146: the Spanish of stop 63's new handout sentences, read in the real PDF by the client who
takes it home, beside the English for the same client.  SYNTHETIC PEOPLE ONLY."""

from __future__ import annotations

import dataclasses

import pytest
from handout_render import pdf_text
from test_certificate_residence_asked_y141 import _fire_crew
from test_prop64_client_m140 import marijuana_for_sale, marijuana_transport, small_possession
from test_survivor_vacatur_z141 import survivor

pytestmark = pytest.mark.pdf


def test_g146_01_prop_64_s_either_relief_says_now_legal_and_the_record():
    """A client whose marijuana amount is not recorded read «... que la desestime y selle el
    expediente si lo que hizo ahora es legal, o si no, ...»: «lo que hizo ahora» reads first
    as "what you did now", not "if what you did is now legal", and «expediente» is a word the
    page uses nowhere else for the record («su récord»).  It now reads «si ahora es legal lo
    que usted hizo» and «selle el récord»."""
    text = pdf_text(marijuana_transport("es"), "es")
    assert ("para pedir al tribunal que la desestime y selle el récord si ahora es legal lo que usted hizo, "
            "o si no, que la cambie a un delito más leve.") in text
    assert "lo que hizo ahora es legal" not in text
    assert "expediente" not in text


def test_g146_01_prop_64_s_dismissal_seals_the_record():
    text = pdf_text(small_possession("es"), "es")
    assert "para pedir al tribunal que la desestime y selle el récord." in text
    assert "expediente" not in text


@pytest.mark.parametrize(("lang", "said", "old"), [
    ("es", "El juez decide, y usted tiene que mostrar con claridad que esta condena fue consecuencia de lo que "
           "le hicieron. El tribunal no le cobra por esto.",
     "No hay que pagar tarifa al tribunal."),
    ("en", "The judge decides, and you must show clearly that this conviction came from what was done to you. "
           "There is no court fee.",
     "you must show clearly that it came from"),
])
def test_g146_02_the_survivor_s_vacatur_names_what_she_must_show_came_from_it(lang, said, old):
    """The survivor read, just after «la ley trata el arresto y la condena ... como si nunca
    hubieran pasado», «usted tiene que mostrar con claridad que fue consecuencia de lo que le
    hicieron»: with no subject, «fue» may take the arrest, or the vacatur itself («esto»); the
    English "that it came from" the same.  The dismissal's line beside it says «que esta condena
    fue consecuencia ...».  And «No hay que pagar tarifa al tribunal», a bare «tarifa», now
    reads plainly «El tribunal no le cobra por esto.»"""
    text = pdf_text(survivor(lang), lang)
    assert said in text
    assert old not in text


def test_g146_03_the_certificate_card_asks_how_long_the_client_has_lived_in_california():
    """The former fire-crew member read "First they must find out since when you have lived in
    California.": "since when" is not how a plain English question of time is put (it reads as
    a retort), where the Spanish «desde cuándo vive en California» is the plain words.  The
    English now asks "how long you have lived in California", the same fact."""
    text = pdf_text(_fire_crew("en", None), "en")
    assert "First they must find out how long you have lived in California." in text
    assert "since when" not in text


def test_g146_04_two_marijuana_convictions_explain_what_the_court_did_with_each():
    """A client with two HS 11359 convictions read under the SF-86 «Luego explique lo que hizo
    el tribunal según la Proposición 64 con cada una.»: «con cada una» hung at the end, after
    the law, where it belongs with what the court did (the English: "what the court did under
    Prop 64 for each one").  It now reads «lo que hizo el tribunal con cada una según la
    Proposición 64»."""
    one = marijuana_for_sale("es")
    other = dataclasses.replace(one.cases[0], id="B", case_number="BA390002")
    text = pdf_text(dataclasses.replace(one, cases=[*one.cases, other]), "es")
    # The law named once, in the line's label (S148-03).
    assert "«Sí». Luego explique lo que hizo el tribunal con cada una." in text
    assert "según la Proposición 64 con cada una" not in text


def test_g146_05_the_governor_decides_whether_to_grant_a_pardon_not_the_pardon():
    """The former fire-crew member, whose certificate a clinic lawyer will check, read under
    «Lo que el alivio hace y lo que no hace» «El gobernador decide si le da el perdón»: «el
    perdón», as if a pardon were already asked for him, where nothing on his page had said one
    was (the English: "whether to grant a pardon").  It now reads «si le da un perdón»."""
    text = pdf_text(_fire_crew("es", None), "es")
    assert "El gobernador decide si le da un perdón, y puede decir que no." in text
    assert "si le da el perdón" not in text
