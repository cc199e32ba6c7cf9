"""An import from another laptop's export: a client whose notes, phone or aliases were added
there is not skipped as "the same record" (storage check D21-08)."""

from __future__ import annotations

import copy

from clinic_app.demo import generate_clients
from clinic_app.screening_format import client_from_request, client_to_request_dict


def test_a_client_whose_details_changed_on_another_laptop_is_added_for_checking_not_skipped(repo):
    (office_id,) = repo.add_clients(generate_clients(1, seed=21))
    stored = repo.get_client(office_id)
    # On the volunteer's laptop: the same facts, with what the client said at the event.
    there = client_from_request(client_to_request_dict(copy.deepcopy(stored)))
    there.notes = "Needs a Spanish interpreter; called 11/30"
    there.phone = "(323) 555-0111"
    there.aliases = [*there.aliases, "Pepe"]
    result = repo.import_clients([there])
    assert result.skipped == []
    assert result.similar == [(stored.name, office_id, result.ids[0])]  # both ids, for a person to check
    added = repo.get_client(result.ids[0])
    assert (added.notes, added.phone, added.aliases[-1]) == ("Needs a Spanish interpreter; called 11/30", "(323) 555-0111", "Pepe")
    assert repo.search_ids("Pepe") == [added.id]


def test_the_same_client_with_the_same_details_is_still_skipped(repo):
    (office_id,) = repo.add_clients(generate_clients(1, seed=21))
    again = client_from_request(client_to_request_dict(repo.get_client(office_id)))
    result = repo.import_clients([again, copy.deepcopy(again)])
    assert result.ids == [] and result.skipped == [(again.name, office_id), (again.name, office_id)]


def test_a_client_saved_before_schema_3_is_skipped_when_imported_again(tmp_path):
    """A caseload from before schema 3 keeps no facts hash for its clients (m003 leaves it
    empty until a re-screen), so an import never found them "the same record": the day's
    clients imported again after the upgrade were all added a second time (D22-07)."""
    import sqlite3

    from db.repository import Repository

    path = tmp_path / "caseload.sqlite"
    clients = list(generate_clients(3, seed=22))
    with Repository.open(path) as repo:
        ids = repo.import_clients(clients).ids
    with sqlite3.connect(path) as old:  # the file as Clinic Desk with schema 2 wrote it
        old.execute("ALTER TABLE clients DROP COLUMN facts_hash")
        old.execute("DELETE FROM _sqlite_migrations WHERE name = 'm003_client_facts_hash'")
        old.execute("PRAGMA user_version = 2")
    old.close()
    with Repository.open(path) as repo:  # upgraded by this program
        assert repo.db.conn.execute("SELECT COUNT(*) FROM clients WHERE facts_hash IS NULL").fetchone()[0] == 3
        again = [client_from_request(client_to_request_dict(repo.get_client(n))) for n in ids]
        result = repo.import_clients(again)
        assert result.ids == [] and result.similar == []
        assert result.skipped == [(client.name, n) for client, n in zip(again, ids)]
        assert repo.count_clients() == 3


def test_a_client_whose_payment_ledger_was_put_right_on_another_laptop_is_added_for_checking(repo):
    """D23-13: the facts hash leaves the payment ledger out, so a client whose receipt number
    (or a payment's day) was put right on a volunteer's laptop, totals unchanged, was skipped
    as "the same record" and the correction lost.  The ledger is part of the record now; the
    same ledger is still skipped."""
    from datetime import date

    from clinic_app.model import Client, Payment
    from clinic_app.screening_format import read_request

    request = read_request({"person": {"dob": "1980-01-01"}, "cases": [{
        "id": "c1", "outcome": "convicted", "money": {"fines_ordered": 300, "fines_paid": 0},
        "convictions": [{"id": "c1-1", "code": "PC", "section": "484", "level": "misdemeanor", "conviction_date": "2015-01-01"}]}]})
    office = Client(name="Lena Ledger", person=request.person, cases=request.cases)
    office.cases[0].money.record_payment(Payment(kind="fine", date=date(2015, 3, 1), amount=100))
    (office_id,) = repo.add_clients([office])
    same = client_from_request(client_to_request_dict(repo.get_client(office_id)))
    there = copy.deepcopy(same)
    there.cases[0].money.payments[0].receipt = "R-123"  # typed in from the client's receipt
    result = repo.import_clients([same, there])
    assert result.skipped == [("Lena Ledger", office_id)]
    assert result.similar == [("Lena Ledger", office_id, result.ids[0])]
    assert repo.get_client(result.ids[0]).cases[0].money.payments[0].receipt == "R-123"
