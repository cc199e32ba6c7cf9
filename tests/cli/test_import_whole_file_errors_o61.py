"""O61-01: a file that is wrong as a whole (not JSON, a number or a string where a request
is) was refused as "day.json: (top level): not valid JSON ...": a programmer's word for "the
whole file", said to a paralegal.  The problem is said alone after the file's name."""

from __future__ import annotations

import pytest

from tests.cli.test_cli import assert_plain_error, clinic_app

WHOLE_FILE = [
    ("day.json", "hello\n", "not valid JSON: Expecting value at column 1"),
    ("day.json", "42\n", "a request is a mapping (as_of, person, cases), not 42"),
    ("day.yaml", "just a string\n", "a request is a mapping (as_of, person, cases), not 'just a string'"),
    ("day.json", b"\xe9t\xe9\n", "not UTF-8 text (byte 0xE9 at offset 0); save it as UTF-8"),
]


@pytest.mark.parametrize("name, text, said", WHOLE_FILE)
def test_o61_a_file_wrong_as_a_whole_is_named_without_top_level(tmp_path, name, text, said):
    path = tmp_path / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    caseload = tmp_path / "caseload.sqlite"
    result = clinic_app("import", path, "--db", caseload)
    assert_plain_error(result, 2, f"{path}: {said}. The file was not imported: none was added; check that it is a "
                                  "file of clients exported from Clinic Desk, or export it again")
    # Not "put that record right": the whole file is wrong, and no record can be put right.
    assert "top level" not in result.stderr and "that record" not in result.stderr
    assert not caseload.exists()


def test_o61_a_wrong_record_of_a_list_is_still_named_by_its_place(tmp_path):
    """The place stays where there is one: the record of a list, a line of JSON Lines."""
    listed = tmp_path / "list.json"
    listed.write_text('[1, {"person": {}, "cases": []}]\n', encoding="utf-8")  # ([1, 2]: two bad, named so: D86-02)
    assert_plain_error(clinic_app("import", listed, "--db", tmp_path / "c.sqlite"), 2,
                       f"{listed}: [0]: a request is a mapping (as_of, person, cases), not 1.")
    lines = tmp_path / "day.jsonl"
    lines.write_text('{"person": {}, "cases": []}\n42\n', encoding="utf-8")
    assert_plain_error(clinic_app("import", lines, "--db", tmp_path / "c.sqlite"), 2,
                       f"{lines}: line 2: a request is a mapping (as_of, person, cases), not 42.")
