"""E155-04: a Spanish-speaking volunteer looked a client up by her date of birth as the client
wrote it, day first, as a Mexican ID or a consular card prints it: "14/3/1985" (`clinic-app list
--search`, and the window's search box) found nobody, "no client matches", though no month 14
exists, and the dotted "14.3.1985" found her (the numbers decide, G64-01).  A date with slashes
or dashes whose first number cannot be a month, and whose second can, is now read day first too;
one both numbers could be ("3/2/1985") is read month first, as before."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.matching import born_on, search_terms
from tests.cli.test_cli import clinic_app
from tests.cli.test_list_search_born_on_j63 import caseload  # noqa: F401 (a fixture)

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize("typed", ["14/3/1985", "14/03/1985", "14-3-1985", "14-03-85", "14/3/85"])
def test_e155_04_a_date_of_birth_written_day_first_is_read(typed):
    assert born_on(typed, TODAY) == date(1985, 3, 14)


@pytest.mark.parametrize(("typed", "day"), [
    ("3/2/1985", date(1985, 3, 2)),    # both could be a month: month first, as before
    ("12/13/1985", date(1985, 12, 13)),
    ("13/13/1985", None), ("31/2/1985", None), ("32/3/1985", None), ("0/3/1985", None),
])
def test_e155_04_month_first_where_it_can_be_and_no_day_where_none_is(typed, day):
    assert born_on(typed, TODAY) == day


def test_e155_04_a_name_with_the_day_written_day_first(caseload):  # noqa: F811
    assert search_terms("ñúñez 14/3/1985", TODAY) == ("ñúñez", date(1985, 3, 14))
    for typed in ("14/3/1985", "Nunez 14/03/1985"):
        result = clinic_app("list", "--db", caseload, "--search", typed)
        assert (result.returncode, result.stderr) == (0, ""), typed
        assert result.stdout == "1\tJosé Ñúñez-Pérez\t1985-03-14\n"
