"""E48: `clinic-app list --newly-eligible-since DATE` gives the clients who became eligible now
since that day, as the window's "Newly eligible" does, from the day kept in the caseload; a
re-screen names those with automatic relief only apart from the new filings."""

from __future__ import annotations

import json
from datetime import date

from db.repository import Repository
from tests.automatic_relief import clean_slate_only
from tests.cli.test_cli import assert_plain_error, clinic_app
from tests.cli.test_rescreen_newly_eligible_q46 import _on_probation_until

MARK = "automatic relief only: nothing to file, check the RAP sheet"


def test_the_week_s_new_filings_are_listed_after_the_rescreen_that_found_them(tmp_path):
    """`rescreen` named who it made eligible now, once: the next day they could not be listed
    again (nor seen in the window), and a client whose only relief now is automatic (nothing
    to file) was counted among the new filings."""
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        ana = repo.add_client(_on_probation_until("Ana Long-Ago", "BA1", date(2022, 6, 1)))
        bea = repo.add_client(_on_probation_until("Bea This-Week", "BA2", date(2024, 9, 28)))
        carmen = repo.add_client(clean_slate_only("Carmen Automática"))
    assert clinic_app("rescreen", "--db", str(db), "--as-of", "2024-09-20").returncode == 0
    week = clinic_app("rescreen", "--db", str(db), "--as-of", "2024-10-05")
    assert week.returncode == 0, week.stderr
    assert week.stdout.splitlines()[1:] == [
        "1 client became eligible now:", f"{bea}\tBea This-Week\t1985-03-14",
        "1 client became eligible now by automatic relief alone (PC 1203.425 / 851.93): nothing to file, check the RAP sheet and tell them:",
        f"{carmen}\tCarmen Automática\t1959-01-01"]
    assert f"clinic-app list --db {db} --newly-eligible-since 2024-10-05" in week.stderr  # its caseload (X64-02)

    def listed(*args: str) -> list[str]:
        result = clinic_app("list", "--db", str(db), *args)
        assert result.returncode == 0, result.stderr
        return result.stdout.splitlines()

    # The next day, or after another re-screen a week on: still there, since the day.
    assert clinic_app("rescreen", "--db", str(db), "--as-of", "2024-10-12").returncode == 0
    assert listed("--newly-eligible-since", "2024-10-01") == [
        f"{bea}\tBea This-Week\t1985-03-14", f"{carmen}\tCarmen Automática\t1959-01-01\t{MARK}"]
    assert listed("--newly-eligible-since", "2024-10-01", "--outcome", "eligible_now_to_file") == [
        f"{bea}\tBea This-Week\t1985-03-14\tcase BA2, Los Angeles County, CA: PC 1203.4 dismissal"]  # P123-01
    assert listed("--newly-eligible-since", "2024-10-06") == []  # last week's, not this one's
    assert [json.loads(line) for line in listed("--newly-eligible-since", "2024-10-01", "--json")] == [
        {"id": bea, "name": "Bea This-Week", "dob": "1985-03-14", "file_on": None, "eligible_now_since": "2024-10-05", "automatic_only": False, "all_filed": False},
        {"id": carmen, "name": "Carmen Automática", "dob": "1959-01-01", "file_on": None, "eligible_now_since": "2024-10-05", "automatic_only": True, "all_filed": False}]
    assert str(ana) not in [line.split("\t")[0] for line in listed("--newly-eligible-since", "2000-01-01")]  # eligible before it was kept
    assert_plain_error(clinic_app("list", "--db", str(db), "--newly-eligible-since", "last week"), 2, "--newly-eligible-since")
