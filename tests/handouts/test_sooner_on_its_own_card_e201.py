"""E201-02: a client on felony probation to 2027-03-15 for a 2023 grand theft read on its card
"Ending probation early: You qualify now", then "Dismissal (expungement): You can ask on or after
March 16, 2027. Come back then", nothing tying the two: the screening's step ("Ask the court to
end probation early (PC 1203.3); then 1203.4 becomes mandatory") was said on the other case's
card (E130-03), not on this one, and "come back then" read as the only way.  The dismissal's
line now says that an early end lets her ask sooner, en and es; the automatic relief's does not.
E201-03: "Pay the fines you still owe: $620. By when: March 15, 2027" (a condition of probation)
said nothing of a client who cannot pay them all by then, beside $150 a month of restitution: it
now says to tell the clinic, as the court can look at what she is able to pay (the screening's
step "or ask the court about ability to pay"; ca-rules.md 2.3)."""

from __future__ import annotations

from datetime import date

import pytest
from handout_render import pdf_text

from clinic_app.model import Case, Client, Condition, Conviction, Money, Person, Probation, Sentence

AS_OF = date(2026, 12, 7)
EN = ("Come back then, and the clinic can file papers to ask the court to dismiss it. If the judge agrees to end your "
      "probation early (see “Ending probation early”), you can ask for this sooner, right after that.")
ES = ("pedir al tribunal que la desestime. Si el juez acepta terminar antes su libertad condicional (vea «Terminar la "
      "libertad condicional antes»), puede pedir esto desde ese momento, sin esperar esa fecha.")


def client() -> Client:
    theft = Case(id="A", case_number="BA512345",
                 convictions=[Conviction(id="A1", section="487(a)", level="felony", conviction_date=date(2023, 9, 15),
                                         value_dollars=4800)],
                 sentence=Sentence(type="probation", judgment_date=date(2023, 9, 15), imposition_suspended=True,
                                   probation=Probation(kind="formal", start=date(2023, 9, 15), end=date(2027, 3, 15))),
                 conditions=[Condition(kind="community_service", label="Community service", required=40, done=25)],
                 money=Money(restitution_ordered=4800, restitution_paid=2100, fines_ordered=620, fines_paid=0,
                             fines_condition_of_probation=True))
    drunk = Case(id="B", case_number="9CJ01234",
                 convictions=[Conviction(id="B1", section="647(f)", level="misdemeanor", conviction_date=date(2019, 6, 10))],
                 sentence=Sentence(type="probation", judgment_date=date(2019, 6, 10),
                                   probation=Probation(kind="summary", start=date(2019, 6, 10), end=date(2020, 6, 10),
                                                       status="completed")))
    return Client(name="Rosa Prueba (synthetic)", person=Person(dob=date(1990, 3, 14), us_citizen=True),
                  cases=[theft, drunk])


@pytest.fixture(scope="module")
def read():
    """Her real handout's text in each language, rendered once for the module."""
    return {lang: pdf_text(client(), lang, AS_OF) for lang in ("en", "es")}


def test_e201_02_the_dismissal_waiting_on_its_own_probation_says_it_can_come_sooner(read):
    en = read["en"]
    assert EN in en
    # Once: not on the automatic relief's line, nor on the 647(f)'s, which says it its own way.
    assert en.count("If the judge agrees to end your probation early") == 1
    assert "If the judge agrees, the wait can end sooner." in en
    assert ES in read["es"]


def test_e201_03_fines_due_by_probations_end_say_what_to_do_if_she_cannot_pay(read):
    assert ("Pay the fines you still owe: $620. If you cannot pay them all by then, tell the clinic: the court can "
            "look at what you are able to pay. March 15, 2027") in read["en"]
    assert ("Pague las multas que todavía debe: $620. Si no puede pagarlas todas para esa fecha, dígaselo a la "
            "clínica: el tribunal puede tomar en cuenta lo que usted puede pagar.") in read["es"]


def two_counts_on_probation() -> Client:
    """One case, two counts: the case's early end is offered on its first card only."""
    burglary = Case(id="A", case_number="BA600100",
                    convictions=[Conviction(id="A1", section="484(a)/488", level="misdemeanor",
                                            conviction_date=date(2022, 12, 1)),
                                 Conviction(id="A2", section="459/460(b)", level="felony",
                                            conviction_date=date(2022, 12, 1))],
                    sentence=Sentence(type="probation", judgment_date=date(2022, 12, 1), imposition_suspended=True,
                                      probation=Probation(kind="formal", start=date(2022, 12, 1),
                                                          end=date(2027, 11, 30))))
    return Client(name="María Prueba (synthetic)", person=Person(dob=date(1988, 5, 2), us_citizen=True),
                  cases=[burglary])


@pytest.fixture(scope="module")
def two_counts():
    return {lang: pdf_text(two_counts_on_probation(), lang, AS_OF) for lang in ("en", "es")}


def test_r206_01_the_second_count_s_card_names_the_card_the_early_end_is_on(two_counts):
    """R206-01: the burglary's card said "(see “Ending probation early”)", a line only the petty
    theft's card above it carries, a page back: it now names that card, as E130-03's line does."""
    en, es = two_counts["en"], two_counts["es"]
    assert en.count("(see “Ending probation early”)") == 1  # the petty theft's own card
    assert en.count("(see “Ending probation early” under “Petty theft”)") == 1
    assert es.count("(vea «Terminar la libertad condicional antes»)") == 1
    assert es.count("(vea «Terminar la libertad condicional antes» en «Hurto menor»)") == 1
