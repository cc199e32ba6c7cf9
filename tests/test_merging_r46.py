"""R46: the merge of two records of one person whose cases were numbered "unknown" while
their numbers were not known (the domain part, clinic_app.merging)."""

from __future__ import annotations

from datetime import date

from clinic_app.merging import merge_into
from clinic_app.model import Case, Client, Conviction, Person


def _client(client_id: int, case: Case) -> Client:
    return Client(name="Marisol Vega", id=client_id, person=Person(dob=date(1990, 2, 14)), cases=[case])


def test_r46_06_two_cases_numbered_unknown_are_not_taken_for_one():
    burglary = Case(id="c1", case_number="unknown", disposition_date=date(2015, 4, 2),
                    convictions=[Conviction(id="c1-1", section="459", conviction_date=date(2015, 4, 2))])
    theft = Case(id="c1", case_number="Unknown", disposition_date=date(2019, 8, 20),
                 convictions=[Conviction(id="c1-1", section="484", conviction_date=date(2019, 8, 20))])
    merged = merge_into(_client(1, burglary), _client(2, theft))
    # Both "unknown": taken for the same case, the 2019 theft was left out of the record kept
    # (and the other record then left the caseload), the preview saying "nothing this record lacks".
    assert sorted(c.convictions[0].section for c in merged.client.cases) == ["459", "484"]
    assert merged.taken


def test_r46_06_one_case_numbered_unknown_in_both_records_is_still_one():
    case = Case(id="c1", case_number="unknown", disposition_date=date(2015, 4, 2),
                convictions=[Conviction(id="c1-1", section="459", conviction_date=date(2015, 4, 2))])
    merged = merge_into(_client(1, case), _client(2, case))
    assert len(merged.client.cases) == 1


def test_r46_06_a_number_found_since_takes_the_place_of_unknown():
    case = Case(id="c1", case_number="unknown", disposition_date=date(2015, 4, 2),
                convictions=[Conviction(id="c1-1", section="459", conviction_date=date(2015, 4, 2))])
    found = Case(id="c1", case_number="BA-415 220", disposition_date=date(2015, 4, 2),
                 convictions=[Conviction(id="c1-1", section="459", conviction_date=date(2015, 4, 2))])
    merged = merge_into(_client(1, case), _client(2, found))
    assert [c.case_number for c in merged.client.cases] == ["BA-415 220"]
    # Which "unknown" it was, as the window's lists say it (D86-03).
    assert merged.taken == ["case number BA-415 220 for case unknown (convicted 2015-04-02, PC 459, Los Angeles County)"]
