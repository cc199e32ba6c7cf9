"""C103-02: `clinic-app list --outcome eligible_now` (or --remedy, --eligible-within ...) on
clients not screened yet, a demo caseload or a day imported and not re-screened, said "no
client matches": a paralegal read that none of 500 clients was eligible, where nobody's
outcome was known.  Every filter read from the last screening says how many are not screened
and how to screen them, as `list --review` does (V100-03)."""

from __future__ import annotations

import pytest

from tests.cli.test_cli import clinic_app


@pytest.fixture
def not_screened(tmp_path):
    db = tmp_path / "caseload.sqlite"
    assert clinic_app("demo", "--db", db, "--clients", "12").returncode == 0  # a demo caseload is not screened
    return db


@pytest.mark.parametrize("asked", [["--outcome", "eligible_now"], ["--remedy", "prop47"], ["--eligible-within", "30"],
                                   ["--to-file-within", "30"], ["--newly-eligible-since", "2026-11-01"]])
def test_a_list_read_from_screenings_of_clients_not_screened_says_so(not_screened, asked):
    result = clinic_app("list", "--db", not_screened, *asked)
    assert result.returncode == 0 and result.stdout == ""
    assert result.stderr.strip() == (f"clinic-app: no client matches {' '.join(asked)}; 12 clients are not screened yet, "
                                     f"so their results are not known: clinic-app rescreen --db {not_screened} screens them")


def test_a_list_beside_clients_not_screened_yet_notes_them(not_screened):
    assert clinic_app("rescreen", "--db", not_screened).returncode == 0
    assert clinic_app("demo", "--db", not_screened, "--clients", "3", "--seed", "5", "--mix").returncode == 0
    result = clinic_app("list", "--db", not_screened, "--outcome", "eligible_now")
    assert result.returncode == 0 and result.stdout  # the screened clients eligible now are listed
    assert result.stderr.strip() == ("clinic-app: note: 3 clients are not screened yet, so their results are not known: "
                                     f"clinic-app rescreen --db {not_screened} screens them")


def test_a_list_read_from_the_cases_or_the_names_has_no_such_note(not_screened):
    result = clinic_app("list", "--db", not_screened, "--search", "zzzz-nobody")
    assert result.stderr.strip() == "clinic-app: no client matches --search 'zzzz-nobody'"
    assert clinic_app("list", "--db", not_screened).stderr == ""
