"""E201-01: a client on felony probation paying restitution monthly read on the Checklist
"Restitution: $2,100 of $4,800 paid", the fines beside it "$620 to go": what she still owes
was left to her to work out.  The line now says what is left, as the fines' line does."""

from __future__ import annotations

from datetime import date

from clinic_app.checklist import SB1106_SAID, checklist
from clinic_app.model import Case, Client, Conviction, Money, Payment, Person, Probation, Sentence

TODAY = date(2026, 12, 7)


def client_paying_monthly(**money) -> Client:
    """A synthetic 2023 PC 487(a) on formal probation to 2027-03-15: $150 a month since 2025-11."""
    paid = Money(**money)
    for month in range(14):
        year, month_of_year = divmod(10 + month, 12)
        paid.record_payment(Payment("restitution", date(2025 + year, month_of_year + 1, 5), 150))
    case = Case(id="A", convictions=[Conviction(id="A1", section="487(a)", level="felony",
                                                conviction_date=date(2023, 9, 15))],
                sentence=Sentence(type="probation", probation=Probation(
                    kind="formal", start=date(2023, 9, 15), end=date(2027, 3, 15), status="active")),
                money=paid)
    return Client(name="Rosa Prueba (synthetic)", person=Person(dob=date(1990, 3, 14)), cases=[case])


def _label(client: Client, kind: str) -> str:
    return next(item.label for item in checklist(client, TODAY) if item.kind == kind)


def test_restitution_says_what_is_left_as_the_fines_do():
    client = client_paying_monthly(restitution_ordered=4800, fines_ordered=620, fines_paid=0,
                                   fines_condition_of_probation=True)
    assert _label(client, "restitution") == "Restitution: $2,100 of $4,800 paid - $2,700 to go" + SB1106_SAID
    assert _label(client, "fines").startswith("Fines: $0 of $620 paid - $620 to go")


def test_restitution_paid_in_full_says_nothing_left():
    client = client_paying_monthly(restitution_ordered=2100)
    assert _label(client, "restitution") == "Restitution: $2,100 of $2,100 paid"


def test_r206_02_fines_not_a_condition_say_what_is_left_beside_restitution():
    """R206-02: "Fines: $72 of $500 paid" stood over "Restitution: ... - $6,675 to go" where
    paying the fines is not a condition of probation: both lines now say what is left."""
    client = client_paying_monthly(restitution_ordered=4800, fines_ordered=500, fines_paid=72,
                                   fines_condition_of_probation=False)
    assert _label(client, "fines") == "Fines: $72 of $500 paid - $428 to go"
    assert _label(client, "restitution") == "Restitution: $2,100 of $4,800 paid - $2,700 to go" + SB1106_SAID
