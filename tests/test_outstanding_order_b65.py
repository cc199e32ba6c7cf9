"""B65-01: the caseload's Outstanding column sorted by how much stands between a client and
relief (clinic_app.outstanding_order), where it counted labels: "fines $706 (2 cases)" was one
thing, as "fines $5" was, and "fines $1,200" and "fines $70" stayed in name order."""

from __future__ import annotations

from datetime import date

from clinic_app.checklist import outstanding
from clinic_app.model import Case, Client, Condition, Conviction, Money, Person, Probation, Sentence
from clinic_app.outstanding_order import how_much_outstanding
from clinic_app.summary import unentered_line

AS_OF = date(2026, 11, 22)


def _order(*lines: list[str]) -> list[list[str]]:
    return sorted(lines, key=how_much_outstanding)


def test_b65_01_two_cases_count_as_two_things_outstanding():
    assert _order(["fines $706 (2 cases)"], ["fines $5,000"]) == [["fines $5,000"], ["fines $706 (2 cases)"]]
    assert _order(["probation end date (2 cases)"], ["probation end date"]) == [
        ["probation end date"], ["probation end date (2 cases)"]]


def test_b65_01_more_money_owed_comes_after_less():
    assert _order(["fines $1,200"], ["fines $706"], ["fines $70"]) == [["fines $70"], ["fines $706"], ["fines $1,200"]]


def test_b65_01_restitution_or_a_protective_order_alone_after_nothing_and_before_anything_in_the_way():
    """SB 1106: unpaid restitution is no ground to deny relief; AB 1281: relief does not end a
    protective order.  Listed, so after a client with nothing listed, but before one fine."""
    assert _order(["fines $5"], ["restitution $9,000"], [], ["protective order to 2030-01-01"]) == [
        [], ["protective order to 2030-01-01"], ["restitution $9,000"], ["fines $5"]]
    assert _order(["class 1/8"], ["restitution $100 (2 cases)", "protective order to 2027-01-01"]) == [
        ["restitution $100 (2 cases)", "protective order to 2027-01-01"], ["class 1/8"]]


def test_b65_01_sessions_and_hours_still_to_do_then_the_day_it_runs_to():
    assert _order(["class 30/52"], ["class 50/52"], ["class ?/8"]) == [["class 50/52"], ["class ?/8"], ["class 30/52"]]
    assert _order(["class 30/52 (2 cases)"], ["community service 10/40 h", "probation to 2027-01-01"]) == [
        ["community service 10/40 h", "probation to 2027-01-01"], ["class 30/52 (2 cases)"]]  # 44 sessions against 30 hours
    assert _order(["probation end date"], ["probation to 2029-01-01"], ["parole to 2027-05-05"]) == [
        ["parole to 2027-05-05"], ["probation to 2029-01-01"], ["probation end date"]]


def test_b65_01_a_label_not_known_here_counts_as_one_thing_in_the_way():
    assert how_much_outstanding(["something new the checklist says"]) == how_much_outstanding(["pending charge"])
    assert _order(["a new kind of item", "another"], ["fines $99,999"]) == [["fines $99,999"], ["a new kind of item", "another"]]
    assert how_much_outstanding([unentered_line("BA1")]) > how_much_outstanding(["restitution $5"])


def test_b65_01_the_checklist_s_own_labels_of_a_client_with_two_cases():
    def case(case_id: str, fines: int, end: date | None) -> Case:
        return Case(id=case_id, case_number=f"24CR0{case_id}", convictions=[Conviction(id=f"{case_id}1", section="242")],
                    sentence=Sentence(type="probation", probation=Probation(start=date(2024, 1, 1), end=end, status="active")),
                    money=Money(fines_ordered=fines, fines_paid=0),
                    conditions=[Condition(kind="class", label="Anger management", required=52, done=30)])

    two = Client(name="Synthetic Two", person=Person(), cases=[case("1", 1, None), case("2", 393, None)])
    one = Client(name="Synthetic One", person=Person(), cases=[case("1", 5_000, date(2029, 1, 1))])
    assert outstanding(two, AS_OF) == ["probation end date (2 cases)", "class 30/52 (2 cases)", "fines $394 (2 cases)"]
    assert outstanding(one, AS_OF) == ["probation to 2029-01-01", "class 30/52", "fines $5,000"]
    assert how_much_outstanding(outstanding(two, AS_OF)) > how_much_outstanding(outstanding(one, AS_OF))  # 6 things to 3
