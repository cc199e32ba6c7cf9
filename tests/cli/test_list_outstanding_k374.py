"""K374-02: at a terminal, `clinic-app list` could not name the clients still waiting on something
(a fine to pay, a class, community service, probation running): only the window's "Something
outstanding" filter and its Outstanding column said it.  `list --outstanding` lists them, each
line ending with the Outstanding column's words (`outstanding` in --json), asking the domain's
`summary.something_outstanding` and `summary.outstanding_said` as the window does."""

from __future__ import annotations

import json
from datetime import date

from clinic_app.summary import outstanding_said, something_outstanding
from db.repository import Repository
from tests.cli.test_cli import clinic_app
from tests.cli.test_rescreen_newly_eligible_q46 import _on_probation_until


def test_k374_02_list_outstanding_names_who_waits_on_something_and_what(tmp_path):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        ana = repo.add_client(_on_probation_until("Ana Waiting", "BA1", date(2027, 3, 7)))
        repo.add_client(_on_probation_until("Bea Done", "BA2", date(2024, 5, 1)))
    assert clinic_app("rescreen", "--db", db, "--as-of", "2026-12-07").returncode == 0

    listed = clinic_app("list", "--db", db, "--outstanding")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines() == [f"{ana}\tAna Waiting\t1985-03-14\tprobation to 2027-03-07"]
    as_json = [json.loads(line) for line in clinic_app("list", "--db", db, "--outstanding", "--json").stdout.splitlines()]
    assert [(line["id"], line["outstanding"]) for line in as_json] == [(ana, ["probation to 2027-03-07"])]
    # The same rule and words the window's filter and column read.
    with Repository.open(db) as repo:
        rows = repo.list_clients()
    assert [row.id for row in rows if something_outstanding(row)] == [ana]
    assert outstanding_said(["fines $133", "probation to 2027-03-07"]) == "fines $133, probation to 2027-03-07"
    assert "--outstanding" in clinic_app("list", "--help").stdout


def test_k374_02_list_outstanding_with_none_says_so(tmp_path):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        repo.add_client(_on_probation_until("Bea Done", "BA2", date(2024, 5, 1)))
    assert clinic_app("rescreen", "--db", db, "--as-of", "2026-12-07").returncode == 0
    listed = clinic_app("list", "--db", db, "--outstanding")
    assert listed.returncode == 0 and listed.stdout == ""
    assert "no client matches --outstanding" in listed.stderr
