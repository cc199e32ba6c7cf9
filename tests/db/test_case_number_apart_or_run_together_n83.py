"""A case number is found however its dashes and spaces were typed, both ways (N83-01): a
paralegal types it as the court's paper shows it, and the caseload may hold it another way.
Stored "23 CR 12345" was not found by "CR12345", "BA 123-456" not by "123456", "CR 12-3-45"
not by "12345", though the same numbers stored run together were."""

from __future__ import annotations

import sqlite3

import pytest

from clinic_app.model import Case, Client

STORED = ["BA-123456", "BA 123-456", "23 CR 12345", "23-CR-012345", "CR 12-3-45", "BA654321", "23CR54321", "CR54321"]


@pytest.fixture
def numbered(repo):
    ids = repo.add_clients([Client(name=f"Pat Numero{i}", cases=[Case(id="a", case_number=n)]) for i, n in enumerate(STORED)])
    return repo, dict(zip(STORED, ids))


@pytest.mark.parametrize("typed, stored", [
    # Stored with dashes or spaces, typed run together (the numbers' ends).
    ("123456", "BA 123-456"), ("BA123456", "BA 123-456"), ("CR12345", "23 CR 12345"), ("CR012345", "23-CR-012345"),
    ("12345", "CR 12-3-45"), ("12345", "23 CR 12345"), ("23CR12345", "23 CR 12345"), ("BA123456", "BA-123456"),
    ("CR 12-3-45", "23 CR 12345"),
    # Stored run together, typed with dashes or spaces.
    ("BA-654321", "BA654321"), ("BA 654 321", "BA654321"), ("654-321", "BA654321"), ("23-CR-54321", "23CR54321"),
    ("23 CR 54321", "23CR54321"), ("CR-54321", "23CR54321"), ("CR 5-43-21", "CR54321"),
])
def test_a_case_number_is_found_however_its_separators_were_typed(numbered, typed, stored):
    repo, ids = numbered
    assert ids[stored] in repo.search_ids(typed)
    assert ids[stored] in [row.id for row in repo.list_clients(search=typed)]


def test_a_longer_or_other_number_is_not_found(numbered):
    repo, ids = numbered
    assert ids["BA 123-456"] not in repo.search_ids("23456")  # the middle of a run of digits, as before (F58-02)
    assert ids["CR 12-3-45"] not in repo.search_ids("CR123456")


def test_the_client_opens_on_the_case_found_by_its_end_run_together():
    """The client view opens on the case the search found (C48-04), by the words the index holds."""
    from ui.client_view import case_found

    cases = [Case(id="a", case_number="BA 123-456"), Case(id="b", case_number="23 CR 12345")]
    assert case_found(cases, "CR12345") == 1
    assert case_found(cases, "123456") == 0


def test_a_caseload_of_schema_18_finds_its_dashed_numbers_once_opened(tmp_path):
    """m019 rewrites the index of the clients saved before whose numbers have a dash or a space.
    The index is taken back to what the code of schema 18 (origin/main at 965377e5) wrote for
    these clients, copied from a caseload that code made; the clients stored plain keep theirs."""
    from db import migrations
    from db.backup import verify
    from db.repository import Repository

    path = tmp_path / "old.sqlite"
    with Repository.open(path) as repo:
        dana, pablo, celia = repo.add_clients([
            Client(name="Dana Dashed", cases=[Case(id="a", case_number="BA 123-456"), Case(id="b", case_number="23 CR 12345")]),
            Client(name="Pablo Plain", cases=[Case(id="a", case_number="BA654321")]),
            Client(name="Celia Court", cases=[Case(id="a", case_number="CR 12-3-45")]),
        ])
    schema_18 = {dana: "BA 123-456 BA123456 23 CR 12345 23CR12345", pablo: "BA654321 654321", celia: "CR 12-3-45 CR12345"}
    old = sqlite3.connect(path)
    old.executemany("UPDATE client_search SET case_numbers = ? WHERE rowid = ?", [(v, k) for k, v in schema_18.items()])
    old.execute("DELETE FROM _sqlite_migrations WHERE name IN ('m019_case_number_ends_run_together', 'm020_clients_by_birth_date')")
    old.execute("PRAGMA user_version = 18")
    old.commit()
    old.close()
    with Repository.open(path) as repo:  # (before m019: "123456" and "CR12345" found nobody)
        assert repo.db.conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION == 20
        assert repo.search_ids("123456") == [dana]
        assert sorted(repo.search_ids("CR12345")) == [dana, celia]
        assert sorted(repo.search_ids("12345")) == [dana, celia]
        assert repo.search_ids("654321") == [pablo]
        held = dict(repo.db.conn.execute("SELECT rowid, case_numbers FROM client_search").fetchall())
        assert held[pablo] == schema_18[pablo]  # a number stored plain: its index is left as it was
        assert held[dana] == "BA 123-456 BA123456 123456 23 CR 12345 23CR12345 CR12345"
    (backup,) = (tmp_path / "backups").glob("old-before-migration-*.sqlite")
    assert verify(backup) == 18  # the caseload as it was, backed up before m019


def test_m019_tells_how_far_it_has_gone(tmp_path, monkeypatch):
    """m019 reads every client's case numbers and rewrites the index of those with a dash or a
    space: 1.3-5 s at 20,000 demo clients with every number dashed (N83-02), some 7-25 s at
    100,000, where the window's bar had stood still.  It tells how far it has gone, a few
    thousand clients at a time, as m018 does, and rewrites the same index."""
    from db import migrations
    from db.connection import open_caseload
    from db.repository import Repository

    path = tmp_path / "older.sqlite"
    numbers = [f"BA {i:03d}-{i:03d}" for i in range(1, 13)]
    with Repository.open(path) as repo:
        ids = repo.add_clients([Client(name=f"Dora Dashed{i}", cases=[Case(id="a", case_number=n)]) for i, n in enumerate(numbers)])
    old = sqlite3.connect(path)
    old.executemany("UPDATE client_search SET case_numbers = ? WHERE rowid = ?",  # as schema 18 wrote them
                    [(f"{n} {n.replace(' ', '').replace('-', '')}", i) for i, n in zip(ids, numbers)])
    old.execute("DELETE FROM _sqlite_migrations WHERE name IN ('m019_case_number_ends_run_together', 'm020_clients_by_birth_date')")
    old.execute("PRAGMA user_version = 18")
    old.commit()
    old.close()
    monkeypatch.setattr(migrations, "_INDEX_STEP", 3, raising=False)  # (none before N83-02)
    told = []
    with open_caseload(path, progress=lambda done, total, text: told.append((done, total))):
        pass
    # (m019 is the first of two to run, m020 after it: the bar's whole is 2 x 12, m019's the first half.)
    assert [(done, total) for done, total in told if total == 24 and done < 12] == [(0, 24), (3, 24), (6, 24), (9, 24)]
    with Repository.open(path) as repo:
        for client_id, number in zip(ids, numbers):
            assert repo.search_ids(number.split()[1].replace("-", "")) == [client_id]  # "001001" of "BA 001-001"
