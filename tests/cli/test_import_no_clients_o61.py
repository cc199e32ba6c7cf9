"""O61-02: a file of clients that holds none (``[]``, in .json, .yaml or .jsonl) was
"Imported 0 clients", exit 0, and a caseload was made where there was none, as if the day's
clients had gone in.  It is refused now, as an empty file is (I59-04): it says the file holds
no clients and what to do, exit 2, and changes nothing (no caseload made, no copy, no entry)."""

from __future__ import annotations

import pytest

from clinic_app.demo import generate_clients
from db.backup import before_change_backups
from db.repository import Repository
from tests.cli.test_cli import assert_plain_error, clinic_app

SAID = "the file holds no clients (its list is empty). The file was not imported: none was added"
ADVICE = "copy or export the file again from the laptop, and import that file"


@pytest.mark.parametrize("name, text", [("day.json", "[]\n"), ("day.yaml", "[]\n"), ("day.jsonl", "[]\n"), ("day.json", " [ ]")])
def test_o61_a_file_of_no_clients_is_refused_and_no_caseload_is_made(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    caseload = tmp_path / "caseload.sqlite"
    result = clinic_app("import", path, "--db", caseload)
    assert_plain_error(result, 2, f"{path}: {SAID}; {ADVICE}")
    assert result.stdout == ""  # no "Imported 0 clients"
    assert not caseload.exists()


def test_o61_a_file_of_no_clients_changes_nothing_in_a_caseload(tmp_path):
    caseload = tmp_path / "caseload.sqlite"
    with Repository.open(caseload, user="cli-test") as repo:
        repo.add_clients(generate_clients(2, seed=5))
        before = repo.last_change()
    path = tmp_path / "day.json"
    path.write_text("[]", encoding="utf-8")
    assert_plain_error(clinic_app("import", path, "--db", caseload), 2, SAID)
    assert before_change_backups(tmp_path / "backups", caseload, "import") == []
    with Repository.open(caseload) as repo:
        assert repo.count_clients() == 2
        assert repo.last_change() == before


def test_o61_one_line_of_a_list_in_jsonl_is_read_as_that_list(tmp_path):
    """A .jsonl of one line that is a list is read as the list a .json file holds: its
    records are named by their place in it, as a .json file's are."""
    path = tmp_path / "day.jsonl"
    path.write_text('[{"person": {}, "cases": []}, 42]\n', encoding="utf-8")
    assert_plain_error(clinic_app("import", path, "--db", tmp_path / "c.sqlite"), 2,
                       f"{path}: [1]: a request is a mapping (as_of, person, cases), not 42. The file was not imported: "
                       "none of its 2 clients was added")
