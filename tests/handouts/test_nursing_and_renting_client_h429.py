"""H429: a client applying to the Board of Registered Nursing and renting an apartment reads her
handout at home in English, her mother the Spanish one: a 2019 petty theft the court dismissed
under PC 1203.4 in 2023, a 2017 DUI still on the record, and a 2021 arrest never charged.

Each test opens the real PDF (pypdf text) of the client as intake stores her, screened by the
real engine."""

from __future__ import annotations

from datetime import date

import pytest
from handout_render import pdf_text

from clinic_app.model import ArrestOffense, Case, Client, Conviction, Money, Person, Probation, ReliefGranted, Sentence

pytestmark = pytest.mark.pdf


def _summary(start: date, end: date) -> Sentence:
    return Sentence(type="probation", judgment_date=start, probation=Probation(kind="summary", start=start, end=end))


def nurse_applicant(lang: str, *, charge: str | None = "602") -> Client:
    """The client as intake's three cases store her; `charge` None: she could not say what the
    2021 arrest was for, nor whether it was a felony or a misdemeanor."""
    theft = Case(id="c1", case_number="9MT04410", disposition_date=date(2019, 6, 3),
                 convictions=[Conviction(id="c1-1", section="484", level="misdemeanor", conviction_date=date(2019, 6, 3),
                                         relief_granted=[ReliefGranted("pc1203_4", date(2023, 5, 10))])],
                 sentence=_summary(date(2019, 6, 3), date(2021, 6, 3)), money=Money(fines_ordered=300, fines_paid=300))
    dui = Case(id="c2", case_number="7MT01234", disposition_date=date(2017, 9, 20),
               convictions=[Conviction(id="c2-1", code="VC", section="23152(a)", level="misdemeanor",
                                       conviction_date=date(2017, 9, 20))],
               sentence=_summary(date(2017, 9, 20), date(2020, 9, 20)), money=Money(fines_ordered=1800, fines_paid=1800))
    arrest = Case(id="c3", outcome="no_charges_filed", arrest_date=date(2021, 8, 14), convictions=[],
                  arrest_level="misdemeanor" if charge else None,
                  arrest_offenses=[ArrestOffense(section=charge)] if charge else [])
    return Client(name="Dolores Ramírez", language=lang, person=Person(dob=date(1988, 4, 12), us_citizen=True),
                  cases=[theft, dui, arrest])


# ---- H429-01: the arrest's level asked on its card --------------------------------------------

LEVEL_ASKED = {
    "en": ("whether the arrest was for a felony or a misdemeanor",
           "No conviction. A lawyer must first find out whether the arrest was for a felony or a misdemeanor.",
           "A clinic lawyer must check some facts first."),
    "es": ("si el arresto fue por un delito grave o por un delito menor",
           "No hubo condena. Primero un abogado debe averiguar si el arresto fue por un delito grave o por un "
           "delito menor.", "Un abogado de la clínica tiene que revisar algunos datos."),
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_h429_01_an_arrest_whose_level_is_not_known_asks_it_on_its_card(lang):
    """She could not tell intake what the 2021 arrest was for. Its card read twice "A clinic
    lawyer must check some facts first. The clinic will contact you.", and the to-do list "Wait
    for a clinic lawyer to review": nothing said the one fact both sealings wait on (the time to
    charge her runs 1 year for a misdemeanor, 3 or 6 for a felony), which she may know or find
    on her papers. The card's "Where it stands" now asks it once, as a conviction's card asks
    its level, each sealing pointing to it; an arrest whose level is known asks nothing."""
    fact, where, vague = LEVEL_ASKED[lang]
    text = pdf_text(nurse_applicant(lang, charge=None), lang)
    assert where in text and text.count(fact) == 1
    assert vague not in text
    text = pdf_text(nurse_applicant(lang), lang)
    assert fact not in text


# ---- H429-02: a license among the applications a sealed arrest must still be told on ----------

SEALED = {
    "en": ("Some applications, like for a police job or a state license, may still need you to tell about it.",
           "like for a police job, may"),
    "es": ("Algunas solicitudes, como para un trabajo de policía o una licencia estatal, todavía pueden exigir que "
           "lo mencione.", "como para un trabajo de policía, todavía"),
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_h429_02_a_sealed_arrest_still_told_on_a_license_application_is_said(lang):
    """Her arrest can be sealed now. Page 2 told her a sealed arrest is treated as if it never
    happened, "Some applications, like for a police job, may still need you to tell about it":
    applying to the nursing board, not the police, she read her license application as free of
    it. PC 851.92 names state and local licensure beside peace-officer work (ca-rules.md 3.10
    [H/M]; 5, Sealed arrest, licensing: disclose "if otherwise required by law"), as the
    license lines say of a sealed arrest ("unless the law makes you tell"). The line names it."""
    said, before = SEALED[lang]
    text = pdf_text(nurse_applicant(lang), lang)
    assert said in text and before not in text


# ---- H429-03: which license answer is for now, while the DUI's dismissal is to come -----------

FOR_NOW = {
    "en": "You may apply before your record is cleared. Until then, give the answer “If your conviction is not cleared”.",
    "es": "Puede que haga su solicitud antes de que limpien sus antecedentes. Hasta entonces, dé la respuesta «Si la "
          "condena no está limpia».",
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_h429_03_the_license_answer_for_now_is_named_while_a_dismissal_is_to_come(lang):
    """She will apply to the nursing board before the judge rules on her DUI. Under "Applying for
    a state or local license" she read "If your conviction is not cleared: “Yes.”" beside "For
    convictions that are dismissed, now or later: “Yes, but they were dismissed under Penal Code
    1203.4.”", and nothing said which was hers for now: telling the board the DUI was dismissed
    before it is would be untrue. The job section says which (E114-02); the license section now
    does too. With every conviction dismissed, nothing is to come and it says nothing."""
    text = pdf_text(nurse_applicant(lang), lang)
    assert FOR_NOW[lang] in text
    client = nurse_applicant(lang)
    client.cases[1].convictions[0].relief_granted = [ReliefGranted("pc1203_4", date(2026, 10, 1))]
    text = pdf_text(client, lang)
    assert FOR_NOW[lang].split(".")[0] not in text
