"""H58-01: `clinic-app export --out` into a folder that is not there said "there is no file
FOLDER/.day.jsonl.partial", a hidden file the paralegal never named; a folder given as the
file said "Is a directory", and a file given as the folder named the hidden file again.  Each
now names what was typed and what to do, before the caseload is read, and writes nothing."""

from __future__ import annotations

import pytest

from clinic_app.demo import generate_clients
from db.repository import Repository
from tests.cli.test_cli import assert_plain_error, clinic_app


@pytest.fixture
def demo_db(tmp_path):
    """A caseload of 5 demo clients, beside the folders the tests give as --out."""
    path = tmp_path / "caseload.sqlite"
    with Repository.open(path, user="cli-test") as repo:
        repo.add_clients(generate_clients(5, seed=5))
    return path


@pytest.mark.parametrize("where, said", [
    ("missing/day.jsonl", "folder {tmp}/missing does not exist; make it first"),
    ("", "is a folder; give a file name, for example {tmp}/clients.jsonl"),
    ("notes.txt/day.jsonl", "{tmp}/notes.txt is not a folder"),
])
def test_an_export_out_that_cannot_be_a_file_is_said_in_the_words_typed(tmp_path, demo_db, where, said):
    (tmp_path / "notes.txt").write_text("mine\n")
    out = tmp_path / where if where else tmp_path
    before = sorted(p.name for p in tmp_path.iterdir())
    result = clinic_app("export", "--db", demo_db, "--all", "--out", out)
    assert_plain_error(result, 2, f"--out {out}", said.format(tmp=tmp_path))
    assert ".partial" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert (tmp_path / "notes.txt").read_text() == "mine\n"


def test_an_export_out_in_a_folder_that_is_there_is_written(tmp_path, demo_db):
    result = clinic_app("export", "--db", demo_db, "--client", "1", "--out", tmp_path / "one.json")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "one.json").is_file()
