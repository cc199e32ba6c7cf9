"""The demo caseload: an empty caseload given synthetic clients, screened, to try the program.

Here, not in clinic_app.cli, so that the window's File > Open demo caseload fills it the same
way `clinic-app --demo` does without loading the command line's code.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

DEMO_WINDOW_CLIENTS = 200


def fill_demo_if_empty(db_path: Path, passphrase: str | None = None, as_of: date | None = None) -> int:
    """Give the caseload at `db_path` DEMO_WINDOW_CLIENTS synthetic clients, screened as of
    `as_of` (today), when it has none; a caseload with clients is left alone, so no synthetic
    client joins real ones.  Returns how many clients it had (0: it was filled)."""
    from clinic_app.demo import generate_clients
    from db.repository import Repository
    from db.rescreen import rescreen_caseload

    with Repository.open(db_path, passphrase=passphrase) as repo:
        existing = repo.count_clients()
        if existing:
            return existing
        repo.add_clients(generate_clients(DEMO_WINDOW_CLIENTS, seed=0))
        rescreen_caseload(repo, as_of or date.today())
    return 0
