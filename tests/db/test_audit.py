"""Every change lands in the append-only audit log: when, who, which client, before, after."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timezone

import pytest

from clinic_app.model import Client, ClientSummary, Screening
from full_record import full_client
from db.repository import Repository


def test_create_update_delete_are_logged_with_before_and_after(tmp_path):
    moments = iter(datetime(2026, 11, 1, 9, n, tzinfo=timezone.utc) for n in range(60))
    repo = Repository.open(tmp_path / "c.sqlite", user="attorney-7")
    repo._clock = lambda: next(moments)
    client_id = repo.add_client(full_client())
    client = repo.get_client(client_id)
    client.phone = "(213) 555-0199"
    repo.save_client(client)
    repo.delete_client(client_id)
    entries = repo.history(client_id)
    assert [e.action for e in entries] == ["delete", "update", "create"]  # newest first
    assert {e.user for e in entries} == {"attorney-7"}
    assert entries[0].at > entries[1].at > entries[2].at
    delete, update, create = entries
    assert create.before is None and create.after["name"] == "María José Ñúñez-López"
    assert update.before["phone"] == "(323) 555-0142" and update.after["phone"] == "(213) 555-0199"
    assert update.after["cases"][0]["money"]["payments"][0]["receipt"] == "R-0001"  # the whole record
    assert delete.before["phone"] == "(213) 555-0199" and delete.after is None
    repo.close()


def test_saving_an_unchanged_client_logs_nothing(repo):
    client_id = repo.add_client(Client(name="Lupe Díaz"))
    repo.save_client(repo.get_client(client_id))
    assert [e.action for e in repo.history(client_id)] == ["create"]


def test_bulk_adds_settings_reviews_and_screenings_are_logged(repo):
    ids = repo.add_clients([Client(name="A"), Client(name="B")])
    repo.set_setting("clinic_name", "Eastside Clinic")
    repo.set_setting("clinic_name", "Eastside Legal Clinic")
    repo.record_review(ids[0], "c1", "c1-1", "pc1203.4", "checked the docket")
    repo.store_screening(ids[0], Screening(as_of=date(2026, 1, 1), rules_version="r1"), "h1", ClientSummary(best="eligible_now"))
    repo.store_screenings([(ids[1], Screening(as_of=date(2026, 1, 1), rules_version="r1"), "h2", ClientSummary(best="blocked"))])
    log = repo.history()
    assert [(e.entity, e.action) for e in log] == [
        ("screening", "rescreen"),
        ("screening", "screen"),
        ("review", "review"),
        ("setting", "update"),
        ("setting", "update"),
        ("client", "create"),
        ("client", "create"),
    ]
    assert log[3].before == {"clinic_name": "Eastside Clinic"} and log[3].after == {"clinic_name": "Eastside Legal Clinic"}
    assert [e.action for e in repo.history(ids[0])] == ["screen", "review", "create"]


@pytest.mark.parametrize("statement", ["UPDATE audit SET user = 'someone else'", "DELETE FROM audit"])
def test_the_audit_log_refuses_to_be_changed(repo, statement):
    repo.add_client(Client(name="Rosa Vega"))
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        repo.db.execute(statement)
    assert [e.user for e in repo.history()] == ["paralegal-1"]


def test_the_user_defaults_to_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("CLINIC_DESK_USER", "front-desk")
    with Repository.open(tmp_path / "c.sqlite") as repo:
        repo.add_client(Client(name="X"))
        assert repo.history()[0].user == "front-desk"


def test_a_deleted_client_is_restored_whole_under_their_own_number(tmp_path):
    """Undo of "Delete client" (W21-25): the same number, every fact, stored results and
    reviews, the caseload line and the search entry; the log keeps both steps."""
    from clinic_app.eligibility import facts_hash
    from ui.services import screen_and_store

    repo = Repository.open(tmp_path / "c.sqlite", user="attorney-7")
    client_id = repo.add_client(full_client())
    other = repo.add_client(Client(name="Otra Persona"))
    client = repo.get_client(client_id)
    screened = screen_and_store(repo, client, date(2026, 11, 22))
    d = screened.screening.results[0]
    repo.record_review(client_id, d.case, d.conviction, d.remedy, "looked at it")
    line_before = [r for r in repo.list_clients() if r.id == client_id]
    stored_before = repo.stored_screenings(client_id)
    record_before = repo.get_client(client_id)

    removed = repo.delete_client(client_id)
    assert repo.list_clients()[0].id == other and repo.stored_screenings(client_id) == []
    repo.restore_client(removed)
    assert repo.get_client(client_id) == record_before
    assert [r for r in repo.list_clients() if r.id == client_id] == line_before
    assert [s.screening for s in repo.stored_screenings(client_id)] == [s.screening for s in stored_before]
    assert [(r.remedy, r.note, r.reviewer) for r in repo.reviews(client_id)] == [(d.remedy, "looked at it", "attorney-7")]
    assert repo.search_ids(record_before.name.split()[0]) == [client_id]
    assert repo.newest_screening_key(client_id)[1] == facts_hash(record_before.person, record_before.cases)
    restore, delete = repo.history(client_id)[:2]
    assert (restore.action, delete.action) == ("restore", "delete")
    assert restore.after == delete.before
    with pytest.raises(Exception):
        repo.restore_client(removed)  # already there: refused, nothing doubled
    assert repo.count_clients() == 2
    repo.close()


def test_m42_04_a_client_and_a_review_brought_by_an_import_name_the_file_in_the_clients_history(repo):
    """M42-04: a client added by an import, and an attorney review it added to a client
    already here, were logged in the client's history as "client create" and "review
    review", as if typed at this desk: which laptop's file they came from was only in the
    caseload's whole log.  Each names the file; a client typed here names none."""
    import copy

    from clinic_app.demo import generate_clients
    from clinic_app.screening_format import ExportedReview

    office, walk_in = generate_clients(2, seed=42)
    (office_id,) = repo.add_clients([office])
    case = repo.get_client(office_id).cases[0].id
    carried = [ExportedReview(case, None, "pc1203_4", "atty-lopez", "2026-12-02T15:00:00+00:00", "file it")]
    result = repo.import_clients([copy.deepcopy(repo.get_client(office_id)), walk_in], reviews=[carried, []],
                                 source="laptop-2.jsonl")
    (new_id,) = result.ids
    (created,) = repo.history(new_id)
    assert created.action == "create" and created.after["imported_from"] == "laptop-2.jsonl"
    reviewed, typed = repo.history(office_id)
    assert (reviewed.entity, reviewed.after["imported_from"]) == ("review", "laptop-2.jsonl")
    assert typed.action == "create" and "imported_from" not in typed.after
