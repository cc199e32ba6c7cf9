"""Y55-04: Merge a duplicate paired petitions by their remedy and filing day: one whose filing
day was corrected on one side (the laptop's 2026-11-03 for the clerk's stamp of 2026-11-02)
was added as a second petition, and the caseload line read the one filed last.  A petition is
now its case, its remedy and the counts it asks for; the filing day only tells two of those
apart (a petition filed again after the other's ruling)."""

from __future__ import annotations

import copy
from datetime import date

from clinic_app.merging import merge_into
from clinic_app.model import Conviction, Petition
from tests.automatic_relief import to_file

STAMPED, TYPED = date(2026, 11, 2), date(2026, 11, 3)


def _pair(office_petitions, laptop_petitions, counts: int = 1):
    office = to_file("Lidia Laptop")
    office.id = 1
    if counts > 1:
        office.cases[0].convictions.append(Conviction(id="a2", section="23152(a)", code="VC", level="misdemeanor",
                                                      conviction_date=date(2015, 3, 3)))
    laptop = copy.deepcopy(office)
    laptop.id = 7
    office.cases[0].petitions = list(office_petitions)
    laptop.cases[0].petitions = list(laptop_petitions)
    return merge_into(office, laptop)


def test_y55_a_filing_day_corrected_on_one_side_is_the_same_petition():
    merged = _pair([Petition("pc1203_4", STAMPED, hearing_on=date(2026, 12, 8))],
                   [Petition("pc1203_4", TYPED, hearing_on=date(2026, 12, 8), ruling="granted", ruling_on=date(2026, 12, 8))])
    assert merged.client.cases[0].petitions == [
        Petition("pc1203_4", STAMPED, hearing_on=date(2026, 12, 8), ruling="granted", ruling_on=date(2026, 12, 8))]
    assert "ruling granted of the PC 1203.4 dismissal petition in case LA100200" in merged.taken
    assert merged.lines("id 7")[1] == ("Keeps this record's filing day 2026-11-02 of the PC 1203.4 dismissal petition "
                                       "in case LA100200 (id 7 has 2026-11-03).")


def test_y55_the_whole_case_and_its_one_count_named_are_the_same_counts():
    merged = _pair([Petition("pc1203_4", STAMPED)], [Petition("pc1203_4", TYPED, ["a1"])])
    assert merged.client.cases[0].petitions == [Petition("pc1203_4", STAMPED)]


def test_y55_a_petition_filed_again_after_a_denial_is_another_petition():
    denied = Petition("pc1203_4", date(2026, 9, 2), ruling="denied", ruling_on=date(2026, 11, 1))
    again = Petition("pc1203_4", date(2026, 11, 20))
    merged = _pair([denied], [denied, again])
    assert merged.client.cases[0].petitions == [denied, again]
    # The laptop kept only the new filing: filed after this one's ruling, it is not this one.
    merged = _pair([denied], [again])
    assert merged.client.cases[0].petitions == [denied, again]


def test_y55_other_counts_on_other_days_are_other_petitions():
    merged = _pair([Petition("pc1203_4", STAMPED, ["a1"])], [Petition("pc1203_4", TYPED, ["a2"])], counts=2)
    assert merged.client.cases[0].petitions == [Petition("pc1203_4", STAMPED, ["a1"]), Petition("pc1203_4", TYPED, ["a2"])]


def test_y55_the_same_day_with_counts_typed_otherwise_is_the_same_petition_and_said():
    merged = _pair([Petition("pc1203_4", STAMPED, ["a1"])], [Petition("pc1203_4", STAMPED, ["a2"])], counts=2)
    assert merged.client.cases[0].petitions == [Petition("pc1203_4", STAMPED, ["a1"])]
    assert merged.lines("id 7")[1] == ("Keeps this record's counts PC 488 of the PC 1203.4 dismissal petition "
                                       "in case LA100200 (id 7 has VC 23152(a)).")


def test_y55_two_left_on_one_side_are_not_guessed_between():
    merged = _pair([Petition("pc1203_4", STAMPED)], [Petition("pc1203_4", TYPED), Petition("pc1203_4", date(2026, 11, 4))])
    assert len(merged.client.cases[0].petitions) == 3


def test_y55_the_laptops_export_with_the_day_corrected_merges_into_one_petition(tmp_path):
    import json

    from clinic_app.screening_format import client_from_request
    from db.export import exported
    from db.repository import Repository

    with Repository.open(tmp_path / "clinic.sqlite") as repo:
        office = to_file("Lidia Laptop")
        office.cases[0].petitions = [Petition("pc1203_4", STAMPED, hearing_on=date(2026, 12, 8))]
        office_id = repo.add_client(office)
        there = client_from_request(json.loads(json.dumps(exported(repo, office_id))))
        there.cases[0].petitions[0].filed_on = TYPED  # typed otherwise at the event
        result = repo.import_clients([there])
        (laptop_id,) = result.ids
        mine, theirs = repo.get_client(office_id), repo.get_client(laptop_id)
        merged = merge_into(mine, theirs, keys_used=repo.record_keys_used(office_id))
        repo.merge_clients(merged, laptop_id, expected=(mine, theirs), reviews=([], []))
        assert repo.get_client(office_id).cases[0].petitions == [Petition("pc1203_4", STAMPED, hearing_on=date(2026, 12, 8))]
