"""E130-01: fines that are a condition of probation are to be paid before probation ends (the
screening: "paying them before it ends keeps the mandatory route"), yet the Checklist said
"Fines: $600 of $1,400 paid" and no more, where each open condition beside it said "finish by
2027-09-15, probation's last day".  The fines' line now says what is left and by when, and the
worksheet's "Still outstanding" with it."""

from __future__ import annotations

from datetime import date

from clinic_app.checklist import checklist
from clinic_app.model import Case, Client, Condition, Conviction, Money, Person, Probation, Sentence

AS_OF = date(2026, 12, 6)


def client(condition_of_probation: bool | None, end: date = date(2027, 9, 15), paid: int = 600) -> Client:
    granted = date(2024, 9, 16)
    case = Case(id="c1", case_number="24CR01234",
                convictions=[Conviction(id="c1-1", section="242", level="misdemeanor", conviction_date=granted)],
                sentence=Sentence(type="probation", judgment_date=granted,
                                  probation=Probation(kind="summary", start=granted, end=end)),
                conditions=[Condition(kind="community_service", label="Community service", required=80, done=40)],
                money=Money(fines_ordered=1400, fines_paid=paid, fines_condition_of_probation=condition_of_probation))
    return Client(name="Rosa Testprob", person=Person(dob=date(1990, 4, 2)), cases=[case])


def fines_label(c: Client, as_of: date = AS_OF) -> str:
    return next(item.label for item in checklist(c, as_of) if item.kind == "fines")


def test_e130_01_fines_a_condition_say_what_is_left_and_by_when():
    assert fines_label(client(True)) == ("Fines: $600 of $1,400 paid - $800 to go, a condition of probation: pay by "
                                         "2027-09-15, probation's last day (283 days left)")


def test_e130_01_on_probations_last_day_it_says_today():
    assert fines_label(client(True), date(2027, 9, 15)).endswith(
        "$800 to go, a condition of probation: pay today, 2027-09-15: probation's last day")


def test_e130_01_fines_not_a_condition_or_probation_over_or_paid_say_no_day():
    assert fines_label(client(None)) == "Fines: $600 of $1,400 paid - $800 to go"
    assert fines_label(client(False)) == "Fines: $600 of $1,400 paid - $800 to go"
    assert fines_label(client(True, end=date(2026, 6, 1))) == "Fines: $600 of $1,400 paid - $800 to go"
    assert fines_label(client(True, paid=1400)) == "Fines: $1,400 of $1,400 paid"


def test_e130_01_the_worksheet_says_it_too():
    from clinic_app.worksheet.compose import _outstanding_said

    c = client(True)
    said = _outstanding_said(c.cases, checklist(c, AS_OF), AS_OF)
    assert ("Fines: $600 of $1,400 paid - $800 to go, a condition of probation: pay by 2027-09-15, probation's last "
            "day (283 days left)") in said
