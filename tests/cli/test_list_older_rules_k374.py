"""K374-03: the window's status line counts the clients screened under older rules than this
Clinic Desk's, and `list` said the count, but nothing named them: a paralegal could re-screen
all 3,000 or none.  `list --older-rules` lists them, each line ending with the rules they were
screened by (`rules_version` in --json), read as the count is (Repository.screened_by_older_rules,
the rule Repository.screening_counts counts by)."""

from __future__ import annotations

import json
from datetime import date

from clinic_app.eligibility import RULES_VERSION
from db.repository import Repository
from tests.cli.test_cli import clinic_app
from tests.cli.test_rescreen_newly_eligible_q46 import _on_probation_until
from tests.older_rules import OLDER_RULES, told_by_older_rules


def test_k374_03_list_older_rules_names_the_clients_screened_by_them(tmp_path):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        old = repo.add_client(_on_probation_until("Ana Older", "BA1", date(2024, 5, 1)))
        repo.add_client(_on_probation_until("Bea Current", "BA2", date(2024, 5, 1)))
        repo.add_client(_on_probation_until("Cai Unscreened", "BA3", date(2024, 5, 1)))
    assert clinic_app("rescreen", "--db", db, "--as-of", "2026-12-07").returncode == 0
    with Repository.open(db) as repo:
        told_by_older_rules(repo, old)
        repo.add_client(_on_probation_until("Dee Never Screened", "BA4", date(2024, 5, 1)))
        assert repo.screening_counts(RULES_VERSION, date(2026, 12, 7)).older == 1  # the window's count

    listed = clinic_app("list", "--db", db, "--older-rules")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines() == [f"{old}\tAna Older\t1985-03-14\tscreened by rules {OLDER_RULES}"]
    as_json = [json.loads(line) for line in clinic_app("list", "--db", db, "--older-rules", "--json").stdout.splitlines()]
    assert [(line["id"], line["rules_version"]) for line in as_json] == [(old, OLDER_RULES)]
    assert "--older-rules" in clinic_app("list", "--help").stdout

    assert clinic_app("rescreen", "--db", db, "--as-of", "2026-12-07").returncode == 0
    again = clinic_app("list", "--db", db, "--older-rules")
    assert again.stdout == "" and "no client matches --older-rules" in again.stderr
