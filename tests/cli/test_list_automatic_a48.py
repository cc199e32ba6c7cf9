"""A48: `clinic-app list --eligible-within 30` was "the clients to file for within 30 days",
automatic relief coming (PC 1203.425, 851.93: nothing to file) among them.  `--outcome` now
takes the halves of eligible later too, as the window's Outcome filter does:
eligible_on_to_file (with --eligible-within: the petitions of the next days) and
eligible_on_automatic; `eligible_on` still lists both."""

from __future__ import annotations

from db.repository import Repository
from tests.automatic_relief import arrest_relief_later, clean_slate_later, to_file, to_file_later
from tests.cli.test_cli import clinic_app
from ui.models.caseload_model import CaseloadFilter


def test_list_splits_eligible_later_as_the_window_filter_does(tmp_path):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        lorena, armando = repo.add_client(clean_slate_later()), repo.add_client(arrest_relief_later())
        felipe = repo.add_client(to_file_later())
        repo.add_client(to_file())  # eligible now: in none of them
    assert clinic_app("rescreen", "--db", str(db), "--as-of", "2026-12-02").returncode == 0

    def ids(*options: str) -> list[int]:
        result = clinic_app("list", "--db", str(db), "--as-of", "2026-12-02", *options)
        assert result.returncode == 0, result.stderr
        return sorted(int(line.split("\t")[0]) for line in result.stdout.splitlines())

    assert ids("--outcome", "eligible_on_to_file") == [felipe]
    assert ids("--outcome", "eligible_on_automatic") == sorted([lorena, armando])
    assert ids("--outcome", "eligible_on") == sorted([lorena, armando, felipe])
    # 2030-09-29 is 1,397 days away: the petitions of those days, and the automatic relief apart.
    assert ids("--eligible-within", "1400") == sorted([armando, felipe])
    assert ids("--outcome", "eligible_on_to_file", "--eligible-within", "1400") == [felipe]
    assert ids("--outcome", "eligible_on_automatic", "--eligible-within", "1400") == [armando]
    with Repository.open(db) as repo:
        rows = repo.list_clients()
    for outcome in ("eligible_on", "eligible_on_to_file", "eligible_on_automatic"):
        window = [row.id for row in rows if CaseloadFilter(outcome=outcome).accepts(row)]
        assert sorted(window) == ids("--outcome", outcome), outcome
