"""U52-01: fines or restitution ordered, with "paid" left blank (nobody asked the client or
the court), are not known to be unpaid.  The handout had told the client "Pay the fines you
still owe: $500." and the worksheet "$0 paid, $500 owed"; a "0" typed stays a known $0."""

from __future__ import annotations

from datetime import date

from handout_clients import AS_OF
from handout_render import pdf_text

from clinic_app.checklist import checklist, outstanding
from clinic_app.model import Case, Client, Conviction, Money, Payment, Person, Probation, Sentence
from clinic_app.worksheet.compose import _sentence_facts


def client(money: Money) -> Client:
    conv = Conviction(id="A1", section="484(a)", code="PC", level="misdemeanor", conviction_date=date(2021, 3, 1))
    case = Case(id="A", case_number="4CM00002", convictions=[conv], money=money,
                sentence=Sentence(type="probation", judgment_date=date(2021, 3, 1),
                                  probation=Probation(kind="summary", start=date(2021, 3, 1), end=date(2023, 3, 1))))
    return Client(name="Synthetic Client", person=Person(dob=date(1985, 1, 1), us_citizen=True), cases=[case])


def test_fines_with_payments_unrecorded_are_asked_about_not_owed():
    c = client(Money(fines_ordered=500, restitution_ordered=1500))
    labels = [i.label for i in checklist(c, AS_OF) if i.kind in ("fines", "restitution")]
    assert labels == ["Fines: $500 ordered, payments not recorded - ask the client or the court",
                      "Restitution: $1,500 ordered, payments not recorded - ask the client or the court; since SB 1106 "
                      "(2023-01-01) unpaid restitution is no ground to deny relief, but it stays owed"]
    assert outstanding(c, AS_OF) == ["fines: payments not recorded", "restitution: payments not recorded"]
    en = pdf_text(c, "en")
    assert "still owe" not in en
    assert "Fines of $500 were ordered. Find out from the court how much you have paid" in en
    assert "Restitution (money for the victim) of $1,500 was ordered. Find out from the court how much you have paid" in en
    facts = {f.label: f.value for f in _sentence_facts(c.cases[0], AS_OF)}
    assert facts["Fines"] == "$500 ordered, payments not recorded"
    es = pdf_text(c, "es")
    assert "Se le ordenaron multas de $500" in es and "todavía debe" not in es


def test_a_typed_0_paid_is_still_owed_in_full():
    c = client(Money(fines_ordered=500, fines_paid=0))
    assert [i.label for i in checklist(c, AS_OF) if i.kind == "fines"] == ["Fines: $0 of $500 paid - $500 to go"]
    assert "Pay the fines you still owe: $500." in pdf_text(c, "en")


def test_a_ledger_whose_payments_all_came_later_was_a_known_0_then():
    """Screened for a day before the ledger's first payment: nothing paid then, a known $0
    (the clinic keeps the ledger), not payments unrecorded."""
    money = Money(fines_ordered=500, payments=[Payment("fine", date(2027, 1, 5), 100)])
    assert not money.unrecorded("fine")
    then = money.as_it_stood(AS_OF)
    assert (then.fines_paid, then.unrecorded("fine"), then.fines_owed) == (0, False, 500)


def _with_conditions(done: int | None) -> Client:
    from clinic_app.model import Condition

    c = client(Money())
    p = c.cases[0].sentence.probation
    p.start, p.end = date(2025, 3, 1), date(2027, 3, 1)
    c.cases[0].conditions = [Condition("community_service", "Caltrans", required=40, done=done),
                             Condition("class", "Theft class", required=8, done=done)]
    return c


def test_u52_04_hours_and_sessions_done_not_recorded_are_asked_about():
    """"Done:" left blank: the handout had said "You have done 0 of 40 hours."."""
    c = _with_conditions(None)
    labels = [i.label for i in checklist(c, AS_OF) if i.kind == "condition"]
    assert labels == ["Caltrans: 40 hours required, done not recorded - ask the client or the program",
                      "Theft class: 8 required, done not recorded - ask the client or the program"]
    assert outstanding(c, AS_OF)[-2:] == ["community service ?/40 h", "class ?/8"]
    en = pdf_text(c, "en")
    assert "You have done 0" not in en and "Done so far: 0" not in en
    assert "Finish your community service: 40 hours. Bring the clinic proof of the hours you have done." in en
    assert "Bring the clinic proof of how many of the 8 you have done" in en
    es = pdf_text(c, "es")
    assert "Ya lleva 0" not in es and "Lo que ya hizo: 0" not in es and "Traiga a la clínica la constancia de las horas que ya hizo" in es


def test_u52_04_a_typed_0_done_is_still_0_of_40():
    c = _with_conditions(0)
    assert "Caltrans: 0 of 40 hours" in [i.label for i in checklist(c, AS_OF)]
    assert "You have 40 of 40 hours left to do." in pdf_text(c, "en")
