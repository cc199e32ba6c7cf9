"""The end of a case number typed finds the client (F58-02): a client reads the number off a
court letter, a paralegal the last digits off a docket, and "81162" found nothing stored as
"25CJCM81162" (the search found only the start of a number, or of a part set apart by a dash
or a space)."""

from __future__ import annotations

import pytest

from clinic_app.model import Case, Client


@pytest.fixture
def two(repo):
    mina, otto = repo.add_clients([
        Client(name="Mina Numero", cases=[Case(id="a", case_number="25CJCM81162"), Case(id="b", case_number="24CJCF02163")]),
        Client(name="Otto Otro", cases=[Case(id="a", case_number="BA445566"), Case(id="b", case_number="LA 0056789")]),
    ])
    return repo, mina, otto


@pytest.mark.parametrize("typed, who", [
    ("81162", "mina"), ("8116", "mina"), ("CJCM81162", "mina"), ("cjcm 81162", "mina"),
    ("02163", "mina"), ("2163", "mina"),  # the zeros a court pads the number with, left out
    ("445566", "otto"), ("4455", "otto"), ("56789", "otto"),
    ("25CJCM81162", "mina"), ("25CJ", "mina"), ("BA44", "otto"),  # the start, as before
    ("1162", None), ("5566", None),  # the middle of a run of digits is no part of the number
])
def test_the_end_of_a_case_number_finds_the_client(two, typed, who):
    repo, mina, otto = two
    expected = [] if who is None else [{"mina": mina, "otto": otto}[who]]
    assert repo.search_ids(typed) == expected
    assert [row.id for row in repo.list_clients(search=typed)] == expected


def test_a_caseload_saved_before_finds_the_end_of_its_case_numbers_once_opened(tmp_path):
    """m013 rewrites the index of the clients saved before, from their cases."""
    from sqlite_utils import Database

    from db import migrations
    from db.connection import connect
    from db.repository import Repository

    path = tmp_path / "old.sqlite"
    with Repository.open(path) as repo:
        mina = repo.add_client(Client(name="Mina Numero", cases=[Case(id="a", case_number="25CJCM81162")]))
    old = Database(connect(path))  # back to schema 12, by hand: its index held the number as written
    old.execute("UPDATE client_search SET case_numbers = '25CJCM81162' WHERE rowid = ?", [mina])
    old.execute("DELETE FROM _sqlite_migrations WHERE name IN ('m013_case_number_ends', 'm014_names_run_together', 'm015_convictions_to_enter_leave_the_review_queue', 'm016_denials_entered', 'm017_denials_entered_before_their_row', 'm018_remedies_open', 'm019_case_number_ends_run_together', 'm020_clients_by_birth_date')")
    old.execute("PRAGMA user_version = 12")
    old.conn.commit()
    old.close()
    with Repository.open(path) as repo:
        assert repo.db.conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
        assert repo.search_ids("81162") == [mina]
        assert repo.search_ids("25CJCM81162") == [mina]
