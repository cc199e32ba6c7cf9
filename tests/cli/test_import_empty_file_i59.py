"""I59-04: an empty file given to import (a copy to a full USB stick, an export gone wrong) was
told "put that record right and import the whole file again", where there is no record; and an
empty .jsonl (or one of blank lines) was "Imported 0 clients", exit 0, a caseload made where
there was none.  Each is refused now, saying the file is empty and what to do."""

from __future__ import annotations

import pytest

from tests.cli.test_cli import assert_plain_error, clinic_app

ADVICE = "copy or export the file again from the laptop, and import that file"


@pytest.mark.parametrize("name, text, said", [
    ("day.json", "", "the file is empty"),
    ("day.jsonl", "", "the file is empty"),
    ("day.jsonl", "\n  \n\n", "the file is empty"),
    ("day.yaml", "# nothing yet\n", "the file is empty (nothing but comments)"),
])
def test_i59_an_empty_file_is_refused_as_empty_with_what_to_do(tmp_path, name, text, said):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    caseload = tmp_path / "caseload.sqlite"
    result = clinic_app("import", path, "--db", caseload)
    assert_plain_error(result, 2, f"{name}: {said}. The file was not imported", ADVICE)
    assert "put that record right" not in result.stderr
    assert not caseload.exists()  # no caseload made for a file of nobody
