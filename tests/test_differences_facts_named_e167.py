"""E167-04: a laptop put a case right at the event (the count's section 459 read again from the
court papers as 459.5, the probation's end as 2023-05-01).  The import said "case BA222333:
convictions, sentence" and the merge "has other facts in id 2 (convictions, sentence): this
record's are kept; id 2's stay in the audit log": the coordinator could not tell what the laptop
had put right without both records open, and once merged the laptop's was gone from sight.  Each
fact that differs is now named with both values, as a condition's progress already was."""

from __future__ import annotations

from datetime import date

from clinic_app.differences import differences
from clinic_app.merging import merge_into
from tests.test_merging import _office
from tests.test_merging_laptop_h64 import _laptop_of


def _put_right_at_the_event():
    office = _office()
    laptop = _laptop_of(office)
    laptop.cases[0].convictions[0].section = "459.5"
    laptop.cases[0].sentence.probation.end = date(2023, 5, 1)
    return office, laptop


def test_e167_04_the_import_names_each_fact_the_laptop_has_otherwise():
    office, laptop = _put_right_at_the_event()
    assert differences(office, laptop, "id 1", "id 7") == [
        "case BA-100 200: convictions (count 1 section: 459.5 in id 7, 459 in id 1), "
        "sentence (probation end: 2023-05-01 in id 7, 2024-05-01 in id 1)"]


def test_e167_04_the_merge_says_them_under_to_check():
    office, laptop = _put_right_at_the_event()
    merged = merge_into(office, laptop)
    assert merged.client.cases[0].convictions[0].section == "459"  # this record's facts stay
    assert merged.to_check == [
        "case BA-100 200 has other facts in id 7 (convictions (count 1 section: 459.5 in id 7, 459 in id 1), sentence "
        "(probation end: 2023-05-01 in id 7, 2024-05-01 in id 1)): this record's are kept; id 7's stay in the audit log of "
        "the merge"]


def test_e167_04_many_facts_apart_are_named_four_and_counted_after():
    office = _office()
    laptop = _laptop_of(office)
    count = laptop.cases[0].convictions[0]
    count.section, count.code, count.level, count.conviction_date, count.offense_date = "11350", "HS", "felony", None, date(2021, 1, 2)
    (said,) = differences(office, laptop, "id 1", "id 7")
    assert said == ("case BA-100 200: convictions (count 1 section: 11350 in id 7, 459 in id 1; count 1 code: HS in id 7, "
                    "PC in id 1; count 1 level: felony in id 7, misdemeanor in id 1; count 1 conviction date: none in id 7, "
                    "2021-05-01 in id 1; and 1 more)")


def test_e167_04_a_violation_recorded_on_one_side_is_said_by_how_many():
    from clinic_app.model import Violation

    office = _office()
    laptop = _laptop_of(office)
    laptop.cases[0].sentence.probation.violations = [Violation(date=date(2022, 3, 1), outcome="reinstated")]
    assert differences(office, laptop, "id 1", "id 7") == [
        "case BA-100 200: sentence (probation violations: 1 recorded in id 7, none in id 1)"]
