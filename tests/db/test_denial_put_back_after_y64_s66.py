"""S66-01: Edit > Redo of a denial on a caseload saved by stop 43's code (Y64-01: each save wrote the
"denial" "entered" row, every time a denial came back) and denials typed before it (their rows
written by m017 when the caseload was opened, after every row of the log).  The Redo looked up
the denial's entry by the row last written (the highest id): m017's row of the first typing,
months before, not Y64's row of the denial typed again since.  So it took the first Undo as the
moment the denial was off, found the attorney's review made after it was typed again, while
it stood, and asked for the review again of the very denial reviewed."""

from __future__ import annotations

import sqlite3
from datetime import date

from clinic_app.court import court_action
from db import records as r
from db.connection import open_caseload
from db.rescreen import rescreen_caseload
from db.repository import Repository, _denials_entered
from tests.automatic_relief import AS_OF, to_file
from tests.db.test_denials_entered_backfill_d65 import DENIED, _old_save, _review
from tests.test_denial_review_before_entry_d64 import FILED, _moment


def _y64_save(repo: Repository, client_id: int, change) -> None:
    """A save as stop 43's code wrote it (Y64-01, before D65-02): the record, its "update" row
    and a "denial" "entered" row for each denial in it after and not before, Redo or not."""
    before = repo.get_client(client_id)
    after = repo.get_client(client_id)
    change(after)
    at = repo._now()
    with repo._write() as conn:
        repo._replace_record(conn, after)
        repo._audit(conn, client_id, "client", "update", r.client_json(before), r.client_json(after), at=at)
        for denial in _denials_entered(r.client_json(before), r.client_json(after)):
            repo._audit(conn, client_id, "denial", "entered", None, r._json(denial), at=at)


def _line(repo: Repository, client_id: int) -> str:
    return court_action(next(row for row in repo.list_clients() if row.id == client_id).court, AS_OF)


def test_s66_01_a_redo_finds_the_denial_entered_last_not_the_row_written_last(tmp_path):
    path = tmp_path / "caseload.sqlite"
    clock = {"now": _moment(9, day=date(2026, 11, 20))}
    repo = Repository(open_caseload(path), user="paralegal", clock=lambda: clock["now"])
    deny = lambda c: setattr(c.cases[0], "petitions", [DENIED])  # noqa: E731
    clear = lambda c: setattr(c.cases[0], "petitions", [FILED])  # noqa: E731
    with repo:
        client = to_file("Dora Denegada")
        client.cases[0].petitions = [FILED]
        client_id = repo.add_client(client)
        rescreen_caseload(repo, AS_OF, workers=1)
        # Before stop 43: the denial typed, then taken off (an Undo).
        clock["now"] = _moment(10, day=date(2026, 11, 20))
        _old_save(repo, client_id, deny)
        clock["now"] = _moment(11, day=date(2026, 11, 20))
        _old_save(repo, client_id, clear)
        # With stop 43's code: typed again (its row written), then the attorney reviews it.
        clock["now"] = _moment(10, day=date(2026, 11, 23))
        _y64_save(repo, client_id, deny)
        _review(repo, client_id, _moment(11, day=date(2026, 11, 23)))
    old = sqlite3.connect(path)
    old.execute("DELETE FROM _sqlite_migrations WHERE name IN ('m017_denials_entered_before_their_row', 'm018_remedies_open', 'm019_case_number_ends_run_together', 'm020_clients_by_birth_date')")
    old.execute("PRAGMA user_version = 16")
    old.commit()
    old.close()
    repo = Repository(open_caseload(path), user="paralegal", clock=lambda: clock["now"])
    with repo:
        rescreen_caseload(repo, AS_OF, workers=1)
        assert _line(repo, client_id) == "Denied 2026-11-20: reviewed by the attorney 2026-11-23"
        # Now: Edit > Undo, then Edit > Redo, no review made between.
        clock["now"] = _moment(14, day=date(2026, 11, 24))
        stored = repo.get_client(client_id)
        clear(stored)
        repo.save_client(stored)
        clock["now"] = _moment(15, day=date(2026, 11, 24))
        stored = repo.get_client(client_id)
        deny(stored)
        repo.save_client(stored)
        rescreen_caseload(repo, AS_OF, workers=1)
        assert _line(repo, client_id) == "Denied 2026-11-20: reviewed by the attorney 2026-11-23"
