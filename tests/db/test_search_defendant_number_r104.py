"""R104-01: T103-02 reads "BA350123-01", a case number as the Los Angeles Superior Court prints
it with the defendant's number, also as case BA350123.  That reading was searched as every
search's words are, as the start of a word, so it found the co-defendant (their case stored
"BA350123-02": the "-02" says they are not the person at the table) and another case altogether
("BA3501234"), and Enter opened the first.  It finds the clients with case BA350123 itself."""

from __future__ import annotations

import pytest

from tests.gui.conftest import probation_client


@pytest.fixture
def caseload(repo):
    ids = {who: repo.add_client(probation_client(name, case_number=number)) for who, name, number in (
        ("codefendant", "Luz Codefendant", "BA350123-02"),
        ("other_case", "Ana Otra", "BA3501234"),
    )}
    return repo, ids


def test_r104_01_the_case_without_the_defendant_number_finds_no_co_defendant(caseload):
    repo, _ids = caseload
    assert repo.search_ids("BA350123-01") == []
    assert repo.list_clients(search="BA350123-01") == []


@pytest.mark.parametrize("stored", ["BA350123", "ba 350123", "BA-350123"])
def test_r104_01_the_case_itself_is_found_however_it_was_typed(caseload, stored):
    repo, _ids = caseload
    rosa = repo.add_client(probation_client("Rosa Testmartinez", case_number=stored))
    assert repo.search_ids("BA350123-01") == [rosa]
    assert [row.id for row in repo.list_clients(search="BA350123-01")] == [rosa]


def test_r104_01_the_co_defendant_searched_by_their_own_number_is_found(caseload):
    repo, ids = caseload
    assert repo.search_ids("BA350123-02") == [ids["codefendant"]]
    assert sorted(repo.search_ids("BA35012")) == sorted(ids.values())  # the start of a number, as before
