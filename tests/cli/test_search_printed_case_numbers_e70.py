"""E70-01: a case number as a court prints it, its digits parted by dashes ("CR 12-3-45",
"BA 12-10-19"), was read as a name and a date of birth: "CR" and December 3, 1945.  Typed
from the docket into the window's search box or `clinic-app list --search`, it found nobody,
though the client's case has that number (K64, T64 "Left alone").  `matching.search_terms`
now reads a court's prefix and the digits after it as the case number first; a name with a
date of birth is still read as before."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.matching import search_terms
from db.repository import Repository
from tests.cli.test_cli import clinic_app
from tests.gui.conftest import probation_client

TODAY = date(2026, 12, 4)

# Lines as a docket, a minute order or a client's court letter prints them, typed into the search.
PRINTED = [
    # A case number alone: searched as itself, never a date.
    ("CR 12-3-45", ("CR 12-3-45", None)),
    ("cr 12-3-45", ("cr 12-3-45", None)),
    ("BA 12-10-19", ("BA 12-10-19", None)),
    ("LACR 12-3-45", ("LACR 12-3-45", None)),
    ("VA 1-2-03", ("VA 1-2-03", None)),
    ("19CR 1-2-3", ("19CR 1-2-3", None)),
    ("1CJ 01-234", ("1CJ 01-234", None)),
    ("24CJCF 02-163", ("24CJCF 02-163", None)),
    ("19CR 1985-03-14", ("19CR 1985-03-14", None)),  # a year's digits and letters: no name
    ("BA123456", ("BA123456", None)),
    ("BA-123456", ("BA-123456", None)),
    ("1CJ01234", ("1CJ01234", None)),
    ("21CR012345", ("21CR012345", None)),
    ("25CJCM81162", ("25CJCM81162", None)),
    ("LACR0123456", ("LACR0123456", None)),
    ("LA 0056789", ("LA 0056789", None)),
    ("CR 3 1 2020", ("CR 3 1 2020", None)),
    # Beside a name, as a case number still.
    ("jackson CR 12-3-45", ("jackson CR 12-3-45", None)),
    ("Rosa Paz BA 12-10-19", ("Rosa Paz BA 12-10-19", None)),
    # A case number and then a date of birth: the number, and the day.
    ("CR 12-3-45 1/2/1980", ("CR 12-3-45", date(1980, 1, 2))),
    ("BA100001 1985-03-14", ("BA100001", date(1985, 3, 14))),
    # A name and a date of birth, as K64 reads them.
    ("darnell jackson 10/12/1983", ("darnell jackson", date(1983, 10, 12))),
    ("10-12-1983 Jackson", ("Jackson", date(1983, 10, 12))),
    ("Li 12/3/45", ("Li", date(1945, 12, 3))),          # slashes: courts print none in a number
    ("Li 12-3-1945", ("Li", date(1945, 12, 3))),        # a year in full: a birth
    ("Rosa Paz 2 de marzo de 1985", ("Rosa Paz", date(1985, 3, 2))),
    ("Paz March 2, 1985", ("Paz", date(1985, 3, 2))),
    ("3/2/85", ("", date(1985, 3, 2))),
]


@pytest.mark.parametrize("typed, terms", PRINTED)
def test_e70_01_a_printed_case_number_is_read_as_a_case_number_first(typed, terms):
    assert search_terms(typed, TODAY) == terms


@pytest.fixture
def caseload(tmp_path):
    """Ana, whose case is "CR 12-3-45", and a client named Cr born December 3, 1945, whom the
    old reading found instead."""
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db, user="cli-test") as repo:
        repo.add_client(probation_client("Ana Ortiz", case_number="CR 12-3-45"))
        repo.add_client(probation_client("Rosa Paz", case_number="BA 12-10-19"))
        cr = probation_client("Cr Tran", case_number="BA100001")
        cr.person.dob = date(1945, 12, 3)
        repo.add_client(cr)
    return db


@pytest.mark.parametrize("typed, found", [("CR 12-3-45", "1\tAna Ortiz"), ("cr12-3-45", "1\tAna Ortiz"),
                                          ("ortiz CR 12-3-45", "1\tAna Ortiz"), ("BA 12-10-19", "2\tRosa Paz")])
def test_e70_01_list_search_finds_the_client_by_the_number_printed(caseload, typed, found):
    result = clinic_app("list", "--db", caseload, "--search", typed)
    assert (result.returncode, result.stderr) == (0, "")
    assert [line.rsplit("\t", 1)[0] for line in result.stdout.splitlines()] == [found]


def test_e70_01_the_window_search_and_its_case_find_the_number_too(caseload):
    from ui.client_view import case_found

    with Repository.open(caseload, user="cli-test") as repo:
        assert repo.search_ids("CR 12-3-45") == [1]
        assert repo.search_ids("BA 12-10-19", ranked=False) == [2]
        assert repo.found_by_alias("CR 12-3-45") == {}
        ana = repo.get_client(1)
    assert case_found(ana.cases, "CR 12-3-45") == 0
