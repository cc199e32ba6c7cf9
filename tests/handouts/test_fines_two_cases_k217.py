"""K217-01: a client with fines unpaid in one case, paying them a condition of probation, read
"Pay the fines you still owe: $800. If you cannot pay them all by then, tell the clinic: ..."
by probation's last day (E130-01, E201-03); with fines unpaid in two such cases she read one
line for both, "Pay the fines you still owe, $1,100 in all. Pay each court what its case owes",
with no day nor what to do if she cannot pay.  Each case now says what one case says, its own
amount by its own probation's last day, en and es."""

from __future__ import annotations

from datetime import date

import pytest
from handout_render import pdf_text

from clinic_app.checklist import checklist
from clinic_app.model import Case, Client, Conviction, Money, Person, Probation, Sentence

AS_OF = date(2026, 12, 6)


def _case(case_id: str, number: str, end: date, ordered: int, paid: int) -> Case:
    granted = date(2024, 9, 16)
    return Case(id=case_id, case_number=number,
                convictions=[Conviction(id=f"{case_id}-1", section="242", level="misdemeanor", conviction_date=granted)],
                sentence=Sentence(type="probation", judgment_date=granted,
                                  probation=Probation(kind="summary", start=granted, end=end)),
                money=Money(fines_ordered=ordered, fines_paid=paid, fines_condition_of_probation=True))


def client() -> Client:
    return Client(name="Rosa Dos Casos (synthetic)", person=Person(dob=date(1990, 4, 2), us_citizen=True),
                  cases=[_case("c1", "24CR01234", date(2027, 9, 15), 1400, 600),
                         _case("c2", "25CR04321", date(2028, 3, 1), 500, 200)])


@pytest.fixture(scope="module")
def read():
    """Her real handout's text in each language, rendered once for the module."""
    return {lang: pdf_text(client(), lang, AS_OF) for lang in ("en", "es")}


def test_k217_01_fines_in_two_cases_each_say_their_day_and_to_tell_the_clinic(read):
    en, es = read["en"], read["es"]
    cannot = "If you cannot pay them all by then, tell the clinic: the court can look at what you are able to pay."
    assert f"Case 24CR01234: Pay the fines you still owe: $800. {cannot} September 15, 2027 You" in en
    assert f"Case 25CR04321: Pay the fines you still owe: $300. {cannot} March 1, 2028 You" in en
    assert "in all" not in en
    no_puede = ("Si no puede pagarlas todas para esa fecha, dígaselo a la clínica: el tribunal puede tomar en cuenta lo "
                "que usted puede pagar.")
    assert f"Caso 24CR01234: Pague las multas que todavía debe: $800. {no_puede} 15 de septiembre de 2027 Usted" in es
    assert f"Caso 25CR04321: Pague las multas que todavía debe: $300. {no_puede} 1 de marzo de 2028 Usted" in es
    # The Checklist tab had each case's day already: the handout now says what it says.
    fines = [i.label for i in checklist(client(), AS_OF) if i.kind == "fines"]
    assert [label.split(": pay by ")[1][:10] for label in fines] == ["2027-09-15", "2028-03-01"]
