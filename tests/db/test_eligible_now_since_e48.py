"""E48: "Newly eligible" lived only in the window that re-screened: closed on Monday, the
week's new filings were gone on Tuesday, and a re-screen by `clinic-app rescreen` was never
seen in the window.  The day a client's line became eligible now is now kept on the client
row (`eligible_now_since`), written wherever the caseload line is, and m008 starts an older
caseload with no day (not newly eligible) rather than a day that may be wrong."""

from __future__ import annotations

import sqlite3
from datetime import date

from db import migrations
from db.repository import Repository
from db.rescreen import rescreen_caseload
from tests.automatic_relief import clean_slate_only
from tests.cli.test_rescreen_newly_eligible_q46 import _on_probation_until
from ui.services import screen_and_store


def since(repo: Repository) -> dict[str, tuple[date | None, bool]]:
    return {row.name: (row.eligible_now_since, row.automatic_only) for row in repo.list_clients()}


def _week(repo: Repository) -> None:
    repo.add_client(_on_probation_until("Ana Long-Ago", "BA1", date(2022, 6, 1)))
    repo.add_client(_on_probation_until("Bea This-Week", "BA2", date(2024, 9, 28)))
    repo.add_client(clean_slate_only("Carmen Automática"))  # automatic relief (PC 1203.425) from 2024-10-01


def test_a_rescreen_keeps_the_day_each_client_became_eligible_now(repo):
    _week(repo)
    rescreen_caseload(repo, date(2024, 9, 20), workers=1)
    # Ana was eligible at her first screening: since when, nobody can say, so not "newly".
    # Carmen is eligible later by automatic relief alone (A48's automatic_only, of a later date).
    assert since(repo) == {"Ana Long-Ago": (None, False), "Bea This-Week": (None, False), "Carmen Automática": (None, True)}
    rescreen_caseload(repo, date(2024, 10, 5), workers=1)
    week = {"Ana Long-Ago": (None, False), "Bea This-Week": (date(2024, 10, 5), False),
            "Carmen Automática": (date(2024, 10, 5), True)}
    assert since(repo) == week
    rescreen_caseload(repo, date(2024, 10, 12), workers=1)  # still eligible a week on: the day is kept
    assert since(repo) == week


def test_a_screening_stored_from_the_window_keeps_it_and_leaving_eligible_clears_it(repo):
    bea = repo.add_client(_on_probation_until("Bea This-Week", "BA2", date(2024, 9, 28)))
    screen_and_store(repo, repo.get_client(bea), date(2024, 9, 20))
    screen_and_store(repo, repo.get_client(bea), date(2024, 9, 30))  # her record opened after her probation ended
    assert repo.eligible_now_since(bea) == date(2024, 9, 30)
    assert since(repo)["Bea This-Week"] == (date(2024, 9, 30), False)
    screen_and_store(repo, repo.get_client(bea), date(2024, 9, 21))  # eligible later again (a day planned back)
    assert repo.eligible_now_since(bea) is None


def test_an_older_caseload_says_nobody_is_newly_eligible_until_a_screening_finds_it(tmp_path):
    """A caseload of before m008 has no day: every line starts with none (not newly eligible),
    eligible now or not, and a re-screen that finds someone eligible now keeps its day."""
    path = tmp_path / "old.sqlite"
    with Repository.open(path) as repo:
        _week(repo)
        rescreen_caseload(repo, date(2024, 9, 20), workers=1)
        rescreen_caseload(repo, date(2024, 10, 5), workers=1)
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE clients DROP COLUMN eligible_now_since")
    for table in ("screenings", "clients"):
        conn.execute(f"ALTER TABLE {table} DROP COLUMN file_on")  # and m009's (J50), which came after
    for table in ("screenings", "clients"):
        conn.execute(f"ALTER TABLE {table} DROP COLUMN court")  # and m010's (P53)
    conn.execute("DROP TABLE petitions")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name IN ('m008_eligible_now_since', 'm009_petition_after_automatic_relief', "
                 "'m010_petitions_filed', 'm011_conviction_level_not_known', 'm012_petition_counts_removed', 'm013_case_number_ends', 'm014_names_run_together', 'm015_convictions_to_enter_leave_the_review_queue', 'm016_denials_entered', 'm017_denials_entered_before_their_row', 'm018_remedies_open', 'm019_case_number_ends_run_together', 'm020_clients_by_birth_date')")
    conn.execute("PRAGMA user_version = 6")
    conn.commit()
    conn.close()
    with Repository.open(path) as repo:
        assert repo.db.conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
        assert {name: day for name, (day, _a) in since(repo).items()} == {
            "Ana Long-Ago": None, "Bea This-Week": None, "Carmen Automática": None}
        late = repo.add_client(_on_probation_until("Dan Later", "BA4", date(2024, 10, 20)))
        screen_and_store(repo, repo.get_client(late), date(2024, 10, 5))
        rescreen_caseload(repo, date(2024, 10, 21), workers=1)
        assert {name: day for name, (day, _a) in since(repo).items()} == {
            "Ana Long-Ago": None, "Bea This-Week": None, "Carmen Automática": None, "Dan Later": date(2024, 10, 21)}
