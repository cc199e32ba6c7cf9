"""H375: the handout read at home by a Spanish-speaking client who reads slowly (and by a
cousin with the English one), eight clients of a demo caseload, page by page.

Each test opens the real PDF (pypdf text) of a synthetic client screened by the real engine.
"""

from __future__ import annotations

from datetime import date

import pytest
from handout_clients import _probation
from handout_render import flowing_text

from clinic_app.model import ArrestOffense, Case, Client, Conviction, Money, Person, Petition, Sentence, Violation

pytestmark = pytest.mark.pdf


def theft_filed_for_the_judge(lang: str, hearing: date) -> Client:
    """A petty theft whose probation saw a violation (the dismissal is the judge's to weigh),
    its dismissal filed 2026-10-02 with a hearing on `hearing`; no ruling entered."""
    sentence = _probation(date(2015, 3, 2), date(2018, 3, 2), "completed")
    sentence.probation.violations = [Violation(date=date(2016, 1, 4), outcome="reinstated")]
    case = Case(id="A", case_number="4CJ01234", sentence=sentence,
                convictions=[Conviction(id="A1", section="484(a)/488", conviction_date=date(2015, 3, 2))],
                petitions=[Petition("pc1203_4", date(2026, 10, 2), hearing_on=hearing)])
    return Client(name="Rosa Gómez", language=lang, person=Person(dob=date(1984, 6, 9), us_citizen=True),
                  cases=[case])


# ---- H375-01: proof for a hearing already held ----------------------------------------------

PROOF = {
    "en": ("Bring proof of your good conduct", "Gather proof of your good conduct for the judge",
           "The judge decides.", "Ask the clinic what happened at the court hearing on November 10, 2026"),
    "es": ("Traiga pruebas de su buena conducta", "Junte pruebas de su buena conducta para el juez",
           "El juez decide.", "Pregunte en la clínica qué pasó en la audiencia del 10 de noviembre de 2026"),
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_h375_01_no_proof_is_asked_for_a_hearing_already_held(lang):
    """Inés (client 42 of the demo) read on December 7 that her hearing of December 1 had passed
    and to ask the clinic what happened, and, on the same card and at the top of her to-do
    list, to bring and gather proof of her good conduct "for the judge", as if the hearing were
    still to come: she would spend the week collecting letters for a judge who had heard her.
    Once the hearing's day has passed with no ruling entered, the card says only that the judge
    decides, and the list asks what happened, not for proof. A hearing still ahead keeps both."""
    bring, gather, decides, ask = PROOF[lang]
    text = flowing_text(theft_filed_for_the_judge(lang, date(2026, 11, 10)), lang)
    assert ask in text and decides in text
    assert bring not in text and gather not in text
    text = flowing_text(theft_filed_for_the_judge(lang, date(2026, 11, 20)), lang)
    assert bring in text and gather in text


# ---- H375-02: fines a record shows unpaid, on a sentence it marks completed ------------------

def hit_and_run_fines_unpaid(lang: str, completed: bool) -> Client:
    """A 2019 hit and run, fine and no probation, $500 fined and $115 recorded paid; the record
    marks the sentence completed (`completed`) or says nothing of it."""
    case = Case(id="A", case_number="9VY59973", money=Money(fines_ordered=500, fines_paid=115),
                convictions=[Conviction(id="A1", code="VC", section="20002", level="misdemeanor",
                                        conviction_date=date(2019, 10, 6))],
                sentence=Sentence(type="no_probation", judgment_date=date(2019, 10, 6),
                                  completed=True if completed else None))
    return Client(name="Juan Martínez", language=lang, person=Person(dob=date(1970, 10, 19), us_citizen=True),
                  cases=[case])


FINES = {
    "en": ("Pay the fines you still owe: $385.",
           "If you paid them, did community service or jail time in their place, or the judge canceled "
           "them, bring proof to the clinic. If not, pay them."),
    "es": ("Pague las multas que todavía debe: $385.",
           "Si ya las pagó, hizo servicio comunitario o tiempo en la cárcel en su lugar, o el juez se las "
           "canceló, traiga pruebas a la clínica. Si no, páguelas."),
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_h375_02_fines_unpaid_on_a_completed_sentence_are_asked_not_only_owed(lang):
    """Juan (client 182 of the demo) read "Pay the fines you still owe: $385." on a case whose
    record says the sentence was completed: the screening holds his dismissal for a lawyer
    because the two disagree (were the fines paid, worked off in community service or jail, or
    waived?), and his card said only that a lawyer must check some facts. A client who worked
    them off would pay again, or give up. The line now says what the record shows and asks for
    proof of each way they may be done, paying them only if none; where the record does not mark
    the sentence completed, the fines are owed, said as before."""
    owed, asked = FINES[lang]
    text = flowing_text(hit_and_run_fines_unpaid(lang, completed=True), lang)
    assert asked in text and owed not in text
    text = flowing_text(hit_and_run_fines_unpaid(lang, completed=False), lang)
    assert owed in text and asked not in text


# ---- H375-03: proof for a hearing set, by its day --------------------------------------------

PROOF_BY = {
    "en": "Gather proof of your good conduct for the judge: letters, pay stubs, class papers. November 20, 2026 You",
    "es": "Junte pruebas de su buena conducta para el juez: cartas, talones de pago, constancias de clases. "
          "20 de noviembre de 2026 Usted",
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_h375_03_proof_for_a_hearing_set_is_due_by_its_day(lang):
    """Inés (client 42 of the demo), read on November 20 with her hearing on December 1, found
    "Gather proof of your good conduct for the judge" with nothing under "By when", two lines
    above "The clinic will tell you if you need to go to the court hearing on December 1": she
    could not tell the proof was of use only until then. The line now has the hearing's day
    under "By when"; with no hearing set it has none, as before."""
    text = flowing_text(theft_filed_for_the_judge(lang, date(2026, 11, 20)), lang)
    assert PROOF_BY[lang] in text
    client = theft_filed_for_the_judge(lang, date(2026, 11, 20))
    client.cases[0].petitions[0].hearing_on = None
    text = flowing_text(client, lang)
    assert PROOF_BY[lang].rsplit(".", 1)[0] + ". " + PROOF_BY[lang].rsplit(" ", 1)[1] in text


# ---- H375-04: the client's own sentence and fines asked on the card ---------------------------

def theft_fines_of_no_amount(lang: str) -> Client:
    """A petty theft, probation completed in 2018; paying fines was a probation condition, and
    the record has no amount: the dismissal waits on how much was ordered."""
    case = Case(id="A", case_number="4CJ01234", money=Money(fines_condition_of_probation=True),
                convictions=[Conviction(id="A1", section="484(a)/488", conviction_date=date(2015, 3, 2))],
                sentence=_probation(date(2015, 3, 2), date(2018, 3, 2), "completed"))
    return Client(name="Begoña Martínez", language=lang, person=Person(dob=date(1959, 1, 1), us_citizen=True),
                  cases=[case])


ASKED = {
    "en": ("First they must find out how much the court ordered you to pay in fines.",
           "whether you finished every part of your sentence"),
    "es": ("Primero el abogado tiene que averiguar cuánto le ordenó pagar el tribunal en multas.",
           "si usted cumplió toda su sentencia"),
}


def with_a_revoked_case(lang: str) -> Client:
    """`theft_fines_of_no_amount`'s theft, its fines paid in full, and a 2024 public drunkenness
    whose probation the court revoked, the sentence after it not recorded: whether that sentence
    is served is asked of the theft's dismissal too."""
    client = theft_fines_of_no_amount(lang)
    client.cases[0].money = Money(fines_ordered=300, fines_paid=300)
    sentence = _probation(date(2024, 3, 1), date(2026, 3, 1), "revoked")
    sentence.probation.violations = [Violation(date=date(2024, 10, 17), outcome="revoked")]
    client.cases.append(Case(id="B", case_number="4VY04265", sentence=sentence, convictions=[
        Conviction(id="B1", section="647(f)", conviction_date=date(2024, 3, 1))]))
    return client


@pytest.mark.parametrize("lang", ["en", "es"])
def test_h375_04_the_fines_ordered_are_asked_on_the_card(lang):
    """Begoña (client 33 of the demo) and James (client 29) were told only that a clinic lawyer
    will also check whether they qualify for a dismissal, where the one fact it waits on is how
    much the court ordered in fines: a thing the client may know, or find in her papers, as the
    card already asks how long she has lived in California or what the property was worth. The
    card now names it. Whether a sentence is served is asked only on its own case's card: on
    another case's card (client 127's), "your sentence" would read as that case's."""
    asked, not_here = ASKED[lang]
    text = flowing_text(theft_fines_of_no_amount(lang), lang)
    assert asked in text
    text = flowing_text(with_a_revoked_case(lang), lang)
    assert not_here not in text


# ---- H375-05: an open case, and no lawyer in it -----------------------------------------------

def an_open_case_alone(lang: str) -> Client:
    """Only an arrest of 2015 whose case is still open (client 15 of the demo): nothing the
    clinic can clear until it ends."""
    case = Case(id="P", outcome="pending", case_number="5MP77861", arrest_date=date(2015, 6, 1),
                arrest_offenses=[ArrestOffense("20002", code="VC", level="misdemeanor")])
    return Client(name="Rosa Jiménez", language=lang, person=Person(dob=date(1986, 11, 14)), cases=[case])


NO_LAWYER = {
    "en": "Talk to your lawyer in that case. If you do not have one, ask the clinic who can help.",
    "es": "Hable con su abogado de ese caso. Si no tiene abogado, pregunte en la clínica quién le puede ayudar.",
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_h375_05_an_open_case_says_what_to_do_without_a_lawyer_in_it(lang):
    """Rosa (client 15 of the demo), whose only case is a 2015 arrest still open, read one thing
    to do: "Talk to your lawyer in that case." A case open for eleven years may have no lawyer in
    it any more, or never had one, and she was left with nobody to ask. The line now says to ask
    the clinic who can help where she has none; so does the line of an open case that must end
    before a conviction's relief."""
    text = flowing_text(an_open_case_alone(lang), lang)
    assert NO_LAWYER[lang] in text
    client = an_open_case_alone(lang)
    client.cases.append(Case(id="A", case_number="4CJ01234", convictions=[
        Conviction(id="A1", section="484(a)/488", conviction_date=date(2013, 3, 2))],
        sentence=_probation(date(2013, 3, 2), date(2016, 3, 2), "completed")))
    assert NO_LAWYER[lang] in flowing_text(client, lang)
