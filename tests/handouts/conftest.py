"""Fixtures shared by the handout command's tests."""

from __future__ import annotations

import pytest

from clinic_app.demo import generate_clients
from db.repository import Repository


@pytest.fixture
def fair_caseload(tmp_path):
    """A caseload of two synthetic clients of the clinic event "Fair", in `tmp_path`."""
    path = tmp_path / "caseload.sqlite"
    clients = list(generate_clients(2, seed=5))
    for client in clients:
        client.event = "Fair"
    with Repository.open(path, user="t") as repo:
        repo.add_clients(clients)
    return path
