"""V100-03: `clinic-app list --review` on clients not screened yet (a laptop's day imported at
the office, not re-screened) said "no client matches --review", the words of a queue done: the
supervising attorney took the day's 25 clients for reviewed where nobody's results were known
yet.  It says how many are not screened and how to screen them; the window's Review needed
says the same (V100-02)."""

from __future__ import annotations

from clinic_app.review import answer_key
from db.repository import Repository
from tests.cli.test_cli import clinic_app
from tests.gui.test_review_queue_a29 import unsentenced


def test_v100_03_list_review_of_clients_not_screened_yet_says_so(tmp_path):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        repo.add_client(unsentenced("Rosa Díaz"))
        repo.add_client(unsentenced("Ana Ruiz"))
    result = clinic_app("list", "--db", str(db), "--review")
    assert result.returncode == 0 and result.stdout == ""
    assert "no client matches --review; 2 clients are not screened yet, so their results to review are not known: " \
           f"clinic-app rescreen --db {db} screens them" in result.stderr

    assert clinic_app("rescreen", "--db", str(db)).returncode == 0
    listed = clinic_app("list", "--db", str(db), "--review")
    assert [line.split("\t")[1] for line in listed.stdout.splitlines()] == ["Ana Ruiz", "Rosa Díaz"]


def test_v100_03_a_queue_done_is_said_as_before(tmp_path):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        repo.add_client(unsentenced("Rosa Díaz"))
    assert clinic_app("rescreen", "--db", str(db)).returncode == 0
    with Repository.open(db) as repo:
        (client_id,) = [row.id for row in repo.list_clients()]
        stored = repo.latest_screening(client_id)
        repo.record_reviews(client_id, [(d.case, d.conviction, d.remedy, answer_key(d)) for d in stored.screening.results
                                        if d.status == "needs_review"], "Docket checked", facts_hash=stored.facts_hash)
    result = clinic_app("list", "--db", str(db), "--review")
    assert result.returncode == 0 and result.stdout == ""
    assert result.stderr.strip() == "clinic-app: no client matches --review"


def test_v100_03_a_queue_beside_clients_not_screened_yet_notes_them(tmp_path):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        repo.add_client(unsentenced("Rosa Díaz"))
    assert clinic_app("rescreen", "--db", str(db)).returncode == 0
    with Repository.open(db) as repo:
        repo.add_client(unsentenced("Ana Ruiz"))  # imported since, not screened
    result = clinic_app("list", "--db", str(db), "--review")
    assert [line.split("\t")[1] for line in result.stdout.splitlines()] == ["Rosa Díaz"]
    assert result.stderr.strip() == ("clinic-app: note: 1 client is not screened yet, so their results to review are not "
                                     f"known: clinic-app rescreen --db {db} screens them")
