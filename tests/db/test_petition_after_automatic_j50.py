"""J50: a client whose relief comes first automatic (nothing to file) and a petition later
keeps the petition's first day on the caseload line (`file_on`), written by every store and
re-screen, and worked out by migration m009 for a caseload of before (schema 8, no column)."""

from __future__ import annotations

import sqlite3
from datetime import date

from db import migrations
from db.repository import Repository
from db.rescreen import rescreen_caseload
from tests.automatic_relief import (AS_OF, arrest_relief_later, arrest_relief_later_petition_after,
                                    arrest_relief_now_petition_soon, to_file_later)
from ui.services import screen_and_store

EXPECTED = {
    "Nadia Ahora": ("eligible_now", True, date(2026, 12, 21)),
    "Teodoro Tarde": ("eligible_on", True, date(2031, 7, 1)),
    "Armando Arresto": ("eligible_on", True, None),  # automatic relief, no petition dated after it
    "Felipe Filing": ("eligible_on", False, None),  # a petition on the first day: "File on" says it
}


def lines(repo: Repository) -> dict[str, tuple[str | None, bool, date | None]]:
    return {row.name: (row.best, row.automatic_only, row.file_on) for row in repo.list_clients()}


def newest(repo: Repository) -> dict[str, date | None]:
    return {row.name: repo.latest_screening(row.id).summary.file_on for row in repo.list_clients()}


def _four(repo: Repository) -> list[int]:
    return [repo.add_client(make()) for make in (arrest_relief_now_petition_soon, arrest_relief_later_petition_after,
                                                 arrest_relief_later, to_file_later)]


def test_j50_a_screening_stored_from_the_window_keeps_the_petitions_day(repo):
    for client_id in _four(repo):
        screen_and_store(repo, repo.get_client(client_id), AS_OF)
    assert lines(repo) == EXPECTED
    assert newest(repo) == {name: day for name, (_b, _a, day) in EXPECTED.items()}


def test_j50_a_whole_caseload_rescreen_writes_it_on_every_line(repo):
    _four(repo)
    assert rescreen_caseload(repo, AS_OF, workers=1) == 4
    assert lines(repo) == EXPECTED
    # The same day again stores nothing: the day is part of the line compared.
    stored = repo.db.conn.execute("SELECT COUNT(*) FROM screenings").fetchone()[0]
    rescreen_caseload(repo, AS_OF, workers=1)
    assert repo.db.conn.execute("SELECT COUNT(*) FROM screenings").fetchone()[0] == stored


def _back_to_schema_8(path) -> None:
    conn = sqlite3.connect(path)
    for table in ("screenings", "clients"):
        conn.execute(f"ALTER TABLE {table} DROP COLUMN file_on")
    conn.execute("DROP TABLE petitions")
    conn.execute("ALTER TABLE clients DROP COLUMN court")
    conn.execute("ALTER TABLE screenings DROP COLUMN court")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name IN ('m009_petition_after_automatic_relief', 'm010_petitions_filed', 'm011_conviction_level_not_known', 'm012_petition_counts_removed', 'm013_case_number_ends', 'm014_names_run_together', 'm015_convictions_to_enter_leave_the_review_queue', 'm016_denials_entered', 'm017_denials_entered_before_their_row', 'm018_remedies_open', 'm019_case_number_ends_run_together', 'm020_clients_by_birth_date')")
    conn.execute("PRAGMA user_version = 8")
    conn.commit()
    conn.close()


def test_j50_an_older_caseload_says_the_petitions_day_at_once_without_a_rescreen(tmp_path):
    """A caseload of schema 8 had no column: opened, m009 reads the newest stored screening of
    each line with automatic relief only, and the line is right at once; a re-screen the same
    day then finds nothing to store again."""
    path = tmp_path / "old.sqlite"
    with Repository.open(path) as repo:
        for client_id in _four(repo):
            screen_and_store(repo, repo.get_client(client_id), AS_OF)
    _back_to_schema_8(path)
    with Repository.open(path) as repo:
        assert repo.db.conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
        assert lines(repo) == EXPECTED
        assert newest(repo) == {name: day for name, (_b, _a, day) in EXPECTED.items()}
        stored_before = repo.db.conn.execute("SELECT COUNT(*) FROM screenings").fetchone()[0]
        rescreen_caseload(repo, AS_OF, workers=1)
        assert repo.db.conn.execute("SELECT COUNT(*) FROM screenings").fetchone()[0] == stored_before
        assert lines(repo) == EXPECTED


def test_j50_an_older_screening_and_a_damaged_result_are_left_without_a_day(tmp_path):
    """Only the newest screening of a line still automatic only is read; a result this program
    cannot read keeps no day ("Automatic ...", as before) until the client is screened again."""
    path = tmp_path / "old.sqlite"
    with Repository.open(path) as repo:
        nadia, teodoro = repo.add_client(arrest_relief_now_petition_soon()), repo.add_client(arrest_relief_later_petition_after())
        screen_and_store(repo, repo.get_client(nadia), AS_OF)
        screen_and_store(repo, repo.get_client(nadia), date(2026, 12, 22))  # probation over: the petition needs review
        screen_and_store(repo, repo.get_client(teodoro), AS_OF)
        now = lines(repo)["Nadia Ahora"]
        assert now[2] is None
    _back_to_schema_8(path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE screenings SET result = '{\"broken\": 1' WHERE client_id = ?", (teodoro,))
    conn.commit()
    conn.close()
    with Repository.open(path) as repo:
        rows = repo.db.conn.execute("SELECT client_id, best, file_on FROM screenings ORDER BY id").fetchall()
        assert rows == [(nadia, "eligible_now", None), (nadia, "eligible_now", None), (teodoro, "eligible_on", None)]
        assert lines(repo)["Nadia Ahora"] == now
        assert lines(repo)["Teodoro Tarde"] == ("eligible_on", True, None)
