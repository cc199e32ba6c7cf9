"""O61-01: File > Import clients of a file wrong as a whole said "The file was not imported
(nothing was added): (top level): not valid JSON ...".  The problem is said alone, as
`clinic-app import` says it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


@pytest.mark.parametrize("name, text, said", [
    ("day.json", "hello\n", "not valid JSON: Expecting value at column 1"),
    ("day.yaml", "just a string\n", "a request is a mapping (as_of, person, cases), not 'just a string'"),
])
def test_o61_the_window_s_import_says_a_whole_file_problem_alone(qtbot, window, repo, monkeypatch, tmp_path, name, text, said):
    bad = tmp_path / name
    bad.write_text(text, encoding="utf-8")
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: pytest.fail(f"told: {text}"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    window.import_action.trigger()
    qtbot.waitUntil(lambda: bool(warned), timeout=60_000)
    assert warned == [f"The file was not imported (nothing was added): {said}. Check that it is a file of clients "
                      "exported from Clinic Desk, or export it again."]
    assert repo.count_clients() == 0
