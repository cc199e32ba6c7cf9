"""D65-01: a denial typed before the save wrote its "denial" "entered" row (Y64-01) had no moment,
so a review made on the ruling's morning, before the paralegal typed the denial that afternoon,
counted as the attorney's review of the denial (T63, D64-02): the line read "Denied 2026-11-20:
reviewed by the attorney", and the report, worksheet and handout said so too.  Migration m017
writes those rows once, from the saves ("client" "update") that typed each denial, when a
caseload made by the old code is opened: after its automatic backup, never twice, and none for a
denial that came with the record (a client added with it), which no save typed."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date

from clinic_app.court import court_action
from clinic_app.review import answer_key
from db import migrations
from db import records as r
from db.backup import backups_folder
from db.connection import open_caseload
from db.rescreen import rescreen_caseload
from db.repository import Repository
from tests.automatic_relief import AS_OF, to_file
from tests.test_denial_review_before_entry_d64 import FILED, RULED, _moment

DENIED = replace(FILED, ruling="denied", ruling_on=RULED)


def _old_save(repo: Repository, client_id: int, change) -> None:
    """A save as the program wrote it before Y64-01: the record and its "update" row alone."""
    before = repo.get_client(client_id)
    after = repo.get_client(client_id)
    change(after)
    with repo._write() as conn:
        repo._replace_record(conn, after)
        repo._audit(conn, client_id, "client", "update", r.client_json(before), r.client_json(after))


def _review(repo: Repository, client_id: int, when) -> None:
    stored = repo.latest_screening(client_id)
    d = next(d for d in stored.screening.results if d.remedy == "pc1203_4")
    repo.record_reviews(client_id, [(d.case, d.conviction, d.remedy, answer_key(d))], "Looked at it",
                        facts_hash=stored.facts_hash, at=when)


def _deny(client) -> None:
    client.cases[0].petitions = [DENIED]


def _entered(conn, client_id: int) -> list[tuple]:
    return conn.execute("SELECT at, user, after FROM audit WHERE client_id = ? AND entity = 'denial' AND action = 'entered' "
                        "ORDER BY id", (client_id,)).fetchall()


def _lines(repo: Repository) -> dict[int, str]:
    return {row.id: court_action(row.court, AS_OF) for row in repo.list_clients()}


def test_d65_01_denials_typed_before_their_row_get_it_from_their_save_once_when_the_caseload_is_opened(tmp_path):
    path = tmp_path / "caseload.sqlite"
    clock = {"now": _moment(9, day=date(2026, 11, 2))}
    repo = Repository(open_caseload(path), user="paralegal", clock=lambda: clock["now"])
    with repo:
        ids = {}
        for name in ("Dora Denegada", "Elena Revisada", "Flor Traida", "Gala Nueva"):
            client = to_file(name)
            client.cases[0].petitions = [DENIED if name == "Flor Traida" else FILED]  # Flor came with her denial
            ids[name] = repo.add_client(client)
        rescreen_caseload(repo, AS_OF, workers=1)
        dora, elena, flor, gala = ids.values()
        # Dora: the attorney reviewed on the hearing morning; the denial was typed that afternoon.
        _review(repo, dora, _moment(9))
        clock["now"] = _moment(16)
        _old_save(repo, dora, _deny)
        for n in range(3):  # later saves, the denial in the record before and after
            clock["now"] = _moment(10 + n, day=date(2026, 11, 25))
            _old_save(repo, dora, lambda c, n=n: setattr(c, "notes", f"Call {n}"))
        # Elena: typed at 10, reviewed at 11: a review of the denial.
        clock["now"] = _moment(10)
        _old_save(repo, elena, _deny)
        _review(repo, elena, _moment(11))
        # Flor: added with the denial, reviewed the day after the ruling: no save typed it.
        _review(repo, flor, _moment(9, day=date(2026, 11, 21)))
        # Gala: typed by Y64's save, which wrote its row.
        clock["now"] = _moment(14)
        stored = repo.get_client(gala)
        _deny(stored)
        repo.save_client(stored)
        rescreen_caseload(repo, AS_OF, workers=1)
        # As the old code left it: Dora's morning review counts.
        assert _lines(repo)[dora] == "Denied 2026-11-20: reviewed by the attorney 2026-11-20"
    # The caseload as schema 16 left it.
    old = sqlite3.connect(path)
    old.execute("DELETE FROM _sqlite_migrations WHERE name IN ('m017_denials_entered_before_their_row', 'm018_remedies_open', 'm019_case_number_ends_run_together', 'm020_clients_by_birth_date')")
    old.execute("PRAGMA user_version = 16")
    old.commit()
    old.close()
    backups = set(backups_folder(path).glob("*"))

    repo = Repository(open_caseload(path), user="attorney", clock=lambda: clock["now"])
    with repo:
        conn = repo.db.conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION == 20
        # The automatic backup before migrating was made.
        made = set(backups_folder(path).glob("*")) - backups
        assert any("migration" in p.name for p in made), made
        case = repo.get_client(dora).cases[0].id
        assert _entered(conn, dora) == [(_moment(16).isoformat(), "paralegal", r._json(
            {"case": case, "remedy": "pc1203_4", "convictions": [], "filed_on": "2026-09-02", "ruling_on": "2026-11-20"}))]
        assert len(_entered(conn, elena)) == 1
        assert _entered(conn, flor) == []  # no moment claimed for a denial that came with the record
        assert len(_entered(conn, gala)) == 1  # Y64's row, not written twice
        lines = _lines(repo)
        assert lines[dora] == "Denied 2026-11-20: attorney to review"
        assert lines[elena] == "Denied 2026-11-20: reviewed by the attorney 2026-11-20"
        assert lines[flor] == "Denied 2026-11-20: reviewed by the attorney 2026-11-21"
        assert repo.denial_reviews(dora) == []
        # Run again (as if the migration were recorded lost): nothing more is written.
        count = conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0]
        with repo.db.atomic():
            migrations.m017_denials_entered_before_their_row(repo.db)
        assert conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0] == count
