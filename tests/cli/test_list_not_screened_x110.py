"""X110-03: the report says "Not screened yet: N" (after a laptop's day imported, a demo
caseload not re-screened), but neither the window's Outcome filter nor `clinic-app list` could
list those clients: only the status line counted them (F109's "left alone").  `list --outcome
not_screened` lists them, as the window's "Not screened yet" does, the same clients the report
counts, for the whole caseload and an event."""

from __future__ import annotations

import json

from db.repository import Repository
from tests.automatic_relief import to_file
from tests.cli.test_cli import clinic_app
from tests.gui.test_cases_still_to_enter_i59 import counts_not_typed, no_case_yet, pending_case


def _caseload(tmp_path) -> str:
    """Two clients screened (one at the fair); four added after, not screened, two of them at
    the fair: two with no case, one with a case's counts to type, one entered whole."""
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        at_fair = to_file()
        at_fair.name, at_fair.event = "Fiona Feria", "Fair"
        repo.add_clients([to_file(), at_fair])
    assert clinic_app("rescreen", "--db", str(db)).returncode == 0
    with Repository.open(db) as repo:
        fair = [no_case_yet("Iris Intake"), pending_case()]
        for client in fair:
            client.event = "Fair"
        repo.add_clients([no_case_yet(), counts_not_typed(), *fair])
    return str(db)


def _names(db: str, *args: str) -> set[str]:
    lines = clinic_app("list", "--db", db, "--json", *args).stdout.splitlines()
    return {json.loads(line)["name"] for line in lines}


def _report(db: str, *args: str) -> dict:
    return json.loads(clinic_app("report", "--db", db, "--json", *args).stdout)


def test_x110_03_list_outcome_not_screened_lists_the_clients_the_report_counts(tmp_path):
    db = _caseload(tmp_path)
    listed = _names(db, "--outcome", "not_screened")
    assert listed == {"Nadia Sincaso", "Carlos Cuenta", "Iris Intake", "Paula Pendiente"}
    assert _report(db)["outcomes"]["not_screened"] == len(listed)
    at_fair = _names(db, "--outcome", "not_screened", "--event", "Fair")
    assert at_fair == {"Iris Intake", "Paula Pendiente"}
    assert _report(db, "--event", "Fair")["outcomes"]["not_screened"] == len(at_fair)
    # The text lines too, one a client, with no "not screened yet, so their results are not
    # known" said of the very clients asked for.
    run = clinic_app("list", "--db", db, "--outcome", "not_screened")
    assert run.returncode == 0 and len(run.stdout.splitlines()) == 4, run.stdout
    assert "not screened yet" not in run.stderr, run.stderr
    # Both ways: the report's "Not screened yet" line says as many as the list gives.
    text = clinic_app("report", "--db", db).stdout
    assert any(line.split() == ["Not", "screened", "yet", "4"] for line in text.splitlines()), text


def test_x110_03_once_screened_none_is_listed_and_the_report_counts_none(tmp_path):
    db = _caseload(tmp_path)
    assert clinic_app("rescreen", "--db", db).returncode == 0
    assert _names(db, "--outcome", "not_screened") == set()
    assert "not_screened" not in _report(db)["outcomes"]
    assert "not_screened" in clinic_app("list", "--help").stdout
