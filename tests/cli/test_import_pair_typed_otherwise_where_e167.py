"""E167-03: the same client typed otherwise on a laptop ("Maria Gomez" for María Elena Gómez,
the same case number) came back beside the office's record.  The import named the pair and said
to merge, but not where the pair is listed once its message is closed, nor that the merge shows
what it takes first and Ctrl+Z puts both back, as it says of a pair of one name: the coordinator
was left to merge without knowing it could be undone.  Both pairs are now said the same way, in
`clinic-app import` and the window's import (ImportResult.where_to_check)."""

from __future__ import annotations

import json

from clinic_app import cli
from clinic_app.matching import POSSIBLE_DUPLICATES_WHERE, ImportResult
from clinic_app.screening_format import client_to_request_dict
from db.repository import Repository
from tests.gui.conftest import probation_client

IN_THE_WINDOW = ("In the window: they are listed under “Possible duplicates” above the caseload list: open the record "
                 "to keep, and if the other is the same person, take it in with Caseload > Merge a duplicate into this "
                 "client (it shows what it takes first; Ctrl+Z puts both back).")


def test_e167_03_a_pair_typed_otherwise_is_said_where_and_that_the_merge_is_undone(tmp_path, capsys):
    clinic = tmp_path / "clinic.sqlite"
    with Repository.open(clinic) as repo:
        office_id = repo.add_client(probation_client("María Elena Gómez", case_number="BA555001"))
    laptop = probation_client("Maria Gomez", case_number="BA555001", event="Saturday Fair")
    (tmp_path / "day.jsonl").write_text(json.dumps(client_to_request_dict(laptop)) + "\n", encoding="utf-8")

    assert cli.main(["import", str(tmp_path / "day.jsonl"), "--db", str(clinic)]) == 0

    out = capsys.readouterr().out.splitlines()
    assert f"here as María Elena Gómez, id {office_id}" in out[1]
    assert out.count(IN_THE_WINDOW) == 1
    assert f"At a terminal: clinic-app merge --db {clinic} --into {office_id} --from {office_id + 1} takes" in "\n".join(out)


def test_e167_03_the_window_is_told_the_same_of_either_pair_and_of_none_nothing():
    assert ImportResult(renamed=[("Maria Gomez", 1, 2, "María Elena Gómez")]).where_to_check() == POSSIBLE_DUPLICATES_WHERE
    assert ImportResult(similar=[("Jorge Ramírez", 1, 2)]).where_to_check() == POSSIBLE_DUPLICATES_WHERE
    assert ImportResult(ids=[3], skipped=[("Luis Ortega", 2)]).where_to_check() is None
