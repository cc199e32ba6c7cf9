"""P172: a client with old Prop 47 felonies.  Benito's 2012 felony PC 496(a) (receiving stolen
property) was worth an amount nobody wrote down: Prop 47 reaches it only at $950 or less (PC
496(a); PC 1170.18), so the screening asks the value before a lawyer can say.  His card read "A
clinic lawyer will also check whether you qualify for reducing it to a misdemeanor under Prop
47" and asked him nothing, though he may well know what it was worth; the card now asks it, as
it asks a marijuana amount (M140-04) or his years in California (Y141-03).  So too his 2013 PC
459 of a $300 store theft: shoplifting (PC 459.5) only if the store was open when he went in.

One client, one real PDF a language (pypdf text), screened by the real engine."""

from __future__ import annotations

from datetime import date

import pytest
from handout_render import pdf_text

from clinic_app.model import Case, Client, Conviction, Person, Petition, Probation, Sentence

pytestmark = pytest.mark.pdf

VALUE_ASKED = {"en": "First they must find out how much the property was worth (in dollars).",
               "es": "Primero el abogado tiene que averiguar cuánto valían los bienes (en dólares)."}
# Said of the reductions only (P165-03): automatic relief beside them waits on no such fact.
OPEN_ASKED = {"en": "they must first find out whether the business was open when you went in.",
              "es": "primero el abogado tiene que averiguar si el negocio estaba abierto cuando usted entró."}


BENITO = Person(dob=date(1979, 7, 2), us_citizen=True, on_supervision="none")


def received_stolen(petitions: list[Petition] | None = None) -> Case:
    """His 2012 felony PC 496(a), its value not known, probation done in 2015."""
    return Case(id="D", case_number="BA390004",
                convictions=[Conviction(id="D1", section="496(a)", level="felony", conviction_date=date(2012, 8, 15))],
                sentence=Sentence(type="probation", judgment_date=date(2012, 8, 15), imposition_suspended=True,
                                  completed=True,
                                  probation=Probation(kind="formal", start=date(2012, 8, 15), end=date(2015, 8, 15),
                                                      status="completed")),
                petitions=petitions or [])


def _benito(lang: str) -> Client:
    store = Case(id="E", case_number="BA410005",
                 convictions=[Conviction(id="E1", section="459", level="felony", conviction_date=date(2013, 2, 20),
                                         value_dollars=300)],
                 sentence=Sentence(type="probation", judgment_date=date(2013, 2, 20), imposition_suspended=True,
                                   completed=True,
                                   probation=Probation(kind="formal", start=date(2013, 2, 20), end=date(2016, 2, 20),
                                                       status="completed")))
    return Client(name="Benito Ensayo", language=lang, person=BENITO, cases=[received_stolen(), store])


@pytest.fixture(scope="module")
def said() -> dict[str, str]:
    return {lang: pdf_text(_benito(lang), lang) for lang in ("en", "es")}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_p172_01_a_prop47_value_not_known_is_asked_of_the_client(said, lang):
    assert VALUE_ASKED[lang] in said[lang], said[lang][:1500]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_p172_01_whether_the_store_was_open_is_asked_of_the_client(said, lang):
    assert OPEN_ASKED[lang] in said[lang], said[lang][:2500]


# K177-01: only Prop 47 (PC 459.5 shoplifting) waits on whether the store was open; 17(b) waits on
# the burglary's degree.  The list says the two reductions once ("under one of two laws"), but
# what waits on the hours names Prop 47 alone, not both reductions.
OPEN_ASKED_OF_PROP47 = {
    "en": "For reducing it to a misdemeanor under Prop 47, they must first find out whether the business was open",
    "es": "Para la reducción a delito menor por la Proposición 47, primero el abogado tiene que averiguar si el negocio",
}
BOTH_WAIT_ON_OPEN = {"en": "For reducing it to a misdemeanor (under one of two laws), they",
                     "es": "Para la reducción a delito menor (por una de dos leyes), primero"}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_k177_01_whether_the_store_was_open_is_said_of_prop47_alone(said, lang):
    assert OPEN_ASKED_OF_PROP47[lang] in said[lang], said[lang][:2500]
    assert BOTH_WAIT_ON_OPEN[lang] not in said[lang]
