"""S126-01: an offense's title in the middle of a step's sentence starts lower case (G125 saw it).

"Check your record ...: the arrest for Public intoxication and Driving under the influence ..."
and «... para: el arresto por Embriaguez en público y Manejar ...»: the charges' titles, as the
arrest's card heads them, kept their capitals after "for" and «por».  The card keeps its title;
the sentence now says "the arrest for public intoxication", and a statute or an initialism at
the start of a name stays as written.  Each test opens the real PDF (pypdf text).
"""

from __future__ import annotations

from datetime import date

import pytest
from handout_layout import squash
from test_client_reading_h68 import two_arrests
from test_review_s45 import rendered

from clinic_app.catalog import in_sentence
from clinic_app.model import ArrestOffense, Case, Client, Person


@pytest.mark.pdf
@pytest.mark.parametrize("lang, step, card", [
    ("en", "Check your record (RAP sheet) for “relief granted”: the arrest for public intoxication and driving "
           "under the influence of alcohol (DUI); the arrest for petty theft.",
     "Arrest: Public intoxication; Driving under the influence of alcohol (DUI)"),
    ("es", "Busque en su récord (RAP sheet) las palabras «relief granted» (alivio concedido) para: el arresto por "
           "embriaguez en público y manejar bajo los efectos del alcohol (DUI); el arresto por hurto menor.",
     "Arresto: Embriaguez en público; Manejar bajo los efectos del alcohol (DUI)"),
])
def test_s126_01_a_charge_named_in_a_sentence_starts_lower_case_its_card_keeps_its_title(lang, step, card):
    text = squash(" ".join(rendered(two_arrests(lang), lang).page_texts()))
    assert squash(step) in text
    assert card in text


@pytest.mark.pdf
@pytest.mark.parametrize("lang, said", [
    ("en", "the arrest for petty theft and arson of property"),
    ("es", "el arresto por hurto menor e incendio provocado de bienes"),  # «e» before the sound i, as H68-02
])
def test_s126_01_every_charge_of_the_arrest_starts_lower_case(lang, said):
    case = Case(id="c1", outcome="no_charges_filed", arrest_date=date(2019, 12, 6), arrest_level="misdemeanor",
                arrest_offenses=[ArrestOffense(section="484(a)/488", level="misdemeanor"),
                                 ArrestOffense(section="451(d)", level="felony")])
    client = Client(name="Synthetic Client", language=lang, person=Person(dob=date(1994, 7, 29), us_citizen=True),
                    cases=[case])
    assert said in squash(" ".join(rendered(client, lang).page_texts()))


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["en", "es"])
def test_s126_01_a_charge_the_catalog_does_not_name_stays_as_its_statute(lang):
    case = Case(id="c1", outcome="no_charges_filed", arrest_date=date(2019, 12, 6), arrest_level="misdemeanor",
                arrest_offenses=[ArrestOffense(section="99999", code="PC", level="misdemeanor")])
    client = Client(name="Synthetic Client", language=lang, person=Person(dob=date(1994, 7, 29), us_citizen=True),
                    cases=[case])
    text = squash(" ".join(rendered(client, lang).page_texts()))
    assert ("the arrest for PC 99999" if lang == "en" else "el arresto por PC 99999") in text


def test_s126_01_a_name_or_an_initialism_keeps_its_capital():
    assert in_sentence("Public intoxication") == "public intoxication"
    assert in_sentence("Embriaguez en público") == "embriaguez en público"
    assert in_sentence("DUI with injury") == "DUI with injury"
    assert in_sentence("Prop 47 theft") == "Prop 47 theft"
    assert in_sentence("PC 647(f)") == "PC 647(f)"
