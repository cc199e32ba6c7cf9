"""H434-02: a client with a 2010 marijuana transport and a 2019 burglary (PC 459, its degree not
in the record) read on the burglary's card only "A clinic lawyer will also check whether you
qualify for automatic relief or reducing it to a misdemeanor."  The screening's PC 17(b) result
waits on the degree (17(b) reaches second-degree burglary, PC 460(b), alone), which the client
knows: whether it was a home.  The card now asks it, as it asks Prop 64's amount (M140-04)."""

from __future__ import annotations

from datetime import date

import pytest
from handout_clients import _probation
from handout_render import pdf_text

from clinic_app.model import Case, Client, Conviction, Person

ASKED = {"en": "For reducing it to a misdemeanor, they must first find out whether the burglary was of a home or "
               "of another building, like a store.",
         "es": "Para la reducción a delito menor, primero el abogado tiene que averiguar si el robo con allanamiento "
               "fue en una vivienda o en otro edificio, como una tienda."}


def burglary(lang: str, section: str = "459") -> Client:
    """PC 459 (2019), a felony, formal probation ended 2022."""
    conv = Conviction(id="e1", code="PC", section=section, level="felony", conviction_date=date(2019, 2, 11),
                      offense_date=date(2018, 11, 30))
    case = Case(id="e", case_number="BA480459", convictions=[conv],
                sentence=_probation(date(2019, 2, 11), date(2022, 2, 11), "completed", kind="formal"))
    return Client(name="Curtis Testmbeki", language=lang, person=Person(dob=date(1978, 12, 1), us_citizen=True),
                  cases=[case])


@pytest.mark.parametrize("lang", ["en", "es"])
def test_h434_02_a_burglary_of_unknown_degree_asks_whether_it_was_a_home(lang):
    assert ASKED[lang] in pdf_text(burglary(lang), lang)


def test_h434_02_a_burglary_whose_degree_is_recorded_asks_nothing():
    assert "of a home or of another building" not in pdf_text(burglary("en", "459/460(b)"), "en")
