"""Saving a record writes what changed, not the whole record again (P316).

One case number typed on a 25-case, 41-count record and Ctrl+S deleted and wrote again every
case, count, condition, payment and petition (230 statements); the record read back is the
same either way, so these tests look at the rows themselves.  SYNTHETIC PEOPLE ONLY."""

from __future__ import annotations

import copy
from dataclasses import replace
from datetime import date

from clinic_app.model import Case, Client, Conviction, Person
from full_record import full_client

_ROWS = {
    table: f"SELECT {table}.id, cases.case_key FROM {table} JOIN cases ON cases.id = {table}.case_id "
    f"WHERE cases.client_id = ? ORDER BY {table}.id"
    for table in ("convictions", "conditions", "payments", "petitions")
}


def _row_ids(repo, client_id: int) -> dict[str, dict[str, list[int]]]:
    """Each table's row ids of the client, by the case (its key) they belong to."""
    found: dict[str, dict[str, list[int]]] = {}
    conn = repo.db.conn
    for table, sql in {"cases": "SELECT id, case_key FROM cases WHERE client_id = ? ORDER BY id", **_ROWS}.items():
        by_case: dict[str, list[int]] = {}
        for row_id, case_key in conn.execute(sql, (client_id,)):
            by_case.setdefault(case_key, []).append(row_id)
        found[table] = by_case
    return found


def _stored(repo):
    client = full_client()
    client_id = repo.add_client(client)
    return client_id, repo.get_client(client_id)


def test_p316_01_one_case_number_typed_writes_that_case_alone_and_keeps_the_others_rows(repo):
    client_id, stored = _stored(repo)
    before = _row_ids(repo, client_id)
    edited = copy.deepcopy(stored)
    edited.cases[1] = replace(edited.cases[1], case_number="24CR-05678")
    repo.save_client(edited, expected=stored)

    after = _row_ids(repo, client_id)
    for table in after:
        for case_key in ("c1", "c3"):  # untouched: the same rows, not copies written anew
            assert after[table].get(case_key) == before[table].get(case_key), (table, case_key)
    assert after["cases"]["c2"] != before["cases"]["c2"]
    assert repo.get_client(client_id) == edited
    # The search entry follows the number typed (it is written again only when its words change).
    assert repo.search_ids("24CR-05678") == [client_id]
    assert repo.search_ids("24CR-01234") == []
    history = [row for row in repo.db.conn.execute(
        "SELECT action, before, after FROM audit WHERE client_id = ? AND entity = 'client'", (client_id,))]
    assert [action for action, *_ in history] == ["create", "update"]
    assert "24CR-01234" in history[1][1] and "24CR-05678" in history[1][2]


def _edits():
    """Changes deep in a case's rows, each of which must reach the file."""
    def case1(change):
        def edit(client):
            change(client.cases[0])
        return edit

    yield "a count's relief granted", case1(lambda c: setattr(c.convictions[0].relief_granted[0], "date", date(2016, 2, 2)))
    yield "a second count's level", case1(lambda c: setattr(c.convictions[1], "level", "felony"))
    yield "hours done", case1(lambda c: setattr(c.conditions[1], "done", 41))
    yield "a payment's receipt", case1(lambda c: setattr(c.money.payments[1], "receipt", "R-0002"))
    yield "a payment added", case1(lambda c: c.money.payments.append(copy.deepcopy(c.money.payments[0])))
    yield "a petition's ruling", case1(lambda c: setattr(c.petitions[0], "ruling", "denied"))
    yield "a count removed after the filing", case1(lambda c: setattr(c.petitions[0].counts_removed[0], "level", "felony"))
    yield "a violation's outcome", case1(lambda c: setattr(c.sentence.probation.violations[1], "outcome", "revoked"))
    yield "an arrest offense's level", case1(lambda c: setattr(c.arrest_offenses[1], "level", "felony"))
    yield "a program's end", case1(lambda c: setattr(c.program, "completed_on", date(2016, 1, 6)))
    yield "the cases reordered", lambda client: client.cases.reverse()
    yield "a case removed in the middle", lambda client: client.cases.pop(1)
    yield "a case added", lambda client: client.cases.append(
        Case(id="c4", case_number="25M00001", convictions=[Conviction(id="c4-1", section="484", code="PC")]))


def test_p316_01_every_change_deep_in_a_case_is_written(repo):
    client_id, stored = _stored(repo)
    for said, edit in _edits():
        edited = copy.deepcopy(stored)
        edit(edited)
        assert edited != stored, said
        repo.save_client(edited, expected=stored)
        assert repo.get_client(client_id) == edited, said
        stored = repo.get_client(client_id)


def _statements(repo, step) -> list[str]:
    """The SQL statements `step()` runs on the repository's connection, SQLite's own (an index's
    "-- " lines) left out."""
    statements: list[str] = []
    repo.db.conn.set_trace_callback(statements.append)
    try:
        step()
    finally:
        repo.db.conn.set_trace_callback(None)
    return [sql for sql in statements if not sql.startswith("-- ")]


def test_k329_03_a_phone_typed_on_a_one_case_client_looks_up_no_new_row_ids(repo):
    """A phone typed on a one-case client and saved ran five `SELECT COALESCE(MAX(id), 0)`, one
    for each table of a case's rows, though no row was written (its one case kept, P316): 22
    statements.  The next row ids are looked up only where a case is written: 17."""
    client = Client(name="Rosa Ríos", person=Person(dob=date(1985, 3, 2)),
                    cases=[Case(id="c1", case_number="BA100001", convictions=[Conviction(id="c1-1", section="484", code="PC")])])
    client_id = repo.add_client(client)
    stored = repo.get_client(client_id)
    edited = replace(copy.deepcopy(stored), phone="555-0101")
    ran = _statements(repo, lambda: repo.save_client(edited, expected=stored))
    assert not [sql for sql in ran if "MAX(id)" in sql], ran
    assert len(ran) == 17, ran
    assert repo.get_client(client_id) == edited
    # A case number typed writes the case again: its ids looked up as before, the search entry too.
    stored, edited = edited, replace(copy.deepcopy(edited), cases=[replace(edited.cases[0], case_number="BA100002")])
    ran = _statements(repo, lambda: repo.save_client(edited, expected=stored))
    assert len([sql for sql in ran if "MAX(id)" in sql]) == 5
    assert repo.get_client(client_id) == edited and repo.search_ids("BA100002") == [client_id]


def test_k329_04_a_name_typed_works_its_search_entry_out_once(repo, monkeypatch):
    """K329-04: a save whose search entry's words changed (a name typed) worked the entry out
    twice, once to compare it with the stored one and again to write it; K329-03's test, which
    the commit named, passes either way.  Worked out once, written once, found by the new name."""
    import db.repository

    client = Client(name="Rosa Ríos", cases=[Case(id="c1", case_number="BA100001")])
    client_id = repo.add_client(client)
    stored = repo.get_client(client_id)
    edited = replace(copy.deepcopy(stored), name="Rosa Ríos Delgado")
    worked_out, search_values = [], db.repository._search_values
    monkeypatch.setattr(db.repository, "_search_values",
                        lambda client, client_id: worked_out.append(client_id) or search_values(client, client_id))
    ran = _statements(repo, lambda: repo.save_client(edited, expected=stored))
    assert worked_out == [client_id]
    assert len([sql for sql in ran if sql.startswith("INSERT INTO client_search")]) == 1, ran
    assert repo.search_ids("Delgado") == [client_id] and repo.get_client(client_id) == edited
