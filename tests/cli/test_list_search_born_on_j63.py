"""J63-04: `clinic-app list --search 3/2/1985` (a date of birth, as the window's search box
takes it: "type a date of birth ("3/2/1985" or "1985-03-02")") said "no client matches" of a
client born that day: the command searched the date's numbers as words of names and case
numbers.  It now lists those born on the day, as the window's box does; a name is searched as before."""

from __future__ import annotations

import pytest

from clinic_app.matching import born_on
from db.repository import Repository
from tests.cli.test_cli import clinic_app
from tests.gui.conftest import probation_client


@pytest.fixture
def caseload(tmp_path):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db, user="cli-test") as repo:
        repo.add_client(probation_client("José Ñúñez-Pérez", case_number="BA100001"))  # born 1985-03-14
        other = probation_client("Rosa Otherday", case_number="BA100002")
        other.person.dob = other.person.dob.replace(day=15)
        repo.add_client(other)
    return db


@pytest.mark.parametrize("typed", ["3/14/1985", "03/14/1985", "1985-03-14"])
def test_j63_04_list_search_finds_a_client_by_date_of_birth(caseload, typed):
    result = clinic_app("list", "--db", caseload, "--search", typed)
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == "1\tJosé Ñúñez-Pérez\t1985-03-14\n"


def test_j63_04_a_name_or_another_day_is_searched_as_before(caseload):
    assert clinic_app("list", "--db", caseload, "--search", "Nunez").stdout == "1\tJosé Ñúñez-Pérez\t1985-03-14\n"
    nobody = clinic_app("list", "--db", caseload, "--search", "3/16/1985")
    assert (nobody.stdout, nobody.stderr) == ("", "clinic-app: no client matches --search '3/16/1985'\n")
    assert born_on("2/30/1985") is None and born_on("BA100001") is None
