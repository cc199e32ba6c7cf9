"""E58-01: a client newly eligible now whose every petition to file was filed already was
named among those "became eligible now:" (the week's filings) by `clinic-app rescreen`, and
listed by `list --newly-eligible-since` as any new filing: a paralegal working the weekly list
prepared papers already at the court.  They are now named apart, with where the court stands."""

from __future__ import annotations

import json
from datetime import date

from clinic_app.model import Petition
from db.repository import Repository
from tests.cli.test_cli import clinic_app
from tests.cli.test_rescreen_newly_eligible_q46 import _on_probation_until


def _filed(client, filed_on: date, **more):
    client.cases[0].petitions.append(Petition(remedy="pc1203_4", filed_on=filed_on, **more))
    return client


def bea_to_file_and_dora_filed(db) -> tuple[int, int]:
    """Two clients whose probation ended 2024-09-28, screened once before it: Bea with her
    petition still to file, Dora whose paralegal filed on 2024-10-01, before the weekly
    re-screen, with a hearing set for 2024-11-20."""
    with Repository.open(db) as repo:
        bea = repo.add_client(_on_probation_until("Bea To-File", "BA2", date(2024, 9, 28)))
        dora = repo.add_client(_filed(_on_probation_until("Dora Filed", "BA3", date(2024, 9, 28)), date(2024, 10, 1),
                                      hearing_on=date(2024, 11, 20)))
    assert clinic_app("rescreen", "--db", str(db), "--as-of", "2024-09-20").returncode == 0
    return bea, dora


def test_rescreen_names_apart_a_client_newly_eligible_whose_petition_is_filed(tmp_path):
    db = tmp_path / "caseload.sqlite"
    bea, dora = bea_to_file_and_dora_filed(db)
    week = clinic_app("rescreen", "--db", str(db), "--as-of", "2024-10-05")
    assert week.returncode == 0, week.stderr
    assert week.stdout.splitlines()[1:] == [
        "1 client became eligible now:", f"{bea}\tBea To-File\t1985-03-14",
        "1 client became eligible now, every petition to file already filed (where the court stands beside each):",
        f"{dora}\tDora Filed\t1985-03-14\tFiled 2024-10-01; hearing 2024-11-20"]


def test_list_newly_eligible_since_says_where_the_court_stands_for_one_filed_since(tmp_path):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        bea = repo.add_client(_on_probation_until("Bea To-File", "BA2", date(2024, 9, 28)))
        dora = repo.add_client(_on_probation_until("Dora Filed", "BA3", date(2024, 9, 28)))
    assert clinic_app("rescreen", "--db", str(db), "--as-of", "2024-09-20").returncode == 0
    assert clinic_app("rescreen", "--db", str(db), "--as-of", "2024-10-05").returncode == 0
    # Filed on Monday, after the re-screen that found her eligible; the list is read on Tuesday.
    with Repository.open(db) as repo:
        repo.save_client(_filed(repo.get_client(dora), date(2024, 10, 7)))
    assert clinic_app("rescreen", "--db", str(db), "--as-of", "2024-10-08").returncode == 0

    def listed(*args: str) -> list[str]:
        result = clinic_app("list", "--db", str(db), "--newly-eligible-since", "2024-10-01", "--as-of", "2024-10-08", *args)
        assert result.returncode == 0, result.stderr
        return result.stdout.splitlines()

    assert listed() == [f"{bea}\tBea To-File\t1985-03-14", f"{dora}\tDora Filed\t1985-03-14\tFiled 2024-10-07; awaiting ruling"]
    assert [(line["id"], line["all_filed"]) for line in map(json.loads, listed("--json"))] == [(bea, False), (dora, True)]
    # As the window's Outcome filter: those to file now are Bea only.
    assert listed("--outcome", "eligible_now_to_file") == [
        f"{bea}\tBea To-File\t1985-03-14\tcase BA2, Los Angeles County, CA: PC 1203.4 dismissal"]  # P123-01
