"""R151-02: H149-01 paired a record with another born the same day that goes by one of its
names, and H149-02 kept an alias written as a RAP sheet prints it, surname first ("GOMEZ,
ELENA"), as one name.  But María Elena Ruiz's record listing "GOMEZ, ELENA" met no "Elena
Gomez" born her day: the import added her with not a word, "Possible duplicates" did not count
the pair, Merge a duplicate did not offer it, and intake's note did not name María.  A name
written surname first, with one comma, is read turned round too (matching.names_read)."""

from __future__ import annotations

import copy
from datetime import date
from clinic_app.matching import names_read, put_right_elsewhere
from clinic_app.model import Case, Client, Conviction, Person
from db.repository import Repository
from tests.test_matching import offered_to_merge_and_counted

BORN = date(1984, 5, 12)


def test_r151_02_a_name_written_surname_first_is_read_turned_round_too():
    assert names_read("GOMEZ, ELENA") == ("gomez elena", "elena gomez")
    assert names_read("Ruiz-Gómez, María E.") == ("ruiz gomez maria e", "maria e ruiz gomez")
    assert names_read("Elena Gomez") == ("elena gomez",)
    assert names_read("Smith, Jr., John") == ("smith jr john",)  # two commas: no surname-first reading
    assert names_read("GOMEZ,") == ("gomez",)


def test_r151_02_an_alias_written_as_a_rap_sheet_prints_it_pairs_the_records():
    clients = [Client(id=1, name="María Elena Ruiz", person=Person(dob=BORN), aliases=["GOMEZ, ELENA"]),
               Client(id=2, name="Elena Gómez", person=Person(dob=BORN)),
               Client(id=3, name="Elena Gomez", person=Person(dob=date(1990, 1, 2))),  # another woman, another day
               Client(id=4, name="E. Ruiz", person=Person(dob=BORN), aliases=["RUIZ, MARIA ELENA"])]  # both go by it
    offered, counted = offered_to_merge_and_counted(clients)
    assert offered == {frozenset((1, 2)), frozenset((1, 4))}
    assert counted == offered
    assert put_right_elsewhere(clients[0], clients[1]) == "another name, but born the same day and known as Elena Gómez in both"


def _client(name: str, number: str, aliases: list[str] = ()) -> Client:
    conv = Conviction(id="c1", section="459", code="PC", level="misdemeanor", conviction_date=date(2016, 3, 1))
    return Client(name=name, person=Person(dob=BORN, us_citizen=True), aliases=list(aliases),
                  cases=[Case(id="k1", case_number=number, county="Los Angeles", convictions=[conv])])


def test_r151_02_the_import_the_merge_and_intake_find_her_by_it(tmp_path):
    with Repository.open(tmp_path / "caseload.sqlite", user="paralegal") as repo:
        maria_id = repo.add_client(_client("María Elena Ruiz", "BA100001", ["Maria Ruiz", "GOMEZ, ELENA"]))
        result = repo.import_clients([copy.deepcopy(_client("Elena Gomez", "LA16M0777"))], source="rap-sheet.jsonl")
        (elena_id,) = result.ids
        assert result.renamed == [("Elena Gomez", maria_id, elena_id, "María Elena Ruiz")]
        assert frozenset((maria_id, elena_id)) in repo.put_right_pairs()
        assert elena_id in repo.put_right_candidates(repo.get_client(maria_id))
        assert [found[0] for found in repo.same_person("Elena Gomez", BORN, alike=True)] == [maria_id, elena_id]
