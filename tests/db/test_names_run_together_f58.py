"""A name with an apostrophe or a hyphen inside it is found typed without it (F58-04): RAP
sheets and court indexes print "O'Brien" as "OBRIEN", and "OBrien" typed found nobody."""

from __future__ import annotations

import pytest

from clinic_app.model import Client


@pytest.fixture
def three(repo):
    ids = repo.add_clients([
        Client(name="Anthony O'Brien"),
        Client(name="Ana D’Angelo Ruiz", aliases=["Ana Hernández-García"]),
        Client(name="Obie Brienne"),
    ])
    return repo, dict(zip(["anthony", "ana", "obie"], ids))


@pytest.mark.parametrize("typed, who", [
    ("OBrien", {"anthony"}), ("obrien anthony", {"anthony"}), ("OBRI", {"anthony"}),
    ("O'Brien", {"anthony", "obie"}), ("O Brien", {"anthony", "obie"}), ("Brien", {"anthony", "obie"}),  # as before
    ("DAngelo", {"ana"}), ("dangelo ruiz", {"ana"}), ("D'Angelo", {"ana"}),
    ("HernandezGarcia", {"ana"}), ("Hernandez Garcia", {"ana"}),  # an alias too
    ("Obie", {"obie"}),
])
def test_a_name_with_an_apostrophe_is_found_typed_without_it(three, typed, who):
    repo, ids = three
    assert set(repo.search_ids(typed)) == {ids[w] for w in who}
    assert {row.id for row in repo.list_clients(search=typed)} == {ids[w] for w in who}


def test_a_name_put_right_is_found_by_its_new_spelling_only(three):
    repo, ids = three
    client = repo.get_client(ids["anthony"])
    client.name = "Anthony O'Neil"
    repo.save_client(client)
    assert repo.search_ids("OBrien") == []
    assert repo.search_ids("ONeil") == [ids["anthony"]]


def test_a_caseload_saved_before_finds_the_name_run_together_once_opened(tmp_path):
    """m014 rewrites the index of the clients saved before whose name or aliases have one."""
    from sqlite_utils import Database

    from db import migrations
    from db.connection import connect
    from db.repository import Repository

    path = tmp_path / "old.sqlite"
    with Repository.open(path) as repo:
        anthony, ana = repo.add_clients([Client(name="Anthony O'Brien"), Client(name="Ana Ruiz", aliases=["Ana D'Angelo"])])
    old = Database(connect(path))  # back to schema 13, by hand: its index held the names as written
    old.execute("UPDATE client_search SET name = ?, aliases = '' WHERE rowid = ?", ["Anthony O'Brien", anthony])
    old.execute("UPDATE client_search SET name = 'Ana Ruiz', aliases = ? WHERE rowid = ?", ["Ana D'Angelo", ana])
    old.execute("DELETE FROM _sqlite_migrations WHERE name IN ('m014_names_run_together', 'm015_convictions_to_enter_leave_the_review_queue', 'm016_denials_entered', 'm017_denials_entered_before_their_row', 'm018_remedies_open', 'm019_case_number_ends_run_together', 'm020_clients_by_birth_date')")
    old.execute("PRAGMA user_version = 13")
    old.conn.commit()
    assert old.execute("SELECT rowid FROM client_search WHERE client_search MATCH '\"OBrien\"*'").fetchall() == []
    old.close()
    with Repository.open(path) as repo:
        assert repo.db.conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
        assert repo.search_ids("OBrien") == [anthony]
        assert repo.search_ids("DAngelo") == [ana]
        assert repo.search_ids("O'Brien") == [anthony]


def test_a_client_found_by_an_alias_run_together_is_said_to_be_found_by_it(repo):
    """The caseload list says "(alias: ...)" beside a client found by an alias (E27B-01):
    "OBrien" found Ana Ruiz by her alias Ana O'Brien, and the list said nothing of why."""
    ana = repo.add_client(Client(name="Ana Ruiz", aliases=["Ana O'Brien"]))
    assert repo.search_ids("OBrien") == [ana]
    assert repo.found_by_alias("OBrien") == {ana: "Ana O'Brien"}
    assert repo.found_by_alias("O'Brien") == {ana: "Ana O'Brien"}  # as before
