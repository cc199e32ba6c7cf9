"""O61-01: File > Import clients of a file wrong as a whole said "The file was not imported
(nothing was added): (top level): not valid JSON ...".  The problem is said alone, as
`clinic-app import` says it."""

from __future__ import annotations

import pytest

from tests.gui.conftest import warned_on_import

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


@pytest.mark.parametrize("name, text, said", [
    ("day.json", "hello\n", "not valid JSON: Expecting value at column 1"),
    ("day.yaml", "just a string\n", "a request is a mapping (as_of, person, cases), not 'just a string'"),
])
def test_o61_the_window_s_import_says_a_whole_file_problem_alone(qtbot, window, repo, monkeypatch, tmp_path, name, text, said):
    bad = tmp_path / name
    bad.write_text(text, encoding="utf-8")
    warned = warned_on_import(qtbot, window, monkeypatch, bad)
    assert warned == [f"The file was not imported (nothing was added): {said}. Check that it is a file of clients "
                      "exported from Clinic Desk, or export it again."]
    assert repo.count_clients() == 0
