"""H58-07: `clinic-app export --since` read its day otherwise than every other date of the
command line: a day of the right shape that is no day ("2026-11-31") was "not a date
(YYYY-MM-DD)", with no word of what was wrong with it, and date.fromisoformat's other ISO forms
("20261201", "2026-W49", the Monday of a week) were taken without a word.  It now reads the
day as --as-of and --newly-eligible-since do."""

from __future__ import annotations

import pytest

from clinic_app.demo import generate_clients
from db.repository import Repository
from tests.cli.test_cli import assert_plain_error, clinic_app


@pytest.fixture
def demo_db(tmp_path):
    path = tmp_path / "caseload.sqlite"
    with Repository.open(path, user="cli-test") as repo:
        repo.add_clients(generate_clients(3, seed=5))
    return path


# Since K293-01 in the date boxes' words, and a RAP sheet's "20261201" taken, as they take it.
@pytest.mark.parametrize("typed, said", [
    ("2026-11-31", "--since: Not a date: there is no 2026-11-31 (November 2026 has 30 days)"),
    ("2026-336", "--since: Not a date: write it as 2026-12-31, 12/31/2026 or \"December 31 2026\""),
    ("2026-W49", "--since: Not a date: write it as 2026-12-31, 12/31/2026 or \"December 31 2026\""),
])
def test_export_since_a_day_says_what_is_wrong_with_it_as_as_of_does(tmp_path, demo_db, typed, said):
    result = clinic_app("export", "--db", demo_db, "--since", typed, "--out", tmp_path / "day.jsonl")
    assert_plain_error(result, 2, said)
    assert not (tmp_path / "day.jsonl").exists()
