"""F149-03: a felony probation ended early, paying restitution a condition ("Pay restitution
to the victim in full"), $1,200 of $3,000 owed.  The Checklist showed under "Restitution:
$1,800 of $3,000 paid; since SB 1106 (2023-01-01) unpaid restitution is no ground to deny
relief, but it stays owed" an unticked "Pay restitution to the victim in full" with nothing
more, as if it were a condition still in the way, and the caseload's Outstanding said the debt
twice ("pay restitution to the victim in full, restitution $1,200").  Since SB 1106 unpaid
restitution is no broken condition (PC 1203.4(c)(3)(B); ca-rules.md 2.3): the condition's line
says so in the restitution line's words, and where the case records the order, Outstanding
says the debt once, by its amount."""

from __future__ import annotations

from datetime import date

from clinic_app.checklist import SB1106_SAID, checklist, outstanding
from clinic_app.model import Case, Client, Condition, Conviction, Money, Person, Probation, Sentence

CONDITION = "Pay restitution to the victim in full"
AS_OF = date(2026, 12, 6)


def _client(money: Money | None) -> Client:
    conv = Conviction(id="D1", section="459", code="PC", level="felony", conviction_date=date(2018, 5, 1))
    case = Case(id="D", case_number="18FE04321", convictions=[conv], money=money,
                conditions=[Condition(kind="other", label=CONDITION)],
                sentence=Sentence(type="probation", judgment_date=date(2018, 5, 1), imposition_suspended=True,
                                  probation=Probation(kind="formal", start=date(2018, 5, 1), end=date(2021, 5, 1),
                                                      early_termination=date(2020, 5, 1), status="completed")))
    return Client(name="Synthetic Client", person=Person(dob=date(1980, 3, 3), us_citizen=True), cases=[case])


def _condition(client: Client, as_of: date = AS_OF):
    return next(item for item in checklist(client, as_of) if item.kind == "condition")


def test_f149_03_a_restitution_condition_says_it_is_no_ground_to_deny_and_is_owed_once():
    client = _client(Money(restitution_ordered=3000, restitution_paid=1800))
    item = _condition(client)
    assert item.label == CONDITION + SB1106_SAID and not item.done
    assert outstanding(client, AS_OF) == ["restitution $1,200"]


def test_f149_03_with_no_order_recorded_the_condition_stays_outstanding():
    client = _client(None)
    assert _condition(client).label == CONDITION + SB1106_SAID
    assert outstanding(client, AS_OF) == ["pay restitution to the victim in full"]


def test_f149_03_before_sb_1106_nothing_more_is_said():
    client = _client(Money(restitution_ordered=3000, restitution_paid=1800))
    then = date(2022, 6, 1)
    assert _condition(client, then).label == CONDITION
    assert outstanding(client, then) == ["pay restitution to the victim in full", "restitution $1,200"]
