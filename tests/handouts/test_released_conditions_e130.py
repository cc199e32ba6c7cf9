"""E130-02: the court ended probation early (PC 1203.3) with 40 of 80 hours of community
service still undone.  The screening says the dismissal is mandatory now ("discharged before the
end of the period"), yet the handout still told the client "Finish your community service. You
have 40 of 80 hours left to do.", the Checklist kept the hours open with not a word, and the
caseload's Outstanding column listed them: hours the court no longer asks for.  Now the
handout asks nothing of them, the Checklist says why under the tick, and nothing is outstanding;
a standing order and a condition of a probation ended on its ordered day are as they were."""

from __future__ import annotations

from datetime import date

from handout_render import pdf_text

from clinic_app.checklist import finish_by_said, outstanding, pending
from clinic_app.model import Case, Client, Condition, Conviction, Money, Person, Probation, Sentence

AS_OF = date(2027, 3, 15)
HOURS = Condition(kind="community_service", label="Community service", required=80, done=40)


def client(early: date | None) -> Client:
    granted = date(2024, 9, 16)
    case = Case(id="c1", case_number="24CR01234",
                convictions=[Conviction(id="c1-1", section="242", level="misdemeanor", conviction_date=granted)],
                sentence=Sentence(type="probation", judgment_date=granted,
                                  probation=Probation(kind="summary", start=granted, end=date(2027, 9, 15),
                                                      early_termination=early)),
                conditions=[HOURS, Condition(kind="stay_away", label="Stay away from the victim")],
                money=Money(restitution_ordered=200, restitution_paid=0))
    return Client(name="Rosa Testprob", person=Person(dob=date(1990, 4, 2), us_citizen=True), cases=[case])


def text(c: Client, lang: str = "en") -> str:
    return pdf_text(c, lang, AS_OF)


def test_e130_02_the_handout_asks_no_hours_the_court_released():
    en, es = text(client(date(2027, 3, 10))), text(client(date(2027, 3, 10)), "es")
    assert "community service" not in en.lower() and "servicio comunitario" not in es.lower()


def test_e130_02_before_the_court_ends_it_the_hours_are_asked():
    # The day under "By when", after the row's words (E155-05: not said in them too).
    assert "Finish your community service. You have 40 of 80 hours left to do. September 15, 2027" in text(client(None))
    # An early end ordered for a later day: still to finish by then.
    assert "Finish your community service. You have 40 of 80 hours left to do. April 1, 2027" in text(client(date(2027, 4, 1)))


def test_e130_02_the_checklist_says_why_and_nothing_is_outstanding():
    c = client(date(2027, 3, 10))
    assert finish_by_said(c.cases[0], HOURS, AS_OF) == ("Not finished when the court ended probation early on "
                                                        "2027-03-10 (PC 1203.3): no longer to be done")
    assert outstanding(c, AS_OF) == ["restitution $200"]
    assert pending(c, AS_OF)[0] == ["restitution $200"]
    assert outstanding(client(None), AS_OF) == ["probation to 2027-09-15", "community service 40/80 h", "stay away from the victim",
                                                "restitution $200"]
