"""N47: a client eligible now by automatic relief alone (PC 1203.425, 851.93: DOJ grants it,
nothing is filed) was listed "Eligible now" / "File now" like one with a petition to file.
The caseload line now keeps `automatic_only`, on the client row and the screening, written by
every store and re-screen, and worked out by migration m006 for a caseload of before."""

from __future__ import annotations

import sqlite3

from db.repository import Repository
from db.rescreen import rescreen_caseload
from tests.automatic_relief import AS_OF, arrest_relief_only, clean_slate_only, to_file
from ui.services import screen_and_store


def lines(repo: Repository) -> dict[str, tuple[str | None, bool]]:
    return {row.name: (row.best, row.automatic_only) for row in repo.list_clients()}


EXPECTED = {
    "Carmen Automática": ("eligible_now", True),
    "Arturo Arresto": ("eligible_now", True),
    "Fernanda Filing": ("eligible_now", False),
}


def _three(repo: Repository) -> list[int]:
    return [repo.add_client(make()) for make in (clean_slate_only, arrest_relief_only, to_file)]


def test_a_screening_stored_from_the_window_keeps_whether_the_relief_now_is_automatic_only(repo):
    for client_id in _three(repo):
        screen_and_store(repo, repo.get_client(client_id), AS_OF)
    assert lines(repo) == EXPECTED
    # The screening keeps it in its summary too, as the client page reads it.
    assert {row.name: repo.latest_screening(row.id).summary.automatic_only for row in repo.list_clients()} == {
        name: automatic for name, (_best, automatic) in EXPECTED.items()}


def test_a_whole_caseload_rescreen_writes_it_on_every_line(repo):
    _three(repo)
    assert rescreen_caseload(repo, AS_OF, workers=1) == 3
    assert lines(repo) == EXPECTED


def test_an_older_caseload_says_it_at_once_without_waiting_for_a_rescreen(tmp_path):
    """A caseload of schema 5 (before m006) held no such column: opened, each eligible-now
    client's newest stored screening is read, and the line is right before any re-screen."""
    path = tmp_path / "old.sqlite"
    with Repository.open(path) as repo:
        for client_id in _three(repo):
            screen_and_store(repo, repo.get_client(client_id), AS_OF)
    conn = sqlite3.connect(path)
    for table in ("screenings", "clients"):
        conn.execute(f"ALTER TABLE {table} DROP COLUMN automatic_only")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name IN ('m006_eligible_now_by_automatic_relief_alone', "
                 "'m007_eligible_later_by_automatic_relief_alone')")
    conn.execute("PRAGMA user_version = 5")
    conn.commit()
    conn.close()
    with Repository.open(path) as repo:
        assert repo.db.conn.execute("PRAGMA user_version").fetchone()[0] == 7  # m007's; m008 was kept as applied
        assert lines(repo) == EXPECTED
        newest = {row.name: repo.latest_screening(row.id).summary.automatic_only for row in repo.list_clients()}
        assert newest == {name: automatic for name, (_best, automatic) in EXPECTED.items()}
        # A re-screen on the same day finds each line as it would write it: nothing to store again.
        stored_before = repo.db.conn.execute("SELECT COUNT(*) FROM screenings").fetchone()[0]
        rescreen_caseload(repo, AS_OF, workers=1)
        assert repo.db.conn.execute("SELECT COUNT(*) FROM screenings").fetchone()[0] == stored_before
        assert lines(repo) == EXPECTED
