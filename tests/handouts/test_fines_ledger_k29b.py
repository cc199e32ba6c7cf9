"""K29B-01: the fines paid had two sources, the Record tab's "Fines paid" total and the payment
ledger.  With the total cleared (unknown) and $200 of fine payments in the ledger, the Checklist
said "Fines: $200 of $500 paid" while the engine said "Fines of $500 are unpaid" and the handout
"Pay the fines you still owe: $500".  They now read one amount: the recorded total, or the
ledger's when no total is recorded (what the Checklist already read)."""

from __future__ import annotations

from datetime import date

from handout_clients import AS_OF
from handout_render import pdf_text

from clinic_app.checklist import checklist, outstanding
from clinic_app.eligibility import screen
from clinic_app.model import Case, Client, Conviction, Money, Payment, Person, Probation, Sentence


def client(fines_paid: int | None) -> Client:
    conv = Conviction(id="A1", section="484(a)", code="PC", level="misdemeanor", conviction_date=date(2024, 3, 1))
    money = Money(fines_ordered=500, fines_paid=fines_paid, fines_condition_of_probation=True,
                  payments=[Payment("fine", date(2024, 6, 1), 120), Payment("fine", date(2025, 2, 1), 80)])
    case = Case(id="A", case_number="4CM00001", convictions=[conv], money=money,
                sentence=Sentence(type="probation", judgment_date=date(2024, 3, 1),
                                  probation=Probation(kind="summary", start=date(2024, 3, 1), end=date(2027, 3, 1),
                                                      status="active")))
    return Client(name="Synthetic Client", person=Person(dob=date(1985, 1, 1), us_citizen=True), cases=[case])


def test_k29b_01_a_cleared_fines_paid_total_reads_the_ledger_everywhere():
    c = client(fines_paid=None)  # the Record tab's field cleared; the ledger keeps its payments
    assert c.cases[0].money.fines_owed == 300
    fines = [i for i in checklist(c, AS_OF) if i.kind == "fines"]
    # What is left, and by when, as a condition of probation (E130-01).
    assert [i.label for i in fines] == ["Fines: $200 of $500 paid - $300 to go, a condition of probation: pay by "
                                        "2027-03-01, probation's last day (106 days left)"]
    assert outstanding(c, AS_OF)[-1] == "fines $300"
    reasons = [r.text for d in screen(c.person, c.cases, AS_OF).results for r in d.reasons]
    assert any("Fines of $300 are unpaid" in r for r in reasons), reasons
    assert not any("$500 are unpaid" in r for r in reasons)
    en = pdf_text(c, "en")
    assert "$300" in en and "$500" not in en


def test_k29b_01_a_recorded_total_still_wins_over_the_ledger():
    c = client(fines_paid=450)  # the checklist says the two disagree; the total is what counts
    assert c.cases[0].money.fines_owed == 50
    assert "Fines: $450 of $500 paid (the ledger's 2 payments total $200) - $50 to go, a condition of probation: pay by " \
           "2027-03-01, probation's last day (106 days left)" in [i.label for i in checklist(c, AS_OF)]
