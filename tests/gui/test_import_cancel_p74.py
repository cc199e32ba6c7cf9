"""P74-06: Cancel (or Escape) while File > Import clients stored a big file's clients said
"Stopping..." and the import went on: its clients were added, the dialog closed with not a
word, and they were not screened (the screening after an import starts from the import's own
message).  Cancel now stops the import between two parts, its one transaction keeps none of
it, and that is said."""

from __future__ import annotations

import json
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog, QPushButton

import db.repository
from clinic_app.demo import generate_clients
from db.export import exported
from db.repository import Repository
from tests.gui.conftest import probation_client
from ui.tasks import TaskContext

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_p74_06_cancel_stops_the_import_and_the_caseload_is_as_it_was(qtbot, window, repo, monkeypatch, tmp_path):
    repo.add_client(probation_client("Ana Already", case_number="BA1"))
    day = tmp_path / "laptop.jsonl"
    with Repository.open(tmp_path / "laptop.sqlite", user="atty-volunteer") as laptop:
        ids = laptop.add_clients(generate_clients(12, seed=7))
        day.write_text("".join(json.dumps(exported(laptop, n)) + "\n" for n in ids), encoding="utf-8")
    monkeypatch.setattr(db.repository, "_BULK_CHUNK", 3)  # a big file's parts, on a small one
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(day), ""))
    steps: list[int] = []
    real = TaskContext.progress

    def slow(self, done, total, text=""):  # a big file's parts, a step at a time
        steps.append(done)
        time.sleep(0.1)
        real(self, done, total, text)

    monkeypatch.setattr(TaskContext, "progress", slow)
    window.load()

    window.import_action.trigger()
    qtbot.waitUntil(lambda: bool(steps), timeout=30_000)
    (bar,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]
    qtbot.mouseClick(next(b for b in bar.findChildren(QPushButton) if b.text() == "Cancel"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(told), timeout=30_000)

    assert told == ["Stopped: no client of laptop.jsonl was added; the caseload is as it was."]
    assert [row.name for row in repo.list_clients()] == ["Ana Already"]
