"""`clinic-app merge` makes one record only of a pair the window's Merge a duplicate offers
(X62-01): given the ids of two different people (an id typed wrong, or the import's merge
command run on another caseload) it merged them all the same, with no undo at a terminal."""

from __future__ import annotations

from datetime import date

from clinic_app.model import Case, Client, Conviction, Person
from db.repository import Repository
from tests.cli.test_cli import assert_plain_error, clinic_app


def _client(name: str, dob: date, number: str) -> Client:
    return Client(name=name, person=Person(dob=dob),
                  cases=[Case(id="c1", case_number=number, disposition_date=date(2019, 3, 1),
                              convictions=[Conviction(id="c1-1", section="459.5", conviction_date=date(2019, 3, 1))])])


def test_two_different_people_are_not_merged(tmp_path):
    caseload = tmp_path / "caseload.sqlite"
    with Repository.open(caseload) as repo:
        ana = repo.add_client(_client("Ana Reyes", date(1980, 5, 6), "19CR00001"))
        tom = repo.add_client(_client("Tomás Ng", date(1992, 1, 9), "21MI00777"))
    result = clinic_app("merge", "--db", caseload, "--into", ana, "--from", tom)
    assert_plain_error(result, 2, "Tomás Ng (id 2, born 1992-01-09) is not a possible duplicate of Ana Reyes (id 1, born 1980-05-06)",
                       str(caseload), "nothing was merged", "clinic-app list --search")
    with Repository.open(caseload) as repo:
        assert repo.client_ids() == [ana, tom]
        assert repo.get_client(ana).aliases == [] and len(repo.get_client(ana).cases) == 1


def test_a_possible_duplicate_is_still_merged(tmp_path):
    """The same person typed otherwise at an event (accents, case), and a name put right with
    a case number in both, are merged as before."""
    caseload = tmp_path / "caseload.sqlite"
    with Repository.open(caseload) as repo:
        kept = repo.add_client(_client("Maria Lopez", date(1985, 3, 2), "25CJCM81162"))
        typed = repo.add_client(_client("MARÍA LÓPEZ", date(1985, 3, 2), "25CJCM81162"))
        renamed = repo.add_client(_client("Maria Lopez Garcia", date(1985, 3, 2), "25CJCM81162"))
    for other in (typed, renamed):
        result = clinic_app("merge", "--db", caseload, "--into", kept, "--from", other)
        assert result.returncode == 0, result.stderr
    with Repository.open(caseload) as repo:
        assert repo.client_ids() == [kept]



def test_a_name_typed_without_its_apostrophe_is_a_possible_duplicate_and_merged(tmp_path, capsys):
    """"Deshawn OBrien" from a laptop, "DeShawn O'Brien" in the office, born the same day and
    with no case number in common: the import names the pair (it added a stranger with not a
    word), and the merge it prints is taken (it was refused as "not a possible duplicate")."""
    import json
    import shlex

    from clinic_app import cli
    from clinic_app.screening_format import client_to_request_dict

    caseload = tmp_path / "caseload.sqlite"
    with Repository.open(caseload) as repo:
        kept = repo.add_client(_client("DeShawn O'Brien", date(1991, 7, 4), "19CR00001"))
    day = tmp_path / "day.jsonl"
    day.write_text(json.dumps(client_to_request_dict(_client("Deshawn OBrien", date(1991, 7, 4), "24MI00002"))) + "\n")
    assert cli.main(["import", str(day), "--db", str(caseload)]) == 0
    said = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("At a terminal: "))
    command = shlex.split(said.removeprefix("At a terminal: ").split(" takes ")[0])
    assert cli.main(command[1:]) == 0
    with Repository.open(caseload) as repo:
        assert repo.client_ids() == [kept]
        assert sorted(case.case_number for case in repo.get_client(kept).cases) == ["19CR00001", "24MI00002"]
