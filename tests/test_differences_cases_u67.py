"""U67-01: what differs between two records of one person pairs their cases as the merge does.

Case keys ("c1", "c2") are each record's own: a client entered at the clinic last year and
again on an event laptop today both have a "c1", another case on each side.  The import's
"Check 1 client who shares a name and date of birth" and Merge a duplicate's list paired the
cases by key and said "case BA500001: court details, convictions, sentence, petitions filed",
as if the one case differed in every part, of a case the laptop's record adds (the merge
itself took it as a case of its own, by its number), and said nothing of the clinic's case.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from clinic_app.differences import differences
from clinic_app.model import Case, Client, Conviction, Person, Petition, Probation, Sentence
from db.repository import Repository


def _case(key: str, number: str, section: str, day: date, *, petitions=()) -> Case:
    return Case(id=key, case_number=number, disposition_date=day,
                convictions=[Conviction(id=f"{key}-1", section=section, level="misdemeanor", conviction_date=day)],
                sentence=Sentence(type="probation", probation=Probation(kind="summary", start=day, end=date(day.year + 2, day.month, 1))),
                petitions=list(petitions))


def _rosa(*cases: Case) -> Client:
    return Client(name="Rosa Testmartinez", person=Person(dob=date(1980, 4, 12)), cases=list(cases))


def test_u67_01_a_case_on_one_side_only_is_said_so_not_as_the_other_sides_case_changed():
    clinic = _rosa(_case("c1", "BA400400", "11350", date(2012, 5, 1)))
    laptop = _rosa(_case("c1", "BA500001", "484", date(2019, 6, 1), petitions=[Petition("pc1203_4", date(2026, 11, 22))]))
    assert differences(clinic, laptop, "id 1", "id 4") == ["case BA500001 only in id 4", "case BA400400 only in id 1"]


def test_u67_01_one_case_under_two_keys_is_paired_by_its_number():
    clinic = _rosa(_case("c1", "BA400400", "11350", date(2012, 5, 1)), _case("c2", "BA500001", "484", date(2019, 6, 1)))
    laptop = _rosa(_case("c1", "BA500001", "484", date(2019, 6, 1), petitions=[Petition("pc1203_4", date(2026, 11, 22))]))
    # Only the petition filed today differs in the case both have; the laptop lacks the other.
    assert differences(clinic, laptop, "id 1", "id 4") == ["case BA500001: petitions filed", "case BA400400 only in id 1"]


def test_u67_01_the_import_names_the_pair_as_the_merge_takes_it(tmp_path):
    with Repository.open(tmp_path / "clinic.sqlite") as repo:
        kept = repo.add_client(_rosa(_case("c1", "BA400400", "11350", date(2012, 5, 1))))
        result = repo.import_clients([_rosa(_case("c1", "BA500001", "484", date(2019, 6, 1)))])
        (added,) = result.ids
        assert result.differs[added] == [f"case BA500001 only in id {added}", f"case BA400400 only in id {kept}"]


def test_r68_03_a_petition_naming_the_count_under_each_sides_key_is_no_difference():
    """R68-03: the case held under "c2" here and "c1" there, its count "c2-1" and "c1-1", with the
    one petition filed for that count on both: "case BA500001: petitions filed" was said, a
    difference where there was none, as the petition names its count by the side's own key."""
    count_granted = [Petition("pc1203_4", date(2026, 11, 22), ruling="granted", ruling_on=date(2026, 12, 1))]
    clinic = _rosa(_case("c1", "BA400400", "11350", date(2012, 5, 1)),
                   _case("c2", "BA500001", "484", date(2019, 6, 1), petitions=[replace(p, convictions=["c2-1"]) for p in count_granted]))
    laptop = _rosa(_case("c1", "BA500001", "484", date(2019, 6, 1), petitions=[replace(p, convictions=["c1-1"]) for p in count_granted]))
    assert differences(clinic, laptop, "id 1", "id 4") == ["case BA400400 only in id 1"]
    # A petition for another count, or none, is still said.
    laptop.cases[0].petitions[0].convictions = ["c1-9"]
    assert differences(clinic, laptop, "id 1", "id 4") == ["case BA500001: petitions filed", "case BA400400 only in id 1"]
