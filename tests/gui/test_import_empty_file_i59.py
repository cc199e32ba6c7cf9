"""I59-04: File > Import clients of an empty file says it is empty and what to do, as
`clinic-app import` says it, not a bare "the file is empty" with no advice."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_i59_the_window_s_import_of_an_empty_file_says_what_to_do(qtbot, window, repo, monkeypatch, tmp_path):
    empty = tmp_path / "day.jsonl"
    empty.write_bytes(b"")
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: pytest.fail(f"told: {text}"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(empty), ""))
    window.import_action.trigger()
    qtbot.waitUntil(lambda: bool(warned), timeout=60_000)
    assert warned == ["The file was not imported (nothing was added): the file is empty. "
                      "Copy or export the file again from the laptop, and import that file."]
    assert repo.count_clients() == 0
