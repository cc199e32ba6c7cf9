"""R133-01: E130-02 said a condition the court's early end of probation (PC 1203.3) left
unfinished "no longer to be done", and the handout stopped asking it.  A condition typed as a
payment ("Pay the victim restitution fund", "Pay fines of $500", kind "other") is money owed:
restitution stays owed and enforceable, and fines are a judgment, after probation ends however it
ends (ca-rules 2.3, 3.6; PC 1214).  The Checklist told a paralegal the restitution was "no longer
to be done".  Now a payment is never released; hours and classes still are."""

from __future__ import annotations

from datetime import date

from handout_render import pdf_text

from clinic_app.checklist import finish_by_said, outstanding
from clinic_app.model import Case, Client, Condition, Conviction, Person, Probation, Sentence

AS_OF = date(2027, 3, 15)
RESTITUTION = Condition(kind="other", label="Pay the victim restitution fund")
FINES = Condition(kind="other", label="Pay fines of $500", required=500, done=100)
FEES = Condition(kind="program", label="Probation fees")
HOURS = Condition(kind="community_service", label="Community service", required=80, done=40)


def client() -> Client:
    granted = date(2024, 9, 16)
    case = Case(id="c1", case_number="24CR01234",
                convictions=[Conviction(id="c1-1", section="242", level="misdemeanor", conviction_date=granted)],
                sentence=Sentence(type="probation", judgment_date=granted,
                                  probation=Probation(kind="summary", start=granted, end=date(2027, 9, 15),
                                                      early_termination=date(2027, 3, 10))),
                conditions=[RESTITUTION, FINES, FEES, HOURS])
    return Client(name="Rosa Testprob", person=Person(dob=date(1990, 4, 2), us_citizen=True), cases=[case])


def test_r133_01_no_payment_is_said_no_longer_to_be_done():
    case = client().cases[0]
    for condition in (RESTITUTION, FINES, FEES):
        assert "no longer to be done" not in finish_by_said(case, condition, AS_OF)
    assert finish_by_said(case, HOURS, AS_OF).endswith("no longer to be done")


def test_r133_01_a_payment_stays_outstanding_after_an_early_end():
    assert outstanding(client(), AS_OF) == ["pay the victim restitution fund", "pay fines of $500 100/500", "program"]


def test_r133_01_the_handout_still_asks_the_payment():
    en = pdf_text(client(), "en", AS_OF)
    # Still asked; since SB 1106 said with what it does not stop, not as a task to finish (F149-01).
    assert ("“Pay the victim restitution fund” (as written in your papers): you must still pay what you owe, "
            "but it does not stop a dismissal.") in en
    assert "community service" not in en.lower()


def test_r133_01_words_that_name_money():
    assert RESTITUTION.about_money and FINES.about_money and FEES.about_money
    assert Condition("other", "Pay $25 a month").about_money and Condition("other", "Court costs").about_money
    assert not HOURS.about_money
    assert not Condition("class", "Defined anger management course").about_money
    assert not Condition("other", "Not to be confined with co-defendant").about_money
