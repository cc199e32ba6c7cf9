"""Two windows or desks on one caseload: an edit made on a record another desk has saved
since is refused, never saved over theirs (storage check D21-02)."""

from __future__ import annotations

import pytest

from clinic_app.model import Client
from db.errors import ChangedElsewhere
from db.repository import Repository


def test_a_save_over_another_desks_newer_save_is_refused_and_writes_nothing(tmp_path):
    path = tmp_path / "caseload.sqlite"
    with Repository.open(path, user="desk-1") as desk_1, Repository.open(path, user="desk-2") as desk_2:
        client_id = desk_1.add_client(Client(name="Dana Twodesk"))
        mine, theirs = desk_1.get_client(client_id), desk_2.get_client(client_id)
        opened = desk_1.get_client(client_id)
        theirs.notes = "Has proof of the classes"
        desk_2.save_client(theirs, expected=desk_2.get_client(client_id))
        mine.phone = "(213) 555-0100"
        with pytest.raises(ChangedElsewhere, match="Dana Twodesk's record was changed in another window or on another desk"):
            desk_1.save_client(mine, expected=opened)
        stored = desk_1.get_client(client_id)
        assert (stored.notes, stored.phone) == ("Has proof of the classes", None)  # their edit stands, nothing of mine
        assert [entry.user for entry in desk_1.history(client_id)] == ["desk-2", "desk-1"]
        # Made again on the record as it is now, the edit saves.
        again = desk_1.get_client(client_id)
        again.phone = "(213) 555-0100"
        desk_1.save_client(again, expected=stored)
        assert (desk_1.get_client(client_id).notes, desk_1.get_client(client_id).phone) == ("Has proof of the classes", "(213) 555-0100")


def test_the_same_change_made_on_two_desks_is_no_conflict(repo):
    client_id = repo.add_client(Client(name="Dana Twodesk"))
    opened = repo.get_client(client_id)
    changed = repo.get_client(client_id)
    changed.phone = "(213) 555-0100"
    repo.save_client(changed, expected=opened)
    repo.save_client(changed, expected=opened)  # already stored as asked: nothing to refuse
    assert repo.get_client(client_id).phone == "(213) 555-0100"


def test_a_screening_of_facts_another_desk_has_replaced_since_is_not_kept_as_the_newest(tmp_path):
    """D24-05: a window screens a client's record, then stores the result; between the two,
    another desk saved other facts and stored their screening.  The older result was stored
    after it, so it became the client's newest screening and its caseload line (best
    remedy, dates, needs review) spoke for facts the client no longer has.  As a re-screen's
    rows are (S18-07), a result is now kept only while the client still has the facts screened."""
    from dataclasses import replace
    from datetime import date

    from clinic_app.demo import generate_clients
    from clinic_app.eligibility import facts_hash, screen
    from clinic_app.summary import summarize

    def screened(client):
        result = screen(client.person, client.cases, date(2026, 12, 1))
        return result, facts_hash(client.person, client.cases), summarize(client, result, date(2026, 12, 1))

    path = tmp_path / "caseload.sqlite"
    with Repository.open(path, user="desk-1") as desk_1, Repository.open(path, user="desk-2") as desk_2:
        client = next(c for c in generate_clients(40, seed=3) if any(case.convictions for case in c.cases))
        client_id = desk_1.add_client(client)
        # Desk 1 screens the record as it reads it ...
        read_by_1 = desk_1.get_client(client_id)
        result_1, hash_1, summary_1 = screened(read_by_1)
        # ... while desk 2 saves the record with its cases taken out (entered on the wrong
        # client) and stores that screening.
        theirs = replace(desk_2.get_client(client_id), cases=[])
        desk_2.save_client(theirs, expected=desk_2.get_client(client_id))
        result_2, hash_2, summary_2 = screened(theirs)
        desk_2.store_screening(client_id, result_2, hash_2, summary_2, theirs.cases, of_saved_facts=True)
        assert summary_1 != summary_2
        # Desk 1's result arrives last: it is of facts the client no longer has.
        desk_1.store_screening(client_id, result_1, hash_1, summary_1, read_by_1.cases, of_saved_facts=True)
        newest = desk_1.latest_screening(client_id)
        assert newest is not None and newest.facts_hash == hash_2 and newest.summary == summary_2
        (row,) = [row for row in desk_1.list_clients() if row.id == client_id]
        assert (row.best, row.best_date, row.needs_review, row.case_count) == (summary_2.best, summary_2.best_date, summary_2.needs_review, 0)


def test_a_review_or_screening_of_a_client_another_desk_removed_says_so(tmp_path):
    """D24-06: an attorney's review (or a screening stored) of a client another window or
    desk had removed meanwhile failed on SQLite's foreign key, an IntegrityError the window
    showed as a programming error; it is now `ClientNotFound` (a caseload problem, said in
    plain words), and nothing is written."""
    from datetime import date

    from clinic_app.demo import generate_clients
    from clinic_app.eligibility import facts_hash, screen
    from clinic_app.summary import summarize
    from db.errors import ClientNotFound

    path = tmp_path / "caseload.sqlite"
    with Repository.open(path, user="atty") as attorney, Repository.open(path, user="desk-2") as desk_2:
        (client_id,) = attorney.add_clients(generate_clients(1, seed=3))
        shown = attorney.get_client(client_id)
        desk_2.delete_client(client_id)  # a duplicate, removed at the front desk
        audit_before = len(attorney.history())
        with pytest.raises(ClientNotFound, match=f"no client number {client_id} in this caseload: they were removed in another window or on another desk, so the review was not recorded"):
            attorney.record_review(client_id, shown.cases[0].id, None, "pc1203_4")
        result = screen(shown.person, shown.cases, date(2026, 12, 1))
        with pytest.raises(ClientNotFound, match="so its screening was not stored"):
            attorney.store_screening(client_id, result, facts_hash(shown.person, shown.cases), summarize(shown, result, date(2026, 12, 1)), shown.cases)
        assert len(attorney.history()) == audit_before
        assert attorney.db.execute("SELECT COUNT(*) FROM reviews").fetchone()[0] == 0
