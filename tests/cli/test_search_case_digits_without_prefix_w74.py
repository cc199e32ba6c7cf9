"""W74-02: a case number read off a docket without its court's letters ("12-3-45" of
"CR 12-3-45") is shaped like a date of birth, and was searched only as one (E70-01, R71-01):
nobody found where nobody was born December 3, 1945, and the stranger born that day where
someone was.  Such a search now also finds the clients with a case printed with those digits
after its court's letters: those first, then those born that day."""

from __future__ import annotations

import copy
from datetime import date

import pytest

from db.repository import Repository
from tests.cli.test_cli import clinic_app
from tests.gui.conftest import probation_client

TODAY = date(2026, 12, 4)


def _client(name: str, dob: date, *numbers: str):
    client = probation_client(name, case_number=numbers[0])
    client.person.dob = dob
    for n, number in enumerate(numbers[1:], start=2):
        case = copy.deepcopy(client.cases[0])
        case.id, case.case_number = f"c{n}", number
        client.cases.append(case)
    return client


@pytest.fixture
def caseload(tmp_path):
    """Ana, whose case is printed "CR 12-3-45"; Cr Tran, born 1945-12-03; Beto, whose number
    has the same digits not parted ("9VA12345"); Carla, whose second case is "19CR 3-4-05";
    Rosa Paz, born 1985-03-02."""
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db, user="cli-test") as repo:
        repo.add_client(_client("Ana Ortiz", date(1970, 1, 1), "CR 12-3-45"))
        repo.add_client(_client("Cr Tran", date(1945, 12, 3), "BA100002"))
        repo.add_client(_client("Beto Ruiz", date(1971, 2, 2), "9VA12345"))
        repo.add_client(_client("Carla Guiones", date(1990, 1, 2), "BA100004", "19CR 3-4-05"))
        repo.add_client(_client("Rosa Paz", date(1985, 3, 2), "BA100005"))
    return db


@pytest.mark.parametrize("typed, found", [
    ("12-3-45", ["1\tAna Ortiz", "2\tCr Tran"]),   # the case's client first, then who was born that day
    (" 12-3-45 ", ["1\tAna Ortiz", "2\tCr Tran"]),
    ("3-4-05", ["4\tCarla Guiones"]),             # nobody born 2005-03-04: the case alone
    ("3-2-85", ["5\tRosa Paz"]),                  # no such case: those born that day, as before
    ("12/3/45", ["2\tCr Tran"]),                  # slashes: a date of birth only (no court prints them)
    ("CR 12-3-45", ["1\tAna Ortiz"]),             # E70-01 unchanged
])
def test_w74_02_list_search_finds_the_case_by_its_digits_alone(caseload, typed, found):
    result = clinic_app("list", "--db", caseload, "--search", typed)
    assert (result.returncode, result.stderr) == (0, "")
    assert [line.rsplit("\t", 1)[0] for line in result.stdout.splitlines()] == found


def test_w74_02_the_window_search_and_its_case(caseload):
    from ui.client_view import case_found

    with Repository.open(caseload, user="cli-test") as repo:
        assert repo.search_ids("12-3-45") == [1, 2]
        assert set(repo.search_ids("12-3-45", ranked=False)) == {1, 2}
        assert repo.search_ids("3-4-05") == [4]
        assert repo.found_by_alias("12-3-45") == {}
        carla = repo.get_client(4)
    assert case_found(carla.cases, "3-4-05") == 1  # opened on the case searched, not the first


def test_w74_02_digits_parted_as_printed_and_only_those():
    from clinic_app.matching import printed_after_letters

    assert printed_after_letters("CR 12-3-45", "12-3-45")
    assert printed_after_letters("CR12-3-45", "12-3-45")
    assert printed_after_letters("cr-12-3-45", "12-3-45")
    assert printed_after_letters("LACR 12-3-45", "12-3-45")
    assert printed_after_letters("19CR 3-4-05", "3-4-05")
    assert printed_after_letters("12-3-45", "12-3-45")
    assert not printed_after_letters("9VA12345", "12-3-45")      # the same digits, not parted so
    assert not printed_after_letters("CR 12-3-456", "12-3-45")
    assert not printed_after_letters("CR 112-3-45", "12-3-45")
    assert not printed_after_letters("1985-0302", "1985-03-02")
