"""The schema: built from nothing by the migrations, STRICT, with foreign keys and a guarded version."""

from __future__ import annotations

import sqlite3

import pytest

from db import migrations
from db.connection import open_caseload
from db.errors import CaseloadError, NewerSchema


def test_migrations_build_the_schema_from_an_empty_file(tmp_path):
    db = open_caseload(tmp_path / "new" / "caseload.sqlite")
    names = set(db.table_names())
    assert {"clients", "cases", "convictions", "conditions", "payments", "settings", "screenings", "reviews", "audit", "client_search"} <= names
    assert db.conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
    assert [m.name for m in migrations.migrations.applied(db)] == ["m001_caseload", "m002_client_summary", "m003_client_facts_hash",
                                                                 "m004_case_numbers_run_together", "m005_reviews_keep_their_facts",
                                                                 "m006_eligible_now_by_automatic_relief_alone",
                                                                 "m007_eligible_later_by_automatic_relief_alone",
                                                                 "m008_eligible_now_since",
                                                                 "m009_petition_after_automatic_relief", "m010_petitions_filed",
                                                                 "m011_conviction_level_not_known", "m012_petition_counts_removed", "m013_case_number_ends", "m014_names_run_together",
                                                                 "m015_convictions_to_enter_leave_the_review_queue", "m016_denials_entered", "m017_denials_entered_before_their_row",
                                                                 "m018_remedies_open", "m019_case_number_ends_run_together", "m020_clients_by_birth_date"]
    db.close()
    assert not (tmp_path / "new" / "backups").exists()  # a new file has nothing to back up


def test_every_connection_is_wal_with_foreign_keys_on(tmp_path):
    path = tmp_path / "caseload.sqlite"
    open_caseload(path).close()
    db = open_caseload(path)
    assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL: a save is on the disk when said (K63-02)
    db.close()


def test_the_caseload_file_is_private_to_its_user(tmp_path):
    path = tmp_path / "caseload.sqlite"
    open_caseload(path).close()
    assert path.stat().st_mode & 0o077 == 0


def test_caseload_tables_are_strict(tmp_path):
    db = open_caseload(tmp_path / "c.sqlite")
    strict = {row[0] for row in db.conn.execute("SELECT name FROM pragma_table_list WHERE strict = 1")}
    assert {"clients", "cases", "convictions", "conditions", "payments", "settings", "screenings", "reviews", "audit"} <= strict
    with pytest.raises(sqlite3.IntegrityError, match="cannot store TEXT value in INTEGER column audit.client_id"):
        db.conn.execute("INSERT INTO audit (at, user, entity, action, client_id) VALUES ('now', 'u', 'client', 'create', 'seven')")
    db.close()


def test_foreign_keys_refuse_an_orphan_row(repo):
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        repo.db.execute(
            "INSERT INTO cases (client_id, position, case_key, outcome, has_probation, has_custody, has_money) VALUES (999, 0, 'a', 'convicted', 0, 0, 0)"
        )


def test_deleting_a_client_removes_the_whole_record(repo):
    from full_record import full_client

    client_id = repo.add_client(full_client())
    repo.delete_client(client_id)
    for table in ("cases", "convictions", "conditions", "payments"):
        assert repo.db.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0, table


def test_a_newer_schema_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "caseload.sqlite"
    db = open_caseload(path)
    db.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    db.close()
    before = path.read_bytes()
    with pytest.raises(NewerSchema) as info:
        open_caseload(path)
    assert isinstance(info.value, CaseloadError)
    assert str(info.value) == (
        f"This caseload was written by a newer version of Clinic Desk (schema {migrations.SCHEMA_VERSION + 1}); "
        f"this program understands up to {migrations.SCHEMA_VERSION}. Update the program."
    )
    assert path.read_bytes() == before


def test_opening_without_create_refuses_a_missing_file(tmp_path):
    with pytest.raises(CaseloadError, match="There is no caseload at"):
        open_caseload(tmp_path / "nothing.sqlite", create=False)
    assert not (tmp_path / "nothing.sqlite").exists()


def test_reopening_applies_no_migration_twice(tmp_path):
    path = tmp_path / "c.sqlite"
    open_caseload(path).close()
    db = open_caseload(path)
    assert db.conn.execute("SELECT COUNT(*) FROM _sqlite_migrations").fetchone()[0] == migrations.SCHEMA_VERSION
    db.close()


def test_a_later_migration_runs_once_after_a_verified_backup(tmp_path, monkeypatch):
    from sqlite_utils import Migrations

    from db.backup import verify
    from db.repository import Repository
    from clinic_app.model import Client

    path = tmp_path / "caseload.sqlite"
    with Repository.open(path) as repo:
        repo.add_client(Client(name="Before The Upgrade"))

    newer = Migrations(migrations.MIGRATION_SET)
    newer(name="m001_caseload")(migrations.m001_caseload)
    newer(name="m002_client_summary")(migrations.m002_client_summary)
    newer(name="m003_client_facts_hash")(migrations.m003_client_facts_hash)
    newer(name="m004_case_numbers_run_together")(migrations.m004_case_numbers_run_together)
    newer(name="m005_reviews_keep_their_facts")(migrations.m005_reviews_keep_their_facts)
    newer(name="m006_eligible_now_by_automatic_relief_alone")(migrations.m006_eligible_now_by_automatic_relief_alone)
    newer(name="m007_eligible_later_by_automatic_relief_alone")(migrations.m007_eligible_later_by_automatic_relief_alone)
    newer(name="m008_eligible_now_since")(migrations.m008_eligible_now_since)

    upgraded = migrations.SCHEMA_VERSION + 1

    @newer()
    def m099_add_pronouns(db):
        db.execute("ALTER TABLE clients ADD COLUMN pronouns TEXT")
        db.execute(f"PRAGMA user_version = {upgraded}")

    monkeypatch.setattr(migrations, "migrations", newer)
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", upgraded)
    with Repository.open(path) as repo:
        assert repo.get_client(1).name == "Before The Upgrade"
        assert "pronouns" in repo.db["clients"].columns_dict
    (backup,) = (tmp_path / "backups").glob("caseload-before-migration-*.sqlite")  # named after its caseload (D22-01)
    assert verify(backup) == migrations.SCHEMA_VERSION - 1  # the caseload as it was, the schema before
    open_caseload(path).close()
    assert len(list((tmp_path / "backups").iterdir())) == 1  # nothing pending: no second backup


def test_a_schema_1_caseload_gets_each_clients_newest_screening_summary_on_its_row(tmp_path):
    """m002: the caseload list reads the summary from the client row; an older caseload's
    screenings fill it in, the newest one of each client winning."""
    from sqlite_utils import Database

    from db.connection import connect
    from db.repository import Repository

    path = tmp_path / "old.sqlite"
    old = Database(connect(path))
    migrations.migrations.apply(old, stop_before="m002_client_summary")
    assert old.conn.execute("PRAGMA user_version").fetchone()[0] == 1
    now = "2026-01-01T00:00:00+00:00"
    for client_id, name in ((1, "Screened Twice"), (2, "Never Screened")):
        old.execute("INSERT INTO clients (id, name, registrant_290, pending_charges, fire_camp, trafficking_survivor, created_at, updated_at) "
                    "VALUES (?, ?, 0, 0, 0, 0, ?, ?)", [client_id, name, now, now])
    for best, when, outstanding in (("blocked", "2027-01-02", '["probation to 2027-01-01"]'), ("eligible_on", "2027-06-01", "[]")):
        old.execute("INSERT INTO screenings (client_id, as_of, rules_version, facts_hash, result, created_at, best, best_date, outstanding, needs_review) "
                    "VALUES (1, '2026-01-01', 'r', 'h', '{}', ?, ?, ?, ?, 1)", [now, best, when, outstanding])
    old.conn.commit()
    old.close()
    with Repository.open(path) as repo:
        assert repo.db.conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
        rows = {row.name: row for row in repo.list_clients()}
    assert (rows["Screened Twice"].best, rows["Screened Twice"].best_date.isoformat()) == ("eligible_on", "2027-06-01")
    assert rows["Screened Twice"].outstanding == [] and rows["Screened Twice"].needs_review
    assert (rows["Never Screened"].best, rows["Never Screened"].outstanding, rows["Never Screened"].needs_review) == (None, [], False)


def test_a_schema_2_caseload_is_hashed_by_its_first_re_screen_and_keeps_the_hash(tmp_path):
    """m003: clients saved before it have no stored facts hash; the re-screen hashes them
    (the same hash a fresh screening gives) and stores it on the row for the next one."""
    from datetime import date

    from clinic_app.demo import generate_clients
    from clinic_app.eligibility import facts_hash
    from db.repository import Repository
    from db.rescreen import rescreen_caseload

    path = tmp_path / "old.sqlite"
    with Repository.open(path) as repo:
        repo.add_clients(generate_clients(30, seed=5))
        repo.db.execute("ALTER TABLE clients DROP COLUMN facts_hash")  # back to schema 2, by hand
        repo.db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm003_client_facts_hash'")
        repo.db.execute("PRAGMA user_version = 2")
        repo.db.conn.commit()
    with Repository.open(path) as repo:
        assert repo.db.conn.execute("SELECT COUNT(*) FROM clients WHERE facts_hash IS NULL").fetchone()[0] == 30
        assert rescreen_caseload(repo, date(2026, 11, 1), workers=1) == 30
        expected = {c.id: facts_hash(c.person, c.cases) for c in repo.iter_clients()}
        on_rows = dict(repo.db.conn.execute("SELECT id, facts_hash FROM clients").fetchall())
        in_screenings = dict(repo.db.conn.execute("SELECT client_id, facts_hash FROM screenings").fetchall())
    assert on_rows == expected == in_screenings



def test_a_schema_3_caseload_finds_a_case_number_stored_with_a_dash_typed_without_it(tmp_path):
    """m004: "BA123456" typed found nothing stored as "BA-123456" (W22-03); the search index
    of the clients saved before it is rewritten from their cases."""
    from sqlite_utils import Database

    from clinic_app.model import Case, Client
    from db.connection import connect
    from db.repository import Repository, fts_query

    path = tmp_path / "old.sqlite"
    with Repository.open(path) as repo:
        dashed, plain = repo.add_clients([
            Client(name="Dina Dash", cases=[Case(id="a", case_number="BA-123456"), Case(id="b", case_number="LA 77")]),
            Client(name="Pablo Plain", cases=[Case(id="a", case_number="BA654321")]),
        ])
    # Back to schema 3, by hand: its index held each case number only as written.
    old = Database(connect(path))
    old.execute("UPDATE client_search SET case_numbers = 'BA-123456 LA 77' WHERE rowid = ?", [dashed])
    old.execute("DELETE FROM _sqlite_migrations WHERE name IN ('m004_case_numbers_run_together', 'm005_reviews_keep_their_facts', "
                "'m006_eligible_now_by_automatic_relief_alone', 'm007_eligible_later_by_automatic_relief_alone', 'm008_eligible_now_since', "
                "'m009_petition_after_automatic_relief', 'm010_petitions_filed', 'm011_conviction_level_not_known', "
                "'m012_petition_counts_removed', 'm013_case_number_ends', 'm014_names_run_together', 'm015_convictions_to_enter_leave_the_review_queue', 'm016_denials_entered', 'm017_denials_entered_before_their_row', 'm018_remedies_open', 'm019_case_number_ends_run_together', 'm020_clients_by_birth_date')")
    old.execute("DROP TABLE petitions")
    for table, column in (("reviews", "facts_hash"), ("reviews", "answer"), ("screenings", "review_keys"), ("clients", "awaiting_review"),
                          ("screenings", "automatic_only"), ("clients", "automatic_only"), ("clients", "eligible_now_since"),
                          ("screenings", "file_on"), ("clients", "file_on"), ("clients", "court"), ("screenings", "court")):
        old.execute(f"ALTER TABLE {table} DROP COLUMN {column}")  # and without what m005, m006, m008, m009 and m010 add
    old.execute("PRAGMA user_version = 3")
    old.conn.commit()
    assert old.execute("SELECT rowid FROM client_search WHERE client_search MATCH ?", [fts_query("BA123456")]).fetchall() == []
    old.close()

    with Repository.open(path) as repo:
        assert repo.db.conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
        assert repo.search_ids("BA123456") == [dashed]
        assert repo.search_ids("la77") == [dashed]
        assert repo.search_ids("BA-123456") == [dashed]  # as written, still
        assert repo.search_ids("BA654321") == [plain]
        assert [row.name for row in repo.list_clients(search="BA1234")] == ["Dina Dash"]
