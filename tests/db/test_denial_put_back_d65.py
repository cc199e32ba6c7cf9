"""D65-02 on a caseload made before: a denial typed, reviewed and taken off (Edit > Undo) by the
old code, its "entered" row written by m017 when the caseload is opened, then put back (Redo)
by this code.  The save that entered it is found by the moment the row shares with it (m017's
rows come after every save in the log): the review made while it stood still counts; one made
while it was off does not."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from clinic_app.court import court_action
from db.connection import open_caseload
from db.rescreen import rescreen_caseload
from db.repository import Repository
from tests.automatic_relief import AS_OF, to_file
from tests.db.test_denials_entered_backfill_d65 import DENIED, _old_save, _review
from tests.test_denial_review_before_entry_d64 import FILED, _moment


@pytest.mark.parametrize("reviewed_hour, said", [
    (11, "Denied 2026-11-20: reviewed by the attorney 2026-11-21"),  # while the denial stood
    (13, "Denied 2026-11-20: attorney to review"),  # while it was off the record
])
def test_d65_02_a_denial_put_back_after_the_caseload_was_migrated(tmp_path, reviewed_hour, said):
    path = tmp_path / "caseload.sqlite"
    day = date(2026, 11, 21)
    clock = {"now": _moment(9, day=day)}
    repo = Repository(open_caseload(path), user="paralegal", clock=lambda: clock["now"])
    with repo:
        client = to_file("Dora Denegada")
        client.cases[0].petitions = [FILED]
        client_id = repo.add_client(client)
        rescreen_caseload(repo, AS_OF, workers=1)
        clock["now"] = _moment(10, day=day)
        _old_save(repo, client_id, lambda c: setattr(c.cases[0], "petitions", [DENIED]))
        clock["now"] = _moment(12, day=day)
        _old_save(repo, client_id, lambda c: setattr(c.cases[0], "petitions", [FILED]))  # Undo
        _review(repo, client_id, _moment(reviewed_hour, day=day))
        clock["now"] = _moment(14, day=day)
        _old_save(repo, client_id, lambda c: setattr(c, "notes", "Called"))
    old = sqlite3.connect(path)
    old.execute("DELETE FROM _sqlite_migrations WHERE name IN ('m017_denials_entered_before_their_row', 'm018_remedies_open', 'm019_case_number_ends_run_together', 'm020_clients_by_birth_date')")
    old.execute("PRAGMA user_version = 16")
    old.commit()
    old.close()
    repo = Repository(open_caseload(path), user="paralegal", clock=lambda: clock["now"])
    with repo:
        clock["now"] = _moment(15, day=day)
        stored = repo.get_client(client_id)
        stored.cases[0].petitions = [DENIED]  # Redo
        repo.save_client(stored)
        rescreen_caseload(repo, AS_OF, workers=1)
        assert court_action(next(r for r in repo.list_clients() if r.id == client_id).court, AS_OF) == said
