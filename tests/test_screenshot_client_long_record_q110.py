"""Q110-04: `python -m ui.screenshots --any-caseload` failed ("assert best is not None" in
`pick_client`) on a caseload whose only client has a long record: 14 cases scored below
the first guess of -1, kept for readability, so no client was picked at all."""

from __future__ import annotations

from datetime import date

from clinic_app.model import Case, Client, Conviction, Person
from db.repository import Repository
from ui.screenshots import pick_client


def _long_record(name: str, cases: int) -> Client:
    return Client(name=name, person=Person(dob=date(1970, 3, 14)), cases=[
        Case(id=f"c{i}", case_number=f"BA1000{i:02d}", disposition_date=date(2000 + i, 5, 1),
             convictions=[Conviction(id=f"c{i}-1", section="459", level="misdemeanor", conviction_date=date(2000 + i, 5, 1))])
        for i in range(1, cases + 1)])


def test_q110_04_the_only_client_is_picked_however_long_the_record(tmp_path):
    with Repository.open(tmp_path / "clinic.sqlite") as repo:
        only = repo.add_client(_long_record("Lena Larga", 14))
        assert pick_client(repo) == only


def test_q110_04_a_shorter_record_is_still_picked_before_a_long_one(tmp_path):
    with Repository.open(tmp_path / "clinic.sqlite") as repo:
        repo.add_client(_long_record("Lena Larga", 14))
        short = repo.add_client(_long_record("Rita Corta", 2))
        assert pick_client(repo) == short


def test_r113_04_a_caseload_with_no_client_is_refused_in_words_with_any_caseload_too(tmp_path, capsys):
    """R113-04: with --any-caseload, a caseload with no client went past the refusal that says
    so without it, and stopped at the bare "assert best is not None" in `pick_client`, with a
    caseload.png of an empty list already written."""
    from ui.screenshots import main

    with Repository.open(tmp_path / "clinic.sqlite"):
        pass
    assert main(["--db", str(tmp_path / "clinic.sqlite"), "--out", str(tmp_path / "shots"), "--any-caseload"]) == 2
    assert "has no clients: make a demo caseload" in capsys.readouterr().err
    assert not (tmp_path / "shots").exists()
