"""The caseload of 40 demo clients that ~60 command-line tests start from (test_cli.py's `demo_db`):
made once a test process by tests/made_once.py.  Here, in a module imported under one name only,
not in test_cli.py, which pytest imports as `test_cli` and other test modules as
`tests.cli.test_cli`: two copies of the function made it twice into the one folder named after it."""

from __future__ import annotations

from pathlib import Path

from clinic_app.demo import generate_clients
from db.repository import Repository


def forty_demo_clients(folder: Path) -> tuple[Path]:
    """A caseload of 40 demo clients in `folder`, written in-process, closed."""
    path = folder / "caseload.sqlite"
    with Repository.open(path, user="cli-test") as repo:
        repo.add_clients(generate_clients(40, seed=5))
    return (path,)
