"""M60-02: "Cases still to enter" (and `clinic-app list --outcome to_enter`) read a convicted
case with no count typed from the line's outstanding items, which only a screening writes: the
clients of an intake laptop's file, imported and not screened yet ("They are not screened yet:
clinic-app rescreen ..."), were missing from it, the very clients it is for, until a re-screen."""

from __future__ import annotations

from db.repository import Repository
from tests.automatic_relief import to_file
from tests.cli.test_cli import clinic_app
from tests.gui.test_cases_still_to_enter_i59 import counts_not_typed, no_case_yet
from ui.models.caseload_model import CaseloadFilter
from ui.services import client_row


def test_m60_imported_clients_not_screened_yet_are_still_to_enter(tmp_path):
    laptop, caseload, day = tmp_path / "laptop.sqlite", tmp_path / "caseload.sqlite", tmp_path / "day.jsonl"
    with Repository.open(laptop) as repo:
        for make in (counts_not_typed, no_case_yet, to_file):
            repo.add_client(make())
    assert clinic_app("export", "--db", laptop, "--all", "--out", day).returncode == 0
    imported = clinic_app("import", "--db", caseload, day)
    assert imported.returncode == 0 and "not screened yet" in imported.stdout, imported.stdout + imported.stderr

    listed = clinic_app("list", "--db", caseload, "--outcome", "to_enter")
    assert listed.returncode == 0, listed.stderr
    assert [line.split("\t")[1] for line in listed.stdout.splitlines()] == ["Carlos Cuenta", "Nadia Sincaso"]
    with Repository.open(caseload) as repo:
        lines = repo.list_clients()
        assert sorted(row.name for row in lines if CaseloadFilter(outcome="to_enter").accepts(row)) == ["Carlos Cuenta",
                                                                                                         "Nadia Sincaso"]
        carlos = next(row for row in lines if row.name == "Carlos Cuenta")
        assert carlos.best is None and carlos.outstanding == ["convictions of case 24CR001 not entered"]
        # The line the window makes of a client it has not screened says the same.
        assert client_row(repo.get_client(carlos.id), None) == carlos
    # Once screened, the same clients, as before.
    assert clinic_app("rescreen", "--db", caseload).returncode == 0
    again = clinic_app("list", "--db", caseload, "--outcome", "to_enter").stdout
    assert [line.split("\t")[1] for line in again.splitlines()] == ["Carlos Cuenta", "Nadia Sincaso"]
