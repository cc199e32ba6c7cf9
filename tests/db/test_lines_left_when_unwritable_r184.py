"""R184: a caseload whose lines an older Clinic Desk made, opened while another desk was writing
to it (an import, a re-screen), or from a read-only file, had opened as it was; after L181 its
open made the lines again first, waited the busy timeout, and refused to open at all: "busy",
"read-only, so changes cannot be saved".  It opens with the lines as they were, made at a later
open that can write them."""

from __future__ import annotations

import os
import sqlite3

import pytest

import db.connection
from db.lines import LINES_SAID
from db.repository import Repository
from tests.db.test_rescreen_makes_the_lines_r184 import NEW_WORDS, caseload_of_an_older_program, opened_telling


def test_a_caseload_another_desk_is_writing_opens_with_its_lines_as_they_were(tmp_path, monkeypatch):
    path = tmp_path / "caseload.sqlite"
    client_id = caseload_of_an_older_program(path)
    monkeypatch.setattr(db.connection, "BUSY_TIMEOUT_MS", 100)  # the wait for the other desk, shortened
    other_desk = sqlite3.connect(path)
    try:
        other_desk.execute("BEGIN IMMEDIATE")  # writing, as an import holds the caseload
        with Repository.open(path, user="paralegal-1", create=False) as repo:
            assert repo.client_rows([client_id])[0].outstanding == ["probation to 2027-01-10"]
            assert repo.get_setting("caseload_lines_wording") is None
    finally:
        other_desk.rollback()
        other_desk.close()
    repo, told = opened_telling(path)  # the other desk done: made now
    with repo:
        assert LINES_SAID in told
        assert repo.client_rows([client_id])[0].outstanding == NEW_WORDS


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to a read-only file")
def test_a_read_only_caseload_opens_with_its_lines_as_they_were(tmp_path):
    path = tmp_path / "caseload.sqlite"
    client_id = caseload_of_an_older_program(path)
    path.chmod(0o444)
    try:
        with Repository.open(path, user="paralegal-1", create=False) as repo:
            assert repo.client_rows([client_id])[0].outstanding == ["probation to 2027-01-10"]
    finally:
        path.chmod(0o644)
