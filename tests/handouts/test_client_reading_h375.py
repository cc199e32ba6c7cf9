"""H375: the handout read at home by a Spanish-speaking client who reads slowly (and by a
cousin with the English one), eight clients of a demo caseload, page by page.

Each test opens the real PDF (pypdf text) of a synthetic client screened by the real engine.
"""

from __future__ import annotations

from datetime import date

import pytest
from handout_clients import _probation
from handout_render import flowing_text

from clinic_app.model import Case, Client, Conviction, Person, Petition, Violation

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
