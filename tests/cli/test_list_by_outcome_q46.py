"""Q46-03: `clinic-app list` narrowed to the week's filings, as the window's Outcome filter is."""

from __future__ import annotations

from datetime import date

from db.repository import Repository
from tests.cli.test_cli import assert_plain_error, clinic_app
from tests.cli.test_rescreen_newly_eligible_q46 import _on_probation_until


def test_list_narrows_to_an_outcome_or_to_those_eligible_within_so_many_days(tmp_path):
    """`list` gave every client of the caseload (5,000 lines) or a name search: who is eligible
    now, or will be within 30 days, was found only in the window.  `--outcome` and
    `--eligible-within DAYS` narrow it as the window's Outcome filter does."""
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        now = repo.add_client(_on_probation_until("Ana Long-Ago", "BA1", date(2024, 5, 1)))
        soon = repo.add_client(_on_probation_until("Bea Next-Week", "BA2", date(2026, 11, 28)))
        later = repo.add_client(_on_probation_until("Cai Next-Year", "BA3", date(2027, 9, 1)))
    assert clinic_app("rescreen", "--db", str(db), "--as-of", "2026-11-22").returncode == 0

    def ids(*args: str) -> list[int]:
        result = clinic_app("list", "--db", str(db), *args)
        assert result.returncode == 0, result.stderr
        return [int(line.split("\t")[0]) for line in result.stdout.splitlines()]

    assert ids("--outcome", "eligible_now") == [now]
    assert ids("--outcome", "eligible_on") == [soon, later]
    assert ids("--eligible-within", "30", "--as-of", "2026-11-22") == [soon]
    assert ids("--eligible-within", "7", "--as-of", "2026-11-15") == []
    assert_plain_error(clinic_app("list", "--db", str(db), "--outcome", "eligible"), 2, "invalid choice: 'eligible'")
    assert_plain_error(clinic_app("list", "--db", str(db), "--eligible-within", "-1"), 2, "--eligible-within must be 0 or more")
