"""P97-02: `clinic-app list --search Hakobian` for a caller named Hakobyan said only "no client
matches"; it now says the caseload's spelling close to it, to search again."""

from __future__ import annotations

from clinic_app.model import Client
from db.repository import Repository
from tests.cli.test_cli import clinic_app


def test_p97_02_a_surname_spelled_as_heard_is_said_with_the_spelling_close_to_it(tmp_path):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db, user="cli-test") as repo:
        keisha = repo.add_client(Client(name="Keisha Hakobyan"))
        repo.add_client(Client(name="Rosa Paz"))
    missed = clinic_app("list", "--db", db, "--search", "Hakobian")
    assert (missed.returncode, missed.stdout) == (0, "")
    assert missed.stderr == "clinic-app: no client matches --search 'Hakobian'; spelled close to it: 'Hakobyan'\n"
    found = clinic_app("list", "--db", db, "--search", "Hakobyan")
    assert found.stdout.split("\t")[0] == str(keisha)
    nothing_close = clinic_app("list", "--db", db, "--search", "Zzyzx")
    assert nothing_close.stderr == "clinic-app: no client matches --search 'Zzyzx'\n"
