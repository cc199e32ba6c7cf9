"""K387: after the hearing day, the handout stops asking for proof the judge has already weighed
(the rest of what R383 saw and left, read as the client in English and Spanish).

Each test opens the real PDF (pypdf text) of a synthetic client screened by the real engine.
"""

from __future__ import annotations

from datetime import date

import pytest
from handout_clients import _probation
from handout_render import flowing_text

from clinic_app.model import Case, Client, Conviction, Custody, Money, Person, Petition, Sentence

pytestmark = pytest.mark.pdf


# ---- K387-01: fire-crew proof asked after the hearing ------------------------------------------

def fire_camp_filed(lang: str, hearing: date) -> Client:
    """A 2020 burglary, prison, a fire-camp hand crew in custody, released on parole (public case
    S59): its PC 1203.4b dismissal filed 2026-10-02, a hearing on `hearing`, no ruling entered."""
    case = Case(id="A", case_number="FA045123",
                convictions=[Conviction(id="A1", section="459/460(b)", level="felony", conviction_date=date(2020, 2, 1))],
                sentence=Sentence(type="state_prison", judgment_date=date(2020, 2, 1),
                                  custody=Custody(release_date=date(2023, 1, 15), supervision="parole")),
                petitions=[Petition("pc1203_4b", date(2026, 10, 2), hearing_on=hearing)])
    return Client(name="Luis Herrera", language=lang, cases=[case],
                  person=Person(dob=date(1990, 4, 3), us_citizen=True, fire_camp=True))


FIRE_CREW = {
    "en": ("Bring proof that you did well on a fire crew", "proof of your good conduct",
           "The clinic filed papers to ask the court to dismiss it. The judge decides.",
           "Ask the clinic what happened at the court hearing on November 10, 2026"),
    "es": ("Traiga pruebas de que cumplió bien en una cuadrilla de bomberos", "pruebas de su buena conducta",
           "La clínica presentó los papeles para pedir al tribunal que la desestime. El juez decide.",
           "Pregunte en la clínica qué pasó en la audiencia del 10 de noviembre de 2026"),
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_k387_01_no_fire_crew_proof_is_asked_for_a_hearing_already_held(lang):
    """Luis's fire-camp dismissal (PC 1203.4b) was filed and its hearing was on November 10; read
    on November 15, the card said that day had passed and to ask the clinic what happened, and
    on the same card "The judge decides. Bring proof that you did well on a fire crew while in
    custody, and proof of your good conduct": he would look for his camp's papers for a judge who
    had heard him. H375-01 stopped this for the good-conduct words alone, which the fire-camp
    card does not use. Once the hearing's day has passed with no ruling entered, the card says
    only that the judge decides; a hearing still ahead keeps the proof."""
    crew, conduct, decides, ask = FIRE_CREW[lang]
    text = flowing_text(fire_camp_filed(lang, date(2026, 11, 10)), lang)
    assert ask in text and decides in text
    assert crew not in text and conduct not in text
    text = flowing_text(fire_camp_filed(lang, date(2026, 11, 20)), lang)
    assert crew in text and conduct in text


def survivor_filed(lang: str, hearing: date) -> Client:
    """A trafficking survivor's PC 647(b) of 2016, summary probation done (public case S52's first
    case): its PC 1203.49 dismissal filed 2026-10-02, a hearing on `hearing`, no ruling entered."""
    case = Case(id="A", case_number="6SP01234",
                convictions=[Conviction(id="A1", section="647(b)", level="misdemeanor", conviction_date=date(2016, 3, 1))],
                sentence=_probation(date(2016, 3, 1), date(2019, 3, 1), "completed"),
                petitions=[Petition("pc1203_49", date(2026, 10, 2), hearing_on=hearing)])
    return Client(name="Ana Ruiz", language=lang, cases=[case],
                  person=Person(dob=date(1988, 1, 5), us_citizen=True, trafficking_survivor=True))


TRAFFICKING = {
    "en": ("You must show clearly that this conviction came from being a victim",
           "Gather proof for the judge that you were a victim of human trafficking"),
    "es": ("Usted tiene que mostrar con claridad que esta condena fue consecuencia",
           "Junte pruebas para el juez de que usted fue víctima de trata de personas"),
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_k387_01_no_proof_of_trafficking_is_asked_for_a_hearing_already_held(lang):
    """The same of a survivor's PC 1203.49 dismissal, whose judge weighs proof that the conviction
    came from being trafficked (H31-01): heard on November 10, the card and the list still asked
    her to show it; a hearing still ahead keeps both."""
    show, gather = TRAFFICKING[lang]
    text = flowing_text(survivor_filed(lang, date(2026, 11, 10)), lang)
    assert FIRE_CREW[lang][3] in text
    assert show not in text and gather not in text
    text = flowing_text(survivor_filed(lang, date(2026, 11, 20)), lang)
    assert show in text and gather in text


# ---- K387-02: fines in two cases, one of them asked about ---------------------------------------

def fined_case(case_id: str, number: str, year: int, fined: int, paid: int, completed: bool) -> Case:
    """A hit and run of `year`, fine and no probation, `fined` ordered and `paid` recorded paid; the
    sentence marked completed (`completed`) or nothing said of it."""
    day = date(year, 10, 6)
    return Case(id=case_id, case_number=number, money=Money(fines_ordered=fined, fines_paid=paid),
                convictions=[Conviction(id=f"{case_id}1", code="VC", section="20002", level="misdemeanor",
                                        conviction_date=day)],
                sentence=Sentence(type="no_probation", judgment_date=day, completed=True if completed else None))


def fines_in_two_cases(lang: str) -> Client:
    """Fines owed in two cases, none a condition of probation: $385 in 9VY59973, whose sentence the
    record marks completed (the two facts disagree, H375-02), and $200 in 1VY00456."""
    return Client(name="Juan Martínez", language=lang, person=Person(dob=date(1970, 10, 19), us_citizen=True),
                  cases=[fined_case("A", "9VY59973", 2019, 500, 115, True),
                         fined_case("B", "1VY00456", 2021, 300, 100, False)])


ASKED_OF_ONE = {
    "en": ("Case 9VY59973: The facts we have show fines of $385 not paid. If you paid them, did community "
           "service or jail time in their place, or the judge canceled them, bring proof to the clinic.",
           "Case 1VY00456: Pay the fines you still owe: $200.", "$585 in all"),
    "es": ("Caso 9VY59973: Según los datos que tenemos, usted no ha pagado $385 de multas. Si ya las pagó, "
           "hizo servicio comunitario o tiempo en la cárcel en su lugar, o el juez se las canceló, traiga "
           "pruebas a la clínica.",
           "Caso 1VY00456: Pague las multas que todavía debe: $200.", "$585 en total"),
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_k387_02_fines_of_a_completed_sentence_are_asked_beside_another_case_s(lang):
    """Juan owes fines in two cases, and the record marks one case's sentence completed with $385
    of its fines unpaid: the screening asks whether those were paid, worked off or canceled. One
    case alone, his line asks it (H375-02); with a second case owing $200, he read "Pay the fines
    you still owe, $585 in all. Pay each court what its case owes:", the $385 among them, and
    would pay again fines he may have worked off. That case's line asks; the other's says what
    it owes, each named by its case."""
    asked, owed, total = ASKED_OF_ONE[lang]
    text = flowing_text(fines_in_two_cases(lang), lang)
    assert asked in text and owed in text
    assert total not in text


# ---- K387-03: fines asked about, with no case named, to a client with two ----------------------

def fines_asked_beside_a_probation(lang: str) -> Client:
    """Client 182 of the demo, in short: the hit and run of 2019 (9VY59973, $385 of its fines
    unpaid on a sentence marked completed) and a 2025 burglary on probation to 2028 (TA149415),
    no fines recorded in it."""
    burglary = Case(id="B", case_number="TA149415",
                    convictions=[Conviction(id="B1", section="459/460(b)", level="felony",
                                            conviction_date=date(2025, 6, 5))],
                    sentence=_probation(date(2025, 6, 5), date(2028, 6, 5), "active"))
    return Client(name="Juan Martínez", language=lang, person=Person(dob=date(1970, 10, 19), us_citizen=True),
                  cases=[fined_case("A", "9VY59973", 2019, 500, 115, True), burglary])


@pytest.mark.parametrize("lang", ["en", "es"])
def test_k387_03_fines_asked_about_name_their_case_to_a_client_with_two(lang):
    """Juan (client 182 of the demo) has two cases: the hit and run whose $385 of fines the record
    shows unpaid on a sentence it marks completed, and a burglary whose probation he is to finish
    by 2028. He read "The facts we have show fines of $385 not paid. If you paid them ... bring
    proof to the clinic" with no case named, just above "Finish probation. June 5, 2028": he
    could look for the proof, or pay, in the case he is on probation for. The line names its
    case where the client has another."""
    asked = ASKED_OF_ONE[lang][0]
    assert asked in flowing_text(fines_asked_beside_a_probation(lang), lang)
