"""K64-01: a name and a date of birth typed together ("darnell jackson 10/12/1983") found
nobody, in `clinic-app list --search` and in the window's search box: the whole was searched as
words of names and case numbers, and a date was read only when it was the whole search.  Of
seven Darnell Jacksons the paralegal had to type the date alone, or the name and then arrow
through the list (C64).  `matching.search_terms` parts a date at either end from the name,
and the repository finds those so named born that day, for both."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.matching import search_terms
from db.repository import Repository
from tests.cli.test_cli import clinic_app
from tests.gui.conftest import probation_client

TODAY = date(2026, 12, 3)


@pytest.mark.parametrize("typed, terms", [
    ("darnell jackson 10/12/1983", ("darnell jackson", date(1983, 10, 12))),
    ("10/12/83 darnell jackson", ("darnell jackson", date(1983, 10, 12))),
    ("jackson, 9/12/1958", ("jackson", date(1958, 9, 12))),
    ("Rosa Paz 2 de marzo de 1985", ("Rosa Paz", date(1985, 3, 2))),
    ("Paz March 2, 1985", ("Paz", date(1985, 3, 2))),       # the longest date: not "2, 1985"
    ("BA100001 1985-03-14", ("BA100001", date(1985, 3, 14))),
    ("3/2/85", ("", date(1985, 3, 2))),                     # a date alone, as before
    ("darnell jackson", ("darnell jackson", None)),
    ("LA 0056789", ("LA 0056789", None)),
    ("Maria May", ("Maria May", None)),
    ("jackson 3.2.1985", ("jackson 3.2.1985", None)),       # a dotted date the numbers leave open
])
def test_k64_01_the_name_and_the_date_of_birth_of_a_search(typed, terms):
    assert search_terms(typed, TODAY) == terms


@pytest.fixture
def jacksons(tmp_path):
    """Three Darnell Jacksons and a Rosa born the day of one of them."""
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db, user="cli-test") as repo:
        for n, born in enumerate((date(1989, 4, 11), date(1983, 10, 12), date(1958, 9, 12))):
            client = probation_client("Darnell Jackson", case_number=f"BA20000{n}")
            client.person.dob = born
            repo.add_client(client)
        rosa = probation_client("Rosa Paz", case_number="BA300001")
        rosa.person.dob = date(1983, 10, 12)
        repo.add_client(rosa)
    return db


@pytest.mark.parametrize("typed", ["darnell jackson 10/12/1983", "jackson 10/12/83", "10-12-1983 Jackson",
                                   "Darnell Jackson October 12, 1983", "jackson 12 de octubre de 1983", "BA200001 10/12/1983"])
def test_k64_01_list_search_a_name_and_a_date_of_birth_finds_that_person(jacksons, typed):
    result = clinic_app("list", "--db", jacksons, "--search", typed)
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == "2\tDarnell Jackson\t1983-10-12\n"


def test_k64_01_the_name_and_the_date_both_count(jacksons):
    # Born that day, another name; the name, born another day: nobody.
    nobody = clinic_app("list", "--db", jacksons, "--search", "jackson 10/13/1983")
    assert (nobody.stdout, nobody.stderr) == ("", "clinic-app: no client matches --search 'jackson 10/13/1983'\n")
    assert clinic_app("list", "--db", jacksons, "--search", "paz 10/12/1983").stdout == "4\tRosa Paz\t1983-10-12\n"
    # The date alone, and the name alone, as before (by name for a date; best match first for words).
    assert clinic_app("list", "--db", jacksons, "--search", "10/12/1983").stdout == "2\tDarnell Jackson\t1983-10-12\n4\tRosa Paz\t1983-10-12\n"
    assert len(clinic_app("list", "--db", jacksons, "--search", "darnell jackson").stdout.splitlines()) == 3


def test_k64_01_the_repository_finds_them_for_the_window_too(jacksons):
    with Repository.open(jacksons, user="cli-test") as repo:
        assert repo.search_ids("darnell jackson 10/12/1983") == [2]
        assert repo.search_ids("darnell jackson 10/12/1983", ranked=False) == [2]
        assert sorted(repo.search_ids("10/12/1983", ranked=False)) == [2, 4]
        assert [row.id for row in repo.list_clients(search="jackson 10/12/1983", event=None)] == [2]
