"""J50: `clinic-app list --eligible-within 30` finds a client by the day of a petition coming
after automatic relief (eligible now or later by PC 1203.425 / 851.93 alone), and
`--to-file-within 30` lists the petitions only, automatic relief left out, as the window's
"Eligible within 30 days" and "To file within 30 days" do: the same clients."""

from __future__ import annotations

from datetime import date, timedelta

from db.repository import Repository
from tests.automatic_relief import (arrest_relief_later, arrest_relief_later_petition_after, arrest_relief_now_petition_soon,
                                    to_file, to_file_later)
from tests.cli.test_cli import clinic_app
from ui.models.caseload_model import CaseloadFilter


def test_j50_list_within_so_many_days_finds_the_petition_after_automatic_relief_as_the_window_does(tmp_path):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        nadia, teodoro, armando, felipe = (repo.add_client(make()) for make in (
            arrest_relief_now_petition_soon, arrest_relief_later_petition_after, arrest_relief_later, to_file_later))
        repo.add_client(to_file())  # eligible now, to file: in none of them
    assert clinic_app("rescreen", "--db", str(db), "--as-of", "2026-12-02").returncode == 0

    def ids(as_of: str, *options: str) -> list[int]:
        result = clinic_app("list", "--db", str(db), "--as-of", as_of, *options)
        assert result.returncode == 0, result.stderr
        return sorted(int(line.split("\t")[0]) for line in result.stdout.splitlines())

    # Nadia: eligible now by 851.93 alone, her 1203.4 petition on 2026-12-21.
    assert ids("2026-12-02", "--eligible-within", "30") == [nadia]
    assert ids("2026-12-02", "--to-file-within", "30") == [nadia]
    assert ids("2026-12-02", "--to-file-within", "7") == []
    # 2030-09-29: Armando's and Teodoro's automatic relief, Felipe's petition.
    assert ids("2030-09-10", "--eligible-within", "30") == sorted([nadia, teodoro, armando, felipe])
    assert ids("2030-09-10", "--to-file-within", "30") == sorted([nadia, felipe])
    assert teodoro in ids("2031-06-20", "--to-file-within", "30")  # his petition on 2031-07-01
    with Repository.open(db) as repo:
        rows = repo.list_clients()
    for as_of in ("2026-12-02", "2030-09-10", "2031-06-20"):
        for days in (7, 30):
            by = date.fromisoformat(as_of) + timedelta(days=days)
            for to_file_only, option in ((False, "--eligible-within"), (True, "--to-file-within")):
                window = [row.id for row in rows if CaseloadFilter(eligible_by=by, to_file=to_file_only).accepts(row)]
                assert sorted(window) == ids(as_of, option, str(days)), (as_of, option, days)


def test_j50_eligible_within_and_to_file_within_are_one_or_the_other(tmp_path):
    db = tmp_path / "caseload.sqlite"
    Repository.open(db).close()
    result = clinic_app("list", "--db", str(db), "--eligible-within", "30", "--to-file-within", "30")
    assert result.returncode != 0 and "give one of them" in result.stderr
    assert "must be 0 or more" in clinic_app("list", "--db", str(db), "--to-file-within", "-1").stderr
