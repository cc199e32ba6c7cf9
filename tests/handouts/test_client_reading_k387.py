"""K387: after the hearing day, the handout stops asking for proof the judge has already weighed
(the rest of what R383 saw and left, read as the client in English and Spanish).

Each test opens the real PDF (pypdf text) of a synthetic client screened by the real engine.
"""

from __future__ import annotations

from datetime import date

import pytest
from handout_clients import _probation
from handout_render import flowing_text

from clinic_app.model import Case, Client, Conviction, Custody, Person, Petition, Sentence

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
