"""X64-03: the caseload's Outstanding column of a client with more than one case.

It read "probation end date, probation end date" and "fines $1, fines $394": like a typo,
saying neither which case nor that there were two.  A label several cases give is said once
with how many cases it is of; fines (or restitution) still owed are added up."""

from __future__ import annotations

from datetime import date

from clinic_app.checklist import checklist_view, outstanding, pending
from clinic_app.model import Case, Client, Condition, Conviction, Money, Person, Probation, Sentence

AS_OF = date(2026, 11, 22)


def _case(case_id: str, *, end=None, fines=None, conditions=()) -> Case:
    return Case(id=case_id, case_number=f"24CR0{case_id}", convictions=[Conviction(id=f"{case_id}1", section="242")],
                sentence=Sentence(type="probation", probation=Probation(start=date(2024, 1, 1), end=end, status="active")),
                money=Money(fines_ordered=fines, fines_paid=0) if fines else None, conditions=list(conditions))


def _client(*cases: Case) -> Client:
    return Client(name="Synthetic Two-Cases", person=Person(), cases=list(cases))


def test_x64_03_a_label_two_cases_give_is_said_once_with_its_count():
    client = _client(_case("1"), _case("2"))
    assert outstanding(client, AS_OF) == ["probation end date (2 cases)"]


def test_x64_03_fines_of_two_cases_are_added_up():
    client = _client(_case("1", end=date(2027, 3, 2), fines=1), _case("2", end=date(2028, 1, 5), fines=1394))
    assert outstanding(client, AS_OF) == ["probation to 2027-03-02", "fines $1,395 (2 cases)", "probation to 2028-01-05"]


def test_x64_03_three_cases_two_alike():
    client = _client(_case("1"), _case("2", end=date(2027, 3, 2)), _case("3"))
    assert outstanding(client, AS_OF) == ["probation end date (2 cases)", "probation to 2027-03-02"]


def test_x64_03_one_case_and_its_labels_are_as_before():
    class_ = Condition(kind="class", label="Anger management", required=52, done=30)
    alike = _client(_case("1", fines=200, conditions=[class_, Condition(kind="class", label="Anger management", required=52, done=30)]))
    assert outstanding(alike, AS_OF) == ["probation end date", "class 30/52", "class 30/52", "fines $200"]


def test_x64_03_the_checklist_and_its_fast_path_say_it_alike():
    client = _client(_case("1", fines=1), _case("2", fines=394), _case("3", end=date(2027, 3, 2)))
    items, short, dues = checklist_view(client, AS_OF)
    assert pending(client, AS_OF) == (short, dues)
    assert short == ["probation end date (2 cases)", "fines $395 (2 cases)", "probation to 2027-03-02"]


def test_x64_03_a_label_one_case_gives_twice_is_not_said_to_be_of_two_cases():
    from clinic_app.checklist import across_cases

    assert across_cases([("A", "class 30/52"), ("A", "class 30/52"), ("B", "class 30/52")]) == [
        "class 30/52", "class 30/52", "class 30/52"]
