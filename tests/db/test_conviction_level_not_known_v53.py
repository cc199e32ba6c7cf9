"""V53-02: a count with no level (nobody chose it) is stored with none (NULL), and read back
so; m011 lets the convictions table hold it, the counts of an older caseload kept as they were."""

from __future__ import annotations

import re
import sqlite3
from datetime import date

import pytest

from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence
from db import migrations
from db.repository import Repository


def _client(level) -> Client:
    return Client(name="Nora Testlevel", person=Person(dob=date(1988, 2, 2)), cases=[Case(
        id="c1", case_number="BA300301", disposition_date=date(2019, 4, 4),
        convictions=[Conviction(id="c1-1", section="664/211", level=level, conviction_date=date(2019, 4, 4)),
                     Conviction(id="c1-2", section="602", level="misdemeanor", conviction_date=date(2019, 4, 4))],
        sentence=Sentence(type="probation", judgment_date=date(2019, 4, 4),
                          probation=Probation(start=date(2019, 4, 4), end=date(2021, 4, 4))))])


def test_a_count_with_no_level_is_stored_and_read_back_with_none(tmp_path):
    with Repository.open(tmp_path / "caseload.sqlite") as repo:
        client_id = repo.add_client(_client(None))
        levels = [c.level for c in repo.get_client(client_id).cases[0].convictions]
    assert levels == [None, "misdemeanor"]


def test_m011_keeps_an_older_caseloads_counts_and_then_takes_one_with_no_level(tmp_path):
    path = tmp_path / "old.sqlite"
    with Repository.open(path) as repo:
        client_id = repo.add_client(_client("felony"))
    # Back to schema 10, by hand: the level NOT NULL, as m001 made it.
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'convictions'").fetchone()
    old = re.sub(r'^CREATE TABLE "?convictions"?', "CREATE TABLE old_convictions", sql).replace("level TEXT,", "level TEXT NOT NULL,")
    conn.execute(old)
    conn.execute("INSERT INTO old_convictions SELECT * FROM convictions")
    conn.execute("DROP TABLE convictions")
    conn.execute("ALTER TABLE old_convictions RENAME TO convictions")
    # (m012, which came after, runs again: a petitions table that keeps its removed counts is left as it is.)
    conn.execute("DELETE FROM _sqlite_migrations WHERE name IN ('m011_conviction_level_not_known', 'm012_petition_counts_removed', 'm013_case_number_ends', 'm014_names_run_together', 'm015_convictions_to_enter_leave_the_review_queue', 'm016_denials_entered', 'm017_denials_entered_before_their_row', 'm018_remedies_open', 'm019_case_number_ends_run_together', 'm020_clients_by_birth_date')")
    conn.execute("PRAGMA user_version = 10")
    conn.commit()
    with pytest.raises(sqlite3.IntegrityError):  # what a count with no level met before
        conn.execute("UPDATE convictions SET level = NULL")
    conn.close()
    with Repository.open(path) as repo:
        assert repo.db.conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION == 20
        before = repo.get_client(client_id)
        assert [c.level for c in before.cases[0].convictions] == ["felony", "misdemeanor"]
        assert repo.db.conn.execute("SELECT COUNT(*) FROM sqlite_master WHERE name = 'convictions_case'").fetchone()[0] == 1
        after = _client(None)
        after.id = client_id
        repo.save_client(after, expected=before)
        assert [c.level for c in repo.get_client(client_id).cases[0].convictions] == [None, "misdemeanor"]
        assert repo.db.conn.execute("PRAGMA foreign_key_check").fetchall() == []
