"""K336: small faults in the handout's words seen this stop (G327's Spanish reread, its English
not read beside it).  Each test reads the real PDF."""

from __future__ import annotations

from datetime import date

import pytest
from handout_render import pdf_text


@pytest.mark.pdf
def test_k336_03_come_back_when_says_what_must_happen_in_english_too():
    """The long record's to-do step read "Come back to the clinic when this changes: your probation
    for ... must end (it ends on February 3, 2027), and you must finish your sentence for ...": an
    order to the client in the middle of what to wait for, where G327-03 had made the Spanish
    say what must happen («su sentencia ... debe quedar cumplida»).  The English says so too,
    there and in "Read this first"."""
    from test_long_record_l109 import pages_of

    text = " ".join(pages_of("en"))
    assert "you must finish your sentence" not in text
    assert ("Come back to the clinic when this changes: your probation for “Disobeying a court order (contempt)” must"
            " end (it ends on February 3, 2027), and your sentence for “Driving on a suspended or revoked license”"
            " must be finished.") in text
    assert text.count("your sentence for “Driving on a suspended or revoked license” must be finished.") == 2


@pytest.mark.pdf
def test_k336_03_a_sentence_of_the_cards_own_case_says_what_must_happen():
    """The card of a prison term with PRCS after it read "Something must change first: you must
    finish your sentence, and your post-release supervision must end ...".  It says "your
    sentence must be finished", as the Spanish «su sentencia debe quedar cumplida».  (H28-05's
    client, who told the clinic they are not a citizen.)"""
    from dataclasses import replace

    from test_review_h28 import person

    from clinic_app.model import Case, Client, Conviction, Custody, Sentence

    case = Case(id="A", case_number="VA321062",
                convictions=[Conviction(id="A1", section="245(a)(1)", level="felony", conviction_date=date(2025, 12, 13))],
                sentence=Sentence(type="state_prison", judgment_date=date(2025, 12, 13),
                                  custody=Custody(release_date=date(2028, 10, 27), supervision="prcs",
                                                  supervision_end=date(2029, 12, 18))))
    text = pdf_text(Client(name="Synthetic Client", person=replace(person(), us_citizen=False), cases=[case]), "en")
    assert "you must finish" not in text
    assert ("Something must change first: your sentence must be finished, and your post-release supervision must"
            " end (it ends on December 18, 2029).") in text


@pytest.mark.pdf
def test_k336_04_a_sealed_arrest_may_still_have_to_be_told_in_spanish_word_order():
    """Public case S30 (a misdemeanor charge dismissed): «Algunas solicitudes, como para un trabajo
    de policía, pueden todavía exigir que lo mencione»: «todavía» between the verbs, the English
    "may still need" word for word.  It says «todavía pueden exigir»."""
    from test_review_h31 import public_case_text

    text = public_case_text("S30", "es")
    assert "pueden todavía" not in text
    assert "Algunas solicitudes, como para un trabajo de policía o una licencia estatal, todavía pueden exigir que lo mencione." in text


@pytest.mark.pdf
def test_k336_04_proof_for_a_late_petition_names_what_is_asked_late():
    """Carmen Ruiz (G58's 2012 drug possession, Prop 47 open only on good cause) read in her
    to-do list «Junte pruebas para el juez de por qué lo pide después del plazo»: «lo», a step of
    its own on the list, stood for nothing it named.  It names what she asks late, as her card
    names it: the reduction to a misdemeanor by Proposition 47."""
    from test_client_reading_g58 import _prop47_late

    text = pdf_text(_prop47_late("es"), "es")
    assert "por qué lo pide" not in text
    assert ("Junte pruebas para el juez de por qué pide la reducción a delito menor por la Proposición 47 después del"
            " plazo. La clínica le dirá qué sirve.") in text
