"""D86-01: intake's returning-client note (Repository.same_person, Z83-01) asks, for each client
started, who else was born that day, and read every client row for it: no index on the date of
birth (2.6 ms median at 20,000 screened demo clients on this machine, 4-11 ms on a busier one).
m020 makes one (schema 19 -> 20); these tests read the plan SQLite makes, not a timing."""

from __future__ import annotations

import sqlite3
from datetime import date

from clinic_app.model import Client, Person
from db import migrations
from db.backup import verify
from db.repository import Repository

BORN = date(1979, 8, 2)


def _plans_of_lookups_by_birth_date(repo, ask) -> list[str]:
    """The query plans of the statements `ask(repo)` runs that read clients by their date of birth."""
    statements: list[str] = []
    repo.db.conn.set_trace_callback(statements.append)
    try:
        ask(repo)
    finally:
        repo.db.conn.set_trace_callback(None)
    by_birth = [sql for sql in statements if "dob = '" in sql]
    assert by_birth, statements
    return [" ".join(row[3] for row in repo.db.conn.execute("EXPLAIN QUERY PLAN " + sql)) for sql in by_birth]


def test_d86_01_same_person_finds_those_born_that_day_by_the_index(repo):
    ana = repo.add_client(Client(name="Ana Ruiz", person=Person(dob=BORN)))
    repo.add_client(Client(name="Berta Ruiz", person=Person(dob=BORN)))
    repo.add_client(Client(name="Ana Ruiz", person=Person(dob=date(1980, 1, 1))))
    typed = repo.add_client(Client(name="ana ruiz", person=Person(dob=BORN)))
    assert [found[0] for found in repo.same_person("ana ruiz", BORN, besides=typed)] == [ana]
    plans = _plans_of_lookups_by_birth_date(repo, lambda r: r.same_person("ana ruiz", BORN, besides=typed))
    assert len(plans) == 1 and plans[0].startswith("SEARCH k USING INDEX clients_dob (dob=?)"), plans  # was "SCAN k": every client


def test_d86_01_a_search_by_a_date_of_birth_alone_uses_it_too(repo):
    ana = repo.add_client(Client(name="Ana Ruiz", person=Person(dob=BORN)))
    assert repo.search_ids(BORN.strftime("%m/%d/%Y")) == [ana]
    plans = _plans_of_lookups_by_birth_date(repo, lambda r: r.search_ids(BORN.strftime("%m/%d/%Y")))
    assert all("clients_dob" in plan for plan in plans), plans


def test_d86_01_an_older_caseload_is_backed_up_and_given_the_index_on_opening(tmp_path):
    path = tmp_path / "old.sqlite"
    with Repository.open(path) as repo:
        ana, ana_again = repo.add_clients([Client(name="Ana Ruiz", person=Person(dob=BORN)),
                                           Client(name="Ana  RUIZ", person=Person(dob=BORN))])
    old = sqlite3.connect(path)  # as schema 19 left it
    old.execute("DROP INDEX clients_dob")
    old.execute("DELETE FROM _sqlite_migrations WHERE name = 'm020_clients_by_birth_date'")
    old.execute("PRAGMA user_version = 19")
    old.commit()
    old.close()
    with Repository.open(path) as repo:
        assert repo.db.conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION == 20
        assert repo.db.conn.execute("SELECT sql FROM sqlite_master WHERE name = 'clients_dob'").fetchone() == (
            "CREATE INDEX clients_dob ON clients(dob)",)
        assert [found[0] for found in repo.same_person("Ana Ruiz", BORN, besides=ana_again)] == [ana]
    (backup,) = (tmp_path / "backups").glob("old-before-migration-*.sqlite")
    assert verify(backup) == 19  # the caseload as it was, backed up before m020
