"""K29B-03: unpaid restitution was listed on the Checklist ("• Restitution: $700 of $1,500
paid") among what stands between the client and relief, with nothing said, while since SB 1106
(2023-01-01) the engine says it is no ground to deny relief and the handout that it does not
stop a dismissal.  The line stays (it is still owed) and now says so, in the engine's words;
before SB 1106 the engine says a court could weigh it, and the line says nothing more."""

from __future__ import annotations

from datetime import date

from clinic_app.checklist import checklist, outstanding
from clinic_app.eligibility import screen
from clinic_app.model import Case, Client, Conviction, Money, Person, Probation, Sentence

SB1106 = "; since SB 1106 (2023-01-01) unpaid restitution is no ground to deny relief, but it stays owed"


def client() -> Client:
    conv = Conviction(id="A1", section="484(a)", code="PC", level="misdemeanor", conviction_date=date(2019, 3, 1))
    case = Case(id="A", convictions=[conv], money=Money(restitution_ordered=1500, restitution_paid=700),
                sentence=Sentence(type="probation", judgment_date=date(2019, 3, 1),
                                  probation=Probation(kind="summary", start=date(2019, 3, 1), end=date(2021, 3, 1),
                                                      status="completed")))
    return Client(name="Synthetic Client", person=Person(dob=date(1985, 1, 1), us_citizen=True), cases=[case])


def restitution(c: Client, as_of: date):
    return next(i for i in checklist(c, as_of) if i.kind == "restitution")


def test_k29b_03_unpaid_restitution_is_said_not_to_stop_relief_as_the_engine_says():
    c, as_of = client(), date(2026, 11, 22)
    item = restitution(c, as_of)
    assert item.label == "Restitution: $700 of $1,500 paid - $800 to go" + SB1106 and not item.done
    assert outstanding(c, as_of) == ["restitution $800"]  # still owed: the line is kept
    reasons = [r.text for d in screen(c.person, c.cases, as_of).results if d.remedy == "pc1203_4" for r in d.reasons]
    assert any("since SB 1106 (2023-01-01) that is no ground to deny relief" in r for r in reasons), reasons


def test_k29b_03_before_sb_1106_the_line_says_nothing_more():
    c, as_of = client(), date(2022, 6, 1)
    assert restitution(c, as_of).label == "Restitution: $700 of $1,500 paid - $800 to go"
    reasons = [r.text for d in screen(c.person, c.cases, as_of).results if d.remedy == "pc1203_4" for r in d.reasons]
    assert any("before SB 1106 took effect" in r for r in reasons), reasons


def test_k29b_03_restitution_paid_in_full_says_nothing_more():
    c = client()
    c.cases[0].money.restitution_paid = 1500
    item = restitution(c, date(2026, 11, 22))
    assert item.label == "Restitution: $1,500 of $1,500 paid" and item.done
