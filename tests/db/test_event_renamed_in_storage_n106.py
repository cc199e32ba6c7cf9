"""N106: one clinic day stored under two names ("Saturday Clinic" and "saturday clinic", or a
typo "Expungment Fair") split its report, export --event and handouts --event in two, and
nothing put one name's clients under the other.  `Repository.rename_event` does, in one
transaction, each client's change in their History as a save writes it."""

from __future__ import annotations

from clinic_app.model import Client
from full_record import full_client

DAY, TYPO = "Saturday Clinic 2026-11-21", "saturday clinic 2026-11-21"


def caseload(repo) -> dict[str, int]:
    ids = repo.add_clients([Client(name="Ana Paz", event=DAY), Client(name="Rosa Vega", event=TYPO),
                            Client(name="Luz Mora", event=TYPO), Client(name="Eva Soto", event="Office walk-in")])
    return dict(zip(("ana", "rosa", "luz", "eva"), ids))


def test_n106_a_spelling_joined_to_the_day_moves_its_clients_alone(repo):
    ids = caseload(repo)
    assert repo.event_counts() == {"Office walk-in": 1, DAY: 1, TYPO: 2}
    moved = repo.rename_event(TYPO, DAY)
    assert moved == [ids["rosa"], ids["luz"]]
    assert repo.event_counts() == {"Office walk-in": 1, DAY: 3}
    assert repo.count_clients(event=DAY) == 3 and repo.get_client(ids["eva"]).event == "Office walk-in"


def test_n106_each_client_moved_has_the_change_in_their_history(repo):
    ids = caseload(repo)
    repo.rename_event(TYPO, DAY)
    entry = repo.history(ids["rosa"])[0]
    assert (entry.entity, entry.action, entry.user) == ("client", "update", "paralegal-1")
    assert (entry.before["event"], entry.after["event"]) == (TYPO, DAY)
    assert {k: v for k, v in entry.before.items() if k != "event"} == {k: v for k, v in entry.after.items() if k != "event"}
    assert [e.action for e in repo.history(ids["ana"])] == ["create"]  # the joined event's own: untouched
    assert ids["luz"] in repo.changed_since(entry.at)  # an export --since takes them


def test_n106_the_undo_puts_back_the_clients_moved_and_no_other(repo):
    ids = caseload(repo)
    moved = repo.rename_event(TYPO, DAY)
    later = repo.add_client(Client(name="Mia Cruz", event=DAY))  # taken in under the name since
    assert repo.rename_event(DAY, TYPO, client_ids=moved) == moved
    assert repo.event_counts() == {"Office walk-in": 1, DAY: 2, TYPO: 2}
    assert repo.get_client(later).event == DAY and repo.get_client(ids["ana"]).event == DAY


def test_n106_a_rename_keeps_the_whole_record_and_its_screening_facts(repo):
    client = full_client()
    client.event = TYPO
    client_id = repo.add_client(client)
    before = repo.get_client(client_id)
    hashed = repo.db.conn.execute("SELECT facts_hash FROM clients WHERE id = ?", (client_id,)).fetchone()
    repo.rename_event(TYPO, "  Saturday Clinic 2026-11-21 ")
    after = repo.get_client(client_id)
    assert after.event == DAY
    after.event = TYPO
    assert after == before
    assert repo.db.conn.execute("SELECT facts_hash FROM clients WHERE id = ?", (client_id,)).fetchone() == hashed


def test_n106_nothing_to_rename_writes_nothing(repo):
    caseload(repo)
    last = repo.changes_since(None)[0]
    assert repo.rename_event("Never held", DAY) == [] and repo.rename_event(DAY, DAY) == []
    assert repo.changes_since(None)[0] == last
