"""R86-05: a caseload holding a case number of spaces alone, exported and imported back, added
its clients again."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from clinic_app.model import Case, Client, Conviction, Person
from db.repository import Repository
from tests.cli.test_cli import clinic_app


def _stored_with_spaces(name: str) -> Client:
    return Client(name=name, person=Person(dob=date(1985, 3, 14)),
                  cases=[Case(id="c1", case_number="   ", disposition_date=date(2021, 5, 1),
                              convictions=[Conviction(id="c1-1", section="459", level="misdemeanor",
                                                      conviction_date=date(2021, 5, 1))])])


def test_a_number_of_spaces_stored_before_r85b_02_is_the_same_record_when_it_comes_back(tmp_path):
    """An import before R85b-02 stored "   " as typed (an empty spreadsheet cell); R85b-02 reads
    such a number as none, so the caseload's own export, imported back (a laptop's day, a copy
    for another desk), no longer met the record it came from: "Imported 1 client ... Check 1
    client who share a name and date of birth ...: case c1: court details", a duplicate to merge.
    It is skipped as the same record again, as it was before R85b-02; a client whose record
    differs otherwise is still added beside it."""
    assert_the_same_when_it_comes_back(tmp_path, _stored_with_spaces, '"   "', "Spaces").close()


def assert_the_same_when_it_comes_back(tmp_path, stored_as: Callable[[str], Client], as_exported: str, surname: str) -> Repository:
    """Two clients `stored_as` ..., the caseload exported (`as_exported` in the first's line) and
    imported back, the second's conviction date changed: the first skipped as the same record, the
    second added beside its own.  The caseload, open, for more to check."""
    caseload = tmp_path / "office.sqlite"
    with Repository.open(caseload, user="paralegal") as repo:
        repo.add_client(stored_as(f"Rita {surname}"))
        repo.add_client(stored_as(f"Rosa {surname}"))
    exported = tmp_path / "day.jsonl"
    assert clinic_app("export", "--db", caseload, "--all", "--out", exported).returncode == 0
    lines = exported.read_text(encoding="utf-8").splitlines()
    assert as_exported in lines[0]  # exported as stored
    exported.write_text(lines[0] + "\n" + lines[1].replace("2021-05-01", "2021-05-02", 1) + "\n", encoding="utf-8")
    done = clinic_app("import", exported, "--db", caseload)
    assert done.returncode == 0, done.stderr
    assert f"Skipped 1 client already in the caseload with the same record: Rita {surname} (id 1)" in done.stdout
    assert "Imported 1 client" in done.stdout and f"Rosa {surname}, id 3 beside id 2" in done.stdout
    repo = Repository.open(caseload, user="paralegal")
    assert [row.name for row in repo.list_clients()].count(f"Rita {surname}") == 1
    return repo


def test_a_client_twice_in_the_file_beside_a_number_of_spaces_stored_is_added_as_before(tmp_path):
    """The check of a number of spaces stored meets, in the import's list of who is already
    there, a client the same file adds: one who comes twice, changed between (a file joined from
    two laptops' days).  Both are added, the second named beside the first, as before."""
    caseload = tmp_path / "office.sqlite"
    with Repository.open(caseload, user="paralegal") as repo:
        repo.add_client(_stored_with_spaces("Rita Spaces"))
    exported = tmp_path / "day.jsonl"
    assert clinic_app("export", "--db", caseload, "--all", "--out", exported).returncode == 0
    (line,) = exported.read_text(encoding="utf-8").splitlines()
    twice = line.replace("Rita Spaces", "Nina Twice")
    exported.write_text("\n".join([line, twice, twice.replace("2021-05-01", "2021-05-02", 1)]) + "\n", encoding="utf-8")
    done = clinic_app("import", exported, "--db", caseload)
    assert done.returncode == 0, done.stderr
    assert "Imported 2 clients" in done.stdout and "Skipped 1 client" in done.stdout
