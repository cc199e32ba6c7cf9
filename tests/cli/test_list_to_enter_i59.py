"""I59-01: `clinic-app list --outcome to_enter` lists the clients whose cases are still to enter
(no case yet, or a case marked convicted whose counts are not typed), the same clients as the
window's "Cases still to enter"."""

from __future__ import annotations

import json


from db.repository import Repository
from tests.automatic_relief import to_file
from tests.cli.test_cli import clinic_app
from tests.gui.test_cases_still_to_enter_i59 import counts_not_typed, no_case_yet, pending_case
from ui.models.caseload_model import CaseloadFilter


def test_i59_list_to_enter_as_the_window_lists_them(tmp_path):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        ids = {make().name: repo.add_client(make()) for make in (no_case_yet, counts_not_typed, pending_case, to_file)}
    assert clinic_app("rescreen", "--db", str(db), "--as-of", "2026-12-02").returncode == 0

    result = clinic_app("list", "--db", str(db), "--outcome", "to_enter")
    assert result.returncode == 0, result.stderr
    listed = [line.split("\t") for line in result.stdout.splitlines()]
    assert [(int(i), name) for i, name, _dob in listed] == [(ids["Carlos Cuenta"], "Carlos Cuenta"),
                                                            (ids["Nadia Sincaso"], "Nadia Sincaso")]
    as_json = [json.loads(line)["id"] for line in clinic_app("list", "--db", str(db), "--outcome", "to_enter", "--json").stdout.splitlines()]
    assert as_json == [ids["Carlos Cuenta"], ids["Nadia Sincaso"]]
    # The window's filter takes the same clients from the same lines.
    with Repository.open(db) as repo:
        shown = {row.id for row in repo.list_clients() if CaseloadFilter(outcome="to_enter").accepts(row)}
    assert shown == {ids["Carlos Cuenta"], ids["Nadia Sincaso"]}
    assert "to_enter" in clinic_app("list", "--help").stdout
