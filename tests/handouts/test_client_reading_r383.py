"""R383: a review of H375's handout words, read as a client who reads slowly, in Spanish and
in English.

Each test opens the real PDF (pypdf text) of a synthetic client screened by the real engine.
"""

from __future__ import annotations

from datetime import date

import pytest
from handout_clients import _probation
from handout_render import flowing_text
from test_client_reading_g58 import _prop47_late

from clinic_app.model import Case, Client, Conviction, Money, Person, Petition, Sentence, Violation

pytestmark = pytest.mark.pdf


def fines_unpaid_on_a_completed_sentence(lang: str) -> Client:
    """A 2019 hit and run, fine and no probation, $500 fined and $115 recorded paid, the sentence
    marked completed: the record's two facts disagree (H375-02's client 182)."""
    case = Case(id="A", case_number="9VY59973", money=Money(fines_ordered=500, fines_paid=115),
                convictions=[Conviction(id="A1", code="VC", section="20002", level="misdemeanor",
                                        conviction_date=date(2019, 10, 6))],
                sentence=Sentence(type="no_probation", judgment_date=date(2019, 10, 6), completed=True))
    return Client(name="Juan Martínez", language=lang, person=Person(dob=date(1970, 10, 19), us_citizen=True),
                  cases=[case])


# ---- R383-01: "If not, pay them", and nothing for one who cannot ------------------------------

CANNOT_PAY = {
    "en": "If not, pay them. If you cannot pay them, tell the clinic.",
    "es": "Si no, páguelas. Si no puede pagarlas, dígaselo a la clínica.",
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_r383_01_fines_asked_on_a_completed_sentence_say_what_to_do_if_she_cannot_pay(lang):
    """Juan (client 182 of the demo) read that the facts show $385 of fines not paid, to bring
    proof if they were paid, worked off or canceled, and "If not, pay them." and nothing more:
    a client who has not the $385 was left with an order he cannot keep, and the one way the line
    names of doing it without money (community service in their place) as something done in the
    past. The fines owed by a probation's last day say to tell the clinic if she cannot pay them
    all (E201-03); this line now says so too."""
    assert CANNOT_PAY[lang] in flowing_text(fines_unpaid_on_a_completed_sentence(lang), lang)


# ---- R383-02: two facts waited on, one named -----------------------------------------------------

def theft_paid_of_no_amount(lang: str) -> Client:
    """A petty theft, probation completed in 2018, $200 recorded paid in fines; the record gives
    neither how much was ordered nor whether paying was a probation condition."""
    case = Case(id="A", case_number="4CJ01234", money=Money(fines_paid=200),
                convictions=[Conviction(id="A1", section="484(a)/488", conviction_date=date(2015, 3, 2))],
                sentence=_probation(date(2015, 3, 2), date(2018, 3, 2), "completed"))
    return Client(name="James Lee", language=lang, person=Person(dob=date(1961, 2, 3), us_citizen=True),
                  cases=[case])


BOTH_ASKED = {
    "en": "First they must find out how much the court ordered you to pay in fines and whether paying "
          "the fines was part of your probation.",
    "es": "Primero el abogado tiene que averiguar cuánto le ordenó pagar el tribunal en multas y si pagar "
          "las multas era parte de su libertad condicional.",
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_r383_02_both_facts_a_dismissal_waits_on_are_asked(lang):
    """A client with $200 recorded paid in fines, whose dismissal waits on two facts: how much the
    court ordered, and whether paying was a condition of his probation (only then can unpaid
    fines leave the judge to decide). His card named the first alone (H375-04's words for clients
    33 and 29, whose one fact is the amount), "First they must find out how much the court
    ordered": he could tell the lawyer that and think it was all, though his probation papers
    say the other. Both are asked."""
    assert BOTH_ASKED[lang] in flowing_text(theft_paid_of_no_amount(lang), lang)


# ---- R383-03: proof dated by a hearing, though a relief not yet filed needs it after ------------

def theft_with_a_violation(case_id: str, number: str, petition: Petition | None = None) -> Case:
    """A petty theft of 2015 whose probation saw a violation (its dismissal the judge's to weigh),
    `petition` filed on it or none."""
    sentence = _probation(date(2015, 3, 2), date(2018, 3, 2), "completed")
    sentence.probation.violations = [Violation(date=date(2016, 1, 4), outcome="reinstated")]
    return Case(id=case_id, case_number=number, sentence=sentence, petitions=[petition] if petition else [],
                convictions=[Conviction(id=f"{case_id}1", section="484(a)/488", conviction_date=date(2015, 3, 2))])


PROOF_LINE = {
    "en": "Gather proof of your good conduct for the judge: letters, pay stubs, class papers.",
    "es": "Junte pruebas de su buena conducta para el juez: cartas, talones de pago, constancias de clases.",
}
WHO = {"en": "You", "es": "Usted"}
HEARING = {"en": "November 20, 2026", "es": "20 de noviembre de 2026"}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_r383_03_proof_a_later_filing_needs_too_is_not_due_by_the_first_hearing(lang):
    """A client with one dismissal filed, its hearing on November 20, and another the clinic can
    still file, both the judge's to weigh on good conduct, read "Gather proof of your good
    conduct for the judge" by November 20: the day the proof is of no more use, for a second
    judge who will want the same proof later. The line has that day only where every relief it
    is for has its hearing set; here it has none."""
    filed = Petition("pc1203_4", date(2026, 10, 2), hearing_on=date(2026, 11, 20))
    client = Client(name="Rosa Gómez", language=lang, person=Person(dob=date(1984, 6, 9), us_citizen=True),
                    cases=[theft_with_a_violation("A", "4CJ01234", filed), theft_with_a_violation("B", "5CJ04321")])
    text = flowing_text(client, lang)
    assert f"{PROOF_LINE[lang]} {WHO[lang]}" in text
    assert f"{PROOF_LINE[lang]} {HEARING[lang]}" not in text


# ---- R383-04: proof of a late filing's reason, asked after its hearing -------------------------

LATE_PROOF = {
    "en": ("Bring proof of that reason.", "Gather proof for the judge of why you are asking after the deadline.",
           "The judge must first agree that you had a good reason to ask late.",
           "Ask the clinic what happened at the court hearing on November 10, 2026"),
    "es": ("Traiga pruebas de esa razón.", "Junte pruebas para el juez de por qué pide",
           "Primero el juez tiene que aceptar que usted tuvo una buena razón para pedirlo tarde.",
           "Pregunte en la clínica qué pasó en la audiencia del 10 de noviembre de 2026"),
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_r383_04_no_proof_of_a_late_reason_is_asked_for_a_hearing_already_held(lang):
    """Carmen's Prop 47, filed after its deadline, had its hearing on November 10; read on
    November 15 the card said that day had passed and to ask the clinic what happened, and beside
    it "Bring proof of that reason", and the list "Gather proof for the judge of why you are
    asking after the deadline": H375-01 stopped this for proof of good conduct only. Once the
    hearing's day has passed with no ruling entered, neither is asked; a hearing still ahead
    keeps both."""
    bring, gather, judge, ask = LATE_PROOF[lang]
    client = _prop47_late(lang)
    client.cases[0].petitions = [Petition("prop47", date(2026, 10, 2), hearing_on=date(2026, 11, 10))]
    text = flowing_text(client, lang)
    assert ask in text and judge in text
    assert bring not in text and gather not in text
    client.cases[0].petitions[0].hearing_on = date(2026, 11, 20)
    text = flowing_text(client, lang)
    assert bring in text and gather in text
