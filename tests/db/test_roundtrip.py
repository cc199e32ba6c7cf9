"""Domain -> database -> domain gives back exactly the same client, for every field."""

from __future__ import annotations

import copy
from dataclasses import fields
from datetime import date

from clinic_app.model import Case, Client, Conviction, Payment, Person
from full_record import full_client


def _every_field_set(value, path="client"):
    """Paths of dataclass fields left at None/empty in the fixture (the fixture must fill them)."""
    missing = []
    if hasattr(value, "__dataclass_fields__"):
        for f in fields(value):
            sub = getattr(value, f.name)
            if sub is None or sub == [] or sub == "":
                missing.append(f"{path}.{f.name}")
            missing += _every_field_set(sub, f"{path}.{f.name}")
    elif isinstance(value, list) and value:
        missing += _every_field_set(value[0], f"{path}[0]")
    return missing


def test_the_fixture_fills_every_field_of_its_first_case():
    client = full_client()
    client.id = 1
    assert _every_field_set(client) == []


def test_a_full_client_comes_back_identical(repo):
    client = full_client()
    client_id = repo.add_client(copy.deepcopy(client))
    client.id = client_id
    assert repo.get_client(client_id) == client


def test_none_and_false_stay_distinct_after_storage(repo):
    client = Client(name="Ana Ruiz", person=Person(us_citizen=None, dob=None), cases=[Case(id="a", convictions=[Conviction(id="1", section="602", wobbler=None)])])
    loaded = repo.get_client(repo.add_client(client))
    assert loaded.person.us_citizen is None
    assert loaded.cases[0].convictions[0].wobbler is None
    assert loaded.cases[0].sentence is None and loaded.cases[0].money is None
    client.person.us_citizen = False
    repo.save_client(client)
    assert repo.get_client(client.id).person.us_citizen is False


def test_save_client_replaces_the_whole_record(repo):
    client = full_client()
    client_id = repo.add_client(client)
    client.cases[0].money.record_payment(Payment("restitution", date(2020, 1, 2), 100, "R-9"))
    client.cases[0].convictions.pop()
    client.cases.pop()
    client.aliases.append("Majo")
    repo.save_client(client)
    assert repo.get_client(client_id) == client
    assert repo.list_clients()[0].case_count == 2


def test_bulk_add_and_iter_clients_round_trip(repo):
    clients = [full_client() for _ in range(5)]
    for n, client in enumerate(clients):
        client.name = f"{client.name} {n}"
    originals = copy.deepcopy(clients)
    ids = repo.add_clients(clients, progress=None)
    assert ids == [c.id for c in clients] and len(set(ids)) == 5
    for original, client_id in zip(originals, ids):
        original.id = client_id
    assert list(repo.iter_clients(batch_size=2)) == originals
    assert repo.count_clients() == 5


def test_ids_are_never_reused_after_a_delete(repo):
    first = repo.add_client(Client(name="Uno"))
    second = repo.add_client(Client(name="Dos"))
    repo.delete_client(second)
    assert repo.add_client(Client(name="Tres")) not in (first, second)
    assert repo.add_clients([Client(name="Cuatro")])[0] > second


def test_missing_client_is_a_key_error_in_plain_words(repo):
    import pytest

    from db.errors import CaseloadError

    with pytest.raises(KeyError) as info:
        repo.get_client(42)
    assert isinstance(info.value, CaseloadError)
    assert str(info.value) == "There is no client number 42 in this caseload."


def test_events_lists_distinct_clinic_events(repo):
    repo.add_clients([Client(name="A", event="Fair B"), Client(name="B", event="Fair A"), Client(name="C", event="Fair B"), Client(name="D")])
    assert repo.events() == ["Fair A", "Fair B"]


def test_a_varied_demo_caseload_round_trips(repo):
    """Hundreds of differently shaped records (every sentence type, ledgers, programs...)."""
    from clinic_app.demo import generate_clients

    originals = list(generate_clients(300, seed=11))
    repo.add_clients(copy.deepcopy(originals))
    for n, original in enumerate(originals, start=1):
        original.id = n
    assert list(repo.iter_clients(batch_size=64)) == originals
    edited = originals[17]
    edited.cases.reverse()
    repo.save_client(copy.deepcopy(edited))
    assert repo.get_client(edited.id) == edited


def test_a_contradictory_record_is_refused_with_its_path_and_nothing_is_written(repo):
    import pytest

    from clinic_app.model import Probation, Sentence
    from clinic_app.screening_format import FormatError

    client = Client(name="Olga Ruiz", cases=[Case(id="a"), Case(id="a")])
    with pytest.raises(FormatError, match=r"cases\[1\].id: duplicate case id 'a'"):
        repo.add_client(client)
    assert repo.count_clients() == 0
    client.cases = [Case(id="a", sentence=Sentence("probation", probation=Probation(start=date(2020, 5, 1), end=date(2019, 5, 1))))]
    client.cases[0].sentence.probation.end = date(2021, 5, 1)
    client_id = repo.add_client(client)
    client.cases[0].sentence.probation.end = date(2019, 5, 1)
    with pytest.raises(FormatError, match=r"cases\[0\].sentence.probation.end: 2019-05-01 is before the start 2020-05-01"):
        repo.save_client(client)
    assert repo.get_client(client_id).cases[0].sentence.probation.end == date(2021, 5, 1)
    assert [e.action for e in repo.history(client_id)] == ["create"]


def _stored_hashes(repo) -> dict:
    return dict(repo.db.conn.execute("SELECT id, facts_hash FROM clients").fetchall())


def test_the_facts_hash_is_saved_with_the_facts_and_follows_every_edit(repo):
    """The re-screen takes a client's facts hash from its row (m003): it must always be the
    hash of the facts as stored, whichever way they were written."""
    from clinic_app.eligibility import facts_hash

    one = repo.add_client(full_client())
    many = repo.add_clients([full_client() for _ in range(3)])
    for client_id in (one, *many):
        client = repo.get_client(client_id)
        assert _stored_hashes(repo)[client_id] == facts_hash(client.person, client.cases)
    client = repo.get_client(one)
    before = _stored_hashes(repo)[one]
    client.cases[0].convictions[0].section = "459"
    repo.save_client(client)
    assert _stored_hashes(repo)[one] == facts_hash(client.person, client.cases) != before
    client.name, client.notes = "Another Name", "only who they are changed"
    repo.save_client(client)
    assert _stored_hashes(repo)[one] == facts_hash(client.person, client.cases)  # names are not facts
    pairs = repo.clients_to_screen_between(one, many[-1])
    assert [(c.id, h) for c, h in pairs] == sorted(_stored_hashes(repo).items())
