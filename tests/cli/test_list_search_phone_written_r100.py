"""R100-01: `clinic-app list --search "(626) 555-0104"` finds the client whose Phone field says
"(626) 555-0104 (cell)", as the window's search box does (both ask Repository.found_by_phone)."""

from __future__ import annotations

from clinic_app.model import Client
from db.repository import Repository
from tests.cli.test_cli import clinic_app


def test_r100_01_the_number_a_call_shows_finds_a_phone_written_with_a_word(tmp_path):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db, user="cli-test") as repo:
        darnell = repo.add_client(Client(name="Darnell O'Brien", phone="(626) 555-0104 (cell)"))
        repo.add_client(Client(name="Rosa Paz", phone="(626) 555-0199"))
    found = clinic_app("list", "--db", db, "--search", "(626) 555-0104")
    assert found.returncode == 0
    assert [line.split("\t")[0] for line in found.stdout.splitlines()] == [str(darnell)]
