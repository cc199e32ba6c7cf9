"""Whether a caseload holds made-up clients, said in the window's title (U42): the README's
first command opens the demo caseload, and real walk-ins typed into it would sit among them."""

from __future__ import annotations

from clinic_app.demo import generate_clients
from clinic_app.model import Client, Person
from db.demo_caseload import add_synthetic, holds_synthetic
from db.repository import Repository


def test_a_caseload_holds_made_up_clients_while_any_of_them_is_left(tmp_path):
    with Repository.open(tmp_path / "c.sqlite") as repo:
        real = repo.add_client(Client("Ana Real", Person(), []))
        assert not holds_synthetic(repo)  # a clinic's caseload: nothing said
        made_up = add_synthetic(repo, generate_clients(2, seed=0))
        assert holds_synthetic(repo)
        repo.add_client(Client("Walk In", Person(), []))
        assert holds_synthetic(repo)  # a real client added does not make it real
        for client_id in made_up:
            repo.delete_client(client_id)
        assert repo.client_ids() and real in repo.client_ids()
        assert not holds_synthetic(repo)  # the made-up ones gone: no longer said
