"""The demo caseload: an empty caseload given synthetic clients, screened, to try the program.

Here, not in clinic_app.cli, so that the window's File > Open demo caseload fills it the same
way `clinic-app --demo` does without loading the command line's code.

The synthetic clients are marked as such (`add_synthetic`): a caseload's setting
``synthetic_clients`` lists the numbers given to them.  Nothing else tells them from real
people once stored, and a tool that makes pictures of a caseload to publish (ui.screenshots)
must know that every client in it is made up (V28-03).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from pathlib import Path

DEMO_WINDOW_CLIENTS = 200
SYNTHETIC_KEY = "synthetic_clients"


def add_synthetic(repo, clients: Iterable) -> list[int]:
    """Add `clients` (clinic_app.demo's) to `repo` and mark their numbers as synthetic; their ids.

    One transaction: the clients and their mark were two, and a demo killed between them
    (a closed lid, a dead battery) left made-up people marked as nobody, counted as real
    clients for good (D28-03)."""
    with repo._write():
        ids = repo.add_clients(clients)
        if ids:
            ranges = [tuple(span) for span in json.loads(repo.get_setting(SYNTHETIC_KEY) or "[]")]
            for client_id in sorted(ids):  # the numbers run on within one add: a range or a few
                if ranges and ranges[-1][1] == client_id - 1:
                    ranges[-1] = (ranges[-1][0], client_id)
                else:
                    ranges.append((client_id, client_id))
            repo.set_setting(SYNTHETIC_KEY, json.dumps(ranges))
    return ids


def not_synthetic(repo) -> int:
    """How many of `repo`'s clients were not added as synthetic ones (0: a demo caseload).

    A client's number is never given again, so a real client added to a demo caseload,
    by the window, an import or ``demo --mix`` into a real caseload, is counted here."""
    ranges = json.loads(repo.get_setting(SYNTHETIC_KEY) or "[]")
    # Asked with every save, undo and return to the list (holds_synthetic): counted by the
    # caseload's index, where walking every client's number held the window 0.2 s a time at
    # 20,000 demo clients (W62-01).
    return repo.count_clients() - repo.count_clients_numbered(ranges)


def holds_synthetic(repo) -> bool:
    """Whether any of `repo`'s clients was added as a synthetic one: said in the window's title
    and status, as a volunteer given the README's first command (the demo caseload) could take
    real walk-ins into it, marked as a demo only by its file name (U42)."""
    ranges = json.loads(repo.get_setting(SYNTHETIC_KEY) or "[]")
    return bool(ranges) and repo.count_clients_numbered(ranges) > 0


def fill_demo_if_empty(db_path: Path, passphrase: str | None = None, as_of: date | None = None) -> int:
    """Give the caseload at `db_path` DEMO_WINDOW_CLIENTS synthetic clients, screened as of
    `as_of` (today), when it has none; a caseload with clients is left alone, so no synthetic
    client joins real ones.  Returns how many clients it had (0: it was filled)."""
    from clinic_app.demo import file_demo_petitions, generate_clients
    from db.repository import Repository
    from db.rescreen import rescreen_caseload

    with Repository.open(db_path, passphrase=passphrase) as repo:
        existing = repo.count_clients()
        if existing:
            return existing
        as_of = as_of or date.today()
        # A few with petitions filed, around the day screened: a volunteer exploring the demo
        # sees "Filed ...; hearing ...", a denial and a grant in the list (Q54).
        add_synthetic(repo, file_demo_petitions(generate_clients(DEMO_WINDOW_CLIENTS, seed=0), as_of))
        rescreen_caseload(repo, as_of)
    return 0
