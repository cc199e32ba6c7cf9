"""C57-02: `clinic-app import` (and File > Import clients) took a petition naming a count its
case does not have ("convictions": ["c9-9"] on a case of counts a1, a2): kept, it asked relief
for no count of the case, and the caseload line read "File now" for counts filed for.  The
file is now refused whole, naming the record's place, as A56-02 refuses a petition's days."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

from clinic_app.model import Petition
from clinic_app.screening_format import (FormatError, client_and_reviews_from_request, client_from_request,
                                         client_to_request_dict)
from db.repository import Repository
from tests.automatic_relief import to_file
from tests.cli.test_cli import assert_import_refused, clinic_app

FILED = date(2026, 11, 2)
TODAY = date(2026, 12, 3)


def _written(*counts: str, name: str = "Paz Petition") -> dict:
    client = to_file(name)
    case = client.cases[0]
    case.convictions.append(replace(case.convictions[0], id="a2", section="459"))
    case.petitions.append(Petition("pc1203_4", FILED, convictions=list(counts)))
    written = client_to_request_dict(client)
    for entry in written["client"]["petitions"]:  # a file not of an export: a key never the case's
        entry.pop("counts_removed", None)
    return written


def test_c57_a_count_the_case_does_not_have_is_refused_by_its_place():
    with pytest.raises(FormatError) as refused:
        client_and_reviews_from_request(_written("a1", "c9-9"), today=TODAY)
    assert refused.value.path == "client.petitions[0].convictions[1]"
    assert refused.value.problem == "no count 'c9-9' in case 'a' (its counts: a1, a2)"


def test_c57_a_draft_naming_a_count_removed_on_the_form_is_still_read():
    # The Record tab keeps a removed count a petition names until the save (R56-02); the draft
    # a stopped Clinic Desk kept of that form is read with no day, and put back as typed.
    assert client_from_request(_written("a1", "c9-9")).cases[0].petitions[0].convictions == ["a1", "c9-9"]


@pytest.mark.parametrize("counts", [(), ("a2",), ("a1", "a2")])
def test_c57_counts_of_the_case_and_the_whole_case_are_taken(counts):
    client, _reviews = client_and_reviews_from_request(_written(*counts), today=TODAY)
    assert client.cases[0].petitions[0].convictions == list(counts)


def test_c57_clinic_app_import_refuses_the_file_and_adds_nothing(tmp_path):
    assert_import_refused(tmp_path, [_written("a1"), _written("c9-9", name="Otra Persona")],
                          "line 2: client.petitions[0].convictions[0]: no count 'c9-9' in case 'a' (its counts: a1, a2)")


def test_c57_a_count_removed_from_the_case_is_exported_so_and_taken_back(tmp_path):
    """The Record tab keeps a count removed in the petition that names it, as filed (R56-02):
    the export says so (`counts_removed`), and the import takes it, where it refuses a key
    the case never had."""
    client = to_file("Rita Retirada")
    client.cases[0].petitions.append(Petition("pc1203_4", FILED, convictions=["a1", "a2"]))  # a2 since removed
    written = client_to_request_dict(client)
    assert written["client"]["petitions"][0]["counts_removed"] == ["a2"]
    taken, _reviews = client_and_reviews_from_request(written, today=TODAY)
    assert taken.cases[0].petitions[0].convictions == ["a1", "a2"]
    assert "counts_removed" not in client_to_request_dict(to_file("Otra"))["client"].get("petitions", [{}])[0]
    path = tmp_path / "laptop.jsonl"
    path.write_text(json.dumps(written) + "\n")
    caseload = tmp_path / "caseload.sqlite"
    with Repository.open(caseload):
        pass
    result = clinic_app("import", path, "--db", caseload)
    assert result.returncode == 0, result.stderr
    with Repository.open(caseload) as repo:
        assert repo.count_clients() == 1


@pytest.mark.parametrize("removed, field, words", [
    (["a1"], "counts_removed[0]", "'a1' is a count of case 'a'"),
    (["a3"], "counts_removed[0]", "'a3' is not one of the petition's convictions"),
    ("a2", "counts_removed", "not a list of count keys: 'a2'"),
])
def test_c57_counts_said_removed_must_be_the_petitions_and_not_the_cases(removed, field, words):
    written = _written("a1", "a2")
    written["client"]["petitions"][0]["counts_removed"] = removed
    with pytest.raises(FormatError) as refused:
        client_and_reviews_from_request(written, today=TODAY)
    assert (refused.value.path, refused.value.problem) == (f"client.petitions[0].{field}", words)
