"""Round W27 review findings on the handout, checked on the real PDFs read back with pypdf,
in English and Spanish (synthetic people only)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from handout_clients import _probation, arrest_only, blocked_by_probation, eligible_now, screened
from handout_render import pdf_text

from clinic_app.model import ArrestOffense, Case, Client, Conviction, Custody, Person, ReliefGranted, Sentence

pytestmark = pytest.mark.pdf



def _two_arrests(lang: str) -> Client:
    """Two arrests that ended without a conviction, for a client who is not a citizen."""
    client = arrest_only(lang)
    second = Case(id="B", outcome="dismissed", arrest_date=date(2021, 2, 3), arrest_level="misdemeanor",
                  arrest_offenses=[ArrestOffense(section="602", level="misdemeanor")])
    return replace(client, cases=[*client.cases, second], person=Person(dob=date(1995, 5, 15), us_citizen=False))


def _one_arrest(lang: str) -> Client:
    client = arrest_only(lang)
    return replace(client, person=Person(dob=date(1995, 5, 15), us_citizen=False))


# (one arrest, two arrests): the column's label, and lines that spoke of "it" or "the arrest".
ARRESTS = {
    "en": [("For an arrest with no conviction:", "For arrests with no conviction:"),
           ("Say that it did not lead to a conviction.", "Say that they did not lead to a conviction."),
           ("Tell about the arrest and how it ended.", "Tell about the arrests and how each one ended.")],
    "es": [("Si fue un arresto sin condena:", "Si fueron arrestos sin condena:"),
           ("Diga que no terminó en condena.", "Diga que no terminaron en condena."),
           ("Declare el arresto y cómo terminó.", "Declare los arrestos y cómo terminó cada uno.")],
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_w27_02_the_arrest_lines_agree_with_the_number_of_arrests(lang):
    two, one = pdf_text(_two_arrests(lang), lang), pdf_text(_one_arrest(lang), lang)
    for singular, plural in ARRESTS[lang]:
        assert plural in two and singular not in two, plural
        assert singular in one and plural not in one, singular


def _one_order(lang: str) -> Client:
    """Two counts of one case dismissed, and two reduced, each pair on one day: most likely
    by one court order each, though the record keeps no order, only each count's relief."""
    def counts(section: str, level: str, relief: list[str]) -> list[Conviction]:
        return [Conviction(id=f"{section[:3]}{i}", section=section, level=level, conviction_date=date(2012, 3, 2),
                           relief_granted=[ReliefGranted(r, date(2019, 1, 10)) for r in relief]) for i in (1, 2)]
    done = _probation(date(2012, 3, 2), date(2015, 3, 2), "completed")
    cases = [Case(id="A", case_number="4CJ01111", convictions=counts("602", "misdemeanor", ["pc1203_4"]), sentence=done),
             Case(id="B", case_number="4CJ02222", convictions=counts("459/460(b)", "felony", ["pc17b"]), sentence=done),
             Case(id="C", case_number="4CJ03333", convictions=counts("647(b)", "misdemeanor", ["pc236_14"]), sentence=done)]
    return Client(name="Rosa Gómez", language=lang, person=Person(dob=date(1984, 6, 9), us_citizen=False), cases=cases)


# Words that would say there were several court orders, and the ones now said instead.
ORDERS = {"en": ("court orders", ["Bring a copy of each court order.", "attach each court order, to be safe.",
                                  "show each court order that made them misdemeanors."]),
          "es": ("órdenes del tribunal", ["Lleve una copia de cada orden del tribunal.", "adjunte cada orden del tribunal.",
                                          "muestre cada orden del tribunal que las redujo a delito menor."])}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_w27_03_several_cleared_convictions_do_not_claim_several_court_orders(lang):
    text = pdf_text(_one_order(lang), lang)
    plural, said = ORDERS[lang]
    assert plural not in text
    for words in said:
        assert words in text, words


def _prison_burglary(lang: str) -> Client:
    """A burglary with a prison term served long ago: PC 1203.41 dismissal now."""
    conv = Conviction(id="B1", code="PC", section="459", level="felony", conviction_date=date(2009, 5, 1))
    case = Case(id="B", convictions=[conv], sentence=Sentence(
        type="state_prison", judgment_date=date(2009, 5, 1), completed=True,
        custody=Custody(release_date=date(2010, 6, 1), supervision="parole", supervision_end=date(2011, 6, 1))))
    return Client(name="Pedro Alvarado", language=lang, person=Person(dob=date(1980, 1, 5)), cases=[case])


# What to say once dismissed, as the license line words it, for: the prison burglary alone
# (PC 1203.41), and with a petty theft after probation beside it (PC 1203.4 too).
LAW = {"en": ("“Yes, but it was dismissed under Penal Code 1203.41.”",
              "“Yes, but they were dismissed under Penal Code 1203.4 or 1203.41.”", "Penal Code 1203.4.”"),
       "es": ("«Sí, pero fue desestimada según el artículo 1203.41 del Código Penal».",
              "«Sí, pero fueron desestimadas según los artículos 1203.4 o 1203.41 del Código Penal».",
              "artículo 1203.4 del Código Penal")}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_w27_04_what_to_say_of_a_dismissal_names_its_own_section(lang):
    alone, both, old = LAW[lang]
    prison = _prison_burglary(lang)
    assert {d.remedy: d.status for d in screened(prison).results}["pc1203_41"] == "eligible"
    text = pdf_text(prison, lang)
    assert alone in text and old not in text
    theft = eligible_now(lang)
    two = replace(prison, cases=[*prison.cases, *theft.cases])
    assert both in pdf_text(two, lang)


def test_w27_04_two_dismissals_open_for_one_count_are_both_named():
    """A 1997 prison term: PC 1203.41 and 1203.42 both open, shown on the card as one line;
    which one is filed is the attorney's choice, so the line names both, not the first."""
    conv = Conviction(id="A1", code="HS", section="11350(a)", level="felony", conviction_date=date(1997, 11, 12))
    case = Case(id="A", convictions=[conv], sentence=Sentence(
        type="state_prison", judgment_date=date(1997, 11, 12), completed=True,
        custody=Custody(release_date=date(2000, 1, 22), supervision="parole", supervision_end=date(2002, 11, 8))))
    client = Client(name="Alma Ibáñez", language="en", person=Person(dob=date(1974, 10, 29)), cases=[case])
    statuses = {d.remedy: d.status for d in screened(client).results}
    assert statuses["pc1203_41"] == statuses["pc1203_42"] == "eligible"
    assert "“Yes, but it was dismissed under Penal Code 1203.41 or 1203.42.”" in pdf_text(client, "en")


def test_w27_06_a_condition_s_progress_reads_as_spanish():
    """"Termine: Anger management (15 de 26 hechos)": "hechos" agreed with no word (clases,
    horas and sesiones are feminine) and reads as "facts"."""
    client = blocked_by_probation("es")
    text = pdf_text(client, "es")
    assert "Termine «First-offender DUI program» (así dice en sus papeles). Le faltan 18 de 30." in text
    assert "hechos" not in text
