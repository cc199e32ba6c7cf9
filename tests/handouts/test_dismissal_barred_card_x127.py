"""X127: a client whose main conviction the law will not dismiss (PC 1203.4(b)).

Each test opens the real PDF (pypdf text) of a synthetic client screened by the real engine.
"""

from __future__ import annotations

from datetime import date

import pytest
from handout_clients import _probation, eligible_now, excluded, needs_review
from handout_render import pdf_text

from clinic_app.model import Case, Client, Conviction, Person

# The card's one line where nothing is open: the dismissal the law bars, and the 17(b)
# reduction a straight felony never had.
BARRED = {"en": "Dismissal (expungement): The law does not allow this relief for this conviction.",
          "es": "Desestimación (expungement): La ley no permite este alivio para esta condena."}
REDUCTION = {"en": "Making it a misdemeanor", "es": "Reducirla a delito menor"}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_x127_01_an_excluded_conviction_s_card_names_the_dismissal_the_law_bars(lang):
    """A PC 288(a) registrant's card said only "Making it a misdemeanor: The law does not allow
    this relief", of a straight felony, and nothing of the dismissal they came to ask about.
    Now it says the dismissal is what the law does not allow (PC 1203.4(b))."""
    text = pdf_text(excluded(lang), lang)
    assert BARRED[lang] in text
    assert REDUCTION[lang] not in text


PARDON = {"en": ("A pardon from the Governor: You can still ask the Governor for a pardon.",
                 "You ask the Governor; the clinic can help"),
          "es": ("Un perdón del gobernador: Todavía puede pedir al gobernador un perdón.",
                 "Usted lo pide al gobernador; la clínica puede ayudarle")}
NOTHING_TO_DO = {"en": "Nobody: nothing to do", "es": "Nadie: no hay nada que hacer"}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_x127_02_a_felony_no_relief_reaches_is_told_a_pardon_may_still_help(lang):
    """The same card ended on "Who does it: Nobody: nothing to do", where the screening itself
    says "What can still help is an application to the Governor for a pardon" (ca-rules.md
    3.17).  Now the card says so, and who asks: the client, with the clinic's help."""
    text = pdf_text(excluded(lang), lang)
    line, who = PARDON[lang]
    assert line in text and who in text
    assert text.index(BARRED[lang]) < text.index(line)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_x127_02_no_pardon_line_where_relief_is_open(lang):
    """A conviction the court can dismiss is told of the dismissal, not sent to the Governor."""
    text = pdf_text(eligible_now(lang), lang)
    assert PARDON[lang][0] not in text


def _failing_to_obey(lang: str) -> Client:
    """VC 2800(a), a misdemeanor within VC 42002.1, summary probation completed: PC 1203.4(b)
    excludes it; whether automatic relief reaches it is an open question (ca-rules.md 8.3)."""
    case = Case(id="A", case_number="7TR01234",
                convictions=[Conviction(id="A1", code="VC", section="2800(a)", level="misdemeanor",
                                        conviction_date=date(2017, 5, 2))],
                sentence=_probation(date(2017, 5, 2), date(2018, 5, 2), "completed"))
    return Client(name="Prueba Obedece", language=lang, person=Person(dob=date(1988, 3, 3), us_citizen=True), cases=[case])


@pytest.mark.parametrize("lang", ["en", "es"])
def test_x127_04_a_conviction_only_a_lawyer_s_check_is_left_for_says_the_dismissal_is_barred(lang):
    """Its card said "A lawyer must look at it first" and "Automatic relief: A clinic lawyer must
    check some facts first", and nothing of the court dismissal the law rules out: the client
    could hope for one.  Now the barred dismissal is said after the lawyer's check."""
    text = pdf_text(_failing_to_obey(lang), lang)
    review = {"en": "Automatic relief: A clinic lawyer must check some facts first.",
              "es": "Alivio automático: Un abogado de la clínica tiene que revisar algunos datos."}[lang]
    assert review in text and BARRED[lang] in text
    assert text.index(review) < text.index(BARRED[lang])
    assert PARDON[lang][0] not in text  # a misdemeanor: no pardon line (the screening names none)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_x127_04_a_review_with_no_dismissal_barred_says_none(lang):
    """A conviction whose dismissal waits on a fact is not told the law bars one."""
    text = pdf_text(needs_review(lang), lang)
    assert BARRED[lang] not in text


JURY_REGISTRANT = {"en": "You must register for a felony, so you cannot serve on a jury while you must register.",
                   "es": "Usted debe registrarse por un delito grave, así que no puede servir en un jurado mientras deba"
                         " registrarse."}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_x127_05_a_felony_registrant_is_told_jury_service_is_closed_to_him(lang):
    """"Jury service" gave the PC 288(a) registrant the rules for everyone ("It also stops you
    while you must register for a felony"), as the screening says plainly that he cannot serve
    (CCP 203(a)(11)).  Now the handout says it of him."""
    assert JURY_REGISTRANT[lang] in pdf_text(excluded(lang), lang)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_x127_05_no_registrant_line_for_a_client_who_does_not_register(lang):
    assert JURY_REGISTRANT[lang] not in pdf_text(eligible_now(lang), lang)
