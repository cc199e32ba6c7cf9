"""R71-01: E70-01 read a court's letters and dashed digits ("CR 12-3-45") as a case number,
never a name and a date of birth.  But a short last name and a birth typed with dashes and a
two-digit year ("Rosa Paz 3-2-85", "Li 3-2-85", "Mei Wong 03-02-85") are written the same, and
were searched as a case number alone: nobody found, where before E70 they found the client.
The case number is still asked first; when it finds nobody, the name and the day are."""

from __future__ import annotations

from datetime import date

import pytest

from db.repository import Repository
from tests.cli.test_cli import clinic_app
from tests.gui.conftest import probation_client

TODAY = date(2026, 12, 4)


def _client(name: str, dob: date, case_number: str):
    client = probation_client(name, case_number=case_number)
    client.person.dob = dob
    return client


@pytest.fixture
def caseload(tmp_path):
    """Rosa Paz and Li Chen's namesake Li, each with a twin of their name born another day, and
    Ana whose case is printed "CR 12-3-45"."""
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db, user="cli-test") as repo:
        repo.add_client(_client("Rosa Paz", date(1985, 3, 2), "BA100001"))
        repo.add_client(_client("Rosa Paz", date(1990, 7, 4), "BA100002"))
        repo.add_client(_client("Mei Wong", date(1985, 3, 2), "BA100003"))
        repo.add_client(_client("Ana Ortiz", date(1970, 1, 1), "CR 12-3-45"))
        repo.add_client(_client("Cr Tran", date(1945, 12, 3), "BA100005"))
    return db


@pytest.mark.parametrize("typed, found", [("Rosa Paz 3-2-85", ["1\tRosa Paz"]),
                                          ("paz 03-02-85", ["1\tRosa Paz"]),
                                          ("Mei Wong 3-2-85", ["3\tMei Wong"]),
                                          ("Wong 3-2-85", ["3\tMei Wong"]),
                                          # The case number printed still wins over the name Cr.
                                          ("CR 12-3-45", ["4\tAna Ortiz"])])
def test_r71_01_list_search_finds_a_short_name_and_a_dashed_birth(caseload, typed, found):
    result = clinic_app("list", "--db", caseload, "--search", typed)
    assert (result.returncode, result.stderr) == (0, "")
    assert [line.rsplit("\t", 1)[0] for line in result.stdout.splitlines()] == found


def test_r71_01_the_window_search_finds_them_too(caseload):
    with Repository.open(caseload, user="cli-test") as repo:
        assert repo.search_ids("Rosa Paz 3-2-85") == [1]
        assert repo.search_ids("Li 3-2-85", ranked=False) == []  # no Li: nobody, no error
        assert repo.search_ids("CR 12-3-45") == [4]
        assert repo.found_by_alias("Rosa Paz 3-2-85") == {}


def test_r71_01_the_readings_number_first_then_name_and_day():
    from clinic_app.matching import search_readings

    assert search_readings("Li 3-2-85", TODAY) == [("Li 3-2-85", None), ("Li", date(1985, 3, 2))]
    assert search_readings("19CR 3-4-5", TODAY) == [("19CR 3-4-5", None)]  # a year's digits: no name
    assert search_readings("Li 12/3/45", TODAY) == [("Li", date(1945, 12, 3))]
