"""R411-03: a client's two cases of one court number (a case typed twice, a number two courts
gave) on probation to different days: the handout's list named each "Case 24CR042: Finish
probation.", and, the words alike, kept only the first, March 1, 2027: the client read nothing
of the other probation, running to May 1, 2029.  Each is named as its card is told apart."""

from __future__ import annotations

from datetime import date

import pytest
from handout_clients import _probation
from test_review_h22b import tasks

from clinic_app.handouts import load_texts
from clinic_app.handouts.compose import format_date
from clinic_app.model import Case, Client, Conviction, Money, Person


def burglary(case_id: str, convicted: date, ends: date, number: str = "24CR042") -> Case:
    return Case(id=case_id, case_number=number, county="Los Angeles", sentence=_probation(convicted, ends, "active"),
                money=Money(fines_ordered=400, fines_paid=0),
                convictions=[Conviction(id=f"{case_id}-1", section="459", level="misdemeanor", conviction_date=convicted)])


def two_of_one_number(lang: str) -> Client:
    """Rita's 24CR042, a burglary of 2024 on probation to 2027, and a second 24CR042, a burglary of
    2025 on probation to 2029; a third case, 24CR777, of its own number."""
    cases = [burglary("c1", date(2024, 3, 1), date(2027, 3, 1)), burglary("c2", date(2025, 1, 6), date(2029, 5, 1)),
             burglary("c3", date(2025, 2, 3), date(2028, 2, 3), "24CR777")]
    return Client(name="Rita Sinsentencia", language=lang, person=Person(dob=date(1980, 4, 4), us_citizen=True), cases=cases)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_r411_03_each_probation_of_two_cases_of_one_number_is_listed_and_named_apart(lang):
    texts = load_texts(lang)
    listed = tasks(two_of_one_number(lang), lang)
    ends = [task for task in listed if texts["tasks"]["probation_end"] in task.text]
    assert [task.due_text for task in ends] == [format_date(day, texts) for day in
                                                (date(2027, 3, 1), date(2028, 2, 3), date(2029, 5, 1))], ends
    first, own, second = (task.text for task in ends)
    assert "2024" in first and "2025" in second and first != second, (first, second)
    assert own == texts["tasks"]["in_case"].format(number="24CR777", task=texts["tasks"]["probation_end"])
