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


def test_imported_review_times_are_stored_as_the_caseload_writes_its_own_and_still_match_again(repo):
    """D24-01: an imported review kept its exporter's time form (an offset, fractions of a
    second, a space, no offset), so it read unlike the caseload's own (UTC, +00:00, seconds)
    and unlike what export --since compares through SQLite's datetime().  It is stored in
    the caseload's form, the same instant; the same review imported again, in either form,
    is still recognised and not added twice."""
    from datetime import datetime, timezone

    from clinic_app.screening_format import ExportedReview, client_and_reviews_from_request

    (office_id,) = repo.add_clients(generate_clients(1, seed=21))
    stored = repo.get_client(office_id)
    case = stored.cases[0].id
    sent = [
        ExportedReview(case, None, "pc1203_4", "atty-lopez", "2026-11-30T16:59:59-08:00", "evening, Los Angeles"),
        ExportedReview(case, None, "pc1203_4", "atty-lopez", "2026-11-30 18:00:00.250000+00:00", "a fraction"),
        ExportedReview(case, None, "pc1203_4", "atty-lopez", "2026-11-30T19:00:00", "no offset"),
    ]
    request = client_to_request_dict(copy.deepcopy(stored), reviews=sent)
    there, carried = client_and_reviews_from_request(copy.deepcopy(request))
    result = repo.import_clients([there], reviews=[carried])
    assert result.reviewed == [(stored.name, office_id, 3)]
    rows = repo.db.conn.execute("SELECT at FROM reviews WHERE client_id = ? ORDER BY id", (office_id,)).fetchall()
    assert [at for (at,) in rows] == ["2026-12-01T00:59:59+00:00", "2026-11-30T18:00:00.250000+00:00", "2026-11-30T19:00:00+00:00"]
    assert [rv.at for rv in repo.reviews(office_id)][0] == datetime(2026, 12, 1, 0, 59, 59, tzinfo=timezone.utc)
    # The audit row says the same time as the review it records.
    assert [e.after["at"] for e in reversed(repo.history(office_id)) if e.entity == "review"] == [at for (at,) in rows]

    # The same file again, and the caseload's own export of it: nothing added.
    again, carried = client_and_reviews_from_request(copy.deepcopy(request))
    assert repo.import_clients([again], reviews=[carried]).reviewed == []
    own = [ExportedReview(rv.case, rv.conviction, rv.remedy, rv.reviewer, rv.at.isoformat(), rv.note) for rv in repo.reviews(office_id)]
    back, carried = client_and_reviews_from_request(client_to_request_dict(copy.deepcopy(stored), reviews=own))
    assert repo.import_clients([back], reviews=[carried]).reviewed == []
    assert len(repo.reviews(office_id)) == 3


def test_an_import_hashes_the_file_s_clients_before_it_takes_the_write_lock(repo, monkeypatch):
    """The hashing of every client of the file happened inside the write transaction, and
    the windows' saves waited meanwhile (D24-07); the import is still all or nothing."""
    import sqlite3

    import clinic_app.eligibility as eligibility

    repo.add_clients(generate_clients(2, seed=4))
    file = [client_from_request(client_to_request_dict(client)) for client in generate_clients(3, seed=9)]
    hash_facts = eligibility.facts_hash
    lock_free_while_hashing = []

    def watched(person, cases):
        other = sqlite3.connect(repo.path, timeout=0, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
            lock_free_while_hashing.append(True)
        except sqlite3.OperationalError:
            lock_free_while_hashing.append(False)
        finally:
            other.close()
        return hash_facts(person, cases)

    monkeypatch.setattr(eligibility, "facts_hash", watched)
    result = repo.import_clients(file)
    assert len(result.ids) == 3 and repo.count_clients() == 5
    assert lock_free_while_hashing[:3] == [True, True, True]


# ---- W29-03: an import stopped half-way is said once on the next open ----

import os  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]

# A child that imports `clients` from `file` and is killed (SIGKILL, as a power cut or the task
# manager ends it) after its first chunk is stored, its transaction still open.
_KILLED_IMPORT = """
import os, signal, sys
from clinic_app.demo import generate_clients
from db.repository import Repository
repo = Repository.open(sys.argv[1], user="volunteer")
clients = generate_clients(int(sys.argv[3]), seed=5)
repo.import_clients(clients, source=sys.argv[2], progress=lambda n: os.kill(os.getpid(), signal.SIGKILL))
"""


def import_killed_half_way(db_path, source: str, clients: int) -> None:
    done = subprocess.run([sys.executable, "-c", _KILLED_IMPORT, str(db_path), source, str(clients)], cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True, timeout=120)
    assert done.returncode == -9, done.stderr  # killed, not finished


def test_w29_03_an_import_killed_half_way_is_said_once_on_the_next_open_and_kept_nothing(tmp_path, in_los_angeles):
    from zoneinfo import ZoneInfo

    from db.repository import Repository

    path = tmp_path / "caseload.sqlite"
    with Repository.open(path, user="paralegal") as repo:
        (kept,) = repo.add_clients(generate_clients(1, seed=21))
    import_killed_half_way(path, "/media/usb/event-day.jsonl", 3)
    with Repository.open(path, user="paralegal") as repo:
        assert [row.id for row in repo.list_clients()] == [kept]  # whole: nothing half-written
        (stopped,) = repo.unfinished_imports()
        assert (stopped.source, stopped.clients, stopped.user) == ("/media/usb/event-day.jsonl", 3, "volunteer")
        line = stopped.line()
        assert line.startswith("The import of /media/usb/event-day.jsonl (") and "did not finish" in line
        assert "with 3 clients to bring in" in line and "none of them was kept and nothing half-written is in the caseload" in line
        assert repo.unfinished_imports() == []  # said once
        assert [e.action for e in repo.history() if e.entity == "import"] == ["not finished", "start"]  # newest first
        # When it started, in this computer's time: "(... UTC, ...)" was a time of the next day in
        # an office in Los Angeles from 4 p.m. (R292-03).
        started = next(e.at for e in repo.history() if e.action == "start").astimezone(ZoneInfo("America/Los_Angeles"))
        assert f"({started:%Y-%m-%d %H:%M}, by volunteer) did not finish" in line


def test_w29_03_a_finished_import_is_not_said(repo):
    result = repo.import_clients(generate_clients(2, seed=5), source="day.jsonl")
    assert len(result.ids) == 2
    assert repo.unfinished_imports() == []
    assert [e.action for e in repo.history() if e.entity == "import"] == ["finish", "start"]  # newest first
