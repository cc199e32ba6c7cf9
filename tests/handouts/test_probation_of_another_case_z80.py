"""Z80-02: a clinic event's Spanish-speaking client with three LA cases: a 2015 felony HS 11350
whose probation she finished in 2018, a 2019 DUI still on probation to June 20, 2027, and a 2021
arrest never charged.  The 2015 card read "Where it stands: Not cleared yet. Something must
change first: your probation must end (it ends on June 20, 2027)", and «su libertad condicional
(probation) debe terminar el 20 de junio de 2027» in Spanish, of a case whose probation had
ended eight years before: read on that card, "your probation" is that case's, and the client is
told she is still on probation for it (the worksheet says "on probation in case 9CJ04567").
Where the probation is another case's, the card now names it as the handout titles it; a
client with one case reads as before."""

from __future__ import annotations

from datetime import date

import pytest
from handout_render import pdf_text

from clinic_app.model import ArrestOffense, Case, Client, Conviction, Money, Person, Probation, Sentence

pytestmark = pytest.mark.pdf


def _rosa(lang: str = "es", *, dui: bool = True, drugs: bool = True) -> Client:
    cases = []
    if drugs:
        cases.append(Case(id="c1", case_number="BA432101", disposition_date=date(2015, 3, 10),
                          convictions=[Conviction(id="c1-1", section="11350", code="HS", level="felony",
                                                  conviction_date=date(2015, 3, 10))],
                          sentence=Sentence(type="probation", judgment_date=date(2015, 3, 10), probation=Probation(
                              kind="formal", start=date(2015, 3, 10), end=date(2018, 3, 10)))))
    if dui:
        cases.append(Case(id="c2", case_number="9CJ04567", disposition_date=date(2019, 6, 20),
                          convictions=[Conviction(id="c2-1", section="23152(a)", code="VC", level="misdemeanor",
                                                  conviction_date=date(2019, 6, 20))],
                          sentence=Sentence(type="probation", judgment_date=date(2019, 6, 20), probation=Probation(
                              kind="summary", start=date(2019, 6, 20), end=date(2027, 6, 20))),
                          money=Money(fines_ordered=2000, fines_paid=500)))
    cases.append(Case(id="c3", outcome="no_charges_filed", case_number=None, arrest_date=date(2021, 8, 14),
                      arrest_level="misdemeanor",
                      arrest_offenses=[ArrestOffense(section="484", code="PC", level="misdemeanor")]))
    return Client(name="Rosa Testmartinez", person=Person(dob=date(1980, 4, 12), us_citizen=True), language=lang,
                  cases=cases)


EXPECTED = {
    "en": "Something must change first: your probation for “Driving under the influence of alcohol (DUI)” must end "
          "(it ends on June 20, 2027).",
    "es": "Primero algo tiene que cambiar: su libertad condicional (probation) por «Manejar bajo los efectos del "
          "alcohol (DUI)» debe terminar el 20 de junio de 2027.",
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_z80_02_the_probation_of_another_case_is_named_on_the_card(lang):
    text = pdf_text(_rosa(lang), lang)
    assert EXPECTED[lang] in text, text[:1500]
    plain = {"en": "your probation must end", "es": "su libertad condicional (probation) debe terminar"}[lang]
    assert plain not in text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_z80_02_one_conviction_case_on_probation_reads_as_before(lang):
    """The DUI alone (and the arrest, which no probation is read on): "your probation" is the one there is."""
    text = pdf_text(_rosa(lang, drugs=False), lang)
    named = {"en": "your probation for", "es": "(probation) por «"}[lang]
    assert named not in text
