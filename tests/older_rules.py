"""A client's last screening made as if by older rules that answered otherwise: what a
caseload holds on the day an update of Clinic Desk with changed rules arrives (U148).

The engine's rules cannot be changed in a test, so the stored result is: labelled with an
older rules version, as the stale tests label it, and each answer passed through `change`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from clinic_app.model import Determination
from db import records as r

OLDER_RULES = "2020.1"


def told_by_older_rules(repo, client_id: int, change: Callable[[Determination], Determination] = lambda d: d) -> None:
    """Rewrite the client's newest stored screening as one made by OLDER_RULES, each answer
    passed through `change` (the same answers where it is not given)."""
    stored = repo.latest_screening(client_id)
    client = repo.get_client(client_id)
    screening = replace(stored.screening, rules_version=OLDER_RULES, results=[change(d) for d in stored.screening.results])
    with repo.db.conn:
        repo.db.conn.execute("UPDATE screenings SET rules_version = ?, result = ? WHERE id = (SELECT MAX(id) FROM screenings WHERE client_id = ?)",
                             (OLDER_RULES, r.stored_screening(screening, r.record_labels(client.cases)), client_id))


def waited_until(remedy: str, day: date) -> Callable[[Determination], Determination]:
    """A `change`: the older rules had `remedy` eligible only on `day`."""
    return lambda d: replace(d, status="eligible_on", date=day) if d.remedy == remedy and d.status == "eligible" else d


def screened_some_by_older_rules(repo, names: tuple[str, ...], older: tuple[str, ...], today: date) -> dict:
    """Clients named `names`, each with a case to file (tests.automatic_relief.to_file), screened
    on `today`, those named in `older` then as if by OLDER_RULES: the clients by name."""
    from tests.automatic_relief import to_file
    from ui.services import screen_and_store

    clients = {}
    for name in names:
        client = clients[name] = to_file(name)
        client.id = repo.add_client(client)
        screen_and_store(repo, client, today)
    for name in older:
        told_by_older_rules(repo, clients[name].id)
    return clients
