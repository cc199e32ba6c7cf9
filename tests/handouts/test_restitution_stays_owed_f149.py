"""F149-02: a 2019 petty theft, probation over in 2021, $840 of a $1,240 restitution order
still owed.  The handout's "What relief does and does not do" said what a dismissal leaves in
place (the court files, a new case, guns, immigration) and nothing of the money owed to the
victim: the one word of it was the to-do line, with no citation, so a client could read the
dismissal as the end of what they owe.  Restitution stays owed after relief and is collected
as a civil judgment (ca-rules.md 2.3; PC 1202.4(i), 1214(b); the engine's consequence "stays
owed and enforceable after relief").  Now said there, with its citations, in English and
Spanish, where restitution is owed or its payments are not recorded; not where none is."""

from __future__ import annotations

from datetime import date

from handout_render import pdf_text

from clinic_app.model import Case, Client, Conviction, Money, Payment, Person, Probation, Sentence

EN = ("A dismissal does not end any restitution (money for the victim) that is unpaid. You must still pay it after "
      "your case is dismissed, and the victim can collect it the way a court judgment is collected. "
      "PC 1203.4(c)(3) (SB 1106); PC 1214")
# A debt a court orders, not «una sentencia», the page's word for the client's sentence (G150-04).
ES = ("La desestimación no le quita la restitución (dinero para la víctima) que no haya pagado. Tiene que pagarla aún "
      "después de que se desestime su caso, y la víctima puede cobrarla como se cobra cualquier deuda que ordena un "
      "tribunal. "
      "PC 1203.4(c)(3) (SB 1106); PC 1214")


def _client(money: Money) -> Client:
    conv = Conviction(id="A1", section="484(a)/488", code="PC", level="misdemeanor", conviction_date=date(2019, 3, 1))
    case = Case(id="A", case_number="19CM01234", convictions=[conv], money=money,
                sentence=Sentence(type="probation", judgment_date=date(2019, 3, 1), imposition_suspended=True,
                                  probation=Probation(kind="summary", start=date(2019, 3, 1), end=date(2021, 3, 1),
                                                      status="completed")))
    return Client(name="Synthetic Client", person=Person(dob=date(1990, 1, 1), us_citizen=True), cases=[case])


def _owing() -> Money:
    money = Money(restitution_ordered=1240)
    for day in (date(2019, 6, 1), date(2019, 9, 1), date(2020, 1, 15), date(2020, 6, 1)):
        money.record_payment(Payment(kind="restitution", date=day, amount=100))
    return money


def test_f149_02_what_relief_does_not_do_says_restitution_stays_owed():
    en, es = pdf_text(_client(_owing()), "en"), pdf_text(_client(_owing()), "es")
    assert EN in en and ES in es
    # In "What relief does and does not do", before "What you may say".
    assert en.index("What relief does and does not do") < en.index(EN) < en.index("What you may say")
    assert "you still owe: $840" in en


def test_f149_02_payments_not_recorded_say_it_too():
    assert EN in pdf_text(_client(Money(restitution_ordered=1240)), "en")


def test_f149_02_not_said_where_restitution_is_paid():
    assert "A dismissal does not end any restitution" not in pdf_text(
        _client(Money(restitution_ordered=1240, restitution_paid=1240)), "en")


def test_r317_01_each_route_is_cited_as_the_screening_cites_it_in_english_and_spanish():
    """R317-01: the line cited "PC 1202.4(i); PC 1214(b); PC 1203.4(a)(1)" for every client, one
    whose 2020 misdemeanor had no probation (PC 1203.4a, its restitution clause (e)) too, where
    the screening's own line cites the SB 1106 clause of each conviction's route (E310-01)."""
    client = _client(_owing())
    client.cases.append(Case(id="B", case_number="20CM05678", money=Money(restitution_ordered=300),
                             convictions=[Conviction(id="B1", section="415(1)", code="PC", level="misdemeanor",
                                                     conviction_date=date(2020, 2, 10))],
                             sentence=Sentence(type="no_probation", judgment_date=date(2020, 2, 10), completed=True)))
    both = "PC 1203.4(c)(3) (SB 1106); PC 1214; PC 1203.4a(e) (SB 1106)"
    en, es = pdf_text(client, "en"), pdf_text(client, "es")
    assert EN.replace("PC 1203.4(c)(3) (SB 1106); PC 1214", both) in en
    assert ES.replace("PC 1203.4(c)(3) (SB 1106); PC 1214", both) in es
    assert "PC 1203.4(a)(1)" not in en[en.index("A dismissal does not end any restitution"):][:400]
