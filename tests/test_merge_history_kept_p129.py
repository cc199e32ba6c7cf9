"""P129-03: the client's History after a merge said "Duplicate merged in: from id 2010: nothing
taken", and that was all.  What the merge kept of this record against the other (the clinic
event the client came to that Saturday, the laptop's phone, its date of birth) was said once,
at the merge, and the other record gone, so the History no longer told that the client was
seen at the event, nor what the other record had said."""

from __future__ import annotations

import copy
from datetime import date

from clinic_app.merging import merge_into
from clinic_app.model import Client, Person
from db.repository import Repository
from ui.models.history_model import describe


def test_p129_03_the_history_of_a_merge_says_what_this_record_kept_over_the_other(tmp_path):
    with Repository.open(tmp_path / "caseload.sqlite", user="paralegal") as repo:
        office = Client(name="Ji-ho Robinson", person=Person(dob=date(1988, 5, 29)), event="Referral", phone="(213) 555-0192")
        office_id = repo.add_client(office)
        laptop = copy.deepcopy(repo.get_client(office_id))
        laptop.id, laptop.event, laptop.phone = None, "Saturday Clinic", "(213) 555-0999"
        laptop_id = repo.add_client(laptop)
        mine, theirs = repo.get_client(office_id), repo.get_client(laptop_id)
        merged = merge_into(mine, theirs, keys_used=repo.record_keys_used(office_id))
        repo.merge_clients(merged, laptop_id, expected=(mine, theirs))
        line = next(entry for entry in repo.history(office_id) if entry.action == "merge")

        said = describe(line)

    assert said == (f"from id {laptop_id}: nothing taken; kept this record's phone (213) 555-0192 (id {laptop_id} has "
                    f"(213) 555-0999); clinic event Referral (id {laptop_id} has Saturday Clinic)")


def test_p129_03_a_merge_that_kept_nothing_over_the_other_says_what_it_took_alone(tmp_path):
    with Repository.open(tmp_path / "caseload.sqlite", user="paralegal") as repo:
        office_id = repo.add_client(Client(name="Ana Reyes", person=Person(dob=date(1980, 5, 6))))
        laptop = copy.deepcopy(repo.get_client(office_id))
        laptop.id, laptop.phone = None, "(661) 555-0142"
        laptop_id = repo.add_client(laptop)
        mine, theirs = repo.get_client(office_id), repo.get_client(laptop_id)
        repo.merge_clients(merge_into(mine, theirs), laptop_id, expected=(mine, theirs))
        line = next(entry for entry in repo.history(office_id) if entry.action == "merge")

        assert describe(line) == f"from id {laptop_id}, taken in: phone"
