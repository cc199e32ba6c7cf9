"""Fixtures shared by the handout command's tests."""

from __future__ import annotations

import pytest

from clinic_app.demo import generate_clients
from db.repository import Repository
from tests.made_once import made_once


def _fair_clients(folder):
    """A caseload of two synthetic clients of the clinic event "Fair" in `folder`, closed."""
    path = folder / "caseload.sqlite"
    clients = list(generate_clients(2, seed=5))
    for client in clients:
        client.event = "Fair"
    with Repository.open(path, user="t") as repo:
        repo.add_clients(clients)
    return (path,)


@pytest.fixture
def fair_caseload(tmp_path):
    """A caseload of two synthetic clients of the clinic event "Fair", in `tmp_path`: made once a
    test process and copied there (tests/made_once.py), a file of the test's own; made anew for
    each of its 20 tests, its new file's migrations and syncs were ~0.1 s of each one's set-up
    (S433-03)."""
    (path,) = made_once(_fair_clients, tmp_path)
    return path
