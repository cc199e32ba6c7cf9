"""K374-01: a paralegal with 3,000 clients searched "Carmen Gómez" at a terminal and the
client of that very name was listed last of five, after "Carmen Gómez López" and others whose
aliases say the words again (the index's ranking).  A search for a whole name now lists the
clients of exactly that name first, accents and case aside, the rest in the order they were
listed (matching.named_as_searched_first, which the window's list uses too)."""

from __future__ import annotations

from datetime import date

from clinic_app.model import Case, Client, Person
from db.repository import Repository
from tests.cli.test_cli import clinic_app


def _namesakes(db) -> None:
    """Namesakes as the demo made them: the index ranks a client with more case numbers lower
    (its words are a smaller part of all they are searched by), so "Carmen Gómez", with three
    cases, came after the others' names of three words."""
    with Repository.open(db) as repo:
        for name, numbers in (("Carmen Gómez López", ["BA1"]), ("Carmen Gómez", ["GA992289", "6VY47429", "0VY09627"]),
                              ("Carmen Cruz Gómez", ["CA14066"]), ("Carmen Cruz", ["BA2"])):
            cases = [Case(id=f"c{n}", case_number=number) for n, number in enumerate(numbers)]
            repo.add_client(Client(name=name, cases=cases, person=Person(dob=date(1985, 7, 24))))


def test_k374_01_a_whole_name_searched_lists_that_name_first_at_a_terminal(tmp_path):
    db = tmp_path / "caseload.sqlite"
    _namesakes(db)
    listed = [line.split("\t")[1] for line in clinic_app("list", "--db", db, "--search", "carmen gomez").stdout.splitlines()]
    assert listed[0] == "Carmen Gómez"
    assert sorted(listed[1:]) == ["Carmen Cruz Gómez", "Carmen Gómez López"]


def test_k374_05_a_name_copied_surname_first_from_a_rap_sheet_lists_that_name_first(tmp_path):
    """K374-05: "GOMEZ, CARMEN", as a RAP sheet prints her, found the same five and listed her
    after them: the name is read turned round too (matching.names_read), as intake and the
    import read an alias written so."""
    db = tmp_path / "caseload.sqlite"
    _namesakes(db)
    listed = [line.split("\t")[1] for line in clinic_app("list", "--db", db, "--search", "GOMEZ, CARMEN").stdout.splitlines()]
    assert listed[0] == "Carmen Gómez" and len(listed) == 3
