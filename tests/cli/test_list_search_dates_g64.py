"""G64-01: `clinic-app list --search` and the window's search box took a date of birth only as
"3/2/1985" or "1985-03-02"; "3/2/85", "03-02-1985", "March 2 1985" or "2 de marzo de 1985",
as clinic staff type one, searched the words and found nobody.  `matching.born_on` reads them
for both; a dotted date the numbers leave open ("3.2.1985") stays no date."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.matching import born_on
from tests.cli.test_cli import clinic_app
from tests.cli.test_list_search_born_on_j63 import caseload  # noqa: F401 (a fixture)

TODAY = date(2026, 12, 3)


@pytest.mark.parametrize("typed", [
    "3/2/85", "03/02/85", "3-2-85", "03-02-1985", "3/2/1985", "1985-03-02", "1985/3/2",
    "March 2 1985", "march 2, 1985", "Mar. 2, 1985", "MAR 2 85", "March 2nd, 1985", "2 March 1985",
    "2 de marzo de 1985", "2 de Marzo 1985", "marzo 2 de 1985", "  March   2  1985 ",
])
def test_g64_01_a_date_of_birth_as_staff_type_it(typed):
    assert born_on(typed, TODAY) == date(1985, 3, 2)


@pytest.mark.parametrize("typed, day", [
    ("15.3.1985", date(1985, 3, 15)),   # the numbers decide: day first
    ("3.15.1985", date(1985, 3, 15)),   # month first
    ("3.3.85", date(1985, 3, 3)),
    ("14 de septiembre de 1990", date(1990, 9, 14)),
    ("Sept 14 1990", date(1990, 9, 14)),
    ("1 de dic. de 2001", date(2001, 12, 1)),
])
def test_g64_01_dotted_where_the_numbers_decide_and_other_months(typed, day):
    assert born_on(typed, TODAY) == day


def test_g64_01_a_two_digit_year_is_the_latest_not_in_the_future():
    assert born_on("12/2/26", TODAY) == date(2026, 12, 2)  # yesterday
    assert born_on("12/4/26", TODAY) == date(1926, 12, 4)  # tomorrow in 2026: so 1926
    assert born_on("3/2/00", TODAY) == date(2000, 3, 2)
    assert born_on("3/2/99", TODAY) == date(1999, 3, 2)
    assert born_on("2/29/24", TODAY) == date(2024, 2, 29)


@pytest.mark.parametrize("typed", [
    "3.2.1985",         # March 2 on a US receipt, 3 February on a Mexican ID
    "2/30/1985", "13/13/1985", "2/29/25", "March 32 1985",  # "13/2/1985" is 13 February (E155-04)
    "BA100001", "Maria", "May 1985", "3/2", "3/2/1", "marzo", "Mayo Rosa",
])
def test_g64_01_what_is_no_date_of_birth(typed):
    assert born_on(typed, TODAY) is None


@pytest.mark.parametrize("typed", ["3/14/85", "03-14-1985", "March 14 1985", "14 de marzo de 1985"])
def test_g64_01_list_search_finds_the_client_born_that_day(caseload, typed):  # noqa: F811
    result = clinic_app("list", "--db", caseload, "--search", typed)
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == "1\tJosé Ñúñez-Pérez\t1985-03-14\n"
