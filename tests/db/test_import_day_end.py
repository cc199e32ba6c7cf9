"""The end of a clinic day, played for real (M29): three laptops' exports imported into the
clinic's caseload.  Work done on a laptop is never lost, silently duplicated or silently
dropped, and the paralegal is told what to check and why."""

from __future__ import annotations

import copy

from clinic_app.demo import generate_clients
from clinic_app.screening_format import client_from_request, client_to_request_dict


def _laptop_copy(repo, client_id):
    """The client as a laptop that imported the clinic's export has them."""
    return client_from_request(client_to_request_dict(copy.deepcopy(repo.get_client(client_id))))


def test_m29_01_a_client_renamed_on_a_laptop_is_named_for_checking_not_added_without_a_word(repo):
    """M29-01: a typo in a name put right on a laptop ("François Wong" to "François Wonge"):
    the import found no client of that name and date of birth and added the client again,
    said only as "Imported 1 client (id 8)": a duplicate nobody was told of, and not under
    "Possible duplicates" either (that count goes by name).  It is still added (nothing
    overwritten), and named beside the client with the same date of birth and cases."""
    (office_id,) = repo.add_clients(generate_clients(1, seed=21))
    there = _laptop_copy(repo, office_id)
    old_name = there.name
    there.name = old_name + "e"
    result = repo.import_clients([there])
    assert len(result.ids) == 1 and result.similar == []
    assert result.renamed == [(there.name, office_id, result.ids[0], old_name)]
    said = " ".join(result.lines("day.jsonl"))
    assert f"{there.name} (id {result.ids[0]}; here as {old_name}, id {office_id})" in said
    assert repo.get_client(result.ids[0]).name == there.name and repo.get_client(office_id).name == old_name
    # The same file again: the renamed client is there now, with the same record, and skipped.
    again = repo.import_clients([copy.deepcopy(there)])
    assert again.ids == [] and again.renamed == [] and again.skipped == [(there.name, result.ids[0])]


def test_m29_01_two_people_with_no_cases_and_one_birthday_are_not_called_renamed(repo):
    """A client with no cases yet has nothing to be recognised by but the date of birth."""
    from clinic_app.model import Client, Person
    from datetime import date

    (office_id,) = repo.add_clients([Client(name="Ana Ruiz", person=Person(dob=date(1990, 1, 2)))])
    result = repo.import_clients([Client(name="Beto Soto", person=Person(dob=date(1990, 1, 2)))])
    assert len(result.ids) == 1 and result.renamed == [] and result.similar == []
