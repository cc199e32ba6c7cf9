"""E130-01: "Pay the fines you still owe: $800." had no "By when" where paying them is a
condition of probation: the client was told to finish the class and the hours by probation's
last day, and nothing of the fines, which keep the mandatory dismissal only if paid by then
(the screening's own step).  The fines' task now has that day under "By when", en and es."""

from __future__ import annotations

from datetime import date

from handout_render import pdf_text

from clinic_app.model import Case, Client, Conviction, Money, Person, Probation, Sentence

AS_OF = date(2026, 12, 6)


def client(condition_of_probation: bool | None) -> Client:
    granted = date(2024, 9, 16)
    case = Case(id="c1", case_number="24CR01234",
                convictions=[Conviction(id="c1-1", section="242", level="misdemeanor", conviction_date=granted)],
                sentence=Sentence(type="probation", judgment_date=granted,
                                  probation=Probation(kind="summary", start=granted, end=date(2027, 9, 15))),
                money=Money(fines_ordered=1400, fines_paid=600, fines_condition_of_probation=condition_of_probation))
    return Client(name="Rosa Testprob", person=Person(dob=date(1990, 4, 2), us_citizen=True), cases=[case])


def text(c: Client, lang: str = "en") -> str:
    return pdf_text(c, lang, AS_OF)


def test_e130_01_fines_a_condition_of_probation_are_due_by_its_last_day():
    c = client(True)
    # What to do if they cannot all be paid by then follows (E201-03).
    assert ("Pay the fines you still owe: $800. If you cannot pay them all by then, tell the clinic: the court can look "
            "at what you are able to pay. September 15, 2027 You") in text(c, "en")
    assert ("Pague las multas que todavía debe: $800. Si no puede pagarlas todas para esa fecha, dígaselo a la clínica: "
            "el tribunal puede tomar en cuenta lo que usted puede pagar. 15 de septiembre de 2027 Usted") in text(c, "es")


def test_e130_01_fines_not_a_condition_have_no_day():
    assert "Pay the fines you still owe: $800. You" in text(client(None), "en")
