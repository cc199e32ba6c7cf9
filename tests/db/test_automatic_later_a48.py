"""A48: a client eligible on a later date by automatic relief alone (every relief coming on
that first date is PC 1203.425 or 851.93: DOJ grants it, nothing is filed) was listed "File on
<day>".  `automatic_only` now says it of such a line too, written by every store and re-screen,
and worked out by migration m007 for a caseload of before (schema 6, where it was 0)."""

from __future__ import annotations

import sqlite3
from datetime import date

from db.repository import Repository
from db.rescreen import rescreen_caseload
from tests.automatic_relief import AS_OF, arrest_relief_later, clean_slate_later, to_file, to_file_later
from ui.services import screen_and_store


def lines(repo: Repository) -> dict[str, tuple[str | None, date | None, bool]]:
    return {row.name: (row.best, row.best_date, row.automatic_only) for row in repo.list_clients()}


EXPECTED = {
    "Lorena Después": ("eligible_on", date(2033, 5, 14), True),
    "Armando Arresto": ("eligible_on", date(2030, 9, 29), True),
    "Felipe Filing": ("eligible_on", date(2030, 9, 29), False),  # 1203.4 to file that day, beside 1203.425
    "Fernanda Filing": ("eligible_now", None, False),
}


def _four(repo: Repository) -> list[int]:
    return [repo.add_client(make()) for make in (clean_slate_later, arrest_relief_later, to_file_later, to_file)]


def test_a_screening_stored_from_the_window_keeps_that_the_relief_to_come_is_automatic_only(repo):
    for client_id in _four(repo):
        screen_and_store(repo, repo.get_client(client_id), AS_OF)
    assert lines(repo) == EXPECTED
    assert {row.name: repo.latest_screening(row.id).summary.automatic_only for row in repo.list_clients()} == {
        name: automatic for name, (_best, _day, automatic) in EXPECTED.items()}


def test_a_whole_caseload_rescreen_writes_it_on_every_line(repo):
    _four(repo)
    assert rescreen_caseload(repo, AS_OF, workers=1) == 4
    assert lines(repo) == EXPECTED


def test_an_older_caseload_says_it_at_once_without_waiting_for_a_rescreen(tmp_path):
    """A caseload of schema 6 (N47's m006, before m007) kept 0 for every eligible-later line:
    opened, each one's newest stored screening is read, and the line is right at once; a
    re-screen the same day then finds nothing to store again."""
    path = tmp_path / "old.sqlite"
    with Repository.open(path) as repo:
        for client_id in _four(repo):
            screen_and_store(repo, repo.get_client(client_id), AS_OF)
    conn = sqlite3.connect(path)
    for table in ("screenings", "clients"):
        conn.execute(f"UPDATE {table} SET automatic_only = 0 WHERE best = 'eligible_on'")  # as schema 6 summarised them
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm007_eligible_later_by_automatic_relief_alone'")
    conn.execute("PRAGMA user_version = 6")
    conn.commit()
    conn.close()
    with Repository.open(path) as repo:
        assert repo.db.conn.execute("PRAGMA user_version").fetchone()[0] == 7  # m007's; m008 was kept as applied
        assert lines(repo) == EXPECTED
        newest = {row.name: repo.latest_screening(row.id).summary.automatic_only for row in repo.list_clients()}
        assert newest == {name: automatic for name, (_best, _day, automatic) in EXPECTED.items()}
        stored_before = repo.db.conn.execute("SELECT COUNT(*) FROM screenings").fetchone()[0]
        rescreen_caseload(repo, AS_OF, workers=1)
        assert repo.db.conn.execute("SELECT COUNT(*) FROM screenings").fetchone()[0] == stored_before
        assert lines(repo) == EXPECTED


def test_an_older_screening_of_another_outcome_is_left_as_it_was(tmp_path):
    """Only the newest screening of a client still eligible later is read: a client eligible
    later before, eligible now since (an older row says eligible_on), keeps 0 on that row."""
    path = tmp_path / "old.sqlite"
    with Repository.open(path) as repo:
        client_id = repo.add_client(clean_slate_later())
        screen_and_store(repo, repo.get_client(client_id), AS_OF)
        screen_and_store(repo, repo.get_client(client_id), date(2033, 6, 1))  # eligible now since
        now = lines(repo)["Lorena Después"]
        assert now[:2] == ("eligible_now", None)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE screenings SET automatic_only = 0 WHERE best = 'eligible_on'")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm007_eligible_later_by_automatic_relief_alone'")
    conn.execute("PRAGMA user_version = 6")
    conn.commit()
    conn.close()
    with Repository.open(path) as repo:
        rows = repo.db.conn.execute("SELECT best, automatic_only FROM screenings ORDER BY id").fetchall()
        assert rows == [("eligible_on", 0), ("eligible_now", int(now[2]))]
        assert lines(repo)["Lorena Después"] == now
