"""K414: a merge (the window's Merge, `clinic-app merge`, the import's pairs) paired a client's two
cases of one court number by their order in the list; each is now paired with the case that is
the same by what it holds, and a case whose number is its own pairs as before."""

from __future__ import annotations

from datetime import date

from clinic_app.differences import differences
from clinic_app.merging import merge_into
from clinic_app.model import Petition
from tests.test_two_cases_one_number_k413 import TOLD_APART, two_of_one_number

FILED_HERE, FILED_THERE = date(2025, 6, 2), date(2026, 11, 22)


def _office_and_laptop():
    """The office's record, a petition filed on its 2024 24CR042; the laptop's, the same with a
    petition filed at the event on the 2020 24CR042 and on 24CR777, its two 24CR042 listed the
    other way round."""
    clinic, laptop = two_of_one_number(), two_of_one_number(7, filed=True)
    for record in (clinic, laptop):
        record.cases[0].petitions = [Petition("pc1203_4", FILED_HERE)]
    laptop.cases[:2] = [laptop.cases[1], laptop.cases[0]]
    return clinic, laptop


def test_k414_01_two_cases_of_one_number_listed_the_other_way_keep_each_its_petition(tmp_path):
    from db.repository import Repository

    clinic, laptop = _office_and_laptop()
    assert differences(clinic, laptop, "id 1", "id 7") == [f"{TOLD_APART}: petitions filed", "case 24CR777: petitions filed"]
    with Repository.open(tmp_path / "caseload.sqlite", user="paralegal") as repo:
        office_id, laptop_id = repo.add_client(clinic), repo.add_client(laptop)
        mine, theirs = repo.get_client(office_id), repo.get_client(laptop_id)
        merged = merge_into(mine, theirs, keys_used=repo.record_keys_used(office_id))
        assert merged.lines(f"id {laptop_id}") == [
            f"Takes from id {laptop_id}: petition for PC 1203.4 dismissal filed 2026-11-22 in {TOLD_APART}; "
            "petition for PC 1203.4 dismissal filed 2026-11-22 in case 24CR777."]
        repo.merge_clients(merged, laptop_id, expected=(mine, theirs), reviews=([], []))
        stored = repo.get_client(office_id)
    assert [(case.id, case.case_number, case.disposition_date, case.sentence.probation.start) for case in stored.cases] == [
        ("c1", "24CR042", date(2024, 3, 1), date(2024, 3, 1)), ("c2", "24CR042", date(2020, 1, 6), date(2020, 1, 6)),
        ("c3", "24CR777", date(2021, 5, 1), date(2021, 5, 1))]
    assert [case.petitions for case in stored.cases] == [
        [Petition("pc1203_4", FILED_HERE)], [Petition("pc1203_4", FILED_THERE)], [Petition("pc1203_4", FILED_THERE)]]


def test_k414_01_one_of_the_two_put_right_on_the_laptop_is_paired_by_its_day_offense_and_county():
    clinic, laptop = _office_and_laptop()
    laptop.cases = laptop.cases[:1]  # only the 2020 24CR042, its probation end put right at the event
    laptop.cases[0].sentence.probation.end = date(2021, 6, 30)
    merged = merge_into(clinic, laptop)
    assert [[p.filed_on for p in case.petitions] for case in merged.client.cases] == [[FILED_HERE], [FILED_THERE], []]
    assert merged.client.cases[1].sentence.probation.end == date(2022, 1, 1)  # the office's kept, and said
    assert merged.to_check == [f"{TOLD_APART} has other facts in id 7 (sentence (probation end: 2021-06-30 in id 7, "
                               "2022-01-01 in id 1)): this record's are kept; id 7's stay in the audit log of the merge"]
    assert differences(clinic, laptop, "id 1", "id 7") == [
        f"{TOLD_APART}: sentence (probation end: 2021-06-30 in id 7, 2022-01-01 in id 1), petitions filed",
        "case 24CR042 (convicted 2024-03-01, PC 459, Los Angeles County) only in id 1", "case 24CR777 only in id 1"]


def test_k414_01_two_of_one_number_the_office_lacks_are_both_added():
    clinic, laptop = _office_and_laptop()
    clinic.cases = clinic.cases[2:]  # the office has only 24CR777: the laptop's 2024 case was folded into its 2020 one
    merged = merge_into(clinic, laptop)
    held = [(case.case_number, case.disposition_date, [p.filed_on for p in case.petitions]) for case in merged.client.cases]
    assert held == [
        ("24CR777", date(2021, 5, 1), [FILED_THERE]), ("24CR042", date(2020, 1, 6), [FILED_THERE]),
        ("24CR042", date(2024, 3, 1), [FILED_HERE])]
    assert merged.to_check == [] and merged.kept == []
    assert merged.taken[:2] == [TOLD_APART, "case 24CR042 (convicted 2024-03-01, PC 459, Los Angeles County)"]
    assert differences(clinic, laptop, "id 1", "id 7")[:2] == [
        f"{TOLD_APART} only in id 7", "case 24CR042 (convicted 2024-03-01, PC 459, Los Angeles County) only in id 7"]


def test_r415_02_one_of_the_two_whose_day_was_put_right_is_paired_by_its_nearest_facts():
    """R415-02: the laptop's 2020 24CR042, its conviction day put right at the event (2020-01-06
    typed 2020-01-07), its day no longer the office's: paired by order with the office's first, the
    2024 case, its petition landed there and both days' facts were said to differ.  Paired with
    the case whose facts are nearest, it keeps its petition and only the day is said."""
    clinic, laptop = _office_and_laptop()
    laptop.cases = laptop.cases[:1]  # only the 2020 24CR042, its day put right at the event
    laptop.cases[0].convictions[0].conviction_date = date(2020, 1, 7)
    merged = merge_into(clinic, laptop)
    assert [[p.filed_on for p in case.petitions] for case in merged.client.cases] == [[FILED_HERE], [FILED_THERE], []]
    assert merged.to_check == [f"{TOLD_APART} has other facts in id 7 (convictions (count 1 conviction date: 2020-01-07 "
                               "in id 7, 2020-01-06 in id 1)): this record's are kept; id 7's stay in the audit log of the merge"]
    assert differences(clinic, laptop, "id 1", "id 7")[0] == (  # named as the laptop has it
        "case 24CR042 (convicted 2020-01-07, PC 459, Los Angeles County): convictions (count 1 conviction date: "
        "2020-01-07 in id 7, 2020-01-06 in id 1), petitions filed")
    # Both put right, the laptop's listed the other way round: each still finds its own.
    clinic, laptop = _office_and_laptop()
    laptop.cases[0].convictions[0].conviction_date = date(2020, 1, 7)
    laptop.cases[1].convictions[0].section = "484"
    merged = merge_into(clinic, laptop)
    assert [[p.filed_on for p in case.petitions] for case in merged.client.cases] == [
        [FILED_HERE], [FILED_THERE], [FILED_THERE]]
    assert [case.convictions[0].conviction_date for case in merged.client.cases] == [
        date(2024, 3, 1), date(2020, 1, 6), date(2021, 5, 1)]
