"""A command given an empty file as its caseload says so and leaves it as it is (F58-05)."""

from __future__ import annotations

import pytest

from tests.cli.test_cli import assert_plain_error, clinic_app


@pytest.mark.parametrize("command", [["list"], ["report"], ["export", "--all"]])
def test_an_empty_caseload_file_is_refused_not_made_a_new_caseload(tmp_path, command):
    """F58-05: `clinic-app list --db caseload.sqlite` on a copy that failed (0 bytes) listed
    nobody and exited 0, having made the file a new, empty caseload: the clients seemed gone.
    It is said to be empty now, exit 1, and the file is left as it was."""
    empty = tmp_path / "caseload.sqlite"
    empty.write_bytes(b"")
    result = clinic_app(*command, "--db", empty)
    assert_plain_error(result, 1, f"The file {empty} is empty: it is not a Clinic Desk caseload")
    assert result.stdout == ""
    assert empty.read_bytes() == b"" and sorted(p.name for p in tmp_path.iterdir()) == ["caseload.sqlite"]
