"""N47: `clinic-app list --outcome` tells the clients eligible now with a petition to file from
those whose only relief now is automatic (PC 1203.425, 851.93), as the window's Outcome filter
does, and `eligible_now` still lists both."""

from __future__ import annotations

from db.repository import Repository
from tests.automatic_relief import arrest_relief_only, clean_slate_only, to_file
from tests.cli.test_cli import clinic_app
from ui.models.caseload_model import CaseloadFilter


def test_list_splits_eligible_now_as_the_window_filter_does(tmp_path):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        automatic = [repo.add_client(clean_slate_only()), repo.add_client(arrest_relief_only())]
        filing = repo.add_client(to_file())
    assert clinic_app("rescreen", "--db", str(db), "--as-of", "2026-12-02").returncode == 0

    def ids(outcome: str) -> list[int]:
        result = clinic_app("list", "--db", str(db), "--outcome", outcome)
        assert result.returncode == 0, result.stderr
        return [int(line.split("\t")[0]) for line in result.stdout.splitlines()]

    assert ids("eligible_now_to_file") == [filing]
    assert sorted(ids("eligible_now_automatic")) == sorted(automatic)
    assert sorted(ids("eligible_now")) == sorted([*automatic, filing])
    with Repository.open(db) as repo:
        rows = repo.list_clients()
    for outcome in ("eligible_now", "eligible_now_to_file", "eligible_now_automatic"):
        window = [row.id for row in rows if CaseloadFilter(outcome=outcome).accepts(row)]
        assert sorted(window) == sorted(ids(outcome)), outcome
