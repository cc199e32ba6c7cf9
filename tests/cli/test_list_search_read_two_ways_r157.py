"""R157-02: after E155-04 a volunteer learned that a date of birth typed day first, as a Mexican ID
prints it, is found ("14/3/1985").  Rocío, born November 10, 1967, writes "10/11/1967": both numbers
can be a month, so it is read month first (October 11), as a US ID writes it, and found nobody,
"no client matches", with nothing said of how it was read.  It now says so, and the search that
finds the other day, written year first so no one can read it two ways; a search that finds
someone is as it was."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.matching import day_first_instead
from clinic_app.model import Client, Person
from db.repository import Repository
from tests.cli.test_cli import clinic_app

TODAY = date(2026, 12, 6)


@pytest.fixture
def caseload(tmp_path):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db, user="cli-test") as repo:
        repo.add_client(Client(name="Rocío Muñoz", person=Person(dob=date(1967, 11, 10))))
    return db


@pytest.mark.parametrize(("typed", "read", "other", "searched"), [
    ("10/11/1967", date(1967, 10, 11), date(1967, 11, 10), "1967-11-10"),
    ("10-11-67", date(1967, 10, 11), date(1967, 11, 10), "1967-11-10"),
    ("Muñoz 10/11/1967", date(1967, 10, 11), date(1967, 11, 10), "Muñoz 1967-11-10"),
    ("12/11/1990 Paz", date(1990, 12, 11), date(1990, 11, 12), "1990-11-12 Paz"),
])
def test_r157_02_a_date_both_numbers_of_which_can_be_the_month_has_its_other_reading(typed, read, other, searched):
    assert day_first_instead(typed, TODAY) == (read, other, searched)


@pytest.mark.parametrize("typed", ["14/3/1985", "3/3/1985", "1967-11-10", "10.11.1967", "Rosa Paz", "2/30/1985"])
def test_r157_02_a_date_read_one_way_only_has_none(typed):
    assert day_first_instead(typed, TODAY) is None


def test_r157_02_list_search_says_how_it_read_a_date_that_found_nobody(caseload):
    result = clinic_app("list", "--db", caseload, "--search", "Muñoz 10/11/1967")
    assert result.stdout == ""
    assert ("no client matches --search 'Muñoz 10/11/1967' (read month first, as October 11, 1967; "
            "for November 10, 1967, day first, search 'Muñoz 1967-11-10')") in result.stderr
    found = clinic_app("list", "--db", caseload, "--search", "Muñoz 1967-11-10")  # as it says
    assert (found.returncode, found.stdout) == (0, "1\tRocío Muñoz\t1967-11-10\n")


def test_r157_02_list_search_that_finds_someone_says_nothing_of_it(caseload):
    result = clinic_app("list", "--db", caseload, "--search", "11/10/1967")
    assert (result.returncode, result.stdout, result.stderr) == (0, "1\tRocío Muñoz\t1967-11-10\n", "")
