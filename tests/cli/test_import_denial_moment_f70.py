"""F70-03 through an export: the laptop's attorney reviewed the 1203.4 result on the hearing
morning, and the denial was typed in that afternoon.  On the laptop the line reads "attorney to
review" (the review came before the ruling was entered, D64-02).  Exported and imported at the
clinic, the denial came without its moment, the review's day alone decided, and the line read
"reviewed by the attorney 2026-11-20".  The export carries when each denial was typed
(`client.denials_entered`), and the import writes it for the client it adds; merged into the
clinic's own record of the client, it goes on with the denial (test_merge_denial_moment_f70)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from clinic_app.court import court_action
from db.connection import open_caseload
from db.rescreen import rescreen_caseload
from db.repository import Repository
from tests.automatic_relief import AS_OF, to_file
from tests.cli.test_cli import clinic_app
from tests.db.test_denials_entered_backfill_d65 import DENIED, _review
from tests.test_denial_review_before_entry_d64 import FILED, _moment


def _line(path, client_id: int) -> str:
    with Repository.open(path) as repo:
        rescreen_caseload(repo, AS_OF, workers=1)
        return court_action(next(row for row in repo.list_clients() if row.id == client_id).court, AS_OF)


@pytest.mark.parametrize("reviewed_hour, said", [
    (9, "Denied 2026-11-20: attorney to review"),  # the hearing morning, before the ruling was typed
    (15, "Denied 2026-11-20: reviewed by the attorney 2026-11-20"),  # after it was typed
])
def test_f70_03_an_imported_denial_keeps_the_moment_it_was_typed_on_the_laptop(tmp_path, reviewed_hour, said):
    laptop, day, clinic = tmp_path / "laptop.sqlite", tmp_path / "day.jsonl", tmp_path / "clinic.sqlite"
    clock = {"now": _moment(8, day=date(2026, 11, 2))}
    with Repository(open_caseload(laptop), user="volunteer", clock=lambda: clock["now"]) as repo:
        client = to_file("Dora Denegada")
        client.cases[0].petitions = [FILED]
        client_id = repo.add_client(client)
        rescreen_caseload(repo, AS_OF, workers=1)
        _review(repo, client_id, _moment(reviewed_hour))
        clock["now"] = _moment(14)
        stored = repo.get_client(client_id)
        stored.cases[0].petitions = [DENIED]
        repo.save_client(stored)
    assert _line(laptop, client_id) == said
    assert clinic_app("export", "--db", laptop, "--all", "--out", day).returncode == 0
    (record,) = [json.loads(line) for line in day.read_text(encoding="utf-8").splitlines()]
    assert record["client"]["denials_entered"] == [{"case": "a", "remedy": "pc1203_4", "convictions": [], "filed_on": "2026-09-02",
                                                    "ruling_on": "2026-11-20", "at": _moment(14).isoformat()}]
    imported = clinic_app("import", day, "--db", clinic)
    assert imported.returncode == 0, imported.stderr
    assert _line(clinic, 1) == said


def test_f70_03_a_client_with_no_denial_is_exported_as_before(tmp_path):
    laptop, day = tmp_path / "laptop.sqlite", tmp_path / "day.jsonl"
    with Repository.open(laptop, user="volunteer") as repo:
        client = to_file("Flor Pendiente")
        client.cases[0].petitions = [FILED]
        repo.add_client(client)
    assert clinic_app("export", "--db", laptop, "--all", "--out", day).returncode == 0
    assert "denials_entered" not in day.read_text(encoding="utf-8")
